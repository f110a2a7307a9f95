"""`python -m matcher.cli ...`: the same as the `matcher` command."""

from matcher.cli import app

app(prog_name="matcher")
