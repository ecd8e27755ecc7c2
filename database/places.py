"""Is the register in a place where SQLite's guarantees do not hold?

A cloud-sync client (OneDrive, Dropbox, Google Drive, iCloud Drive) copies the file while it is
being written and may put back an older or half-written copy; a network file system (NFS, SMB,
SSHFS, …) may not honour the locks SQLite relies on, so two writers can corrupt the file. Both
are common on officers' laptops. :func:`unsafe_reason` says why a place is risky, in a sentence,
or returns None; the command line prints it on stderr and the window shows it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

from .i18n import QT_TRANSLATE_NOOP as _N

CLOUD = _N("places", "The register is in a folder synchronised by {service} ({folder}). Sync clients copy "
           "files while they are being written and may bring back an older or half-written copy, which can "
           "lose or damage data. Keep the register in a local folder; its backups can go to the cloud.")
NETWORK = _N("places", "The register is on a network drive ({where}, {fstype}). Network file systems do not "
             "always honour SQLite's locks, so two people writing at once can damage it. Keep the register on "
             "this computer, or use a team database on a server.")

# folder names (compared case-insensitively) that sync clients create, and the service
_CLOUD_FOLDERS = {
    "onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "icloud drive": "iCloud Drive", "iclouddrive": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive", "mobile documents": "iCloud Drive", "box sync": "Box",
    "pcloud drive": "pCloud", "nextcloud": "Nextcloud", "owncloud": "ownCloud",
}
_CLOUD_PREFIXES = {  # "OneDrive - Regione Piemonte", macOS ~/Library/CloudStorage/GoogleDrive-me@x.it
    "onedrive -": "OneDrive", "onedrive-": "OneDrive", "dropbox-": "Dropbox", "dropbox (": "Dropbox",
    "googledrive-": "Google Drive", "box-": "Box",
}
# files or folders a sync client leaves at the root of what it syncs
_CLOUD_MARKERS = {
    ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox", ".tmp.drivedownload": "Google Drive",
    ".tmp.driveupload": "Google Drive", ".shortcut-targets-by-id": "Google Drive", ".owncloudsync.log": "ownCloud",
    ".sync_journal.db": "Nextcloud", "._sync_": "Nextcloud",
}
_CLOUD_ENV = {"OneDrive": "OneDrive", "OneDriveCommercial": "OneDrive", "OneDriveConsumer": "OneDrive"}

NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "sshfs", "fuse.sshfs", "afs", "ncpfs", "9p",
    "davfs", "fuse.davfs2", "webdav", "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs",
    "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.onedriver", "fuse.google-drive-ocamlfuse", "afpfs",
    "fuse.afpfs", "coda", "ocfs2", "beegfs", "fuse.juicefs", "virtiofs-network",
}


def _cloud_by_name(parts: list[str]) -> tuple[str, str] | None:
    for i, part in enumerate(parts):
        low = part.casefold()
        service = _CLOUD_FOLDERS.get(low) or next(
            (s for prefix, s in _CLOUD_PREFIXES.items() if low.startswith(prefix)), None)
        if service:
            return service, str(PurePath(*parts[:i + 1]))
    return None


def _cloud_by_marker(folder: Path) -> tuple[str, str] | None:
    for parent in [folder, *folder.parents]:
        for marker, service in _CLOUD_MARKERS.items():
            try:
                if (parent / marker).exists():
                    return service, str(parent)
            except OSError:
                continue
    return None


def _cloud_by_env(path: Path, environ) -> tuple[str, str] | None:
    for var, service in _CLOUD_ENV.items():
        root = environ.get(var)
        if root and _is_within(path, Path(root)):
            return service, root
    return None


def _is_within(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def cloud_folder(path, environ=None) -> tuple[str, str] | None:
    """(service, synced folder) when ``path`` lies in a cloud-synced folder, else None."""
    path = Path(os.path.abspath(os.path.expanduser(path)))
    environ = os.environ if environ is None else environ
    parts = list(PurePath(path).parts[:-1])  # the folders, not the file's own name
    return _cloud_by_env(path, environ) or _cloud_by_name(parts) or _cloud_by_marker(path.parent)


# --- network drives -----------------------------------------------------------------------------

def _unescape_mount(text: str) -> str:
    """/proc/mounts writes spaces and tabs as octal escapes (\\040)."""
    import re

    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), text)


def linux_mount(path: Path, mounts_text: str | None = None) -> tuple[str, str, str] | None:
    """(mount point, fs type, source) of the mount holding ``path``, from /proc/mounts."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, fstype = _unescape_mount(fields[0]), _unescape_mount(fields[1]), fields[2]
        if _is_within(path, Path(point)) and (best is None or len(point) >= len(best[0])):
            best = (point, fstype, source)
    return best


