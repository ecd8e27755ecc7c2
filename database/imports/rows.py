"""Reading a table from a file as rows of text, whatever its form: CSV with any delimiter and
encoding (detected), gzip-compressed CSV, or an Excel workbook (.xlsx, read-only mode).

Every value comes out as text, as a person would read it in the file: a number cell 999977754
gives "999977754", 272821.65 gives "272821.65", a date cell gives "2024-05-29". The importers
then check and convert the text with the same rules as typed values.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..errors import Ris3Error
from ..i18n import QT_TRANSLATE_NOOP as _N

SAMPLE_BYTES = 256 * 1024
# The longest cell read, in characters. The csv module's own limit (128 Ki) would refuse a whole
# file for one long text; under this one a long cell reaches the importer, which refuses just its
# row, saying which field is too long. Past it, the cause is nearly always a quotation mark never
# closed, which swallows the rest of the file.
CELL_LIMIT = 16 * 1024 * 1024
csv.field_size_limit(max(csv.field_size_limit(), CELL_LIMIT))
# A row over more lines than this is a quotation mark never closed, not a long text (a row over
# fewer lines is checked line by line: see ``_runaway``).
RUNAWAY_LINES = 2000
DELIMITERS = ",;\t|"
WESTERN = "cp1252"
GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"


# Why a file cannot be read (English, marked for Qt's translation tools)
MISSING = _N("imports", "{file} does not exist.")
FOLDER = _N("imports", "{file} is a folder, not a file.")
CANNOT_READ = _N("imports", "{file} cannot be read: {why}.")
EMPTY = _N("imports", "{file} is empty.")
ONLY_XLSX = _N("imports", "{file}: only .xlsx workbooks can be read; save it as .xlsx or CSV.")
OLD_EXCEL = _N("imports", "{file} is an old Excel (.xls) file; save it as .xlsx or CSV and try again.")
UNKNOWN_ENCODING = _N("imports", "“{encoding}” is not a character encoding this program knows (try utf-8, cp1252, "
                                  "cp1250 or latin-1).")
NOT_TEXT = _N("imports", "the file is not text (no character encoding fits it).")
DAMAGED_GZIP = _N("imports", "{file} is a damaged compressed file ({why}).")
BINARY = _N("imports", "{file} is not a text table (it holds binary data).")
BAD_TEXT = _N("imports", "{file}: line {line} is not valid {encoding} text ({why}); save the file as UTF-8 and try again.")
BAD_CSV = _N("imports", "{file}: line {line}: {why}.")
HUGE_CELL = _N("imports", "{file}: line {line}: a value runs on for more than {limit} characters — most likely a "
                          "quotation mark that is never closed. Check that line in a text editor.")
RUNAWAY = _N("imports", "{file}: line {line}: a quoted value runs on over {lines} lines, taking in the rows after it "
                        "— most likely a quotation mark that is never closed. Check that line in a text editor.")
CUT_SHORT = _N("imports", "{file} is damaged or cut short ({why}).")
NO_HEADER = _N("imports", "{file} has no header row.")
BAD_WORKBOOK = _N("imports", "{file} is not a readable Excel workbook ({why}).")
NOT_NAMED_XLSX = _N("imports", "{file} looks like an Excel workbook but is not named .xlsx; rename it to .xlsx and "
                               "import it again.")
NO_SHEET = _N("imports", "{file} has no sheet named “{sheet}” (it has: {sheets}).")
NO_TABLE = _N("imports", "{file} has no sheet with a table in it.")

class UnreadableFileError(Ris3Error):
    """The file cannot be read as a table at all (missing, empty, not a table, damaged)."""


@dataclass
class Table:
    """An open table: its header, how it was read, and its rows (each read once, lazily)."""

    path: Path
    header: list[str]
    kind: str  # "csv" or "xlsx"
    delimiter: str | None = None
    encoding: str | None = None
    sheet: str | None = None
    header_line: int = 1
    _rows: Iterator[tuple[int, list[str]]] = field(default=iter(()), repr=False)
    _fraction: Callable[[], float] = field(default=lambda: 0.0, repr=False)
    _close: Callable[[], None] = field(default=lambda: None, repr=False)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number in the file, values) for every row that is not blank."""
        return self._rows

    def fraction_read(self) -> float:
        """How far into the file the reading has got, 0.0 to 1.0 (for progress bars)."""
        return self._fraction()

    def close(self) -> None:
        self._close()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_table(path: str | Path, *, expect: Callable[[list[str]], bool] | None = None,
               sheet: str | None = None, encoding: str | None = None) -> Table:
    """Open a CSV (plain or .gz) or .xlsx file. ``expect(cells)`` recognises the header row, for
    files with title lines above it (the first non-blank row is the header otherwise).
    ``encoding``: a CSV file's character encoding, when the officer knows better than the guess."""
    path = Path(path)
    if not path.exists():
        raise UnreadableFileError(MISSING.format(file=str(path)))
    if path.is_dir():
        raise UnreadableFileError(FOLDER.format(file=str(path)))
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as e:
        raise UnreadableFileError(CANNOT_READ.format(file=str(path), why=e.strerror)) from None
    if not head:
        raise UnreadableFileError(EMPTY.format(file=path.name))
    if head.startswith(ZIP_MAGIC):
        if path.suffix.lower() in (".xls", ".ods"):
            raise UnreadableFileError(ONLY_XLSX.format(file=path.name))
        return _open_xlsx(path, expect, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFileError(OLD_EXCEL.format(file=path.name))
    if encoding is not None:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise UnreadableFileError(UNKNOWN_ENCODING.format(encoding=encoding)) from None
    return _open_csv(path, head.startswith(GZIP_MAGIC), expect, encoding)


# --- CSV ---------------------------------------------------------------------------------------

def detect_encoding(sample: bytes) -> str:
    """UTF-8 (with or without BOM) when the bytes decode as such; else Windows-1252 — what Excel
    saves "CSV" in on Italian, French, German or Spanish Windows — when it reads the bytes as well
    as charset-normalizer's best guess does; else that guess (a Polish, Czech or Greek file, say).
    On samples of a few rows its guess alone took Italian cp1252 text for cp1250 ("Città" read as
    "Cittŕ"): the accented letters of the two are different, the text around them the same."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # final=False: a sample cut inside a multi-byte character is still UTF-8
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        raise UnreadableFileError(NOT_TEXT)
    western = from_bytes(sample, cp_isolation=[WESTERN]).best() if best.encoding != WESTERN else best
    if western is not None and western.coherence >= best.coherence:
        return WESTERN
    return best.encoding


def detect_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the header into the most fields and gives the following lines
    the same number of fields (csv.Sniffer decides when the header alone does not)."""
    lines = [ln for ln in lines if ln.strip()][:20]
    if not lines:
        return ","

    def fields(line: str, d: str) -> int:
        try:
            return len(next(csv.reader([line], delimiter=d)))
        except csv.Error:  # (a line the reader refuses counts for no delimiter; reading it will say why)
            return 0

    scores = {}
    for d in DELIMITERS:
        n = fields(lines[0], d)
        if n > 1:
            consistent = sum(fields(ln, d) == n for ln in lines[1:])
            scores[d] = (consistent, n)
    if scores:
        return max(scores, key=scores.get)
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        return ","


def _open_csv(path: Path, gz: bool, expect, encoding: str | None) -> Table:
    raw = path.open("rb")
    binary = gzip.GzipFile(fileobj=raw) if gz else raw
    try:
        sample = binary.read(SAMPLE_BYTES)
    except (OSError, EOFError) as e:
        raw.close()
        raise UnreadableFileError(DAMAGED_GZIP.format(file=path.name, why=str(e))) from None
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raw.close()
        raise UnreadableFileError(BINARY.format(file=path.name))
    encoding = encoding or detect_encoding(sample)
    binary.seek(0)
    text = io.TextIOWrapper(binary, encoding=encoding, errors="strict", newline="")
    sample_text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=False)
    delimiter = detect_delimiter(sample_text.splitlines())
    size = path.stat().st_size or 1
    # the lines the reader took last, for checking a row that runs over several of them
    tap: deque[str] = deque(maxlen=RUNAWAY_LINES)
    reader = csv.reader(map(_kept(tap), text), delimiter=delimiter)

    def numbered() -> Iterator[tuple[int, list[str]]]:
        ended = 0  # the line the last row read ended on: the next one starts after it
        try:
            for row in reader:
                # a row is known by the line it starts on, where a person looks for it (a quoted
                # value may run over several lines)
                starts, ended = ended + 1, reader.line_num
                if ended > starts and _runaway(tap, ended - starts + 1, delimiter):
                    raise UnreadableFileError(RUNAWAY.format(file=path.name, line=starts, lines=ended - starts + 1))
                # a blank line, or one of delimiters only (";;;;" as Excel writes an empty row), is no row
                if row and (row[0].strip() or any(cell.strip() for cell in row)):
                    yield starts, row
        except UnicodeDecodeError as e:
            raise UnreadableFileError(BAD_TEXT.format(file=path.name, line=_undecodable_line(path, gz, encoding),
                                                      encoding=encoding, why=e.reason)) from None
        except csv.Error as e:
            if "field larger than field limit" in str(e):
                raise UnreadableFileError(HUGE_CELL.format(file=path.name, line=ended + 1,
                                                           limit=csv.field_size_limit())) from None
            raise UnreadableFileError(BAD_CSV.format(file=path.name, line=ended + 1, why=str(e))) from None
        except (OSError, EOFError) as e:
            raise UnreadableFileError(CUT_SHORT.format(file=path.name, why=str(e))) from None

    rows = numbered()
    header, line = _find_header(rows, expect)
    if header is None:
        raw.close()
        raise UnreadableFileError(NO_HEADER.format(file=path.name))
    if header:
        header[0] = header[0].lstrip("\ufeff")
    return Table(path, [h.strip() for h in header], "csv", delimiter, encoding, None, line, rows,
                 lambda: min(raw.tell() / size, 1.0), raw.close)


