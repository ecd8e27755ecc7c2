"""Opening a register: where it lives, checking it is ours, upgrading it, and sessions.

SQLite (the laptop default) is opened with foreign keys on, WAL, a busy timeout and
``synchronous=FULL``; write transactions start with ``BEGIN IMMEDIATE`` so that two windows or
processes on one file wait their turn instead of failing half-way. PostgreSQL (a team's shared
register) runs the same code.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# SQLite's dialect is loaded here, not by the first create_engine(): the window opens the register
# on its worker after Qt is loaded, and PySide6 then reads the source of every module imported
# (~13 ms more for this one, on the way to the first page)
import sqlalchemy.dialects.sqlite  # noqa: F401
from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from . import search
from .errors import DatabaseOpenError, EncryptedDatabaseError, Ris3Error
from .i18n import QT_TRANSLATE_NOOP as _N
from .i18n import Message
from .sqlite_file import database_errors, operational_errors, probably_encrypted, unwritable_reason

APP_NAME = "ris3desk"
# The newest migration this version knows. tests/test_migrations.py checks it is Alembic's head;
# keeping it here spares importing Alembic on every start.
SCHEMA_HEAD = "0003"
BUSY_TIMEOUT_MS = 15_000
# PostgreSQL: imports take turns through this advisory lock, waiting for one another this long
BULK_LOCK_KEY = 0x52495333  # "RIS3"
BULK_WAIT_S = 120
# PostgreSQL: creating or upgrading a register (and seeding a new one) take turns through this one
SCHEMA_LOCK_KEY = 0x52495334  # "RIS4"
SCHEMA_BUSY = ("Another program has been creating or upgrading this team register for over {seconds} seconds; "
               "nothing was changed. Try again when it is done.")
IMPORT_BUSY = ("Another import into this team register has been running for over {seconds} seconds; nothing was "
               "imported. Try again when it is done.")
# SQLite's own default; bulk_write() turns it off for its transaction and puts it back
AUTOCHECKPOINT_PAGES = 1000
# how long bulk_write()'s checkpoint waits for readers to move on before leaving it to later
CHECKPOINT_WAIT_MS = 250
# bulk_write() writes a register smaller than this with a rollback journal (see _rollback_journal)
JOURNAL_BELOW_BYTES = 32 * 1024 * 1024
# The page size of a new register file (SQLite's default is 4 KiB). Bigger pages mean fewer of them
# to write and shallower indexes: the whole CORDIS import into a new register takes ~20% less
# time in SQLite with 16 KiB pages (tests/benchmarks/bench_imports.py), and nothing reads slower.
# An existing register keeps its own; a restore converts a backup to the register's.
PAGE_SIZE = 16_384
ENV_URL = "RIS3DESK_DATABASE_URL"
SQLITE_MAGIC = b"SQLite format 3\x00"
# what --database-url / RIS3DESK_DATABASE_URL may be, for the message when it is something else
URLS_THAT_WORK = _N("errors", "postgresql+psycopg://USER@HOST[:PORT]/DATABASE for a team register on PostgreSQL, "
                              "or sqlite:///PATH/TO/register.db (the same as --db PATH) for a register file")

# Why a register cannot be opened, in the officer's words (context "errors": the window says them
# in its language, the command line in English)
BOTH_GIVEN = _N("errors", "Give either a database file or a database URL, not both.")
NOT_A_URL = _N("errors", "The database URL given is not a URL RIS3 Desk understands. Use {urls}.")
NOT_OUR_DRIVER = _N("errors", "RIS3 Desk cannot use a {driver} database. Use {urls}.")
NOT_OUR_URL = _N("errors", "RIS3 Desk cannot use this database URL ({driver}://…); use {urls}.")
NO_FOLDER = _N("errors", "The folder {folder} does not exist.")
A_FOLDER = _N("errors", "{path} is a folder, not a database file.")
CANNOT_CREATE = _N("errors", "A register cannot be created at {path}: {reason}. Nothing was written; choose a "
                             "folder of your own.")
CANNOT_READ = _N("errors", "{path} cannot be read: {why}.")
NOT_ENCRYPTED = _N("errors", "{path} is not encrypted: open it without a passphrase, or encrypt it with "
                             "'ris3desk encrypt'.")
NOT_OURS = _N("errors", "{path} is not a RIS3 Desk database; it was left untouched.")
CANNOT_OPEN_HERE = _N("errors", "{path} cannot be opened: {reason}. It was not changed. Move or copy it to a folder "
                                "of your own, or ask whoever manages that location for write access.")
NOT_READABLE = _N("errors", "{path} is not a readable database ({why}); it was left untouched.")
OTHER_DATA = _N("errors", "{path} holds other data, not a RIS3 Desk register; it was left untouched.")
BUSY = _N("errors", "{path} is being created or used by another program (another 'ris3desk' or window) that did "
                    "not let go within {seconds} seconds; nothing was changed. Try again when it has finished.")
NEWER_SCHEMA = _N("errors", "{path} was made by a newer version of RIS3 Desk (schema {revision}); install the newer "
                            "version to open it.")
EMPTY = _N("errors", "{path} is empty; run 'ris3desk init' to create it.")
NEEDS_UPGRADE = _N("errors", "{path} needs an upgrade; run 'ris3desk init'.")
CANNOT_USE = _N("errors", "{path} cannot be used: {why}.")
CANNOT_OPEN = _N("errors", "{path} cannot be opened: {why}.")
SERVER_MAY_NOT_READ = _N("errors", "The database server at {server} answers, but user {user} may not read the "
                                   "register {database}: ask its administrator to grant access.")
SERVER_REFUSED_LOGIN = _N("errors", "The database server at {server} refused the user name or password given "
                                    "({user}).")
NO_USER_NAME = _N("errors", "no user name")
SERVER_NO_DATABASE = _N("errors", "The database server at {server} answers, but has no database called {database}: "
                                  "ask its administrator to create it (createdb), then run this again.")
SERVER_NO_USER = _N("errors", "The database server at {server} answers, but knows no user called {user}: ask its "
                              "administrator.")
SERVER_SILENT = _N("errors", "The database server at {server} does not answer or refused the connection ({why}).")


def default_database_path() -> Path:
    """The register in the user's data folder (never beside the program)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "register.db"