def macos_mount(path: Path, mount_output: str | None = None) -> tuple[str, str, str] | None:
    """The same from macOS's ``mount`` output: 'src on /Volumes/x (smbfs, nodev, …)'."""
    import re

    if mount_output is None:
        import subprocess

        try:
            mount_output = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
        except (OSError, subprocess.SubprocessError):
            return None
    best = None
    for line in mount_output.splitlines():
        m = re.match(r"^(?P<src>.+?) on (?P<point>/.*?) \((?P<type>[^,)]+)", line)
        if m and _is_within(path, Path(m["point"])) and (best is None or len(m["point"]) >= len(best[0])):
            best = (m["point"], m["type"], m["src"])
    return best


def windows_remote(path: str) -> str | None:
    """The share a Windows path lives on: a UNC path, or a drive letter mapped to a network drive."""
    if path.startswith(("\\\\", "//")):
        if path[2:4] in ("?\\", ".\\") and not path[4:].upper().startswith("UNC\\"):
            return None  # \\?\C:\ long-path form of a local drive
        parts = [p for p in path.replace("/", "\\").split("\\") if p and p not in ("?", ".", "UNC")]
        return "\\\\" + "\\".join(parts[:2])
    if sys.platform != "win32" or len(path) < 2 or path[1] != ":":
        return None
    import ctypes

    DRIVE_REMOTE = 4
    if ctypes.windll.kernel32.GetDriveTypeW(path[:2] + "\\") == DRIVE_REMOTE:
        return path[:2]
    return None


def network_place(path, *, platform: str | None = None, mounts_text: str | None = None) -> tuple[str, str] | None:
    """(where, file-system type) when ``path`` is on a network file system, else None."""
    platform = platform or sys.platform
    raw = os.path.abspath(os.path.expanduser(str(path))) if not str(path).startswith(("\\\\", "//")) else str(path)
    if platform == "win32" or raw.startswith(("\\\\", "//")):
        share = windows_remote(raw)
        return (share, "network share") if share else None
    p = Path(raw)
    found = macos_mount(p, mounts_text) if platform == "darwin" else linux_mount(p, mounts_text)
    if found and found[1].casefold() in NETWORK_FS:
        return found[0], found[1]
    return None


@dataclass(frozen=True)
class UnsafePlace:
    """Why a place is risky: ``template`` (English, translatable in context "places") and its
    ``params``; ``message`` is the sentence filled in."""

    kind: str  # "cloud" or "network"
    template: str
    params: dict

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def unsafe_place(path, *, environ=None, platform: str | None = None,
                 mounts_text: str | None = None) -> UnsafePlace | None:
    if path is None:
        return None
    net = network_place(path, platform=platform, mounts_text=mounts_text)
    if net:
        return UnsafePlace("network", NETWORK, {"where": net[0], "fstype": net[1]})
    cloud = cloud_folder(path, environ)
    if cloud:
        return UnsafePlace("cloud", CLOUD, {"service": cloud[0], "folder": cloud[1]})
    return None


def unsafe_reason(path, **kw) -> str | None:
    """Why keeping the register at ``path`` is risky, in a sentence, or None when the place is fine."""
    place = unsafe_place(path, **kw)
    return place.message if place else None
