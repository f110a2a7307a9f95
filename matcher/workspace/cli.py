"""`matcher users ...`: create users (printing their first API token), set passwords, list them; and the batch
jobs to run from cron: `matcher alerts run`, `matcher queue refresh`, `matcher introductions expire`,
`matcher opportunities expire`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from sqlalchemy.orm import Session

from matcher.config import Settings
from matcher.errors import MatcherError
from matcher.kit.db import make_engine, make_session_factory, transaction
from matcher.ops.migrations import ensure_schema
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
            try:
                ensure_schema(engine, migrate=config.migrate_on_start)
            except MatcherError as exc:
                _fail(exc.message)
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


def make_batch_apps(
    open_runtime: Callable[[], AbstractContextManager[Any]],
) -> tuple[typer.Typer, typer.Typer]:
    """`matcher alerts run` and `matcher queue refresh`: the batch jobs to run from cron."""
    from matcher.matching.pairs import best_new_pairs, current_results
    from matcher.workspace.alerts import AlertService, Mailer
    from matcher.workspace.queue import QueueService

    alerts_app = typer.Typer(help="Saved searches: tell people about new results.", no_args_is_help=True)
    queue_app = typer.Typer(help="The managers' queue of suggested pairs.", no_args_is_help=True)

    @alerts_app.command("run")
    def run_alerts() -> None:
        """Check every saved search; new results go to the inbox, and by e-mail when SMTP is configured."""
        with open_runtime() as rt, transaction(rt.session_factory) as session:
            s = rt.settings
            mailer = Mailer(
                s.smtp_host, s.smtp_port, s.mail_from, s.smtp_username, s.smtp_password, s.smtp_starttls
            )
            result = AlertService(session, mailer, s.base_url).check(
                lambda search: current_results(
                    rt.matching, search.query, search.organisation_id, search.kinds
                )
            )
        console.print(
            f"checked {result.checked} saved searches: {result.alerts} alerts, {result.emailed} e-mails",
            markup=False,
        )

    @queue_app.command("refresh")
    def refresh_queue(
        per_organisation: Annotated[
            int | None,
            typer.Option(help="Best partners per organisation (default MATCHER_QUEUE_PER_ORGANISATION)."),
        ] = None,
    ) -> None:
        """Compute the queue again from the engine's best new pairs across the ecosystem."""
        with open_runtime() as rt, transaction(rt.session_factory) as session:
            queue = QueueService(session, rt.settings.manager_weekly_capacity, indexer=rt.matching)
            settled = queue.settled_pairs()
            pairs = best_new_pairs(
                rt.matching,
                per_organisation or rt.settings.queue_per_organisation,
                skip=lambda a, b: (min(a, b), max(a, b)) in settled,
            )
            counts = queue.refresh(pairs)
        console.print(f"queue refreshed: {counts['open']} open items", markup=False)

    return alerts_app, queue_app


def make_expiry_apps(
    settings: Callable[[], Settings], open_runtime: Callable[[], AbstractContextManager[Any]]
) -> tuple[typer.Typer, typer.Typer]:
    """`matcher introductions expire` and `matcher opportunities expire`: what nobody keeps alive expires."""
    from matcher.profiles.service import ProfileService
    from matcher.workspace.introductions import IntroductionService, last_activity

    unit_of_work = database(settings)
    introductions_app = typer.Typer(help="Introductions between organisations.", no_args_is_help=True)
    opportunities_app = typer.Typer(help="What organisations offer and seek.", no_args_is_help=True)

    @introductions_app.command("expire")
    def expire_introductions(
        days: Annotated[
            int | None,
            typer.Option(
                min=0,
                help="Days without activity after which they expire (default "
                "MATCHER_INTRODUCTION_EXPIRY_DAYS); 0: none expire.",
            ),
        ] = None,
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="List what would expire; change nothing.")
        ] = False,
    ) -> None:
        """Expire suggested, approved and sent introductions without activity for a while."""
        limit = settings().introduction_expiry_days if days is None else days
        if limit == 0:
            console.print("introductions never expire (expiry days 0): nothing to do", markup=False)
            return
        with unit_of_work() as session:
            service = IntroductionService(session)
            if dry_run:
                stale = service.stale(limit)
                table = Table("id", "status", "last activity", "organisation a", "organisation b")
                for intro in stale:
                    a, b = (
                        service.orgs.get(intro.organisation_a_id),
                        service.orgs.get(intro.organisation_b_id),
                    )
                    table.add_row(
                        str(intro.id),
                        intro.status,
                        last_activity(intro).strftime("%Y-%m-%d %H:%M"),
                        a.name if a else "?",
                        b.name if b else "?",
                    )
                if stale:
                    out.print(table)
                verb = "would expire"
            else:
                stale = service.expire_stale(limit)
                verb = "expired"
        console.print(f"{len(stale)} introductions {verb} (no activity for {limit} days)", markup=False)

    @opportunities_app.command("expire")
    def expire_opportunities(
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="List what would expire; change nothing.")
        ] = False,
    ) -> None:
        """Set published opportunities past their expiry date to `expired`, and index their organisations."""
        with open_runtime() as rt, transaction(rt.session_factory) as session:
            past = ProfileService(session, indexer=rt.matching).expire_opportunities(date.today(), dry_run)
            if dry_run and past:
                table = Table("id", "expired on", "organisation", "title")
                for opp in past:
                    table.add_row(str(opp.id), str(opp.expires_at), opp.organisation.name, opp.title)
                out.print(table)
        verb = "would expire" if dry_run else "expired"
        console.print(f"{len(past)} opportunities {verb} (past their expiry date)", markup=False)

    return introductions_app, opportunities_app
