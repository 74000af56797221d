"""``kratomwise check``: grade a text, Markdown or HTML document claim by claim."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from kratomwise.claims import Report

OUTPUT_FORMATS = ("jsonl", "json", "html")
INPUT_FORMATS = ("text", "markdown", "html")
PROGRESS_MIN_SENTENCES = 200  # shorter documents finish before a bar would help


def _read(source: str) -> str:
    from kratomwise.cli.output import fail

    if source == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    else:
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            fail(f"cannot read {source}: {exc.strerror or exc}")
    if isinstance(data, str):
        return data
    if b"\x00" in data[:8000]:
        fail(f"cannot read {source}: not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def register(app: typer.Typer) -> None:
    """Add ``check`` to ``app``."""

    @app.command("check")
    def check(
        file: str = typer.Argument(
            ..., help="The document to check (text, Markdown or HTML); - reads stdin."
        ),
        output_format: str = typer.Option(
            "jsonl", "--format", "-f", help="jsonl (one object per sentence), json or html."
        ),
        lines: bool = typer.Option(
            False, "--lines", help="Treat every non-empty line as one sentence (no splitting)."
        ),
        input_format: str | None = typer.Option(
            None,
            "--input-format",
            help="text, markdown or html (default: from the file extension or the content).",
        ),
    ) -> None:
        """Grade each claim in a document against the evidence (supported, contradicted,
        unsupported), flag disease claims and list shop or affiliate links."""
        from kratomwise.cli.output import emit_json, emit_jsonl, fail

        if output_format not in OUTPUT_FORMATS:
            fail(f"unknown format {output_format!r}: use one of {', '.join(OUTPUT_FORMATS)}")
        if input_format is not None and input_format not in INPUT_FORMATS:
            fail(f"unknown input format {input_format!r}: use one of {', '.join(INPUT_FORMATS)}")
        text = _read(file)
        from kratomwise.claims.inputs import detect_format

        fmt = input_format or detect_format("" if file == "-" else file, text)

        from kratomwise.claims import check_text, render_html

        report = _run(check_text, text, fmt, lines)
        if output_format == "jsonl":
            for sentence in report.sentences:
                emit_jsonl(sentence.as_dict())
        elif output_format == "json":
            emit_json(report.as_dict())
        else:
            title = None if file == "-" else f"Claim check: {Path(file).name}"
            sys.stdout.write(render_html(report, title=title))


def _run(check_text: Callable[..., Report], text: str, fmt: str, lines: bool) -> Report:
    """Check the text, with a Rich progress bar on stderr for long documents at a terminal."""
    if not sys.stderr.isatty():
        return check_text(text, fmt=fmt, lines=lines)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    progress = Progress(
        TextColumn("Checking sentences"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    )
    task = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if total < PROGRESS_MIN_SENTENCES:
            return
        if task is None:
            progress.start()
            task = progress.add_task("check", total=total)
        progress.update(task, completed=done)

    try:
        return check_text(text, fmt=fmt, lines=lines, progress=update)
    finally:
        if task is not None:
            progress.stop()
