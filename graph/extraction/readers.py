"""Reading a governing document into pages of text: PDF, DOCX, HTML or plain text.

Every reader treats its input as hostile: the file's size, a DOCX's members and their
uncompressed size, a PDF page's content stream and each page's text are capped before they
are read, and anything that cannot be read gives one :class:`GovGraphError` line naming the
file. Readers:

- PDF: pypdf (pure Python, no native code; the page numbers are the PDF's own pages). Text
  is laid out from the positions pypdf reports, so that a two-column page reads column by
  column. An encrypted PDF that opens with the empty password (an owner password only) is
  read; one that needs a password is refused, as is a PDF with no text layer (a scan).
- DOCX: python-docx, whose lxml parser does not resolve entities; a part that declares a
  DTD is refused before parsing. Pages come from explicit page breaks, else one page.
- HTML: the standard library's ``html.parser`` (it never fetches or expands a DTD); visible
  text only, without scripts, styles, templates or the head.
- Plain text: a form feed starts a new page; a transcript whose lines start with the page
  number (``1``, ``2 …``, ``3 …``, as the shipped Borås text) is split at those lines.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..errors import GovGraphError

__all__ = ["Document", "Limits", "read_document"]


@dataclass(frozen=True)
class Limits:
    """How much of a file extract reads before it refuses it."""

    file_bytes: int = 64 * 1024 * 1024
    pages: int = 2000
    page_chars: int = 1_000_000
    docx_members: int = 2000
    docx_uncompressed: int = 200 * 1024 * 1024
    docx_part: int = 64 * 1024 * 1024
    pdf_page_stream: int = 16 * 1024 * 1024


@dataclass
class Document:
    """A document's text: ``pages[0]`` is page 1; lines are kept (headings, list items)."""

    name: str
    format: str
    pages: list[str]
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)


def read_document(path: str | Path, limits: Limits | None = None) -> Document:
    """Read ``path`` (PDF, DOCX, HTML or text, told apart by content) into pages."""
    limits = limits or Limits()
    file = Path(path)
    name = str(path)
    try:
        if not file.is_file():
            raise GovGraphError(
                f"{name}: no such file" if not file.exists() else f"{name}: not a file"
            )
        size = file.stat().st_size
        if size > limits.file_bytes:
            raise GovGraphError(f"{name}: {size} bytes is over the {limits.file_bytes} byte limit")
        data = file.read_bytes()
    except OSError as error:
        raise GovGraphError(f"{name}: cannot read: {error.strerror or error}") from None
    if not data.strip():
        raise GovGraphError(f"{name}: the file is empty")
    kind = _kind(data, file.suffix.lower())
    if kind == "pdf":
        document = _read_pdf(name, data, limits)
    elif kind == "docx":
        document = _read_docx(name, data, limits)
    elif kind == "html":
        document = _read_html(name, _decode(name, data), limits)
    else:
        document = _read_text(name, _decode(name, data), limits)
    for number, page in enumerate(document.pages, 1):
        if len(page) > limits.page_chars:
            raise GovGraphError(
                f"{name}: page {number} has {len(page)} characters, over the "
                f"{limits.page_chars} limit"
            )
    if len(document.pages) > limits.pages:
        raise GovGraphError(f"{name}: {len(document.pages)} pages, over the {limits.pages} limit")
    if not any(page.strip() for page in document.pages):
        raise GovGraphError(f"{name}: no text found in the document")
    return document


def _kind(data: bytes, suffix: str) -> str:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head.lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or suffix in (".html", ".htm"):
        return "html"
    if suffix in (".pdf", ".docx"):
        return suffix[1:] + "?"  # named so, but not one: refused as binary below if so
    return "text"