def _kept(tap: deque):
    """What ``map`` calls on each line the reader takes: keeps it in ``tap`` and passes it on."""
    keep = tap.append

    def kept(line: str) -> str:
        keep(line)
        return line

    return kept


def _runaway(tap: deque, lines: int, delimiter: str) -> bool:
    """Whether the row just read, over its last ``lines`` lines, is a quotation mark never
    closed: too many lines, or text that strict CSV does not read as one whole row — it ends
    inside the quotes, or a quotation mark closes with more text after it. A long text over
    several lines, properly quoted, reads as one row."""
    if lines >= RUNAWAY_LINES:
        return True
    try:
        return len(list(csv.reader(list(tap)[-lines:], delimiter=delimiter, strict=True))) != 1
    except csv.Error:
        return True


def _undecodable_line(path: Path, gz: bool, encoding: str) -> int:
    """The line holding the file's first byte that is not ``encoding`` text, counting line breaks
    as the csv reader does (\\r\\n, \\r or \\n) in the text before it. (The text layer decodes a
    block ahead of the csv reader, whose own line count is behind.) The whole file is read into
    memory: this runs once, on the way to refusing the file."""
    with (gzip.open if gz else open)(path, "rb") as fh:
        data = fh.read()
    try:
        data.decode(encoding)
    except UnicodeDecodeError as e:
        before = data[:e.start].decode(encoding, errors="replace")
        return len(_LINE_BREAK.findall(before)) + 1
    return 1


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _find_header(rows: Iterator[tuple[int, list[str]]], expect) -> tuple[list[str] | None, int]:
    """The header row: the first row ``expect`` accepts among the first 20 (or the first row)."""
    skipped = []
    for line, row in rows:
        if expect is None or expect([c.strip().lstrip("\ufeff") for c in row]):
            return row, line
        skipped.append((line, row))
        if len(skipped) >= 20:
            break
    if skipped:  # nothing recognised: the first row is the header; the caller will say what is missing
        return skipped[0][1], skipped[0][0]
    return None, 0


