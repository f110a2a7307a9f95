"""`matcher opportunities expire`: published opportunities past their date become `expired` (from cron)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from matcher.cli.context import console, out, runtime, unit_of_work
from matcher.kit.db import transaction

app = typer.Typer(help="What organisations offer and seek.", no_args_is_help=True)


@app.command("expire")
def expire_opportunities(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would expire; change nothing.")
    ] = False,
) -> None:
    """Set published opportunities past their expiry date to `expired`, and index their organisations."""
    from matcher.profiles.service import ProfileService

    if dry_run:  # lists only: the database alone, no model and no index
        with unit_of_work() as session:
            past = ProfileService(session).expire_opportunities(date.today(), dry_run=True)
            if past:
                table = Table("id", "expired on", "organisation", "title")
                for opp in past:
                    table.add_row(str(opp.id), str(opp.expires_at), opp.organisation.name, opp.title)
                out.print(table)
    else:
        with runtime() as rt, transaction(rt.session_factory) as session:
            past = ProfileService(session, indexer=rt.indexer).expire_opportunities(date.today(), dry_run)
    verb = "would expire" if dry_run else "expired"
    console.print(f"{len(past)} opportunities {verb} (past their expiry date)", markup=False)
