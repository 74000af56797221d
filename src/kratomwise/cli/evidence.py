"""``kratomwise evidence``: search and show cited facts."""

from __future__ import annotations

import typer

from kratomwise.cli.output import FORMAT_OPTION, Format, console, emit_json, fail

evidence_app = typer.Typer(help="Search and read the cited evidence base.", no_args_is_help=True)


@evidence_app.command("search")
def search_command(
    query: str = typer.Argument(..., help="Words to look for, or a fact id such as DEP-08."),
    limit: int = typer.Option(10, "--limit", "-n", min=1, max=500, help="How many results."),
    topic: str | None = typer.Option(None, "--topic", help="Only facts of this topic."),
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Search the facts, best match first."""
    from kratomwise.knowledge import search

    hits = search(query, limit=limit, topic=topic)
    if fmt is Format.json:
        results = []
        for hit in hits:
            item = hit.fact.as_dict()
            item.pop("as_of")
            item["score"] = round(hit.score, 4)
            results.append(item)
        emit_json({"query": query, "results": results})
        return
    out = console()
    if not hits:
        out.print(f"No facts match [bold]{query}[/bold].", markup=True)
        return
    for hit in hits:
        fact = hit.fact
        out.print(f"[bold]{fact.id}[/bold]  [dim]{fact.topic} · {fact.evidence_label}[/dim]")
        out.print(f"  {fact.statement}", markup=False)


@evidence_app.command("show")
def show_command(
    fact_id: str = typer.Argument(..., metavar="ID", help="A fact id such as HRM-02."),
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Show one fact with its evidence type and sources."""
    from kratomwise.knowledge import UnknownFact, get_fact

    try:
        fact = get_fact(fact_id)
    except UnknownFact:
        fail(f"no fact with id {fact_id!r}; try 'kratomwise evidence search WORDS'")
    if fmt is Format.json:
        emit_json(fact.as_dict())
        return
    out = console()
    out.print(f"[bold]{fact.id}[/bold] [dim]({fact.topic}, as of {fact.as_of})[/dim]")
    out.print(fact.statement, markup=False)
    out.print(f"[bold]Evidence:[/bold] {fact.evidence_label} — {fact.evidence_explanation}")
    for source in fact.sources:
        shown = "(seller's page, not linked)" if source.commercial else source.url
        out.print(f"  • {source.citation}  {shown}", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(evidence_app, name="evidence")
