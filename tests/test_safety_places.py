"""Warnings for registers in cloud-synced folders and on network drives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from database.places import cloud_folder, network_place, unsafe_place, unsafe_reason

ROOT = Path(__file__).resolve().parents[1]
LOCAL_MOUNTS = "/dev/nvme0n1p2 / ext4 rw,relatime 0 0\nproc /proc proc rw 0 0\n"


@pytest.mark.parametrize("path, service", [
    ("/home/anna/OneDrive/RIS3/register.db", "OneDrive"),
    ("/home/anna/OneDrive - Regione Piemonte/register.db", "OneDrive"),
    ("/Users/anna/Library/CloudStorage/OneDrive-RegionePiemonte/register.db", "OneDrive"),
    ("/home/anna/Dropbox/lavoro/register.db", "Dropbox"),
    ("/home/anna/Dropbox (Regione Piemonte)/register.db", "Dropbox"),
    ("/Volumes/GoogleDrive/My Drive/register.db", "Google Drive"),
    ("/Users/anna/Library/CloudStorage/GoogleDrive-anna@regione.piemonte.it/My Drive/r.db", "Google Drive"),
    ("/home/anna/Google Drive/register.db", "Google Drive"),
    ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/register.db", "iCloud Drive"),
    ("/home/anna/iCloudDrive/register.db", "iCloud Drive"),
])
def test_cloud_folders_by_name(path, service):
    place = unsafe_place(path, environ={}, mounts_text=LOCAL_MOUNTS)
    assert place.kind == "cloud" and place.params["service"] == service
    assert service in place.message and "local folder" in place.message


def test_cloud_folder_by_marker_and_by_environment(tmp_path):
    synced = tmp_path / "Lavoro"
    (synced / "sub").mkdir(parents=True)
    (synced / ".dropbox").write_text("{}")
    assert cloud_folder(synced / "sub" / "register.db", environ={}) == ("Dropbox", str(synced))
    elsewhere = tmp_path / "Aziendale" / "register.db"
    assert cloud_folder(elsewhere, environ={}) is None
    assert cloud_folder(elsewhere, environ={"OneDriveCommercial": str(tmp_path / "Aziendale")})[0] == "OneDrive"


def test_a_file_named_like_a_service_is_not_a_folder():
    assert unsafe_reason("/home/anna/registers/dropbox.db", environ={}, mounts_text=LOCAL_MOUNTS) is None


@pytest.mark.parametrize("fstype", ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "davfs"])
def test_network_file_systems_on_linux(fstype):
    mounts = LOCAL_MOUNTS + f"server:/export /mnt/team\\040share {fstype} rw 0 0\n"
    place = unsafe_place("/mnt/team share/ris3/register.db", environ={}, platform="linux", mounts_text=mounts)
    assert place.kind == "network" and place.params == {"where": "/mnt/team share", "fstype": fstype}
    assert "network drive" in place.message
    assert network_place("/home/anna/register.db", platform="linux", mounts_text=mounts) is None


def test_the_innermost_mount_wins():
    mounts = "srv:/home /home nfs4 rw 0 0\n/dev/sdb1 /home/anna/local ext4 rw 0 0\n"
    assert network_place("/home/anna/local/r.db", platform="linux", mounts_text=mounts) is None
    assert network_place("/home/anna/r.db", platform="linux", mounts_text=mounts) == ("/home", "nfs4")


def test_network_volumes_on_macos():
    mount = ("/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
             "//anna@fileserver/Condivisa on /Volumes/Condivisa (smbfs, nodev, nosuid, mounted by anna)\n")
    assert network_place("/Volumes/Condivisa/r.db", platform="darwin", mounts_text=mount) == \
        ("/Volumes/Condivisa", "smbfs")
    assert network_place("/Users/anna/r.db", platform="darwin", mounts_text=mount) is None


@pytest.mark.parametrize("path, share", [
    (r"\\fileserver\ris3\register.db", r"\\fileserver\ris3"),
    (r"\\?\UNC\fileserver\ris3\register.db", r"\\fileserver\ris3"),
    ("//fileserver/ris3/register.db", r"\\fileserver\ris3"),
])
def test_windows_shares(path, share):
    assert network_place(path, platform="win32") == (share, "network share")


def test_a_local_place_is_fine(tmp_path):
    assert unsafe_reason(tmp_path / "register.db", environ={}, mounts_text=LOCAL_MOUNTS) is None


def test_the_command_line_warns_on_stderr(tmp_path):
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    out = subprocess.run([sys.executable, "-m", "desktop_app.cli", "--db", str(folder / "r.db"), "init"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0
    assert out.stderr.startswith("ris3desk: warning: The register is in a folder synchronised by Dropbox")
    assert out.stderr.count("\n") == 1
