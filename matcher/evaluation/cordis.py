"""The CORDIS Horizon 2020 benchmark data: organisations, their cooperations and the partners they got later.

Everything is built from the RAW public files (see `../shared/data/cordis-h2020/README.md`), so that any
cut-off date works: profiles and the cooperation network come from the projects that started before the
cut-off, and the gold standard of each organisation is the set of new partners it got in projects that started
on or after it. The result is written in Matchwerk's own import formats (organisations JSONL, cooperations CSV)
plus a gold CSV, so that the same benchmark can be run with the product's normal commands.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from matcher.evaluation.files import write_gold
from matcher.evaluation.fp7 import COUNTRY_FIXES, FP7_SOURCE_PREFIX, FP7_YEAR, Fp7History, load_fp7

H2020_DIR = "raw_eu-research-funding-network"
ODFEST_DIR = "raw_ODFest2017"
PROJECTS_FILE = f"{H2020_DIR}/H2020_H2020_Data_projects.csv"
EDGES_FILE = f"{H2020_DIR}/H2020_H2020_Data_edges.csv"
ORGS_FILE = f"{H2020_DIR}/H2020_H2020_Data_unique_org.csv"
TOPICS_FILE = f"{ODFEST_DIR}/H2020_Data_2017_reference_data_cordisref-H2020topics.csv"
PROGRAMMES_FILE = f"{ODFEST_DIR}/H2020_Data_2017_reference_data_cordisref-H2020programmes.csv"
ACTIVITY_FILE = f"{ODFEST_DIR}/H2020_Data_2017_stacked_dump.csv"

KIND_BY_ACTIVITY = {
    "PRC": "company",
    "HES": "university",
    "REC": "research_institute",
    "PUB": "public_body",
    "OTH": "intermediary",
}
PROFILE_MAX_CHARS = 1500
SOURCE_PREFIX = "cordis:"


@dataclass(frozen=True)
class Project:
    rcn: str
    acronym: str
    start: date | None
    topic_title: str
    programme_titles: tuple[str, ...]


@dataclass(frozen=True)
class OrgInfo:
    org_id: str
    name: str
    country: str | None
    kind: str | None
    city: str | None


@dataclass
class RawCordis:
    """The raw files, joined: projects with their titles, participants per project, organisations."""

    projects: dict[str, Project]
    members: dict[str, set[str]]
    orgs: dict[str, OrgInfo]
    fp7: Fp7History | None = (
        None  # the FP7 co-participations, when the data folder has them and they are asked
    )


@dataclass
class CordisSplit:
    """One cut-off: the organisations with a profile, the network before the cut, and the gold after it."""

    cutoff: date
    orgs: list[dict[str, object]]  # import records (JSONL lines), sorted by ref
    cooperations: list[tuple[str, str, int, str]]  # (a_ref, b_ref, year, source), a_ref < b_ref, sorted
    earlier_partners: dict[str, set[str]]  # ref -> partners before the cut (refs with a profile)
    gold: dict[str, set[str]]  # query ref -> new partners on or after the cut (refs with a profile)
    projects_before: int = 0
    projects_after: int = 0
    projects_undated: int = 0
    kinds: dict[str, str | None] = field(default_factory=dict)
    countries: dict[str, str | None] = field(default_factory=dict)
    # the same organisations with the profiles they had when the years `matcher train` learns from began
    training_orgs: list[dict[str, object]] = field(default_factory=list)
    training_profiles_until: date | None = None
    fp7_pairs: int = 0  # pairs of organisations with a profile that were FP7 partners

    @property
    def descriptions(self) -> dict[str, str]:
        return {str(o["ref"]): str(o.get("description", "")) for o in self.orgs}


# --- reading the raw files ---------------------------------------------------------------------------------


def _rows(path: Path, delimiter: str) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=delimiter):
            yield {(k or "").strip().lstrip("\ufeff"): (v or "").strip() for k, v in row.items()}


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _country(value: str) -> str | None:
    code = COUNTRY_FIXES.get(value.strip().upper(), value.strip().upper())
    return code if len(code) == 2 and code.isalpha() else None


def load_raw(data_dir: Path, fp7: bool = True) -> RawCordis:
    """Read and join the raw CORDIS files found under `data_dir` (the layout of the shared data folder); with
    `fp7`, also the FP7 co-participations where the folder has them (`fp7.py`)."""
    missing = [
        name
        for name in (PROJECTS_FILE, EDGES_FILE, ORGS_FILE, TOPICS_FILE, PROGRAMMES_FILE, ACTIVITY_FILE)
        if not (data_dir / name).is_file()
    ]
    if missing:
        raise FileNotFoundError(f"{data_dir} lacks the raw CORDIS file(s): {', '.join(missing)}")
    topics = {r["topicCode"]: r["title"] for r in _rows(data_dir / TOPICS_FILE, ";") if r.get("topicCode")}
    programmes = {r["code"]: r["title"] for r in _rows(data_dir / PROGRAMMES_FILE, ";") if r.get("code")}
    projects: dict[str, Project] = {}
    for r in _rows(data_dir / PROJECTS_FILE, "\t"):
        codes = [c.strip() for c in r.get("programme", "").split(";") if c.strip()]
        projects[r["rcn"]] = Project(
            rcn=r["rcn"],
            acronym=r.get("acronym", ""),
            start=_parse_date(r.get("startDate", "")),
            topic_title=topics.get(r.get("topics", ""), ""),
            programme_titles=tuple(t for t in (programmes.get(c, "") for c in codes) if t),
        )
    members: dict[str, set[str]] = defaultdict(set)
    for r in _rows(data_dir / EDGES_FILE, "\t"):
        if r.get("projectRcn") in projects and r.get("new_org_id"):
            members[r["projectRcn"]].add(r["new_org_id"])
    # activity type and city come from a later dump, joined by the upper-cased name (first row wins)
    activity: dict[str, dict[str, str]] = {}
    for r in _rows(data_dir / ACTIVITY_FILE, ","):
        activity.setdefault(r.get("name", "").upper(), r)
    orgs: dict[str, OrgInfo] = {}
    for r in _rows(data_dir / ORGS_FILE, "\t"):
        extra = activity.get(r.get("name", "").upper(), {})
        city = extra.get("city", "").title()[:120] or None
        orgs[r["new_org_id"]] = OrgInfo(
            org_id=r["new_org_id"],
            name=(r.get("name") or r.get("shortName") or r["new_org_id"])[:300],
            country=_country(r.get("country", "")),
            kind=KIND_BY_ACTIVITY.get(extra.get("activityType", "")),
            city=city,
        )
    history = load_fp7(data_dir, {o.org_id: (o.name, o.country) for o in orgs.values()}) if fp7 else None
    return RawCordis(projects=projects, members=dict(members), orgs=orgs, fp7=history)


# --- one cut-off -------------------------------------------------------------------------------------------


def _ranked_unique(items: Iterable[str]) -> list[str]:
    """Distinct items, the most frequent first (ties: first seen first)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for item in items:
        if item:
            counts[item] += 1
            first.setdefault(item, len(first))
    return sorted(counts, key=lambda item: (-counts[item], first[item]))


