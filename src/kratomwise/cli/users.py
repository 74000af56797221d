"""``kratomwise users``: accounts and roles for clinician mode (reads DATABASE_URL or the data
directory like ``serve``)."""

from __future__ import annotations

import sys
from typing import TypedDict

import typer

from kratomwise.cli.output import FORMAT_OPTION, Format, console, emit_json, fail

users_app = typer.Typer(help="Create and list accounts with their roles.", no_args_is_help=True)
ROLES = ("person", "clinician", "program_admin", "auditor", "site_admin")


class _UserRow(TypedDict):
    username: str
    roles: list[str]
    program: str | None
    mfa: bool


@users_app.command("add")
def add(
    username: str = typer.Argument(..., help="The new account's user name."),
    role: str = typer.Option(
        ..., "--role", help="person, clinician, program_admin, auditor or site_admin."
    ),
    program: str = typer.Option(
        "",
        "--program",
        help="Program name (created if new); clinicians and program admins need one.",
    ),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from standard input."
    ),
) -> None:
    """Create an account with a role. Every account is also a person (their own data)."""
    if role not in ROLES:
        fail(f"--role {role!r} is not one of {', '.join(ROLES)}")
    if role in ("clinician", "program_admin") and not program.strip():
        fail(f"a {role} belongs to a program: give --program NAME")
    if not password_stdin:
        fail("give the password on standard input with --password-stdin")
    password = sys.stdin.readline().rstrip("\r\n")
    from kratomwise.web.server import ensure_ready

    ensure_ready()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError
    from django.db import transaction

    from kratomwise.web.programs.models import Program, RoleGrant

    User = get_user_model()
    if not username.strip() or len(username) > 150:
        fail("the user name must be 1 to 150 characters")
    if User.objects.filter(username=username).exists():
        fail(f"an account named {username!r} already exists")
    candidate = User(username=username)
    try:
        validate_password(password, candidate)
    except ValidationError as exc:
        fail("password refused: " + " ".join(exc.messages))
    with transaction.atomic():
        user = User.objects.create_user(username=username, password=password)
        if role == "site_admin":
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
        RoleGrant.objects.create(user=user, role="person")
        group = Program.objects.get_or_create(name=program.strip())[0] if program.strip() else None
        if role != "person":
            RoleGrant.objects.create(user=user, role=role, program=group)
    console().print(f"Created {username} ({role}{', ' + group.name if group else ''}).")


@users_app.command("list")
def list_users(format: Format = FORMAT_OPTION) -> None:
    """Every account with its roles, program and whether a second factor is set up."""
    from kratomwise.web.server import ensure_ready

    ensure_ready()
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from kratomwise.web.programs.models import RoleGrant

    with_mfa = set(TOTPDevice.objects.filter(confirmed=True).values_list("user_id", flat=True))
    rows: list[_UserRow] = []
    for user in get_user_model().objects.order_by("username"):
        grants = list(RoleGrant.objects.filter(user=user).select_related("program"))
        programs = sorted({g.program.name for g in grants if g.program})
        rows.append(
            {
                "username": user.get_username(),
                "roles": sorted({g.role for g in grants}),
                "program": programs[0] if programs else None,
                "mfa": user.pk in with_mfa,
            }
        )
    if format is Format.json:
        emit_json(rows)
        return
    out = console()
    for row in rows:
        program = f" — {row['program']}" if row["program"] else ""
        mfa = "MFA on" if row["mfa"] else "no MFA"
        out.print(f"{row['username']}: {', '.join(row['roles'])}{program} ({mfa})")


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
