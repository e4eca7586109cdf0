"""Read report files into :class:`~loader.model.Document` records, refusing bad input clearly.

Errors name the file and, where it applies, the line: an empty, binary, non-UTF-8 or oversized
file raises :class:`ReportError` and nothing downstream runs.

>>> doc = decode("r", b"Rubrik\\nText\\n")
>>> [(line.number, line.text) for line in doc.lines]
[(1, 'Rubrik'), (2, 'Text'), (3, '')]
>>> decode("r", "Åsa".encode("latin-1"))
Traceback (most recent call last):
...
loader.read.ReportError: r:1: not valid UTF-8 (byte 0xc5 at column 1; the file looks Latin-1/Windows-1252 ...
"""

from __future__ import annotations

import codecs
import re
import stat
import unicodedata
from pathlib import Path

from loader.document import paginate
from loader.model import Document, Line, Verbatim

__all__ = ["MAX_BYTES", "ReportError", "decode", "read_report", "reading_text"]

# Characters that print nothing: soft hyphen, zero-width space, non-joiner, joiner, word joiner and
# a byte-order mark inside the text. Exports and editors scatter them through words; a reader sees
# the word whole. A soft hyphen at a line end is the hyphen of a word broken over the line.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Forms that differ only in width or line breaking: a spaced em dash is the en dash (Swedish
# tankstreck) in another typographic style, a Unicode hyphen or non-breaking hyphen (Word exports)
# is the hyphen, and a no-break, narrow no-break or figure space is a space. The layouts read the
# one form; quotes keep the stored character.
_SAME_FORM = {
    "\u2014": "\u2013",
    "\u2010": "-",
    "\u2011": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
}
_NOISE = re.compile(f"[{_INVISIBLE}{''.join(_SAME_FORM)}]")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")

#: Largest report accepted; the real ones are under 150 kB.
MAX_BYTES = 10 * 1024 * 1024


class ReportError(ValueError):
    """A report that cannot be read; ``str()`` is one line: ``file:line: message``."""

    def __init__(self, name: str, message: str, line: int | None = None) -> None:
        self.name = name
        self.line = line
        self.message = message
        where = f"{name}:{line}" if line is not None else name
        super().__init__(f"{where}: {message}")


def _line_of(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def decode(name: str, data: bytes) -> Document:
    """Decode report bytes (UTF-8, UTF-8 with BOM, or UTF-16 with BOM) into a document."""
    if not data.strip():
        raise ReportError(name, "empty file: a report must contain text")
    if len(data) > MAX_BYTES:
        raise ReportError(name, f"file too large ({len(data)} bytes > {MAX_BYTES}); is it really a report?")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReportError(name, f"invalid UTF-16 ({exc.reason})") from None
    else:
        if b"\x00" in data:
            line, _ = _line_of(data, data.index(b"\x00"))
            raise ReportError(name, "binary content (NUL byte); expected plain text", line)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line, column = _line_of(data, exc.start)
            bad = data[exc.start]
            hint = (
                "; the file looks Latin-1/Windows-1252 encoded — convert it to UTF-8"
                if bad >= 0xA0 and exc.reason != "unexpected end of data"
                else "; the file may be truncated or corrupt"
            )
            raise ReportError(name, f"not valid UTF-8 (byte 0x{bad:02x} at column {column}{hint})", line) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = [c for c in text if ord(c) < 32 and c not in "\n\t\f"]
    if len(controls) > max(10, len(text) // 100):
        raise ReportError(name, "mostly control characters; expected plain text")
    reading, verbatim = reading_text(text)
    lines = tuple(Line(number=i + 1, text=t) for i, t in enumerate(reading.split("\n")))
    return paginate(Document(report=name, lines=lines, verbatim=verbatim))


def reading_text(stored: str) -> tuple[str, Verbatim | None]:
    """The text the layouts read, and how it maps back to the report as stored (``None`` when
    the two are the same).

    Only what a reader does not tell apart is changed, and never a line break (line numbers stay the
    stored ones): letters written decomposed (a + U+030A for "å", as macOS and some PDF tools
    write them) are composed (Unicode NFC), and the invisible characters of ``_INVISIBLE``
    are dropped, except a soft hyphen ending a line, which prints as "-" there; an em dash is read as
    the en dash, a Unicode hyphen as "-" and a no-break space as a space (``_SAME_FORM``). Quotes and offsets
    are written in the stored text's characters (:class:`loader.model.Verbatim`).

    >>> reading_text("Samver\\u00adkan för ba\\u0308ttre")[0]
    'Samverkan för bättre'
    >>> reading_text("angelä\\u00ad\\nget")[0]
    'angelä-\\nget'
    >>> reading_text("Första linjen") == ("Första linjen", None)
    True
    """
    if unicodedata.is_normalized("NFC", stored) and not _NOISE.search(stored):
        return stored, None
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(stored)
    while i < n:
        c = stored[i]
        if c in _INVISIBLE:
            if c == "\u00ad" and _LINE_END.match(stored, i + 1):
                chars.append("-")
                starts.append(i)
                ends.append(i + 1)
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(stored[j]):
            j += 1
        cluster = stored[i:j]
        if c in _SAME_FORM:
            cluster = _SAME_FORM[c] + cluster[1:]
        composed = unicodedata.normalize("NFC", cluster)
        if composed == cluster:
            chars.append(cluster)
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
        else:
            chars.append(composed)
            starts.extend([i] * len(composed))
            ends.extend([j] * len(composed))
        i = j
    return "".join(chars), Verbatim(stored, tuple(starts), tuple(ends))


def read_report(path: Path) -> Document:
    """Read one report file; the document's id is the file stem.

    Only a regular file is read: a symlink could point anywhere and a FIFO or device would
    block or never end, so both are refused before opening; the size is checked with
    ``stat`` first so that an oversized file is never read into memory.
    """
    try:
        info = path.lstat()
    except OSError as exc:
        raise ReportError(str(path), f"cannot read file ({exc.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        raise ReportError(str(path), "is a symbolic link; copy the report itself into the reports directory")
    if not stat.S_ISREG(info.st_mode):
        raise ReportError(str(path), "not a regular file (FIFO, device or directory); expected a text report")
    if info.st_size > MAX_BYTES:
        raise ReportError(str(path), f"file too large ({info.st_size} bytes > {MAX_BYTES}); is it really a report?")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError(str(path), f"cannot read file ({exc.strerror})") from None
    try:
        return decode(path.stem, data)
    except ReportError as exc:
        raise ReportError(str(path), exc.message, exc.line) from None
