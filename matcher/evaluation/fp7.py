"""FP7 (2007-2013) co-participations as the earlier history of the CORDIS benchmark.

An agency knows the past cooperations of its ecosystem, so the benchmark takes the partners its organisations
had in FP7 as cooperations before Horizon 2020. The FP7 files (see `../shared/data/cordis-h2020/README.md`)
give participations (project, organisation) and organisations (name, country), no project dates: every FP7
pair is recorded with the year `FP7_YEAR`, the programme's last. An FP7 organisation is joined to a Horizon 2020
one when both files give it the same id, else by its normalised name (case, accents, punctuation and spacing
ignored) and country, where that names exactly one Horizon 2020 organisation."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

FP7_EDGES_FILE = "raw_eu-research-funding-network/FP7_FP7Data_fp7edges.csv"
FP7_ORGS_FILE = "raw_eu-research-funding-network/FP7_FP7Data_fp7orgs.csv"
FP7_YEAR = 2013
FP7_SOURCE_PREFIX = "cordis-fp7:"
COUNTRY_FIXES = {
    "UK": "GB",
    "EL": "GR",
}  # CORDIS's own codes of two countries; the import format wants ISO 3166


@dataclass
class Fp7History:
    """FP7 projects with their members as Horizon 2020 organisation ids, and how the organisations were joined."""

    members: dict[str, set[str]] = field(default_factory=dict)
    organisations: int = 0  # FP7 organisations in the files
    joined_by_id: int = 0
    joined_by_name: int = 0
    ambiguous: int = 0  # names that fit more than one Horizon 2020 organisation of the country: left out
    samples: list[tuple[str, str, str]] = field(default_factory=list)  # (FP7 name, H2020 name, country)

    @property
    def joined(self) -> int:
        return self.joined_by_id + self.joined_by_name


def normalised(name: str) -> str:
    """A name as the join compares it: accents, case, punctuation and spacing dropped."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain.casefold()).split())


def _country(value: str) -> str:
    code = value.strip().upper()
    return COUNTRY_FIXES.get(code, code)


def _fp7_organisations(path: Path) -> dict[str, tuple[str, str]]:
    """FP7 id -> (name, country). The file opens with a left-over merge-conflict block: the header is the last
    line of it that names the columns, the block's markers are skipped."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    rows = [line for line in lines if not line.startswith(("<<<<<<<", "=======", ">>>>>>>"))]
    headers = [i for i, line in enumerate(rows) if line.startswith("new_org_id;")]
    if not headers:
        raise ValueError(f"{path} has no header line starting with new_org_id")
    reader = csv.reader(rows[headers[-1] + 1 :], delimiter=";")
    return {r[0]: (r[1], _country(r[5])) for r in reader if len(r) > 5 and r[0]}


def load_fp7(
    data_dir: Path, h2020: dict[str, tuple[str, str | None]], samples: int = 12
) -> Fp7History | None:
    """The FP7 history of the Horizon 2020 organisations `h2020` (id -> (name, ISO country)), or None when
    the data folder has no FP7 files."""
    edges, orgs = data_dir / FP7_EDGES_FILE, data_dir / FP7_ORGS_FILE
    if not edges.is_file() or not orgs.is_file():
        return None
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for org_id, (name, country) in h2020.items():
        by_name[(normalised(name), country or "")].append(org_id)
    history = Fp7History()
    joined: dict[str, str] = {}
    fp7 = _fp7_organisations(orgs)
    history.organisations = len(fp7)
    for fp7_id, (name, country) in sorted(fp7.items()):
        if fp7_id in h2020:
            joined[fp7_id] = fp7_id
            history.joined_by_id += 1
            continue
        found = by_name.get((normalised(name), country), [])
        if len(found) == 1:
            joined[fp7_id] = found[0]
            history.joined_by_name += 1
            if len(history.samples) < samples and name.strip().upper() != h2020[found[0]][0].strip().upper():
                history.samples.append((name, h2020[found[0]][0], country))
        elif len(found) > 1:
            history.ambiguous += 1
    members: dict[str, set[str]] = defaultdict(set)
    with edges.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            org = joined.get((row.get("new_org_id") or "").strip())
            if org is not None:
                members[(row.get("projectRcn") or "").strip()].add(org)
    history.members = {rcn: m for rcn, m in members.items() if rcn and len(m) > 1}
    return history