def resolve_url(db_path: str | os.PathLike | None = None, url: str | None = None) -> str:
    """--db PATH, else --database-url URL, else $RIS3DESK_DATABASE_URL, else the default file."""
    if db_path and url:
        raise DatabaseOpenError(BOTH_GIVEN)
    if db_path:
        return str(URL.create("sqlite", database=str(Path(db_path).expanduser().absolute())))
    url = url or os.environ.get(ENV_URL)
    if url:
        return check_url(url)
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(URL.create("sqlite", database=str(path)))


def check_url(url: str) -> str:
    """``url`` when it names a database RIS3 Desk can use (PostgreSQL through psycopg, or a SQLite
    file); a plain ``postgresql://`` gets psycopg, the driver installed with RIS3 Desk. Anything
    else raises DatabaseOpenError saying which URLs work (never echoing a password)."""
    try:
        u = make_url(url)
    except (sa_exc.ArgumentError, ValueError):
        raise DatabaseOpenError(NOT_A_URL.format(urls=URLS_THAT_WORK)) from None
    if u.drivername == "postgres" or u.drivername.startswith("postgres+"):  # libpq's and hosting sites' form
        u = u.set(drivername="postgresql" + u.drivername[len("postgres"):])
        url = u.render_as_string(hide_password=False)
    try:
        backend, driver = u.get_backend_name(), u.get_driver_name()
    except (sa_exc.NoSuchModuleError, sa_exc.ArgumentError, ImportError):  # no such dialect
        raise DatabaseOpenError(NOT_OUR_DRIVER.format(driver=u.drivername, urls=URLS_THAT_WORK)) from None
    if backend == "postgresql" and "+" not in u.drivername:
        return u.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if (backend, driver) in {("postgresql", "psycopg"), ("sqlite", "pysqlite"), ("sqlite", "pysqlcipher")}:
        return url
    raise DatabaseOpenError(NOT_OUR_DRIVER.format(driver=u.drivername, urls=URLS_THAT_WORK))


