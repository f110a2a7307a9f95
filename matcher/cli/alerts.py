"""`matcher alerts run`: tell people about new results of their saved searches (from cron, say hourly)."""

from __future__ import annotations

import typer

from matcher.cli.context import console, runtime
from matcher.kit.db import transaction

app = typer.Typer(help="Saved searches: tell people about new results.", no_args_is_help=True)


@app.command("run")
def run_alerts() -> None:
    """Check every saved search; new results go to the inbox, and by e-mail when SMTP is configured."""
    from matcher.alerts.mailer import Mailer
    from matcher.alerts.service import AlertService
    from matcher.recommendations.pairs import current_results

    with runtime() as rt, transaction(rt.session_factory) as session:
        s = rt.settings
        mailer = Mailer(
            s.smtp_host, s.smtp_port, s.mail_from, s.smtp_username, s.smtp_password, s.smtp_starttls
        )
        result = AlertService(session, mailer, s.base_url).check(
            lambda search: current_results(rt.recommender, search.query, search.organisation_id, search.kinds)
        )
    console.print(
        f"checked {result.checked} saved searches: {result.alerts} alerts, {result.emailed} e-mails",
        markup=False,
    )
