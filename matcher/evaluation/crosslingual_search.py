"""German questions, English profiles: the cross-lingual check through the product's free-text search.

`crosslingual` measures the encoder alone. This measures what a user of `GET /api/v1/search` gets, where the
dense similarity is fused with BM25 (`engine.search.fuse`): one organisation per CORDIS subject title of one
language (its name and its description are the title), each title of the other language as the question, and
the share of questions whose first hit, and whose first five, hold a translation (when two subjects share a
title, either counts, as in `crosslingual`). Each direction runs on the subjects alone and beside the demo
ecosystem (`profiles/demo/organisations.jsonl`, about half of it German), where the words of a German question
also occur in German profiles on other subjects: the case in which BM25, which cannot match across languages,
can push the English answer down.
"""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from matcher.config import REPO_ROOT
from matcher.embeddings.encoder import Encoder
from matcher.evaluation.benchmark import benchmark_settings
from matcher.evaluation.crosslingual import Translations
from matcher.kit.db import transaction
from matcher.profiles.importer import import_organisations
from matcher.runtime import Runtime, open_runtime

DEMO_ORGANISATIONS = REPO_ROOT / "profiles/demo/organisations.jsonl"
SUBJECT_REF = "subject-"
TOP = 5


def subject_profiles(titles: Sequence[str]) -> str:
    """One organisation a title as JSON lines for `matcher import`: the title is its name and its description,
    its ref is `subject-<position>`."""
    rows = [
        {
            "ref": f"{SUBJECT_REF}{i}",
            "name": title,
            "kind": "research_institute",
            "country": "DE",
            "description": title,
        }
        for i, title in enumerate(titles)
    ]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def subject_of(ref: str) -> int | None:
    """The title position of a subject organisation's ref; None for any other organisation."""
    return int(ref.removeprefix(SUBJECT_REF)) if ref.startswith(SUBJECT_REF) else None


@dataclass
class SearchAccuracy:
    direction: str
    """`German -> English` (German questions, English profiles) or `English -> German`."""
    beside: str
    """What else the installation holds: `nothing` or `the demo ecosystem`."""
    organisations: int
    questions: int
    first: float
    """Share of questions whose first hit is a translation."""
    top: float
    """Share of questions with a translation among the first `TOP` hits."""
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    """(question, the first hit's name, a translation) of each question whose first hit is not a translation."""


def accuracy(
    questions: Sequence[str],
    hits: Sequence[Sequence[tuple[str, str]]],
    titles: Sequence[str],
    relevant: Sequence[set[int]],
) -> tuple[float, float, list[tuple[str, str, str]]]:
    """First-hit and top-`TOP` accuracy of the hits of each question ((ref, name) of the organisations found,
    best first), with the misses; `titles` are the profiles' titles, `relevant` the positions in `titles` of
    each question's translations."""
    first = top = 0
    misses = []
    for question, found, wanted in zip(questions, hits, relevant, strict=True):
        subjects = [subject_of(ref) for ref, _ in found[:TOP]]
        if subjects and subjects[0] in wanted:
            first += 1
        else:
            misses.append((question, found[0][1] if found else "", titles[min(wanted)]))
        top += any(s in wanted for s in subjects)
    n = max(len(questions), 1)
    return first / n, top / n, misses


def search_runtime(encoder: Encoder, work: Path, profiles: str, beside_demo: bool) -> Runtime:
    """A fresh installation in `work` holding the subject profiles (and the demo ecosystem's organisations)."""
    rt = open_runtime(benchmark_settings(work), encoder=encoder)
    with transaction(rt.session_factory) as session:
        import_organisations(session, io.StringIO(profiles), fmt="jsonl", indexer=rt.indexer)
        if beside_demo:
            import_organisations(session, DEMO_ORGANISATIONS, fmt="jsonl", indexer=rt.indexer)
    return rt


def measure_search(encoder: Encoder, data: Translations, work: Path | None = None) -> list[SearchAccuracy]:
    """Both directions, each alone and beside the demo ecosystem, through `Recommender.search` (what
    `GET /api/v1/search` answers with). Each installation lives in a folder of `work` (a temporary folder
    without one)."""
    if work is None:
        with tempfile.TemporaryDirectory(prefix="matcher-crosslingual-") as tmp:
            return measure_search(encoder, data, Path(tmp))
    directions = [
        ("German -> English", data.german, data.english, data.english_of()),
        ("English -> German", data.english, data.german, data.german_of()),
    ]
    results = []
    for direction, questions, profiles, relevant in directions:
        for beside_demo in (False, True):
            folder = work / f"{direction[:2].lower()}-{'demo' if beside_demo else 'alone'}"
            rt = search_runtime(encoder, folder, subject_profiles(profiles), beside_demo)
            try:
                hits = [
                    [
                        (h.organisation.ref, h.organisation.name)
                        for h in rt.recommender.search(q, k=TOP).organisations
                    ]
                    for q in questions
                ]
                organisations = len(rt.indexer.engine.catalogue.orgs)
            finally:
                rt.close()
            first, top, misses = accuracy(questions, hits, profiles, relevant)
            beside = "the demo ecosystem" if beside_demo else "nothing"
            results.append(
                SearchAccuracy(direction, beside, organisations, len(questions), first, top, misses)
            )
    return results


def render_search_markdown(model: str, results: Sequence[SearchAccuracy], source: str) -> str:
    lines = [
        f"Through the free-text search with `{model}`, on {source}: one organisation a subject title, the "
        "titles of the other language as questions.",
        "",
        f"| questions -> profiles | beside | organisations | questions | first | top {TOP} |",
        "|---|---|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {r.direction} | {r.beside} | {r.organisations} | {r.questions} | {r.first:.3f} | {r.top:.3f} |"
        for r in results
    ]
    return "\n".join(lines) + "\n"
