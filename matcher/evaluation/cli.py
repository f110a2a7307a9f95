"""The `matcher eval` command group: each benchmark adds its command here."""

from __future__ import annotations

import typer

from matcher.evaluation import cordis_commands, crosslingual

eval_app = typer.Typer(help="Measure match quality and write the results as Markdown.", no_args_is_help=True)
eval_app.command("crosslingual")(crosslingual.command)
eval_app.command("cordis")(cordis_commands.cordis_command)
eval_app.command("score")(cordis_commands.score_command)