def sqlite_url(path: str | os.PathLike, passphrase: str | None = None) -> URL:
    """The URL of a register file, encrypted with SQLCipher when a passphrase is given."""
    url = URL.create("sqlite", database=str(Path(path).expanduser().absolute()))
    return with_passphrase(url, passphrase)


def with_passphrase(url: URL, passphrase: str | None) -> URL:
    if not passphrase or url.get_backend_name() != "sqlite":
        return url
    return url.set(drivername="sqlite+pysqlcipher", password=passphrase)


def sqlite_path(url: str | URL) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


@dataclass
class Database:
    """An open register: the engine and the only ways to get a session."""

    url: URL
    engine: Engine
    _sessions: sessionmaker
    _writer: Engine
    # the SQLite connection each thread reads through now (see read() and interrupt_reads())
    _readers: dict = field(default_factory=dict)
    _readers_lock: threading.Lock = field(default_factory=threading.Lock)
    # write transactions committed through this object: after Ctrl+C, the command line tells
    # "it was saved before the interrupt" from "nothing was kept" by it
    commits: int = 0
    # True for a one-shot command (the command line), which reads nothing beside its own imports:
    # bulk_write() may then write a new register with a rollback journal (_rollback_journal). A
    # window reads while its imports run — a rollback journal would make it wait — and keeps WAL.
    one_shot: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def passphrase(self) -> str | None:
        """The SQLCipher passphrase of an encrypted register (for backups of it), else None."""
        return self.url.password if self.url.drivername == "sqlite+pysqlcipher" else None

    @property
    def name(self) -> str:
        """Shown in the window title: the file's name, or the server database's name."""
        if self.path:
            return self.path.stem
        return f"{self.url.database or 'postgres'} @ {self.url.host or 'localhost'}"

    @property
    def location(self) -> str:
        """Where the data lives, without any password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            if not self.is_sqlite:
                yield session
                return
            # known while the block runs, so that interrupt_reads() can stop its statements
            dbapi = session.connection().connection.dbapi_connection
            me = threading.get_ident()
            with self._readers_lock:
                self._readers[me] = dbapi
            try:
                yield session
            finally:
                with self._readers_lock:
                    self._readers.pop(me, None)

    def interrupt_reads(self, thread_id: int) -> bool:
        """Stop the statement a read on thread ``thread_id`` is running now (SQLite's
        ``interrupt()``): it raises an OperationalError there, and nothing else is touched —
        writes are never interrupted, and without a read under way this does nothing. For the
        window, when a newer click or keystroke has made a query useless. On PostgreSQL the
        query runs to its end. True when a read was interrupted."""
        with self._readers_lock:
            dbapi = self._readers.get(thread_id)
            if dbapi is None:
                return False
            dbapi.interrupt()
            return True

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions(bind=self._writer) as session:
            with _transaction(self, session):
                yield session

    @contextmanager
    def bulk_write(self) -> Iterator[Session]:
        """:meth:`write`, for one very large transaction (an import). On SQLite the write-ahead log
        is not copied into the database file inside the commit (the automatic checkpoint) but just
        after it, by a checkpoint that also empties the log: measured on the whole CORDIS import,
        that copy costs half as much there, and no log as large as the register is left on disk.
        A checkpoint that a reader holds up is left to the next commit; the data is safe either way.
        From the command line (``one_shot``), a register still (nearly) empty that nobody else
        has open is written with a rollback journal instead, each page once (:func:`_rollback_journal`)."""
        if not self.is_sqlite:
            with self.write() as session:
                # imports into a team register take turns, as SQLite's writers do: two at once
                # would both plan the same new records, and the second fail on the first's
                take_turn(session, BULK_LOCK_KEY, Ris3Error(IMPORT_BUSY.format(seconds=BULK_WAIT_S)))
                yield session
            return
        with self._writer.connect() as conn:
            raw = conn.connection.dbapi_connection  # the driver's own: no transaction is begun for it
            journal = self.one_shot and _rollback_journal(raw)
            raw.execute("PRAGMA wal_autocheckpoint = 0")
            try:
                with self._sessions(bind=conn) as session:
                    with _transaction(self, session):
                        yield session
                if not journal:
                    raw.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
                    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                # SQLAlchemy closes a connection that Ctrl+C (or another exit) interrupted: there
                # is nothing to put back then, and a failure here must not hide what happened
                if not conn.invalidated:
                    try:
                        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                        raw.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
                        if journal:
                            _wal(raw)
                    except Exception:  # noqa: BLE001 - never back into the pool with the import's settings
                        conn.invalidate()

    def explain_error(self, e: BaseException) -> str:
        """An unexpected error during work on this register in one line (see :func:`explain_error`)."""
        return explain_error(e, self.url)

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl+C pressed inside the block takes effect (KeyboardInterrupt) just after it: a commit
    and the bookkeeping that it happened are never torn apart. Only the main thread gets
    signals; elsewhere, or under another program's handler, this does nothing."""
    if threading.current_thread() is not threading.main_thread() \
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    caught: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if caught:
        raise KeyboardInterrupt


