"""HTML forms <-> the talent programmes' schemas: a programme (its dates, deadline and team-mix rules), a project
(skills and languages separated by commas), and a participant's application with its consent. The pages validate
with the domain's own schemas (`ProgrammeCreate`, `ProgrammeUpdate`, `ProjectCreate`, `ParticipantCreate`)."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import FormData

from matcher.talent.models import Programme
from matcher.web.forms import FieldErrors, FormValues
from matcher.web.i18n import Gettext
from matcher.web.pages.event_forms import local, parse_deadline

PROGRAMME_FIELDS = (
    "owner_ref",
    "name",
    "description",
    "starts_on",
    "ends_on",
    "application_deadline",
    "min_trainees",
    "min_institutions",
    "languages",
)
PROJECT_FIELDS = (
    "host_ref",
    "title",
    "description",
    "skills",
    "min_size",
    "max_size",
    "languages",
    "supervisor_capacity",
)
APPLICATION_FIELDS = (
    "name",
    "track",
    "institution",
    "field",
    "skills",
    "interests",
    "languages",
    "availability",
    "group",
)


def text_values(form: FormData, names: tuple[str, ...]) -> FormValues:
    return {name: str(form.get(name, "")).strip() for name in names}


def programme_values(programme: Programme | None) -> FormValues:
    if programme is None:
        return {"min_trainees": "0", "min_institutions": "1", "languages": "de, en"}
    return {
        "name": programme.name,
        "description": programme.description,
        "starts_on": programme.starts_on.isoformat(),
        "ends_on": programme.ends_on.isoformat(),
        "application_deadline": local(programme.application_deadline),
        "min_trainees": str(programme.min_trainees),
        "min_institutions": str(programme.min_institutions),
        "languages": ", ".join(programme.languages),
    }


def programme_payload(values: FormValues, _: Gettext) -> tuple[dict[str, Any], FieldErrors]:
    """The fields of `ProgrammeCreate`/`ProgrammeUpdate`; an empty number keeps its default."""
    deadline, errors = parse_deadline(values["application_deadline"], _)
    if errors:
        errors = {"application_deadline": errors["request_deadline"]}
    payload: dict[str, Any] = {
        name: values[name] for name in ("name", "description", "starts_on", "ends_on", "languages")
    }
    payload["application_deadline"] = deadline
    for name in ("min_trainees", "min_institutions"):
        if values[name]:
            payload[name] = values[name]
    for name in ("starts_on", "ends_on"):
        payload[name] = payload[name] or None
    return payload, errors


def project_payload(values: FormValues) -> dict[str, Any]:
    payload: dict[str, Any] = {
        name: values[name] for name in PROJECT_FIELDS if name not in ("host_ref", "supervisor_capacity")
    }
    for name in ("min_size", "max_size"):
        if not payload[name]:
            del payload[name]
    if values["supervisor_capacity"]:
        payload["supervisor_capacity"] = values["supervisor_capacity"]
    return payload


def application_payload(values: FormValues, email: str, consent: bool) -> dict[str, Any]:
    payload: dict[str, Any] = {name: values[name] for name in APPLICATION_FIELDS}
    payload["group"] = payload["group"] or None
    payload.update(email=email, consent=consent)
    return payload
