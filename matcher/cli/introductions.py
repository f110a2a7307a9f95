"""`matcher introductions expire`: what nobody keeps alive expires (from cron, say nightly); the database alone."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from matcher.cli.context import console, out, settings, unit_of_work

app = typer.Typer(help="Introductions between organisations.", no_args_is_help=True)


@app.command("expire")
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
    from matcher.introductions.service import IntroductionService, last_activity

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
                a, b = service.orgs.get(intro.organisation_a_id), service.orgs.get(intro.organisation_b_id)
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
