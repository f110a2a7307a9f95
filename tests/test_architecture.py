"""The layout holds: imports flow one way (web, cli -> services -> repositories, engine -> kit), nothing imports
in a circle, and no module grows into a god module. Read from the source (every import, those inside functions
included), so that a shortcut taken today fails here instead of in a reader's head."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "matcher"
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def resolve(name: str) -> str:
    """The module of ours that an imported name lives in (`matcher.engine.Filters` -> `matcher.engine`)."""
    while name and name not in modules():
        name = name.rpartition(".")[0]
    return name


@cache
def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for name, path in modules().items():
        graph.add_node(name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets = [resolve(f"{node.module}.{alias.name}") for alias in node.names]
            elif isinstance(node, ast.Import):
                targets = [resolve(alias.name) for alias in node.names]
            for target in targets:
                if target.startswith("matcher") and target != name:
                    graph.add_edge(name, target)
    return graph


def part(module: str) -> str:
    """The part of the service a module belongs to: `matcher.engine.ann.faiss` -> `matcher.engine`."""
    return ".".join(module.split(".")[:2])


def part_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for a, b in import_graph().edges:
        if part(a) != part(b) and part(b) != "matcher":  # `matcher` itself holds only the version
            graph.add_edge(part(a), part(b))
    return graph


def imports_of(prefix: str) -> set[str]:
    """The parts that modules under `prefix` import."""
    return {part(b) for a, b in import_graph().edges if a == prefix or a.startswith(prefix + ".")} - {prefix}


def test_no_module_imports_itself_in_a_circle() -> None:
    assert list(nx.simple_cycles(import_graph())) == []


def test_no_two_parts_import_each_other() -> None:
    cycles = sorted(sorted(c) for c in nx.simple_cycles(part_graph()))
    assert cycles == [], f"parts that import each other (in any direction around the circle): {cycles}"


def test_the_kit_imports_nothing_of_matcher() -> None:
    assert imports_of("matcher.kit") <= {"matcher.kit"}


def test_the_engine_knows_no_domain_no_database_and_no_web() -> None:
    assert imports_of("matcher.engine") <= {"matcher.kit", "matcher.errors"}


@pytest.mark.parametrize(
    "domain",
    [
        "matcher.profiles",
        "matcher.engine",
        "matcher.kit",
        "matcher.embeddings",
        "matcher.indexing",
        "matcher.recommendations",
        "matcher.auth",
        "matcher.introductions",
        "matcher.alerts",
        "matcher.reports",
        "matcher.audit",
        "matcher.places",
        "matcher.challenges",
        "matcher.events",
    ],
)
def test_services_and_below_never_import_the_web_or_the_cli(domain: str) -> None:
    assert not imports_of(domain) & {"matcher.web", "matcher.cli", "matcher.runtime"}


def test_no_command_or_view_is_imported_back() -> None:
    outside = {a for a, b in import_graph().edges if part(b) in {"matcher.web", "matcher.cli"}}
    assert {part(a) for a in outside} <= {"matcher.web", "matcher.cli"}


def test_no_module_is_a_god_module() -> None:
    long = {
        name: n
        for name, path in modules().items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"modules over {MAX_LINES} lines: split them by what they are for"
