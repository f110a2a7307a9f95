"""`matcher users ...`: create users (printing their first API token), set passwords, list them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from sqlalchemy.orm import Session

from matcher.config import Settings
from matcher.db import create_schema, make_engine, make_session_factory, transaction
from matcher.errors import MatcherError
from matcher.workspace import audit as _audit  # noqa: F401  (the audit log's listener)
from matcher.workspace.schemas import Role, UserCreate
from matcher.workspace.service import UserService

console = Console(stderr=True, soft_wrap=True)
out = Console()


def database(settings: Callable[[], Settings]) -> Callable[[], AbstractContextManager[Session]]:
    @contextmanager
    def unit_of_work() -> Iterator[Session]:
        config = settings()
        config.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(config.resolved_database_url)
        try:
            create_schema(engine)
            with transaction(make_session_factory(engine)) as session:
                yield session
        finally:
            engine.dispose()

    return unit_of_work


def _fail(message: str) -> None:
    console.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(1)


def make_users_app(settings: Callable[[], Settings]) -> typer.Typer:
    unit_of_work = database(settings)
    users_app = typer.Typer(
        help="Users and roles: admins, managers, members of an organisation.", no_args_is_help=True
    )

    @users_app.command("create")
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
            data = UserCreate(
                email=email, name=name, role=role, organisation_ref=organisation, password=secret
            )
        except ValidationError as exc:
            _fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))
        try:
            with unit_of_work() as session:
                user, token = UserService(session).create(data)
                console.print(f"created {user.role} {user.email} (id {user.id})", markup=False)
        except MatcherError as exc:
            _fail(exc.message)
        out.print(token, markup=False, highlight=False)

    @users_app.command("set-password")
    def set_password(
        email: Annotated[str, typer.Option(help="The user's e-mail address.")],
    ) -> None:
        """Set a user's password for the web login (asked for, or read from stdin)."""
        secret = typer.prompt("Password", hide_input=True, confirmation_prompt=False)
        try:
            with unit_of_work() as session:
                service = UserService(session)
                user = service.users.get_by_email(email)
                if user is None:
                    _fail(f"no user has the e-mail {email}")
                    return
                service.set_password(user, secret)
        except MatcherError as exc:
            _fail(exc.message)
        console.print(f"password set for {email}", markup=False)

    @users_app.command("list")
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

    return users_app
