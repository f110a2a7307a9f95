"""E-mail through SMTP when a server is configured; without one, nothing is sent (the inbox still has it)."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass
class Mailer:
    host: str | None
    port: int = 25
    sender: str = "matchwerk@localhost"
    username: str | None = None
    password: str | None = None
    starttls: bool = False

    @property
    def enabled(self) -> bool:
        return bool(self.host)

    def send(self, to: str, subject: str, body: str) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.sender, to, subject
        message.set_content(body)
        assert self.host is not None
        with smtplib.SMTP(self.host, self.port, timeout=20) as smtp:
            if self.starttls:
                smtp.starttls()
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(message)