@contextmanager
def _transaction(db: Database, session: Session) -> Iterator[None]:
    """``session.begin()``, counting the commit in ``db.commits`` (see interrupts_held). A
    rollback that fails — the connection already closed by an interrupt — does not hide the
    exception that caused it."""
    session.begin()
    try:
        yield
    except BaseException:
        try:
            session.rollback()
        except Exception:  # noqa: BLE001 - the first error is the one to report
            pass
        raise
    with interrupts_held():
        session.commit()
        db.commits += 1


def _make_engine(url: URL) -> tuple[Engine, Engine]:
    if url.get_backend_name() != "sqlite":
        try:
            engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
        except (sa_exc.ArgumentError, sa_exc.NoSuchModuleError, ImportError):
            raise DatabaseOpenError(NOT_OUR_URL.format(driver=url.drivername, urls=URLS_THAT_WORK)) from None
        return engine, engine

    # isolation_level=None: the driver starts no transactions of its own; we begin them below
    engine = create_engine(url, connect_args={"isolation_level": None, "timeout": BUSY_TIMEOUT_MS / 1000,
                                              "check_same_thread": False})

    encrypted = url.drivername == "sqlite+pysqlcipher"  # (SQLCipher keeps its own page size)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        if not encrypted:  # takes effect only in a file not written yet: a new register
            cur.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        _wal(cur)
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA secure_delete = ON")  # erased personal data does not linger in free pages
        cur.execute("PRAGMA cache_size = -65536")  # 64 MB: bulk writes touch many index pages
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine, engine.execution_options(sqlite_begin="IMMEDIATE")


def _rollback_journal(raw) -> bool:
    """For one big write into a register that is still (nearly) empty, leave WAL for SQLite's
    rollback journal until it is committed; True when that was done (the caller goes back to WAL).

    In WAL every page the import writes is written twice — into the log, then copied into the
    file — and the log's frames cost more to write than plain pages. A rollback journal copies
    only the pages that existed before the transaction, and a new register has almost none: each
    page is written once. Measured on the whole CORDIS import: SQLite's share 1.5 s instead of
    1.8–2.1 s. The transaction is as safe either way — a killed process leaves a journal that the
    next opening rolls back (``sqlite_file.roll_back_hot_journal``). SQLite refuses to leave WAL
    while any other connection has the file open (an open window, a second program): the import
    then stays in WAL, and readers keep reading beside it. A connection opened during the import
    waits for its end (its switch to WAL waits like any statement); that is why only a small
    register is switched — a new one, which nobody is reading yet — and only by a one-shot
    command (``Database.one_shot``): a window reads while its own imports run."""
    # (int(): SQLCipher answers its page size as text)
    size = int(raw.execute("PRAGMA page_count").fetchone()[0]) * int(raw.execute("PRAGMA page_size").fetchone()[0])
    if size > JOURNAL_BELOW_BYTES:
        return False
    try:
        mode = raw.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except operational_errors():  # "database is locked": someone else has it open
        return False
    return mode == "delete"


