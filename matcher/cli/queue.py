"""`matcher queue refresh`: compute the managers' queue of suggested pairs again (from cron, say nightly)."""

from __future__ import annotations

from typing import Annotated

import typer

from matcher.cli.context import console, runtime
from matcher.kit.db import transaction

app = typer.Typer(help="The managers' queue of suggested pairs.", no_args_is_help=True)


@app.command("refresh")
def refresh_queue(
    per_organisation: Annotated[
        int | None,
        typer.Option(help="Best partners per organisation (default MATCHER_QUEUE_PER_ORGANISATION)."),
    ] = None,
) -> None:
    """Compute the queue again from the engine's best new pairs across the ecosystem."""
    from matcher.introductions.queue import QueueService
    from matcher.recommendations.pairs import best_new_pairs

    with runtime() as rt, transaction(rt.session_factory) as session:
        queue = QueueService(session, rt.settings.manager_weekly_capacity, indexer=rt.indexer)
        settled = queue.settled_pairs()
        pairs = best_new_pairs(
            rt.recommender,
            per_organisation or rt.settings.queue_per_organisation,
            skip=lambda a, b: (min(a, b), max(a, b)) in settled,
        )
        counts = queue.refresh(pairs)
    console.print(f"queue refreshed: {counts['open']} open items", markup=False)