def _decode(name: str, data: bytes) -> str:
    if b"\x00" in data[:65536]:
        raise GovGraphError(f"{name}: not a text, PDF, DOCX or HTML file (binary content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise GovGraphError(f"{name}: not a text, PDF, DOCX or HTML file") from None
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > 8:
        raise GovGraphError(f"{name}: not a text, PDF, DOCX or HTML file (binary content)")
    return text


# ---------------------------------------------------------------------------- plain text

_PAGE_START = re.compile(r"^(\d{1,4})(?:\s|$)")


def _read_text(name: str, text: str, limits: Limits) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        pages = text.split("\f")
    else:
        pages = _numbered_pages(text) or [text]
    return Document(name, "text", [_unscramble(page) for page in pages])


_GAP = re.compile(r"\S( {3,})\S")


def _unscramble(page: str) -> str:
    """A page laid out in two columns side by side (as ``pdftotext -layout`` writes them),
    read column by column: the left column's lines, then the right one's. A page is taken
    for two columns when most of its lines have a wide gap starting at about one position."""
    lines = page.split("\n")
    if len(lines) > 20_000:
        return page
    starts: list[int] = []
    filled = 0
    for line in lines:
        if not line.strip():
            continue
        filled += 1
        gap = _GAP.search(line)
        if gap:
            starts.append(gap.end(1))
    if filled < 6 or len(starts) < 0.6 * filled:
        return page
    starts.sort()
    column = starts[len(starts) // 2]
    near = sum(1 for start in starts if abs(start - column) <= 3)
    if near < 0.6 * filled:
        return page
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        gap = _GAP.search(line)
        if gap and abs(gap.end(1) - column) <= 3:
            left.append(line[: gap.start(1) + 1].rstrip())
            right.append(line[gap.end(1) :].strip())
        elif len(line) > column and line[:column].strip() == "":
            left.append("")
            right.append(line.strip())
        else:
            left.append(line.rstrip())
            right.append("")
    return "\n".join(left) + "\n\n" + "\n".join(right)


def _numbered_pages(text: str) -> list[str]:
    """Pages of a transcript whose pages start on a line with the page number (1, 2, …)."""
    pages: list[list[str]] = []
    for line in text.split("\n"):
        match = _PAGE_START.match(line)
        if match and int(match.group(1)) == len(pages) + 1:
            pages.append([line[match.end() :]])
        elif pages:
            pages[-1].append(line)
    if len(pages) < 2:
        return []
    return ["\n".join(lines) for lines in pages]


# ---------------------------------------------------------------------------- HTML

_SKIP = {"script", "style", "template", "noscript", "head", "svg", "iframe", "object"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "dt", "dd", "dl", "blockquote", "pre", "td", "th",
    "main", "nav", "aside", "hr", "figcaption",
}  # fmt: skip


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skipping: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _SKIP and tag not in ("br", "hr"):
            self.skipping.append(tag)
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li" and not self.skipping:
            self.parts.append("– ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data)


def _read_html(name: str, text: str, limits: Limits) -> Document:
    parser = _Visible()
    try:
        parser.feed(text)
        parser.close()
    except (ValueError, AssertionError) as error:
        raise GovGraphError(f"{name}: cannot parse HTML: {error}") from None
    body = re.sub(r"[ \t]*\n[\s]*\n\s*", "\n", "".join(parser.parts))
    title = " ".join("".join(parser.title).split())
    pages = body.split("\f") if "\f" in body else [body]
    return Document(name, "html", pages, title=title)


# ---------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(name: str, data: bytes, limits: Limits) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise GovGraphError(f"{name}: not a readable DOCX (zip) file: {error}") from None
    if len(members) > limits.docx_members:
        raise GovGraphError(
            f"{name}: {len(members)} members in the DOCX, over the {limits.docx_members} limit"
        )
    total = sum(m.file_size for m in members)
    if total > limits.docx_uncompressed:
        raise GovGraphError(
            f"{name}: DOCX unpacks to {total} bytes, over the {limits.docx_uncompressed} limit "
            "(a zip bomb?)"
        )
    names = {m.filename for m in members}
    if "word/document.xml" not in names:
        raise GovGraphError(f"{name}: a zip file without word/document.xml is not a DOCX")
    for member in members:
        if not member.filename.endswith((".xml", ".rels")):
            continue
        if member.file_size > limits.docx_part:
            raise GovGraphError(
                f"{name}: DOCX part {member.filename} is {member.file_size} bytes, over the "
                f"{limits.docx_part} limit"
            )
        with archive.open(member) as handle:
            # Read at most the declared size (+1): a member that lies about it is refused.
            content = handle.read(member.file_size + 1)
        if len(content) > member.file_size:
            raise GovGraphError(f"{name}: DOCX part {member.filename} is larger than declared")
        if b"<!DOCTYPE" in content or b"<!ENTITY" in content:
            raise GovGraphError(
                f"{name}: DOCX part {member.filename} declares a DTD or entities (refused)"
            )


def _read_docx(name: str, data: bytes, limits: Limits) -> Document:
    _check_zip(name, data, limits)
    import docx  # python-docx: imported only when a DOCX is read
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise GovGraphError(f"{name}: not a readable DOCX file: {error}") from None
    except Exception as error:  # noqa: BLE001 - lxml's XMLSyntaxError and kin: one line
        raise GovGraphError(f"{name}: not a readable DOCX file: {error}") from None
    pages: list[list[str]] = [[]]
    for block in document.element.body.iterchildren():
        if block.tag == f"{_W}p":
            _docx_paragraph(block, pages)
        elif block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                cells = []
                for cell in row.iter(f"{_W}tc"):
                    cells.append(
                        " ".join("".join(t.text or "" for t in cell.iter(f"{_W}t")).split())
                    )
                pages[-1].append(" ".join(c for c in cells if c))
    title = document.core_properties.title or ""
    return Document(name, "docx", ["\n".join(lines) for lines in pages], title=title)


def _docx_paragraph(paragraph: object, pages: list[list[str]]) -> None:
    element = paragraph  # an lxml element
    properties = element.find(f"{_W}pPr")  # type: ignore[attr-defined]
    if properties is not None and properties.find(f"{_W}pageBreakBefore") is not None:
        if any(pages[-1]):
            pages.append([])
    text: list[str] = []
    for node in element.iter(f"{_W}t", f"{_W}br", f"{_W}tab", f"{_W}numPr"):  # type: ignore[attr-defined]
        if node.tag == f"{_W}t":
            text.append(node.text or "")
        elif node.tag == f"{_W}tab":
            text.append(" ")
        elif node.tag == f"{_W}numPr":
            text.append("– ")
        elif node.get(f"{_W}type") == "page":
            pages[-1].append("".join(text))
            text = []
            pages.append([])
        else:
            text.append("\n")
    pages[-1].append("".join(text))


# ---------------------------------------------------------------------------- PDF


def _read_pdf(name: str, data: bytes, limits: Limits) -> Document:
    from pypdf import PdfReader  # imported only when a PDF is read
    from pypdf.errors import DependencyError, PdfReadError, PyPdfError

    from ._pdflayout import page_text

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (PyPdfError, NotImplementedError, DependencyError) as error:
                raise GovGraphError(
                    f"{name}: the PDF is encrypted and cannot be opened: {error}"
                ) from None
            if not opened:
                raise GovGraphError(
                    f"{name}: the PDF is encrypted with a password; extract reads PDFs without one"
                )
        count = len(reader.pages)
        if count > limits.pages:
            raise GovGraphError(f"{name}: {count} pages, over the {limits.pages} limit")
        pages = []
        for number, page in enumerate(reader.pages, 1):
            contents = page.get_contents()
            size = len(contents.get_data()) if contents is not None else 0
            if size > limits.pdf_page_stream:
                raise GovGraphError(
                    f"{name}: page {number}'s content is {size} bytes, over the "
                    f"{limits.pdf_page_stream} limit"
                )
            pages.append(page_text(page))
        metadata = reader.metadata
        title = str(metadata.title or "") if metadata is not None else ""
    except GovGraphError:
        raise
    except (DependencyError, PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as error:
        raise GovGraphError(f"{name}: not a readable PDF: {_one_line(error)}") from None
    except RecursionError:
        raise GovGraphError(f"{name}: not a readable PDF: objects nest too deeply") from None
    if not any(p.strip() for p in pages):
        raise GovGraphError(
            f"{name}: the PDF has no text layer (a scanned document?); extract needs text"
        )
    return Document(name, "pdf", pages, title=title)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200]
