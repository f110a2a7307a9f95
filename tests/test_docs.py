"""Docs that cannot rot: every setting, CLI command and option, API route and import field is documented,
and the published JSON Schema of the import format matches the model and the demo ecosystem."""

from __future__ import annotations

import importlib.util
import json
import re
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import typer.main
from jsonschema import Draft202012Validator

from matcher.cli import app as cli_app
from matcher.config import Settings
from matcher.profiles.importer import COOPERATION_COLUMNS, CSV_COLUMNS
from matcher.profiles.schemas import Contact, OpportunityCreate, OrganisationCreate
from matcher.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "profiles" / "schema" / "organisation.schema.json"
DEMO_FILE = ROOT / "profiles" / "demo" / "organisations.jsonl"


@cache
def read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def headings(text: str) -> list[tuple[int, int, str]]:
    """(line index, level, line) of every Markdown heading, skipping fenced code blocks."""
    found = []
    fenced = False
    for number, line in enumerate(text.splitlines()):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := re.match(r"^(#+)\s", line)):
            found.append((number, len(match.group(1)), line))
    return found


def section(text: str, heading: str) -> str:
    """The text under the first heading that contains `heading`, up to the next heading of its level or above."""
    lines = text.splitlines()
    marks = headings(text)
    for position, (start, level, line) in enumerate(marks):
        if heading in line:
            end = next((i for i, lvl, _ in marks[position + 1 :] if lvl <= level), len(lines))
            return "\n".join(lines[start:end])
    raise AssertionError(f"no heading with {heading!r}")


def write_schema_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("write_schema", ROOT / "scripts" / "write_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- configuration ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_documented(field: str) -> None:
    assert f"MATCHER_{field.upper()}" in read("docs/configuration.md")


# --- command line ----------------------------------------------------------------------------------------

# Typer builds click-style commands (recent versions on a click of their own), so they are read by duck
# typing: `commands`, `params`, `param_type_name`, `opts`, `secondary_opts`.
CLI: Any = typer.main.get_command(cli_app)


def option_names(command: Any) -> list[str]:
    return [
        name
        for param in command.params
        if param.param_type_name == "option"
        for name in (*param.opts, *param.secondary_opts)
        if name != "--help"
    ]


def test_global_options_are_documented() -> None:
    text = section(read("docs/cli.md"), "Global options")
    missing = [name for name in option_names(CLI) if f"`{name}" not in text and "completion" not in name]
    assert not missing, f"docs/cli.md, Global options: not documented: {missing}"


def all_commands(group: Any = CLI, prefix: str = "") -> dict[str, Any]:
    """Every command by its full name (`eval crosslingual`), the groups themselves included."""
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        found[prefix + name] = command
        if hasattr(command, "commands"):
            found.update(all_commands(command, f"{prefix}{name} "))
    return found


@pytest.mark.parametrize("name", sorted(all_commands()))
def test_every_command_and_option_is_documented(name: str) -> None:
    text = section(read("docs/cli.md"), f"`matcher {name}`")
    command = all_commands()[name]
    missing = [option for option in option_names(command) if f"`{option}" not in text]
    assert not missing, f"docs/cli.md, matcher {name}: options not documented: {missing}"
    for param in command.params:
        if param.param_type_name == "argument":
            assert (param.name or "").upper() in text, f"matcher {name}: argument {param.name} not documented"


# --- API -------------------------------------------------------------------------------------------------


def api_routes() -> list[tuple[str, str]]:
    """(method, path) of every API route, read from the app's OpenAPI description (FastAPI keeps included
    routers behind private classes in `app.routes`, so the published contract is the stable view)."""
    paths = create_app().openapi()["paths"]
    return sorted(
        (method.upper(), path)
        for path, operations in paths.items()
        if path.startswith("/api/v1")
        for method in operations
    )


def test_the_api_has_routes() -> None:
    assert len(api_routes()) > 10


@pytest.mark.parametrize(("method", "path"), api_routes())
def test_every_api_route_is_documented(method: str, path: str) -> None:
    text = read("docs/api.md")
    assert path in text
    assert f"{method} {path}" in text, f"docs/api.md: no `{method} {path}`"


@pytest.mark.parametrize("path", ["/health", "/ready", "/docs", "/openapi.json"])
def test_system_pages_are_documented(path: str) -> None:
    assert path in read("docs/api.md")


# --- import format ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "heading"),
    [
        (OrganisationCreate, "Organisation fields"),
        (OpportunityCreate, "Opportunity fields"),
        (Contact, "Contact fields"),
    ],
)
def test_every_import_field_is_documented(model: type, heading: str) -> None:
    text = section(read("docs/import-format.md"), heading)
    missing = [name for name in model.model_fields if f"`{name}`" not in text]  # type: ignore[attr-defined]
    assert not missing, f"docs/import-format.md, {heading}: not documented: {missing}"


def test_csv_and_cooperation_columns_are_documented() -> None:
    text = read("docs/import-format.md")
    for column in [*CSV_COLUMNS, *COOPERATION_COLUMNS]:
        assert f"`{column}`" in text, column


# --- JSON Schema -----------------------------------------------------------------------------------------


def test_schema_file_is_up_to_date() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == write_schema_script().render(), (
        "profiles/schema/organisation.schema.json is out of date: run .venv/bin/python scripts/write_schema.py"
    )


def test_schema_file_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def demo_lines() -> list[tuple[int, str]]:
    lines = DEMO_FILE.read_text(encoding="utf-8").splitlines()
    return [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]


def test_demo_ecosystem_validates_against_the_schema_and_the_model() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    lines = demo_lines()
    assert lines, "the demo ecosystem is empty"
    problems = []
    for number, line in lines:
        record = json.loads(line)
        problems += [f"line {number}: schema: {error.message}" for error in validator.iter_errors(record)]
        try:
            OrganisationCreate.model_validate(record)
        except ValueError as exc:
            problems.append(f"line {number}: OrganisationCreate: {exc}")
    assert not problems, "\n".join(problems[:20])


def test_the_schema_rejects_what_the_model_rejects() -> None:
    validator = Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    assert validator.is_valid({"ref": "a", "name": "A"})
    assert not validator.is_valid({"name": "no ref"})
    assert not validator.is_valid({"ref": "a", "name": "A", "kind": "bank"})
    assert not validator.is_valid({"ref": "a", "name": "A", "colour": "red"})


# --- README ----------------------------------------------------------------------------------------------


def test_readme_explains_how_to_start() -> None:
    text = read("README.md")
    assert "make run" in text
    assert "make test" in text


def test_readme_links_resolve() -> None:
    for target in re.findall(r"\]\(((?:docs|profiles|models)/[^)#\s]+)", read("README.md")):
        assert (ROOT / target).exists(), target