def profile_description(projects: list[Project], max_chars: int = PROFILE_MAX_CHARS) -> str:
    """A compact profile text from an organisation's projects: their topic titles and programme titles.

    Titles are deduplicated and the most frequent come first; the text stops at the last whole item that fits.
    Project acronyms are left out: they say nothing about the work, and two partners of one project would share
    an acronym only they have, which turns the text into a record of who worked with whom (`matcher train`
    would learn that from the training years and find it missing after the cut).
    """
    sections = [
        ("Topics", _ranked_unique(p.topic_title for p in projects), "; "),
        ("Programmes", _ranked_unique(t for p in projects for t in p.programme_titles), "; "),
    ]
    text = ""
    for label, items, sep in sections:
        if not items:
            continue
        head = (" " if text else "") + f"{label}: "
        if len(text) + len(head) + len(items[0]) + 1 > max_chars:
            break
        text += head + items[0]
        for item in items[1:]:
            if len(text) + len(sep) + len(item) + 1 > max_chars:
                break
            text += sep + item
        text += "."
    return text


def training_profiles_until(years: Iterable[int]) -> date | None:
    """The first day of the first year `matcher train` learns from, given the years of the cooperations.

    The trainer drops the first year (no history before it), learns on the year before the last when there
    are two more, else on a held-out half of the last (see `matcher/recommendations/training.py`).
    """
    found = sorted(set(years))[1:]
    if not found:
        return None
    return date(found[-2] if len(found) >= 2 else found[-1], 1, 1)


