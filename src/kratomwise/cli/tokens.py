"""``kratomwise tokens``: make, list and revoke personal access tokens for the API.

Like ``serve`` these commands set Django up (the same DATABASE_URL or data directory), but only
when they run.
"""

from __future__ import annotations

from typing import Any

import typer

from kratomwise.cli.output import fail

tokens_app = typer.Typer(help="Personal access tokens for the API (made, listed, revoked).")

SCOPE_OPTION = typer.Option(..., "--scope", help="read or write.", show_default=False)
NAME_OPTION = typer.Option("", "--name", help="A name to recognise the token by.")
LIST_FORMAT_OPTION = typer.Option("text", "--format", "-f", help="text (readable) or json.")


def _setup() -> None:
    from kratomwise.web.server import ensure_ready

    ensure_ready()


def _user(username: str) -> Any:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        fail(f"no account named {username!r}")
    return user


@tokens_app.command("create")
def create(
    username: str = typer.Argument(..., help="The account the token acts for."),
    scope: str = SCOPE_OPTION,
    name: str = NAME_OPTION,
) -> None:
    """Make a token and print it once, on one line (only a digest of it is kept)."""
    if scope not in ("read", "write"):
        fail(f"--scope must be read or write, not {scope!r}")
    _setup()
    from kratomwise.web.accounts import tokens

    try:
        _row, token = tokens.create(_user(username), scope, name)
    except ValueError as exc:
        fail(str(exc))
    typer.echo(token)


@tokens_app.command("list")
def list_tokens(
    username: str = typer.Argument(..., help="Whose tokens to list."),
    fmt: str = LIST_FORMAT_OPTION,
) -> None:
    """List a person's tokens (never the tokens themselves)."""
    if fmt not in ("text", "json"):
        fail(f"--format must be text or json, not {fmt!r}")
    _setup()
    from kratomwise.cli.output import emit_json
    from kratomwise.web.accounts import tokens
    from kratomwise.web.accounts.models import AccessToken

    rows = [tokens.as_dict(r) for r in AccessToken.objects.filter(owner=_user(username))]
    if fmt == "json":
        emit_json({"username": username, "tokens": rows})
        return
    if not rows:
        typer.echo(f"{username} has no tokens.")
    for r in rows:
        state = "revoked" if r["revoked"] else "active"
        typer.echo(f"{r['id']}\t{r['name']}\t{r['scope']}\t{r['prefix']}…\t{state}")


@tokens_app.command("revoke")
def revoke(token_id: str = typer.Argument(..., help="The token's id (see tokens list).")) -> None:
    """Revoke a token: it stops working at once."""
    if not token_id.isdigit() or int(token_id) < 1:
        fail(f"{token_id!r} is not a token id (a positive whole number)")
    _setup()
    from kratomwise.web.accounts import tokens

    if not tokens.revoke(int(token_id)):
        fail(f"no active token with id {token_id}")
    typer.echo(f"Token {token_id} revoked.")


def register(app: typer.Typer) -> None:
    app.add_typer(tokens_app, name="tokens")
