"""`matcher users create | set-password | list`: users and roles, on the database alone."""

from __future__ import annotations

from typing import Annotated

import typer
from pydantic import ValidationError
from rich.table import Table

from matcher.auth.schemas import Role, UserCreate
from matcher.auth.service import UserService
from matcher.cli.context import console, fail, out, unit_of_work

app = typer.Typer(help="Users and roles: admins, managers, members of an organisation.", no_args_is_help=True)


@app.command("create")
def create(
    email: Annotated[str, typer.Option(help="The user's e-mail address; it is the login name.")],
    role: Annotated[Role, typer.Option(help="admin, manager or member.")],
    organisation: Annotated[
        str | None, typer.Option(help="The ref of a member's organisation (members only).")
    ] = None,
    name: Annotated[str, typer.Option(help="The user's name as shown to others.")] = "",
    password: Annotated[
        bool, typer.Option("--password", help="Ask for a password for the web login (read from stdin).")
    ] = False,
) -> None:
    """Create a user and print their personal API token (shown only this once)."""
    secret = None
    if password:
        secret = typer.prompt("Password", hide_input=True, confirmation_prompt=False)
    try:
        data = UserCreate(email=email, name=name, role=role, organisation_ref=organisation, password=secret)
    except ValidationError as exc:
        fail(exc)
    with unit_of_work() as session:
        user, token = UserService(session).create(data)
        console.print(f"created {user.role} {user.email} (id {user.id})", markup=False)
    out.print(token, markup=False, highlight=False)


@app.command("set-password")
def set_password(
    email: Annotated[str, typer.Option(help="The user's e-mail address.")],
) -> None:
    """Set a user's password for the web login (asked for, or read from stdin)."""
    secret = typer.prompt("Password", hide_input=True, confirmation_prompt=False)
    with unit_of_work() as session:
        service = UserService(session)
        user = service.users.get_by_email(email)
        if user is None:
            fail(f"no user has the e-mail {email}")
        service.set_password(user, secret)
    console.print(f"password set for {email}", markup=False)


@app.command("list")
def list_users() -> None:
    """Every user with role and organisation."""
    with unit_of_work() as session:
        table = Table("id", "e-mail", "name", "role", "organisation", "active")
        for user in UserService(session).users.list():
            table.add_row(
                str(user.id),
                user.email,
                user.name,
                user.role,
                str(user.organisation_id or ""),
                "yes" if user.active else "no",
            )
        out.print(table)
