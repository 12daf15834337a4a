"""Read a plan file into text: encodings, .txt/.docx/.xlsx/.pdf/.html, and a same-length normal form.

The text keeps one paragraph per line.  :func:`normalise` maps the text to a form
for matching (full-width punctuation to ASCII, Traditional to Simplified
characters) **character for character**, so every offset found on the normal form
is valid on the original and quotes are always sliced from the original.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import re
import threading
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources
from io import BytesIO, StringIO
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from .errors import InputError
from .pdf_layout import ROW_END, page_text, row_line

__all__ = ["DEFAULT_MAX_MB", "RawDocument", "normalise", "read_bytes", "read_path"]

DEFAULT_MAX_MB = 10.0
#: a .docx's document.xml may be this many times --max-mb (markup is verbose), a PDF stream too
XML_FACTOR = 10
_MB = 1024 * 1024
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A decoded document: original text (one paragraph per line) and where it came from."""

    name: str
    text: str
    sha1: str
    encoding: str
    format: str


def read_path(path: str | Path, *, max_mb: float = DEFAULT_MAX_MB) -> RawDocument:
    """Read ``path`` (txt in UTF-8/UTF-16/GB18030, docx, pdf or html) into text.

    Raises :class:`InputError` with one readable line for anything a user can cause.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a plan file")
    size = p.stat().st_size
    if size == 0:
        raise InputError(f"{p}: the file is empty")
    if size > max_mb * 1024 * 1024:
        raise InputError(
            f"{p}: {size / 1024 / 1024:.1f} MB is more than the {max_mb:g} MB allowed for one plan "
            "(pass --max-mb to raise the limit, or split the file)"
        )
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror})") from None
    return read_bytes(data, name=p.name, max_mb=max_mb)


def read_bytes(data: bytes, *, name: str = "document.txt", max_mb: float = DEFAULT_MAX_MB) -> RawDocument:
    """Decode ``data`` according to its content (and ``name``'s extension as a hint).

    What a compressed format expands to is bounded while it is read, never after: a .docx's
    ``word/document.xml`` and each PDF stream may be at most ``XML_FACTOR`` × ``max_mb``, a PDF's text
    at most ``max_mb`` (a zip or a stream bomb is refused in a second instead of filling memory).
    """
    sha1 = hashlib.sha1(data).hexdigest()
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF"):
        text, enc, fmt = _pdf_text(data, name, max_mb), "pdf", "pdf"
    elif data.startswith(b"PK\x03\x04"):
        if (parts := _workbook_parts(data)) is not None:
            text, enc, fmt = _xlsx_text(data, parts, name, max_mb), "xlsx", "xlsx"
        else:
            text, enc, fmt = _docx_text(data, name, max_mb), "docx", "docx"
    elif data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # an OLE2 compound file: .doc, .wps, .xls, .et
        raise InputError(f"{name}: a Word 97–2003 or WPS binary file (.doc/.wps), which kg does not read: "
                         "save it as .docx, .pdf or text (WPS or Word: Save As) and build that")
    else:
        text, enc = _decode(data, name)
        fmt = "txt"
        head = text[:2000].lower()
        if suffix in (".html", ".htm") or "<html" in head or "<!doctype html" in head:
            text, fmt = _html_text(text), "html"
    text = _clean(text)
    if not text.strip():
        raise InputError(f"{name}: the document has no text")
    if not _CJK.search(text):
        raise InputError(f"{name}: the document has no Chinese text; kg reads Chinese plan documents")
    return RawDocument(name=name, text=text, sha1=sha1, encoding=enc, format=fmt)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(f"{name}: damaged UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not a text, .docx, .pdf or .html plan")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            candidates.append((data.decode(enc), enc))
        except UnicodeDecodeError:
            pass
    if not candidates:
        raise InputError(f"{name}: not valid UTF-8, GB18030/GBK or Big5 text")
    if len(candidates) == 2:
        # many Big5 byte strings are valid GB18030 too (and decode to nonsense): let a detector choose
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000], cp_isolation=["gb18030", "big5"]).best()
        if best is not None and best.encoding == "big5":
            return candidates[1]
    return candidates[0]


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\ufeff", "").replace("\x0c", "\n")
    # control characters other than newline and tab make a text unusable downstream
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\t")
    if bad > 20:
        raise InputError("the file holds control characters: it looks binary, not a plan text")
    return text


def _too_big(name: str, what: str, size: float | None, max_mb: float) -> InputError:
    at = f" to {size / _MB:,.0f} MB" if size is not None else ""
    return InputError(f"{name}: {what} expands{at}, more than kg reads for a plan of at most {max_mb:g} MB "
                      "(a compression bomb? pass --max-mb to raise the limit)")


class _PartTooBig(Exception):
    """A part of a .docx that expands past its bound (its size when the zip's directory gives it)."""

    def __init__(self, size: int | None) -> None:
        self.size = size


def _zip_part(zf: zipfile.ZipFile, part: str, limit: int) -> bytes:
    """The bytes of ``part``, at most ``limit`` of them: refused from the zip's directory before anything is
    inflated, and bounded while read even if the directory lies about the size (:class:`_PartTooBig`)."""
    info = zf.getinfo(part)
    if info.file_size > limit:
        raise _PartTooBig(info.file_size)
    with zf.open(info) as f:
        raw = f.read(limit + 1)
    if len(raw) > limit:
        raise _PartTooBig(None)
    return raw


def _docx_text(data: bytes, name: str, max_mb: float = DEFAULT_MAX_MB) -> str:
    limit = int(max_mb * XML_FACTOR * _MB)
    try:
        zf = zipfile.ZipFile(BytesIO(data))
        raw = _zip_part(zf, "word/document.xml", limit)
    except _PartTooBig as e:
        raise _too_big(name, "word/document.xml", e.size, max_mb) from None
    except (zipfile.BadZipFile, KeyError, zlib.error, NotImplementedError, EOFError):
        raise InputError(f"{name}: a zip file that is neither a .docx document nor an .xlsx workbook") from None
    try:
        # expat (>= 2.4.1, bundled with Python 3.11) bounds entity expansion; external entities are never loaded
        root = ElementTree.fromstring(raw)
    except ElementTree.ParseError as e:
        raise InputError(f"{name}: word/document.xml is not well-formed XML ({e}); not a .docx document?") from None
    return "\n".join(_docx_lines(root, _Numbering(*(_docx_part(zf, part, limit) for part in _NUMBERING_PARTS))))


def _workbook_parts(data: bytes) -> list[zipfile.ZipInfo] | None:
    """The parts of a zip that is an .xlsx workbook (not a .docx), else None."""
    try:
        parts = zipfile.ZipFile(BytesIO(data)).infolist()
    except (zipfile.BadZipFile, NotImplementedError, EOFError):
        return None
    names = {p.filename for p in parts}
    return parts if "xl/workbook.xml" in names and "word/document.xml" not in names else None


def _xlsx_text(data: bytes, parts: list[zipfile.ZipInfo], name: str, max_mb: float = DEFAULT_MAX_MB) -> str:
    """A workbook's visible sheets, each row a line of cells parted by bars as a .docx table is written.

    A responsibility table is often published as a spreadsheet: a cell merged down (the lead unit of
    several tasks) is written in every row it covers, a cell merged across leaves the cells it covers
    empty, a row whose only text is in its first column (a title, a section of the table) is that text
    alone, and a formula is read by the value Excel stored with it.  The parts a workbook expands to are
    bounded from the zip's directory before anything is inflated (a zip reads no more than it declares).
    """
    from openpyxl import load_workbook

    limit = int(max_mb * XML_FACTOR * _MB)
    if (size := sum(p.file_size for p in parts)) > limit:
        raise _too_big(name, "the workbook", size, max_mb)
    try:
        wb = load_workbook(BytesIO(data), data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a damaged workbook
        raise InputError(f"{name}: a damaged .xlsx workbook ({type(e).__name__})") from None
    lines: list[str] = []
    for ws in wb.worksheets:
        if ws.sheet_state == "visible":
            lines.extend(_sheet_lines(ws))
    return "\n".join(lines)


def _sheet_lines(ws: Any) -> list[str]:
    grid = [[_xlsx_cell(c) for c in row] for row in ws.iter_rows()]
    for rng in ws.merged_cells.ranges:  # a cell merged down one column is written in every row it covers
        if rng.min_col != rng.max_col:
            continue  # (a title or a section row merged across the columns, and down: once)
        top = grid[rng.min_row - 1][rng.min_col - 1] if rng.min_row <= len(grid) else ""
        for r in range(rng.min_row, min(rng.max_row, len(grid))):
            grid[r][rng.min_col - 1] = top
    width = max((i + 1 for row in grid for i, x in enumerate(row) if x), default=0)
    out = []
    for row in grid:
        cells = row[:width]  # every row as wide as the sheet's widest (a .docx table's rows are full too)
        filled = [i for i, x in enumerate(cells) if x]
        if not filled:
            continue
        out.append(row_line(cells, alone=filled == [0]))
    return out


def _xlsx_cell(cell: Any) -> str:
    v = cell.value
    if v is None or isinstance(v, bool):
        return ""
    if isinstance(v, datetime.datetime | datetime.date):
        return f"{v.year}年{v.month}月{v.day}日"
    if isinstance(v, int | float):
        if "%" in (cell.number_format or ""):
            return f"{v * 100:.10g}%"
        if isinstance(v, int):
            return str(v)  # (12000000000, a telephone number: every digit)
        return str(int(v)) if v.is_integer() else f"{v:.10g}"
    return " ".join(x.strip() for x in str(v).splitlines() if x.strip())


_NUMBERING_PARTS = ("word/numbering.xml", "word/styles.xml")


def _docx_part(zf: zipfile.ZipFile, part: str, limit: int) -> ElementTree.Element | None:
    """Another part of the .docx (its list numbering, its styles), or None when absent or unreadable."""
    try:
        return ElementTree.fromstring(_zip_part(zf, part, limit))
    except (_PartTooBig, KeyError, zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, ElementTree.ParseError):
        return None


_CN_DIGITS = "零一二三四五六七八九"


def _cn_number(n: int) -> str:
    """一 … 九十九 as a Chinese counting list writes them (十, 十一, 二十一)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens % 10]) + "十" + (_CN_DIGITS[ones] if ones else "")


_NUM_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str, "decimalZero": lambda n: f"{n:02d}", "chineseCounting": _cn_number,
    "chineseCountingThousand": _cn_number, "ideographDigital": _cn_number, "japaneseCounting": _cn_number,
    "taiwaneseCounting": _cn_number, "taiwaneseCountingThousand": _cn_number,
    "decimalFullWidth": str, "decimalHalfWidth": str,
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: f"({n})",
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26), "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26),
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
}


def _val(el: ElementTree.Element, name: str) -> str | None:
    """The ``val`` of ``el``'s child ``name`` (``<w:numFmt w:val="decimal"/>``)."""
    return next((_attr(c, "val") for c in el if _local(c.tag) == name), None)


def _level(lvl: ElementTree.Element) -> tuple[str, str, int]:
    """(format, label text, first number) of a list level."""
    start = _val(lvl, "start") or "1"
    return _val(lvl, "numFmt") or "", _val(lvl, "lvlText") or "", int(start) if start.isdigit() else 1


class _Numbering:
    """Word's automatic list numbers (一、 / (一) / 1. written by the list, not typed): the labels a reader sees,
    rendered from word/numbering.xml for each numbered paragraph (directly or through its style), counted
    in body order.  Bullets and formats it does not know give no label."""

    def __init__(self, numbering: ElementTree.Element | None, styles: ElementTree.Element | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> level -> (format, text, start)
        self.counts: dict[str, dict[int, int]] = {}
        self.styles: dict[str, tuple[str | None, int]] = {}  # style -> (numId, level) it numbers with
        if numbering is not None:
            abstract = {_attr(a, "abstractNumId"): {int(_attr(lvl, "ilvl") or 0): _level(lvl) for lvl in _children(a, "lvl")}
                        for a in _children(numbering, "abstractNum")}
            for num in _children(numbering, "num"):
                if (ref := _val(num, "abstractNumId")) is not None:
                    self.levels[_attr(num, "numId") or ""] = abstract.get(ref, {})
        if styles is not None:
            for st in _children(styles, "style"):
                if (numpr := _prop(st, "pPr", "numPr")) is not None:
                    ilvl = _val(numpr, "ilvl") or "0"
                    self.styles[_attr(st, "styleId") or ""] = (_val(numpr, "numId"), int(ilvl) if ilvl.isdigit() else 0)

    def label(self, p: ElementTree.Element) -> str:
        """The list label of paragraph ``p`` (and one more counted at its level), or ""."""
        numpr = _prop(p, "pPr", "numPr")
        style = _prop(p, "pPr", "pStyle")
        num_id, ilvl = self.styles.get(_attr(style, "val") or "", (None, 0)) if style is not None else (None, 0)
        if numpr is not None:
            num_id = _val(numpr, "numId") or num_id
            level = _val(numpr, "ilvl")
            ilvl = int(level) if level and level.isdigit() else ilvl
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counts = self.counts.setdefault(num_id or "", {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        fmt, text, _ = levels[ilvl]
        if fmt not in _NUM_FORMATS:
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            f = levels.get(k, ("decimal", "", 1))[0]
            return _NUM_FORMATS.get(f, str)(counts.get(k, levels.get(k, ("", "", 1))[2]))

        return re.sub(r"%([1-9])", number, text)


def _local(tag: object) -> str:
    """``p`` for ``{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p``: Transitional and
    Strict OOXML name the same elements in two namespaces, under any prefix."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _docx_lines(root: ElementTree.Element, numbering: _Numbering | None = None) -> list[str]:
    """The lines of a .docx body, in body order: one paragraph per line (a tab stays a tab, a line
    break starts a line); a table row on one line, its cells between `` | `` and ending with `` |``
    (``序号 | 工作任务 | 牵头单位 |``), as tables copied to text are read (``extract.tables``).

    In a table, the paragraphs of a cell are joined with a space and a table inside a cell is
    flattened into it.  A merged cell is read as python-docx reads it, so each row names its units:
    a vertically merged cell repeats its text in every row it spans, and a cell spanning n grid
    columns is followed by n - 1 empty cells so the cells after it stay under their header (a row
    that is one cell across the table, a heading of rows, stays that one cell).
    """
    out: list[str] = []
    _blocks(root, out, numbering or _Numbering(None, None))
    return out


def _blocks(el: ElementTree.Element, out: list[str], numbering: _Numbering) -> None:
    """Paragraphs and tables under ``el`` (the body, a cell, a content control…) as lines."""
    for child in el:
        tag = _local(child.tag)
        if tag == "p":
            out.extend(_paragraph(child, numbering))
        elif tag == "tbl":
            out.extend(_docx_table(child, numbering))
        elif tag not in _NOT_TEXT:
            _blocks(child, out, numbering)  # sdt/sdtContent, customXml, ins, smartTag...


#: elements whose text is not the document's: properties, deleted text, field codes, the fallback
#: copy of mc:AlternateContent (its mc:Choice is read)
_NOT_TEXT = frozenset({"pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "del", "delText", "instrText",
                       "Fallback", "footnoteReference", "endnoteReference", "commentReference"})


def _paragraph(p: ElementTree.Element, numbering: _Numbering) -> list[str]:
    """A paragraph's text (after its list label) split at its line breaks, then the paragraphs of its text boxes."""
    lines = [numbering.label(p)]
    boxes: list[str] = []

    def walk(el: ElementTree.Element) -> None:
        for child in el:
            tag = _local(child.tag)
            if tag == "t":
                lines[-1] += child.text or ""
            elif tag == "tab":
                lines[-1] += "\t"
            elif tag in ("br", "cr"):
                if _attr(child, "type") in (None, "textWrapping"):  # not a page or column break
                    lines.append("")
            elif tag == "noBreakHyphen":
                lines[-1] += "-"
            elif tag == "txbxContent":
                _blocks(child, boxes, numbering)
            elif tag not in _NOT_TEXT:
                walk(child)

    walk(p)
    return lines + boxes


def _docx_table(tbl: ElementTree.Element, numbering: _Numbering) -> list[str]:
    out: list[str] = []
    above: dict[int, str] = {}  # the text of the cell last read in each grid column (vertical merges)
    for tr in _children(tbl, "tr"):
        col = _int_val(tr, "trPr", "gridBefore")
        cells: list[str] = [""] * col
        spans: list[int] = []
        for tc in _children(tr, "tc"):
            span = max(1, _int_val(tc, "tcPr", "gridSpan"))
            merge = _prop(tc, "tcPr", "vMerge")
            if merge is not None and _attr(merge, "val") in (None, "continue"):
                text = above.get(col, "")
            else:
                lines: list[str] = []
                _blocks(tc, lines, numbering)
                text = " ".join(x for x in lines if x.strip()).strip()
            above[col] = text
            cells.append(text)
            spans.append(span)
            cells.extend([""] * (span - 1))
            col += span
        if len(spans) == 1 and col - spans[0] == 0:
            cells = cells[:1]  # one cell across the row: a heading of the rows below
        out.append(row_line(cells))
    return out


def _children(el: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    """``el``'s children named ``name``, looking through content controls (sdt) and custom XML."""
    found = []
    for child in el:
        tag = _local(child.tag)
        if tag == name:
            found.append(child)
        elif tag in ("sdt", "sdtContent", "customXml"):
            found.extend(_children(child, name))
    return found


def _prop(el: ElementTree.Element, props: str, name: str) -> ElementTree.Element | None:
    for pr in el:
        if _local(pr.tag) == props:
            for child in pr:
                if _local(child.tag) == name:
                    return child
    return None


def _int_val(el: ElementTree.Element, props: str, name: str) -> int:
    child = _prop(el, props, name)
    try:
        return int(_attr(child, "val") or 0) if child is not None else 0
    except ValueError:
        return 0


def _attr(el: ElementTree.Element, name: str) -> str | None:
    """An attribute by its local name (``w:val`` in either OOXML namespace)."""
    return next((v for k, v in el.attrib.items() if _local(k) == name), None)


class _TooBig(Exception):
    """A PDF stream or the PDF's text went past its bound."""


class _BoundedZlib:
    """``zlib`` as pdfminer's stream decoder sees it, with a ceiling on each stream and on their sum."""

    error = zlib.error

    def __init__(self, limit: int) -> None:
        self.limit, self.total = limit, 0

    def _count(self, n: int) -> None:
        self.total += n
        if n > self.limit or self.total > 2 * self.limit:
            raise _TooBig

    def decompress(self, data: bytes) -> bytes:
        d = zlib.decompressobj()
        out = d.decompress(data, self.limit + 1)
        if len(out) > self.limit or d.unconsumed_tail:
            raise _TooBig
        if not d.eof:
            raise zlib.error("incomplete or truncated stream")
        self._count(len(out))
        return out

    def decompressobj(self, *args: object) -> object:
        return zlib.decompressobj(*args)  # type: ignore[arg-type]

    def decompress_corrupted(self, data: bytes) -> bytes:
        """pdfminer's fallback for a stream with a bad checksum, bounded."""
        d = zlib.decompressobj()
        out = bytearray()
        try:
            for i in range(0, len(data), 1024):
                out += d.decompress(data[i:i + 1024], self.limit + 1 - len(out))
                if len(out) > self.limit or d.unconsumed_tail:
                    raise _TooBig
        except zlib.error:
            pass
        self._count(len(out))
        return bytes(out)

    def lzwdecode(self, data: bytes) -> bytes:
        from pdfminer.lzw import LZWDecoder

        out = bytearray()
        for chunk in LZWDecoder(BytesIO(data)).run():
            out += chunk
            if len(out) > self.limit:
                raise _TooBig
        self._count(len(out))
        return bytes(out)


class _BoundedText(StringIO):
    """A text sink that refuses more than ``limit`` characters."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.n, self.limit = 0, limit

    def write(self, s: str) -> int:
        self.n += len(s)
        if self.n > self.limit:
            raise _TooBig
        return super().write(s)


_PDF_LOCK = threading.Lock()  # the bounded decoder is swapped into pdfminer's module while one PDF is read


def _pdf_text(data: bytes, name: str, max_mb: float = DEFAULT_MAX_MB) -> str:
    try:
        from pdfminer import pdftypes
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LAParams
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
    except ImportError:  # pragma: no cover - optional extra
        raise InputError(f"{name}: reading PDF needs pdfminer.six (pip install pdfminer.six)") from None
    bounded = _BoundedZlib(int(max_mb * XML_FACTOR * _MB))
    sink = _BoundedText(int(max_mb * _MB))
    log = logging.getLogger("pdfminer")
    with _PDF_LOCK:
        # pdfminer logs a warning per glyph of a font it finds odd (no FontBBox…): noise to a user, who is told
        # below if the PDF cannot be read
        level = log.level
        log.setLevel(logging.ERROR)
        names = ("zlib", "decompress_corrupted", "lzwdecode")
        saved = [getattr(pdftypes, n) for n in names]
        for n, bound in zip(names, (bounded, bounded.decompress_corrupted, bounded.lzwdecode), strict=True):
            setattr(pdftypes, n, bound)
        try:
            # as pdfminer.high_level.extract_text writes a page, into a bounded sink, but a page's ruled tables are
            # written row by row (pdf_layout)
            rsrcmgr = PDFResourceManager(caching=True)
            device = PDFPageAggregator(rsrcmgr, laparams=LAParams())
            interpreter = PDFPageInterpreter(rsrcmgr, device)
            for page in PDFPage.get_pages(BytesIO(data), caching=True):
                interpreter.process_page(page)
                sink.write(page_text(device.get_result()))
        except _TooBig:
            raise _too_big(name, "a stream or the text of this PDF", None, max_mb) from None
        except Exception as e:  # pdfminer raises many types
            raise InputError(f"{name}: cannot read this PDF ({type(e).__name__})") from None
        finally:
            for n, orig in zip(names, saved, strict=True):
                setattr(pdftypes, n, orig)
            log.setLevel(level)
    # a font that maps glyphs to the radicals' code points (⼯业, 汽⻋) shows the characters: they are what it says
    return _join_pdf_lines(sink.getvalue().translate(_radicals()))


def _join_pdf_lines(text: str) -> str:
    """PDF text breaks paragraphs into visual lines; join lines that do not end a paragraph.

    A blank line (pdfminer's end of a text box) parts paragraphs, except after a line that runs the full
    width of the page: the box then ends inside a paragraph whose last visual line pdfminer set apart. A page's
    number between two lines of a paragraph is dropped.

    >>> _join_pdf_lines("1.推进项目。" + "综" * 40 + "\\n\\n— 3 —\\n\\n\\x0c合保税区。(市商务局负责)\\n\\n2.下一项")
    '1.推进项目。综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综综合保税区。(市商务局负责)\\n2.下一项'
    """
    raw_lines = [x.strip() for x in text.split("\n")]
    widths = sorted(_width(x) for x in raw_lines if x)
    full = widths[int(len(widths) * 0.9)] * 0.9 if len(widths) >= 3 else float("inf")
    if full < 25:  # a page of short boxes (table cells, a roster): no line is known to run the page's width
        full = float("inf")
    out: list[str] = []
    blank = False
    last_raw = ""  # the visual line before, as pdfminer set it
    whole = False  # the line before was a ruled table's row: whole as it is
    for line in raw_lines:
        if not line:
            blank = bool(out)
            continue
        if line.endswith(ROW_END):
            out.append(line.removesuffix(ROW_END).strip())
            last_raw, blank, whole = line, False, True
            continue
        if _PDF_PAGE_MARK.fullmatch(line):  # a page's number (— 3 —, 第3页 共12页) between a paragraph's lines
            continue
        if whole:
            out.append(line)
            last_raw, blank, whole = line, False, False
            continue
        starts_new = bool(_PDF_NEW_PARAGRAPH.match(line)) or bool(
            out and out[-1].endswith("|") and _PDF_ROW_START.match(line)) or bool(  # …| A类 | / 2 | 服务业增加值 |
            out and _PDF_ROSTER_ENTRY.match(out[-1]) and _PDF_ROSTER_ENTRY.match(line))  # 苟仲文 体育总局局长… / 张海迪 …
        ended = bool(_PDF_PARAGRAPH_END.search(out[-1])) if out else True
        if ended and not starts_new and line.startswith(("(", "（")) and _width(last_raw) >= full \
                and out[-1].endswith(("。", ";", "；")):
            ended = False  # …标杆企业。 / (市发改局牵头,…): the item's bracket set on the next visual line
        if ended and out and out[-1].count("（") + out[-1].count("(") > out[-1].count("）") + out[-1].count(")") \
                and out[-1].endswith((":", "：")):
            ended = False  # …培养100名优秀企业家。（牵头单位： / 市委组织部,…): a label inside its open bracket
        if out and not starts_new and not ended and (not blank or _width(last_raw) >= full):
            out[-1] += line
        else:
            out.append(line)
        last_raw = line
        blank = False
    return "\n".join(out)


_PDF_NEW_PARAGRAPH = re.compile(r"^(附件|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])")
_PDF_PAGE_MARK = re.compile(r"[-—–－─一]{1,2}\s*\d{1,4}\s*[-—–－─一]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
                            r"|\d{1,4}\s*/\s*\d{1,4}")
_PDF_ROW_START = re.compile(r"\d{1,3}\s*\|")
_PDF_ROSTER_ENTRY = re.compile(r"[\u4e00-\u9fff]{2,3}[ \u3000]+[\u4e00-\u9fff]")  # a roster's NAME POST line
_PDF_PARAGRAPH_END = re.compile(r"[。:：;；!！?？)）]$")


def _width(line: str) -> float:
    """A visual line's width in ideographs (a half-width character counts a half)."""
    return sum(0.5 if ord(ch) < 0x2E80 or 0xFF61 <= ord(ch) <= 0xFFDC else 1.0 for ch in line)


_CELL_BREAK = "\x1f"  # a break inside a table cell, until the cell's size says what it is


def _laid_out(cell: str) -> bool:
    """True if a cell's breaks part paragraphs of a page laid out in a table (long, or several sentences or
    headings), not the units or phrases of a table's cell."""
    pieces = [x.strip() for x in cell.split(_CELL_BREAK) if x.strip()]
    prose = sum(1 for x in pieces if re.search(r"[。:;]$", x) or re.match(r"[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)", x))
    return len(cell) > 300 or prose >= 2


class _HTMLText(HTMLParser):
    BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"})
    # what a browser does not show on the page (a <title> is the tab's caption, not a line of the plan)
    HIDDEN = ("script", "style", "noscript", "title", "template")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        # a cell merged down (rowspan) is written again in each row it covers, so every row keeps its columns
        self.column = 0
        self.cell: tuple[int, int, int] | None = None  # (start in parts, rowspan, colspan) of the open cell
        self.below: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, text) of merged cells

    def _merged_cells(self) -> None:
        """The cells merged down from rows above into the next columns of this row."""
        while self.column in self.below:
            left, text = self.below[self.column]
            self.parts.append(f"{text} |")
            if left > 1:
                self.below[self.column] = (left - 1, text)
            else:
                del self.below[self.column]
            self.column += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.skip += 1
        elif tag == "tr":
            self.parts.append("\n")
            self.column = 0
        elif tag in ("td", "th"):
            self._merged_cells()
            spans = {k: int(v) for k, v in attrs if k in ("rowspan", "colspan") and v and v.strip().isdigit()}
            self.cell = (len(self.parts), max(1, spans.get("rowspan", 1)), max(1, spans.get("colspan", 1)))
        elif tag in self.BLOCK:
            # inside a cell a break or a paragraph parts its text: decided when the cell ends (_CELL_BREAK)
            self.parts.append(_CELL_BREAK if self.cell is not None else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            if self.cell is not None:
                start, rows, cols = self.cell
                inner = "".join(self.parts[start:])
                # a cell's breaks part a few units or lines of a row (县财政局<br>县发改局) and stay in the row; a
                # page laid out in one big cell keeps its paragraphs
                self.parts[start:] = [inner.replace(_CELL_BREAK, "\n" if _laid_out(inner) else " ")]
                text = re.sub(r"\s+", " ", "".join(self.parts[start:])).strip()
                if rows > 1 and text and len(text) <= 100:  # (not a page layout's cell holding the whole article)
                    for k in range(cols):
                        self.below[self.column + k] = (rows - 1, text if k == 0 else "")
                self.parts.append(" |" * cols)
                self.column += cols
                self.cell = None
            else:
                self.parts.append(" |")
        elif tag == "tr":
            self._merged_cells()
            self.parts.append("\n")
        elif tag in self.BLOCK:
            if tag == "table":
                self.below.clear()
            self.parts.append(_CELL_BREAK if self.cell is not None and tag != "table" else "\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data.replace("\n", " "))


def _html_text(text: str) -> str:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", x).strip() for x in "".join(parser.parts).replace(_CELL_BREAK, "\n").split("\n")]
    return "\n".join(x for x in lines if x)


# ---------------------------------------------------------------- normal form

_PUNCT = {
    "（": "(", "）": ")", "，": ",", "：": ":", "；": ";", "、": "、", "【": "[", "】": "]",
    "［": "[", "］": "]", "　": " ", "．": ".", "﹒": ".", "～": "~", "！": "!", "？": "?", "｜": "|",
    "〈": "(", "〉": ")", "\u2329": "(", "\u232a": ")", "＜": "<", "＞": ">", "％": "%", "﹪": "%", "－": "-", "＋": "+",
}


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF10, 0xFF5F):  # full-width digits and letters
        ch = chr(code)
        if ch.isalnum():
            table[code] = chr(code - 0xFEE0)
    for k, v in _PUNCT.items():
        table[ord(k)] = v
    # a table drawn with box-drawing characters (│ 市本级 │ 4500 │): its walls and joints part cells as bars do,
    # its rules are blanks
    for code in range(0x2500, 0x2580):
        name = unicodedata.name(chr(code), "")
        table[code] = " " if re.search(r"HORIZONTAL(?! AND)|DASH", name) and "VERTICAL" not in name else "|"
    t2s = resources.files("extract").joinpath("resources/t2s.tsv").read_text("utf-8")
    for row in t2s.splitlines():
        t, _, s = row.partition("\t")
        if len(t) == 1 and len(s) == 1:
            table.setdefault(ord(t), s)
    # a PDF font that maps its glyphs to the radicals' code points (⼯业和信息化部, 汽⻋): each radical reads as
    # the character it shows
    for code, ch in _radicals().items():
        table[code] = table.get(ord(ch), ch)
    return table


#: CJK Radicals Supplement forms that are whole characters (NFKC leaves them alone; Kangxi radicals it maps)
_RADICAL_FORMS = dict(zip("⺟⺠⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻟⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
                          "母民西见角贝车長长门青韦页风飞食食马骨鬼鱼鸟卤麦黄黾齐齿龙龟", strict=True))


@lru_cache(maxsize=1)
def _radicals() -> dict[int, str]:
    """Radicals and compatibility ideographs that stand for a unified character, by code point."""
    out = {ord(k): v for k, v in _RADICAL_FORMS.items()}
    for code in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)):
        ch = unicodedata.normalize("NFKC", chr(code))
        if len(ch) == 1 and ch != chr(code):
            out[code] = ch
    return out


@lru_cache(maxsize=1)
def _gbk_as_yi() -> dict[int, str]:
    """A PDF whose font maps its punctuation to the GBK code read as a code point (负责ꎬ参与ꎮ: U+A3AC is GBK's ,
    U+A3AE its ．): the Yi syllables of those two rows stand for the GBK symbols and full-width forms."""
    table = _table()
    out: dict[int, str] = {}
    for code in (*range(0xA1A1, 0xA1FF), *range(0xA3A1, 0xA3FF)):
        ch = bytes([code >> 8, code & 0xFF]).decode("gbk", errors="replace")
        if len(ch) == 1 and ch != "\ufffd":
            out[code] = table.get(ord(ch), ch)
    return out


#: the GBK punctuation a PDF font writes as Yi syllables (ꎬ ꎮ ꎻ 、 。): a line with one of them is read as GBK codes
#: (a text in the Yi script keeps its syllables)
_GBK_PUNCT_AS_YI = re.compile("[\uA3AC\uA3AE\uA3BB\uA3BA\uA1A2\uA1A3]")


def normalise(text: str) -> str:
    """Same-length normal form for matching: ASCII punctuation, Simplified characters.

    >>> normalise("（市醫保局負責）")
    '(市医保局负责)'
    >>> normalise("組長(zhǎng):")
    '组长       :'
    """
    out = text.translate(_table())
    if "??" in text and len(_GARBLED_INDENT.findall(text)) >= 2:
        # ??林長:苗宇?市委書記: a copy whose full-width spaces came out as ASCII question marks (lines opening with
        # them): every ASCII ? is a space (a full-width ? stays a question mark)
        out = "".join(" " if ch == "?" else o for ch, o in zip(text, out, strict=True))
    if "?" in text and len(_STRAY_QMARK_AT_END.findall(text)) >= 3:
        # 序号? | 重点工作任务? |, 沈 ?昱: a copy whose non-breaking spaces came out as ASCII question marks at the
        # ends of its cells and lines: every ASCII ? outside ASCII words is a space (the text's own ？ stays)
        out = "".join(" " if ch == "?" and _STRAY_QMARK.match(text, k) else o
                      for k, (ch, o) in enumerate(zip(text, out, strict=True)))
    if _GBK_PUNCT_AS_YI.search(out) and re.search(r"[\u4e00-\u9fff]", out):
        out = out.translate(_gbk_as_yi())
    if "[" in out:  # 【牵头单位】市发改委: a label in brackets reads as the label and its colon
        out = _BRACKET_LABEL.sub(lambda m: " " + m.group(1) + ":", out)
    if "xx" in out or "XX" in out or "××" in out:
        # 组长:解xxxx县政府副县长: a name masked in the copy (its surname kept) glued to the post, read as blanks
        out = _GLUED_MASK.sub(lambda m: " " * len(m.group(0)), out)
    if ":" in out and _SPACED_LABEL.search(out):
        # 牵 头 单 位:市发改委 (a label spaced out, as a PDF sets a cell): the word closed up, the spaces after it
        out = _SPACED_LABEL.sub(lambda m: (w := m.group(1).replace(" ", "")) + " " * (len(m.group(1)) - len(w)), out)
    if "(" in out:
        # mirrors that annotate characters with their pinyin (長(zhǎng)): the note is blanked
        out = _PINYIN_NOTE.sub(lambda m: " " * len(m.group(0)), out)
    if "." in out:
        # …秸秆收储加工点4-10个.由区农业局…: an ASCII full stop between two long runs of words (not an item's 一., a
        # chapter's 第一章.总则 nor a name's 艾尔肯.吐尼亚孜) ends a sentence
        out = _WORD_STOP.sub(lambda m: m.group(1) + _word_dot(m.group(1), m.group(2)) + m.group(2), out)
    assert len(out) == len(text)
    return out


def _word_dot(before: str, after: str) -> str:
    """What an ASCII dot between Han words stands for: a full stop between two long runs (…4-10个.由区农业局…), a name's
    dot between two short ones (艾尔肯.吐尼亚孜, as 艾尔肯·吐尼亚孜), else itself (第一章.总则)."""
    if len(before) >= 6 and len(after) >= 4:
        return "。"
    if 2 <= len(before) <= 5 and 2 <= len(after) <= 6 and not before.endswith(("章", "节", "条", "部分", "篇")):
        return "·"
    return "."


_WORD_STOP = re.compile(r"([^,;。:!?\s]*[\u4e00-\u9fff])(?<![一二三四五六七八九十百零〇])(?<!\.[\u4e00-\u9fff])\."
                        r"(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]\.)([^,;。:!?\s]*)")  # (not 党.委.书.记.: a mirror's dots)
_STRAY_QMARK_AT_END = re.compile(r"(?m)(?<=[\u4e00-\u9fff)\]。])\?(?=[ \t]*(?:\||$))")
_STRAY_QMARK = re.compile(r"(?<![A-Za-z0-9=&/])\?(?![A-Za-z0-9=&])")
_GLUED_MASK = re.compile(r"(?<=[:\s、,])[\u4e00-\u9fff](?:[xX]{2,4}|×{2,4})(?=[\u4e00-\u9fff])")
_BRACKET_LABEL = re.compile(r"\[((?:牵头|配合|责任|协办|主办|承办|协同|参与|主责|协助|分管|包保)[\u4e00-\u9fff]{0,4}"
                            r"(?:单位|部门|领导))\]")
_GARBLED_INDENT = re.compile(r"(?m)^\?{2,}(?=[\u4e00-\u9fff(（])")
_SPACED_LABEL = re.compile(r"((?:[\u4e00-\u9fff] ){2,5}(?:单 位|部 门|领 导|责 任 人))(?= *:)")
_PINYIN_NOTE = re.compile(r"\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)")
