"""The `matcher` command line: serve, load data, match and search, and the operator's and managers' commands.

`context` holds what the commands share (the global options, settings, the database or the full runtime,
progress, errors); each other module holds one group of commands, and this one puts them together."""

from __future__ import annotations

import typer

from matcher.cli import (
    alerts,
    challenges,
    context,
    evaluation,
    evaluation_expertise,
    events,
    index,
    introductions,
    opportunities,
    ops,
    profiles,
    queue,
    recommendations,
    serve,
    talent,
    users,
)

app = typer.Typer(help="Matchwerk: matchmaking for regional innovation ecosystems.", no_args_is_help=True)
app.callback()(context.main)

app.command()(ops.backup)
app.command()(ops.restore)
app.command()(serve.serve)
app.command("import")(profiles.import_)
app.command("import-cooperations")(profiles.import_cooperations)
app.command()(profiles.export)
app.command("import-een")(profiles.import_een)
app.command("export-een")(profiles.export_een)
app.command()(profiles.demo)
app.command()(recommendations.train)
app.command()(index.reindex)
app.command()(recommendations.match)
app.command()(recommendations.search)
app.command()(recommendations.recommend)

evaluation.app.command("expertise")(evaluation_expertise.expertise)
app.add_typer(evaluation.app, name="eval")
app.add_typer(users.app, name="users")
app.add_typer(alerts.app, name="alerts")
app.add_typer(queue.app, name="queue")
app.add_typer(introductions.app, name="introductions")
app.add_typer(opportunities.app, name="opportunities")
app.add_typer(challenges.app, name="challenges")
app.add_typer(events.app, name="events")
app.add_typer(talent.app, name="talent")
app.add_typer(ops.app, name="db")

__all__ = ["app"]