def _wal(cur) -> None:
    """``PRAGMA journal_mode = WAL``, waiting as long as any other statement would. While another
    program is turning the same new register's file into WAL, SQLite fails the pragma at once with
    "database is locked" instead of calling the busy handler (seen in ~1 of 15 pairs of
    simultaneous 'ris3desk init' on one new file)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except operational_errors() as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _check_sqlite_file(path: Path, passphrase: str | None = None) -> bool:
    """True when the file exists with content, after the start-up check (integrity.quick_check).
    Raises, leaving the file untouched, when it is not a database, is damaged, or is encrypted
    and the passphrase is missing or wrong."""
    if not path.parent.is_dir():
        raise DatabaseOpenError(NO_FOLDER.format(folder=path.parent))
    if path.is_dir():
        raise DatabaseOpenError(A_FOLDER.format(path=path))
    if not path.exists() or path.stat().st_size == 0:
        reason = unwritable_reason(path)
        if reason:
            raise DatabaseOpenError(CANNOT_CREATE.format(path=path, reason=reason))
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as e:
        raise DatabaseOpenError(CANNOT_READ.format(path=path, why=e.strerror)) from None
    if head == SQLITE_MAGIC and passphrase:
        raise DatabaseOpenError(NOT_ENCRYPTED.format(path=path))
    if head != SQLITE_MAGIC and not passphrase:
        if probably_encrypted(path):  # whole pages of noise: most likely an encrypted register
            raise EncryptedDatabaseError(path, wrong=False)
        raise DatabaseOpenError(NOT_OURS.format(path=path))
    reason = unwritable_reason(path)
    if reason:  # (SQLite would only say "unable to open database file", which reads as damage)
        raise DatabaseOpenError(CANNOT_OPEN_HERE.format(path=path, reason=reason))
    from .integrity import quick_check

    try:
        quick_check(path, passphrase)
    except OSError as e:
        raise DatabaseOpenError(CANNOT_READ.format(path=path, why=e.strerror or e)) from None
    return True


def _revision_in_file(path: Path, passphrase: str | None = None) -> str | None:
    """The schema revision of a SQLite register, read through a read-only connection so that a
    file which is not ours is never written to (not even the WAL switch in its header). None for a
    register with no tables yet. Raises for another application's database."""
    from .sqlite_file import connect

    try:
        conn = connect(path, passphrase, readonly=True)
        try:
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" in tables:
                return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except database_errors() as e:
        if "locked" in str(e) or "busy" in str(e):
            raise DatabaseOpenError(_busy(path)) from None
        raise DatabaseOpenError(NOT_READABLE.format(path=path, why=e)) from None
    if tables - {"sqlite_sequence"}:
        raise DatabaseOpenError(OTHER_DATA.format(path=path))
    return None


def _stored_revision(engine: Engine) -> str | None:
    """The schema revision on a database server, None for an empty database. Raises for a foreign one."""
    try:
        with engine.connect() as conn:
            tables = set(sa_inspect_tables(conn))
            if "alembic_version" in tables:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if tables:
                raise DatabaseOpenError(OTHER_DATA.format(path=engine.url.database))
            return None
    except sa_exc.OperationalError as e:
        raise DatabaseOpenError(_explain_operational(engine.url, e)) from None
    except sa_exc.DatabaseError as e:
        if permission_denied(e):  # a user the register was not shared with: not damage
            raise DatabaseOpenError(_may_not_read(engine.url)) from None
        raise DatabaseOpenError(NOT_READABLE.format(path=engine.url.database, why=first_line(e))) from None


