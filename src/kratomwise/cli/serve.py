"""``kratomwise serve``: migrate the database, then run the web app under gunicorn."""

from __future__ import annotations

import typer


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(2, "--workers", min=1, max=64, help="Gunicorn worker processes."),
) -> None:
    """Run the web app (gunicorn) after applying database migrations."""
    from kratomwise.web.server import run_server

    run_server(host=host, port=port, workers=workers)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
