"""Markdown read with a real parser (markdown-it-py, CommonMark + tables): blocks and links.

A parser, not line regexes: setext headings, reference links, nested lists and code fences
are read as Markdown defines them, and its cost is linear in the input.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from kratomwise.claims.links import bare_urls

AddBlock = Callable[[str, str], None]  # (kind, text) -> None; kind "row": a table row


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def inline_text(children: list[Any], links: list[tuple[str, str]]) -> str:
    """The plain text of an inline token's children; links recorded with their text."""
    parts: list[str] = []
    href: str | None = None
    anchor: list[str] = []
    for token in children:
        kind = token.type
        if kind == "link_open":
            href = str(token.attrs.get("href", ""))
            anchor = []
            continue
        if kind == "link_close":
            if href is not None:
                links.append((href, "".join(anchor)))
            href = None
            continue
        if kind in ("text", "code_inline"):
            piece = token.content
            if href is None:
                links.extend((u, u) for u in bare_urls(piece))
        elif kind == "image":
            piece = token.content
        elif kind in ("softbreak", "hardbreak"):
            piece = " "
        else:  # emphasis markers, inline HTML: no text of their own
            continue
        parts.append(piece)
        if href is not None:
            anchor.append(piece)
    return "".join(parts)


def parse_inline(line: str, links: list[tuple[str, str]]) -> str:
    """One line of Markdown as plain text (``--lines`` mode)."""
    tokens = _parser().parseInline(line)
    return inline_text(tokens[0].children or [], links) if tokens else ""


def parse_blocks(text: str, links: list[tuple[str, str]], add: AddBlock) -> None:
    """Call ``add(kind, text)`` for every heading, paragraph, list item and table row."""
    kind = "paragraph"
    depth_items = 0
    row: list[str] = []
    in_cell = False
    for token in _parser().parse(text):
        tag = token.type
        if tag == "heading_open":
            kind = "heading"
        elif tag == "heading_close":
            kind = "paragraph"
        elif tag == "list_item_open":
            depth_items += 1
        elif tag == "list_item_close":
            depth_items -= 1
        elif tag == "tr_open":
            row = []
        elif tag in ("th_open", "td_open"):
            in_cell = True
        elif tag in ("th_close", "td_close"):
            in_cell = False
        elif tag == "tr_close":
            cells = [c.strip() for c in row if c.strip()]
            if cells:
                add("row", ". ".join(cells))
        elif tag == "inline":
            plain = inline_text(token.children or [], links)
            if in_cell:
                row.append(plain)
            elif kind == "heading":
                add("heading", plain)
            else:
                add("item" if depth_items else "paragraph", plain)
