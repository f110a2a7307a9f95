"""HTML forms <-> the challenges' schemas: a challenge's form (requirements one a line, criteria as
`name: weight` lines), an application's one-page proposal with its character limits, a review's marks, and the
pitch day's rooms and slots. The pages validate with the domain's own schemas (`ChallengeCreate`,
`ApplicationUpdate`, `ReviewSubmit`, `ScheduleRequest`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from starlette.datastructures import FormData

from matcher.challenges.models import Application, Challenge
from matcher.challenges.schemas import (
    APPROACH_CHARS,
    REFERENCES_CHARS,
    SUMMARY_CHARS,
    WHY_US_CHARS,
)
from matcher.web.forms import FormValues, split_items, split_lines

PITCH_DAY_ZONE = ZoneInfo("Europe/Berlin")

CHALLENGE_TEXT_FIELDS = (
    "owner_ref",
    "title",
    "problem",
    "solutions_of_interest",
    "requirements",
    "offer",
    "trl_min",
    "regions",
    "language",
    "deadline",
    "pitch_slots",
    "criteria",
    "visibility",
    "reviews_per_application",
    "cap_per_applicant",
    "ranking_method",
)
CHALLENGE_FLAGS = ("owner_anonymous", "blind_review")
NUMBERS = ("trl_min", "pitch_slots", "reviews_per_application", "cap_per_applicant")

# The proposal's fields and their limits (the schemas' own numbers, shown beside each field).
PROPOSAL_LIMITS = {
    "summary": SUMMARY_CHARS,
    "approach": APPROACH_CHARS,
    "why_us": WHY_US_CHARS,
    "references": REFERENCES_CHARS,
}
PROPOSAL_FIELDS = (*PROPOSAL_LIMITS, "stage", "trl", "attachments")


# --- a challenge -----------------------------------------------------------------------------------------


def challenge_values_from_form(form: FormData) -> FormValues:
    values: FormValues = {name: str(form.get(name, "")).strip() for name in CHALLENGE_TEXT_FIELDS}
    values["applicant_kinds"] = [str(v) for v in form.getlist("applicant_kinds")]
    for flag in CHALLENGE_FLAGS:
        values[flag] = form.get(flag) == "on"
    return values


def challenge_values(challenge: Challenge | None) -> FormValues:
    """The form filled from a stored challenge (or the defaults of a new one)."""
    if challenge is None:
        return {
            "applicant_kinds": ["startup"],
            "criteria": "fit: 0.4\nfeasibility: 0.3\nteam: 0.15\nimpact: 0.15",
            "language": "en",
            "pitch_slots": "5",
            "reviews_per_application": "3",
            "cap_per_applicant": "2",
            "visibility": "public",
            "ranking_method": "mean",
        }
    values: FormValues = {
        name: "" if getattr(challenge, name, None) is None else str(getattr(challenge, name))
        for name in CHALLENGE_TEXT_FIELDS
        if name not in ("owner_ref", "requirements", "regions", "criteria")
    }
    values["requirements"] = "\n".join(challenge.requirements)
    values["regions"] = "; ".join(challenge.regions)
    values["criteria"] = "\n".join(f"{c['name']}: {c['weight']:g}" for c in challenge.criteria)
    values["applicant_kinds"] = list(challenge.applicant_kinds)
    for flag in CHALLENGE_FLAGS:
        values[flag] = bool(getattr(challenge, flag))
    return values


def _criteria(text: str) -> list[dict[str, Any]]:
    criteria = []
    for line in split_lines(text):
        name, _, weight = line.partition(":")
        criteria.append({"name": name.strip(), "weight": weight.strip().replace(",", ".") or 1.0})
    return criteria


def challenge_payload(values: FormValues, creating: bool) -> dict[str, Any]:
    """The fields for `ChallengeCreate` (empty ones left out: the defaults apply) or `ChallengeUpdate` (every
    field: an emptied TRL or deadline is cleared)."""
    payload: dict[str, Any] = {
        name: values[name]
        for name in CHALLENGE_TEXT_FIELDS
        if name not in ("owner_ref", "requirements", "regions", "criteria")
    }
    for name in (*NUMBERS, "deadline"):
        payload[name] = payload[name] or None
    payload["requirements"] = split_lines(values["requirements"])
    payload["regions"] = split_items(values["regions"])
    payload["criteria"] = _criteria(values["criteria"])
    payload["applicant_kinds"] = values["applicant_kinds"]
    for flag in CHALLENGE_FLAGS:
        payload[flag] = values[flag]
    if creating:
        payload = {k: v for k, v in payload.items() if v not in (None, "", [])}
    else:
        payload = {k: v for k, v in payload.items() if v is not None or k in ("trl_min", "deadline")}
    return payload


# --- a proposal ------------------------------------------------------------------------------------------


def proposal_values_from_form(form: FormData) -> FormValues:
    return {name: str(form.get(name, "")).strip() for name in PROPOSAL_FIELDS}


def proposal_values(application: Application | None) -> FormValues:
    if application is None:
        return {name: "" for name in PROPOSAL_FIELDS}
    values: FormValues = {
        name: "" if getattr(application, name) is None else str(getattr(application, name))
        for name in PROPOSAL_FIELDS
        if name != "attachments"
    }
    values["attachments"] = "\n".join(application.attachments)
    return values


def proposal_payload(values: FormValues) -> dict[str, Any]:
    payload: dict[str, Any] = {name: values[name] for name in PROPOSAL_LIMITS}
    payload["stage"] = values["stage"] or None
    payload["trl"] = values["trl"] or None
    payload["attachments"] = split_lines(values["attachments"])
    return payload


# --- a review and the pitch day --------------------------------------------------------------------------


def marks_from_form(form: FormData, criteria: list[str]) -> dict[str, Any]:
    """One mark per criterion (`mark-<name>`); a comma counts as a decimal point."""
    return {name: str(form.get(f"mark-{name}", "")).strip().replace(",", ".") for name in criteria}


def schedule_values_from_form(form: FormData) -> FormValues:
    names = ("rooms", "day", "start", "minutes", "slots")
    return {name: str(form.get(name, "")).strip() for name in names}


def schedule_payload(values: FormValues) -> dict[str, Any]:
    """Rooms one a line; `slots` slots of `minutes` from `start` on `day`, in the region's time zone. A value
    that does not parse is passed on as it is, so that the schema says what is wrong with it."""
    rooms = split_lines(values["rooms"])
    try:
        first = datetime.fromisoformat(f"{values['day']}T{values['start']}").replace(tzinfo=PITCH_DAY_ZONE)
        minutes, count = int(values["minutes"] or 20), int(values["slots"] or 1)
    except ValueError:
        return {"rooms": rooms, "slots": [{"start": f"{values['day']} {values['start']}"}]}
    # in UTC: a timestamp keeps its instant on every backend (SQLite stores no offset)
    slots = [
        {"start": (first + timedelta(minutes=minutes * i)).astimezone(UTC), "minutes": minutes}
        for i in range(max(count, 0))
    ]
    return {"rooms": rooms, "slots": slots}