def sa_inspect_tables(conn) -> list[str]:
    from sqlalchemy import inspect

    return inspect(conn).get_table_names()


def _busy(path: Path) -> Message:
    return BUSY.format(path=path, seconds=BUSY_TIMEOUT_MS // 1000)


def first_line(e: BaseException) -> str:
    """What the database driver said, its first line only: SQLAlchemy's own text of an error adds
    the statement and its parameters — which may hold personal data — and belongs in the log."""
    said = str(getattr(e, "orig", None) or (e.args[0] if isinstance(e, sa_exc.StatementError) and e.args else e))
    said = said.strip()
    return said.splitlines()[0].strip() if said else type(e).__name__


def permission_denied(e: BaseException) -> bool:
    """The server refused a statement because the user lacks the right (psycopg's InsufficientPrivilege)."""
    orig = getattr(e, "orig", None) or e
    return getattr(orig, "sqlstate", None) == "42501" or "permission denied" in str(orig)


def database_user(url: URL) -> str:
    """The user name the server sees: the URL's, else libpq's default ($PGUSER, else the login name)."""
    if url.username:
        return url.username
    user = url.query.get("user") or os.environ.get("PGUSER")
    if user:
        return user if isinstance(user, str) else user[0]
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name to be found: say so plainly
        return "unknown"


# an unexpected error the officer can act on, for the command line and the window (context "errors")
MAY_NOT_CHANGE = _N("errors", "Your database user ({user}) may read this register but not change it; "
                              "ask its administrator.")
MAY_NOT_READ_ALL = _N("errors", "Your database user ({user}) may not read all of this register; "
                                "ask its administrator to grant access.")


def explain_error(e: BaseException, url: str | URL | None = None) -> str:
    """An unexpected error met while working on a register, in one line for the officer: a refused
    permission as a plain sentence (a Message, translatable), any other error as its kind and
    the first line of what the driver said — never the SQL statement nor its parameters."""
    if url is not None and permission_denied(e) and isinstance(e, sa_exc.DBAPIError):
        url = make_url(url) if isinstance(url, str) else url
        statement = (getattr(e, "statement", None) or "").lstrip().upper()
        reading = statement.startswith(("SELECT", "WITH")) and "FOR UPDATE" not in statement
        return (MAY_NOT_READ_ALL if reading else MAY_NOT_CHANGE).format(user=database_user(url))
    return f"{type(e).__name__}: {first_line(e)}"


def _server(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def _may_not_read(url: URL) -> Message:
    return SERVER_MAY_NOT_READ.format(server=_server(url), user=repr(database_user(url)), database=url.database)


def _explain_operational(url: URL, e: Exception) -> Message:
    if url.get_backend_name() == "sqlite":
        return CANNOT_OPEN.format(path=url.database, why=first_line(e))
    said = str(getattr(e, "orig", e)).strip()
    if "permission denied" in said or getattr(getattr(e, "orig", None), "sqlstate", None) == "42501":
        return _may_not_read(url)
    if "password authentication failed" in said or "no password supplied" in said:
        return SERVER_REFUSED_LOGIN.format(server=_server(url), user=url.username or NO_USER_NAME)
    if "does not exist" in said and "database" in said:
        return SERVER_NO_DATABASE.format(server=_server(url), database=repr(url.database))
    if "does not exist" in said and "role" in said:
        return SERVER_NO_USER.format(server=_server(url), user=repr(url.username))
    return SERVER_SILENT.format(server=_server(url), why=said.splitlines()[0] if said else e)


def open_database(url: str | URL, *, upgrade: bool = True, create: bool = True,
                  passphrase: str | None = None) -> Database:
    """Open a register, creating it when empty and upgrading an older one after a backup.

    Raises DatabaseOpenError, with a sentence for the user, for a missing folder, a file that is
    not a database (left byte for byte as it was), a schema newer than this program, or a
    server that does not answer; its subclasses DamagedDatabaseError for a file that failed
    the start-up check (never opened for writing) and EncryptedDatabaseError for a missing or
    wrong passphrase. ``passphrase`` opens (or creates) a SQLCipher-encrypted register.
    """
    url = make_url(url) if isinstance(url, str) else url
    url = with_passphrase(url, passphrase)
    if url.drivername == "sqlite+pysqlcipher":
        from .sqlite_file import require_sqlcipher

        require_sqlcipher()
    path = sqlite_path(url)
    if path is not None:
        passphrase = url.password if url.drivername == "sqlite+pysqlcipher" else None
        revision = _revision_in_file(path, passphrase) if _check_sqlite_file(path, passphrase) else None
    engine, writer = _make_engine(url)
    from . import tracking

    sessions = sessionmaker(bind=engine, expire_on_commit=False)
    search.install(sessions)
    tracking.install(sessions)
    seeded = False
    try:
        if path is None:
            revision = _stored_revision(engine)
        if revision != SCHEMA_HEAD:
            from . import migrate  # Alembic is imported only when there is work for it

            if revision is not None and not migrate.is_known(revision):
                raise DatabaseOpenError(NEWER_SCHEMA.format(path=path or url.database, revision=revision))
            if revision is None and not create:
                raise DatabaseOpenError(EMPTY.format(path=path or url.database))
            if not upgrade:
                raise DatabaseOpenError(NEEDS_UPGRADE.format(path=path or url.database))
            # in a write transaction from its start (BEGIN IMMEDIATE on SQLite; on PostgreSQL one
            # holding SCHEMA_LOCK_KEY): a second program creating or upgrading the same register
            # waits for this one, then finds it done. A new team register gets its reference data
            # in the same transaction: another program never sees its tables without it.
            then = None
            if revision is None and path is None:
                def then(conn):
                    _seed_in(sessions, conn)

                seeded = True
            migrate.upgrade(writer, backup_first=revision is not None, then=then)
    except database_errors() as e:  # raised below SQLAlchemy by the backup or the pragmas
        engine.dispose()
        raise DatabaseOpenError(CANNOT_USE.format(path=path, why=e)) from None
    except sa_exc.OperationalError as e:
        engine.dispose()
        if path is not None and "locked" in str(e.orig):
            raise DatabaseOpenError(_busy(path)) from None
        raise DatabaseOpenError(_explain_operational(url, e)) from None
    except Exception:
        engine.dispose()
        raise
    db = Database(url=url, engine=engine, _sessions=sessions, _writer=writer)
    if revision is None and not seeded:  # a new register starts with the shipped reference data
        from .reference import seed

        try:
            with db.write() as session:
                seed(session)
        except Exception:
            db.close()
            raise
    return db


def _seed_in(sessions: sessionmaker, conn) -> None:
    """The shipped reference data, written into the transaction ``conn`` is in (committed with it)."""
    from .reference import seed

    with sessions(bind=conn) as session:
        seed(session)
        session.flush()


def schema_lock(conn) -> None:
    """PostgreSQL: wait until no other program creates, upgrades or seeds this register, then
    hold that turn until ``conn``'s transaction ends."""
    take_turn(conn, SCHEMA_LOCK_KEY, DatabaseOpenError(SCHEMA_BUSY.format(seconds=BULK_WAIT_S)))


def take_turn(conn, key: int, busy: Ris3Error) -> None:
    """PostgreSQL: wait (at most BULK_WAIT_S) for the advisory lock ``key`` — held until the
    transaction of ``conn`` (a Connection or a Session) ends — and raise ``busy`` if the wait
    runs out."""
    conn.execute(text(f"SET LOCAL lock_timeout = '{BULK_WAIT_S}s'"))
    try:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    except sa_exc.OperationalError as e:
        if "lock timeout" not in str(e.orig):
            raise
        raise busy from None
    conn.execute(text("SET LOCAL lock_timeout = 0"))