# --- Excel -------------------------------------------------------------------------------------

def cell_text(value) -> str:
    """A cell's value as the text a person reads in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # 15 significant digits, as Excel shows it: a computed 1234.5600000000002 is 1234.56
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else format(value, ".15g")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def sheet_names(path: str | Path) -> list[str]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise UnreadableFileError(BAD_WORKBOOK.format(file=Path(path).name, why=str(e))) from None
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _open_xlsx(path: Path, expect, sheet: str | None) -> Table:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except InvalidFileException:  # an Excel file under another name (openpyxl goes by the extension)
        raise UnreadableFileError(NOT_NAMED_XLSX.format(file=path.name)) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise UnreadableFileError(BAD_WORKBOOK.format(file=path.name, why=str(e))) from None
    if sheet is not None and sheet not in wb.sheetnames:
        wb.close()
        raise UnreadableFileError(NO_SHEET.format(file=path.name, sheet=sheet, sheets=", ".join(wb.sheetnames)))
    candidates = [sheet] if sheet else list(wb.sheetnames)
    for name in candidates:
        ws = wb[name]
        total = ws.max_row or 1
        state = {"line": 0}

        def numbered(ws=ws, state=state) -> Iterator[tuple[int, list[str]]]:
            for line, values in enumerate(ws.iter_rows(values_only=True), start=1):
                state["line"] = line
                row = [cell_text(v) for v in values]
                while row and not row[-1].strip():
                    row.pop()
                if row:
                    yield line, row

        rows = numbered()
        header, line = _find_header(rows, expect)
        if header is None:
            continue
        if expect is not None and not expect([c.strip() for c in header]) and name != candidates[-1]:
            continue  # another sheet may hold the table
        return Table(path, [h.strip() for h in header], "xlsx", None, None, name, line, rows,
                     lambda state=state, total=total: min(state["line"] / total, 1.0), wb.close)
    wb.close()
    raise UnreadableFileError(NO_TABLE.format(file=path.name))