def build_split(raw: RawCordis, cutoff: date) -> CordisSplit:
    """Profiles and network from the projects before `cutoff`; gold from the projects on or after it.

    Profiles are made twice: from every project before the cut-off (`orgs`), and from the projects before the
    first year `matcher train` learns from (`training_orgs`). A profile made of a project's titles names the
    topic its partners share, so learning from a year whose projects are already in the texts would teach the
    ranker that shared words predict partners far better than they can after the cut-off; real profiles are
    written before the cooperations they lead to, and the training profiles keep it that way.
    """
    dated = sorted(
        (p for p in raw.projects.values() if p.start is not None and p.rcn in raw.members),
        key=lambda p: (p.start, p.rcn),
    )
    before = [p for p in dated if p.start is not None and p.start < cutoff]
    after = [p for p in dated if p.start is not None and p.start >= cutoff]
    undated = sum(1 for rcn in raw.members if raw.projects[rcn].start is None)

    projects_of: dict[str, list[Project]] = defaultdict(list)
    earlier: dict[str, set[str]] = defaultdict(set)
    first_source: dict[tuple[str, str, int], str] = {}
    for p in before:
        members = sorted(m for m in raw.members[p.rcn] if m in raw.orgs)
        for m in members:
            projects_of[m].append(p)
        for a, b in itertools.combinations(members, 2):
            earlier[a].add(b)
            earlier[b].add(a)
            assert p.start is not None
            first_source.setdefault((a, b, p.start.year), f"{SOURCE_PREFIX}{p.rcn}")
    profiled = set(projects_of)
    fp7_pairs = 0
    for rcn, fp7_members in sorted(raw.fp7.members.items() if raw.fp7 is not None else []):
        # FP7 (2007-2013) partners are earlier partners: cooperations before Horizon 2020, never gold
        for a, b in itertools.combinations(sorted(m for m in fp7_members if m in profiled), 2):
            earlier[a].add(b)
            earlier[b].add(a)
            if (a, b, FP7_YEAR) not in first_source:
                first_source[(a, b, FP7_YEAR)] = f"{FP7_SOURCE_PREFIX}{rcn}"
                fp7_pairs += 1

    later: dict[str, set[str]] = defaultdict(set)
    for p in after:
        members = sorted(m for m in raw.members[p.rcn] if m in profiled)
        for a, b in itertools.combinations(members, 2):
            later[a].add(b)
            later[b].add(a)
    gold = {a: new for a in sorted(later) if (new := later[a] - earlier[a] - {a})}

    cooperations = sorted((a, b, year, source) for (a, b, year), source in first_source.items())
    until = training_profiles_until(year for _, _, year, _ in cooperations)
    orgs: list[dict[str, object]] = []
    training_orgs: list[dict[str, object]] = []
    for ref in sorted(profiled):
        info = raw.orgs[ref]
        record: dict[str, object] = {"ref": ref, "name": info.name}
        if info.kind:
            record["kind"] = info.kind
        if info.city:
            record["city"] = info.city
        if info.country:
            record["country"] = info.country
        earlier_projects = [p for p in projects_of[ref] if until is None or (p.start and p.start < until)]
        training_orgs.append({**record, "description": profile_description(earlier_projects)})
        record["description"] = profile_description(projects_of[ref])
        orgs.append(record)
    return CordisSplit(
        cutoff=cutoff,
        orgs=orgs,
        cooperations=cooperations,
        earlier_partners={ref: set(earlier.get(ref, set())) for ref in profiled},
        gold=gold,
        projects_before=len(before),
        projects_after=len(after),
        projects_undated=undated,
        kinds={ref: raw.orgs[ref].kind for ref in profiled},
        countries={ref: raw.orgs[ref].country for ref in profiled},
        training_orgs=training_orgs,
        training_profiles_until=until,
        fp7_pairs=fp7_pairs,
    )


# --- writing the import files ------------------------------------------------------------------------------

ORGS_NAME, COOPS_NAME, GOLD_NAME = "ORGS.jsonl", "COOPS.csv", "GOLD.csv"
TRAINING_ORGS_NAME = "ORGS_TRAINING.jsonl"


@dataclass(frozen=True)
class ExportedFiles:
    orgs: Path
    cooperations: Path
    gold: Path
    training_orgs: Path


def _jsonl(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def render_import_files(split: CordisSplit) -> tuple[str, str, str]:
    """The organisations JSONL, the cooperations CSV and the training-time organisations JSONL of a split,
    as text (deterministic)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["a_ref", "b_ref", "year", "source"])
    writer.writerows(split.cooperations)
    return _jsonl(split.orgs), buffer.getvalue(), _jsonl(split.training_orgs)


def split_digest(split: CordisSplit) -> str:
    """A fingerprint of what a split puts into the database (organisations and cooperations)."""
    digest = hashlib.sha256()
    for text in render_import_files(split):
        digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def write_split(split: CordisSplit, directory: Path, queries: Iterable[str] | None = None) -> ExportedFiles:
    """Write ORGS.jsonl, COOPS.csv, ORGS_TRAINING.jsonl (the import formats) and GOLD.csv (of `queries`,
    default all) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    files = ExportedFiles(
        directory / ORGS_NAME, directory / COOPS_NAME, directory / GOLD_NAME, directory / TRAINING_ORGS_NAME
    )
    orgs, cooperations, training_orgs = render_import_files(split)
    files.orgs.write_text(orgs, encoding="utf-8", newline="")
    files.cooperations.write_text(cooperations, encoding="utf-8", newline="")
    files.training_orgs.write_text(training_orgs, encoding="utf-8", newline="")
    chosen = split.gold if queries is None else {q: split.gold[q] for q in queries}
    write_gold(files.gold, chosen)
    return files
