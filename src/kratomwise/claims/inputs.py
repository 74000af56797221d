"""Turn text, Markdown or HTML into sentences (pysbd) grouped in blocks, and collect links."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kratomwise.claims.links import bare_urls
from kratomwise.claims.markdown import parse_blocks, parse_inline

FORMATS = ("text", "markdown", "html")

_ITEM = re.compile(r"(?:[-*+•‣◦▪–]|\d{1,3}[.)])\s")  # on a stripped line: a list item
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    block: int


@dataclass
class Document:
    segments: list[Segment] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)  # kind of each block
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, link text)


@cache
def _segmenter() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


# after the end mark: a closing quote or bracket, then footnote marks ("[12]", "¹²", "12")
_SAFE_BREAK = re.compile(
    r"(?<=[.!?])([\"'’”)\]]?)((?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,4}|(?<=[a-z][.!?])\d{1,3}(?=\s))*+)"
    r"\s++(?=[\"'‘“(\[]?[A-Z])"
)
_ABBREVIATION = re.compile(
    r"\b(?:dr|mr|mrs|ms|st|vs|etc|fig|no|inc|ltd|co|jr|sr|prof|al|approx|e\.g|i\.e|u\.s|"
    r"[a-z])\.[\"'’”)\]]?$",
    re.IGNORECASE,
)


def _pieces(text: str) -> list[str]:
    """Cut a block at sure sentence ends: end punctuation, a space, a capital, no abbreviation."""
    pieces: list[str] = []
    start = 0
    for match in _SAFE_BREAK.finditer(text):
        if _ABBREVIATION.search(text[max(start, match.start() - 8) : match.start()]):
            continue
        cut = match.start() + len(match.group(1))
        pieces.append(text[start:cut])
        start = match.end()
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


_INNER_END = re.compile(r"[.!?][\"'’”)\]]?\s")


def split_sentences(text: str) -> list[str]:
    """Sentences of one block of running text.

    Sure sentence ends are cut directly; any piece that still holds a full stop, question or
    exclamation mark inside (an abbreviation, a quotation ...) goes through pysbd.
    """
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return []
    out: list[str] = []
    for piece in _pieces(text):
        if _INNER_END.search(piece.rstrip()):
            out.extend(s.strip() for s in _segmenter().segment(piece) if s.strip())
        else:
            out.append(piece.strip())
    return out


def _add_block(doc: Document, kind: str, text: str, split: bool = True) -> None:
    sentences = split_sentences(text) if split else [_SPACES.sub(" ", text).strip()]
    sentences = [s for s in sentences if s]
    if not sentences:
        return
    block = len(doc.blocks)
    doc.blocks.append(kind)
    doc.segments.extend(Segment(s, block) for s in sentences)


def _add_markdown_block(doc: Document, kind: str, text: str) -> None:
    """A table row is one sentence of its cells; other blocks are split into sentences."""
    if kind == "row":
        _add_block(doc, "paragraph", text, split=False)
    else:
        _add_block(doc, kind, text)


def _parse_plain(text: str, doc: Document) -> None:
    """Block structure of plain text from its lines: headings, list items, paragraphs."""
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            alone = len(paragraph) == 1 and _bare_line(paragraph[0])
            _add_block(doc, "heading" if alone else "paragraph", " ".join(paragraph))
            paragraph.clear()

    for raw in text.splitlines():
        doc.links.extend((url, url) for url in bare_urls(raw))
        line = raw.strip()
        if not line:
            flush()
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            _add_block(doc, "item", line[item.end() :])
        elif not paragraph and _looks_like_heading(line):
            _add_block(doc, "heading", line)
        else:
            if paragraph and (
                _ends_short_line(paragraph[-1], line)
                or (_bare_line(line) and _SENTENCE_END.search(paragraph[-1]))
            ):
                flush()  # a heading or label line between two paragraphs
            paragraph.append(line)
    flush()


_SENTENCE_END = re.compile(r"[.!?][\"'’”)]?$")
SHORT_LINE = 60  # a plain-text line shorter than this without closing punctuation ends a block


HEADING_WORDS = 12  # a line of its own with at most this many words and no end mark: a heading


def _bare_line(line: str) -> bool:
    """A short line of its own without closing punctuation (a heading or a label)."""
    return len(line.split()) <= HEADING_WORDS and not re.search(r"[.!?:;,\"”’)]$", line)


def _ends_short_line(previous: str, line: str) -> bool:
    """Plain text: a short line that ends in a colon, or is unpunctuated before a capitalised
    line, is a line of its own (a lead-in or a heading)."""
    previous = previous.strip()
    if previous.endswith((":", ";")):
        return True  # a lead-in: what follows is a list or a block of its own
    if len(previous) >= SHORT_LINE and not _bare_line(previous):
        return False
    return not re.search(r"[.!?:;,\-]$", previous) and not line.strip()[:1].islower()


def _looks_like_heading(line: str) -> bool:
    """A short Title Case line without closing punctuation (plain text has no markup)."""
    line = line.strip()
    if not 0 < len(line.split()) <= 8 or re.search(r"[.!?:;,]$", line):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _html_links(html: str) -> list[tuple[str, str]]:
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:  # not parseable: the extracted text still gives its links
        return []
    out: list[tuple[str, str]] = []
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if href:
            out.append((href.strip(), anchor.text_content()))
    return out


def html_to_markdown(html: str) -> str:
    """The main text of a page as Markdown (trafilatura), links kept."""
    import trafilatura

    extracted = trafilatura.extract(
        html,
        output_format="markdown",
        include_links=True,
        include_formatting=True,
        include_tables=True,
        favor_recall=True,
    )
    if extracted:
        return str(extracted)
    import lxml.html

    try:
        return str(lxml.html.fromstring(html).text_content())
    except Exception:
        return ""


# bounded pieces only: a sniffer reads untrusted text and must stay linear
_HTML_SNIFF = re.compile(r"^\s{0,40}(<!doctype html|<html\b|<\?xml)|<(body|p|div|article)\b", re.I)
_MD_SNIFF = re.compile(r"^ {0,3}(#{1,6}\s|[-*] +\S)|\[[^\]\[\n]{1,300}\]\([^)\s]|\*\*\S", re.M)
SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".txt": "text",
    ".text": "text",
}


def detect_format(name: str, text: str) -> str:
    """Input format from a file name's extension, else from the content."""
    lowered = name.lower()
    for suffix, fmt in SUFFIXES.items():
        if lowered.endswith(suffix):
            return fmt
    head = text[:5000]
    if _HTML_SNIFF.search(head):
        return "html"
    if _MD_SNIFF.search(head):
        return "markdown"
    return "text"


def parse(text: str, fmt: str = "text", lines: bool = False) -> Document:
    """Split ``text`` (in ``fmt``) into sentences; with ``lines`` each line is one sentence."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    doc = Document()
    raw_links: list[tuple[str, str]] = []
    if fmt == "html":
        raw_links = _html_links(text)
        text = html_to_markdown(text)
    markdown = fmt in ("markdown", "html")
    if lines:
        for raw in text.splitlines():
            if markdown:
                line = parse_inline(raw, doc.links)
            else:
                line = raw
                doc.links.extend((u, u) for u in bare_urls(raw))
            if line.strip():
                _add_block(doc, "paragraph", line, split=False)
    elif markdown:
        parse_blocks(text, doc.links, lambda kind, block: _add_markdown_block(doc, kind, block))
    else:
        _parse_plain(text, doc)
    doc.links = raw_links + doc.links
    return doc
