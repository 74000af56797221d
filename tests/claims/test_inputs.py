"""Text, Markdown and HTML input: blocks, sentences (pysbd), lists, headings and links."""

from __future__ import annotations

import pytest

from kratomwise.claims import check_text, detect_format
from kratomwise.claims.inputs import parse, split_sentences

MARKDOWN = """# Kratom benefits

Kratom is a tree native to Southeast Asia. It is **100% safe** and not addictive.
See [this study](https://pubmed.ncbi.nlm.nih.gov/1/) or <https://example.org/page>.

- Relieves pain naturally
- Cures anxiety

## Where to get it

Use code SAVE20 at [our partner](https://kratomshop.example.com/?aff=77) for 20% off.
"""

HTML = """<html><head><title>Guide</title></head><body>
<nav><a href="/">Home</a> <a href="https://shop.example.com/products/red?ref=abc">Shop</a></nav>
<article><h1>Kratom facts</h1>
<p>Kratom is an evergreen tree of the coffee family. Kratom is completely safe for everyone.
Read <a href="https://www.cdc.gov/mmwr/">the CDC report</a> for the numbers on deaths.</p>
<ul><li>Kratom relieves chronic pain.</li><li>Kratom cures anxiety.</li></ul>
<p>More words here so that the extractor keeps this paragraph as part of the main text.</p>
</article><footer>Copyright</footer></body></html>"""


def test_markdown_blocks_and_links() -> None:
    doc = parse(MARKDOWN, "markdown")
    texts = [s.text for s in doc.segments]
    assert texts[0] == "Kratom benefits"
    assert "It is 100% safe and not addictive." in texts
    assert "Relieves pain naturally" in texts and "Cures anxiety" in texts
    assert doc.blocks[0] == "heading" and "item" in doc.blocks
    urls = [u for u, _ in doc.links]
    assert "https://pubmed.ncbi.nlm.nih.gov/1/" in urls
    assert "https://example.org/page" in urls
    assert "https://kratomshop.example.com/?aff=77" in urls


def test_markdown_report_flags_list_items_and_links() -> None:
    report = check_text(MARKDOWN, fmt="markdown")
    by_text = {s.text: s for s in report.sentences}
    assert by_text["Cures anxiety"].disease_claim
    assert by_text["It is 100% safe and not addictive."].verdict.value == "contradicted"
    kinds = {link.url: link.kind.value for link in report.links}
    assert kinds["https://kratomshop.example.com/?aff=77"] == "affiliate"
    assert kinds["https://pubmed.ncbi.nlm.nih.gov/1/"] == "other"
    calls = [link for link in report.links if link.url == ""]
    assert calls and calls[0].kind.value == "shop"


def test_html_main_text_and_all_links() -> None:
    report = check_text(HTML, fmt="html")
    texts = [s.text for s in report.sentences]
    assert "Kratom is completely safe for everyone." in texts
    assert "Copyright" not in texts
    kinds = {link.url: link.kind.value for link in report.links}
    assert kinds["https://shop.example.com/products/red?ref=abc"] == "affiliate"
    assert kinds["https://www.cdc.gov/mmwr/"] == "other"


def test_lines_mode_keeps_each_line() -> None:
    report = check_text(
        "Kratom is safe. Kratom is a tree.\n\n  \nKratom cures cancer.\n", lines=True
    )
    assert [s.text for s in report.sentences] == [
        "Kratom is safe. Kratom is a tree.",
        "Kratom cures cancer.",
    ]


def test_sentence_splitting_respects_abbreviations() -> None:
    text = "Dr. Smith said kratom is safe. It is not. The U.S. FDA disagrees, e.g. in 2017. " * 10
    sentences = split_sentences(text)
    assert sentences[:3] == [
        "Dr. Smith said kratom is safe.",
        "It is not.",
        "The U.S. FDA disagrees, e.g. in 2017.",
    ]
    assert len(sentences) == 30


def test_plain_text_headings_and_items() -> None:
    doc = parse("Kratom Benefits\nKratom is a tree. It grows in Asia.\n* Relieves pain\n", "text")
    assert doc.blocks == ["heading", "paragraph", "item"]


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("page.html", "anything", "html"),
        ("page.HTM", "anything", "html"),
        ("notes.md", "anything", "markdown"),
        ("notes.txt", "<html><body>x</body></html>", "text"),
        ("", "<!doctype html><html></html>", "html"),
        ("", "# Title\n\ntext", "markdown"),
        ("", "Plain words only.", "text"),
    ],
)
def test_detect_format(name: str, text: str, fmt: str) -> None:
    assert detect_format(name, text) == fmt


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        check_text("x", fmt="pdf")


def test_progress_is_reported() -> None:
    calls: list[tuple[int, int]] = []
    check_text(
        "\n".join(["Kratom is a tree."] * 60),
        lines=True,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls[0] == (0, 60) and calls[-1] == (60, 60)


def test_markdown_setext_headings_and_reference_links() -> None:
    text = (
        "Kratom basics\n=============\n\nKratom is a tree. Read [the review][r] first.\n\n"
        "Risks\n-----\n\nSee <https://example.org/a>.\n\n[r]: https://pubmed.ncbi.nlm.nih.gov/2/\n"
    )
    doc = parse(text, "markdown")
    assert [(doc.blocks[s.block], s.text) for s in doc.segments] == [
        ("heading", "Kratom basics"),
        ("paragraph", "Kratom is a tree."),
        ("paragraph", "Read the review first."),
        ("heading", "Risks"),
        ("paragraph", "See https://example.org/a."),
    ]
    assert [u for u, _ in doc.links] == [
        "https://pubmed.ncbi.nlm.nih.gov/2/",
        "https://example.org/a",
    ]


def test_markdown_code_is_not_text_and_tables_are_rows() -> None:
    text = "```\nKratom cures cancer.\n```\n\n| Strain | Effect |\n|---|---|\n| Red | Calm |\n"
    texts = [s.text for s in parse(text, "markdown").segments]
    assert texts == ["Strain. Effect", "Red. Calm"]


def test_sentences_split_after_footnote_marks_and_curly_quotes() -> None:
    text = (
        "Kratom is a tree.[3] It grows in Asia.¹ Users call it “ketum.” Some say it is "
        "‘safe.’ The FDA disagrees."
    )
    assert split_sentences(text) == [
        "Kratom is a tree.",
        "It grows in Asia.",
        "Users call it “ketum.”",
        "Some say it is ‘safe.’",
        "The FDA disagrees.",
    ]


def test_long_markdown_heading_line_is_fast() -> None:
    import time

    started = time.process_time()
    parse("# a" + " " * 3000 + "x\n", "markdown")
    detect_format("", "# a" + " " * 3000 + "x")
    assert time.process_time() - started < 0.5
