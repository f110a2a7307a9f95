"""Debian's package descriptions as expert-finding material: who maintains which source package, and the
English long text that describes it.

Read from an apt lists folder (`*_binary-*_Packages*`: Package, Source, Maintainer, Description-md5;
`*_i18n_Translation-en*`: Description-md5, Description-en), which `fetch_lists` fills with apt itself into a
folder of its own (the system's package lists stay untouched). Compressed files are read with apt's own
helper, plain ones directly. The texts are only measured, never kept: each description is part of its package
and distributed by Debian under that package's DFSG-free licence.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from matcher.errors import MatcherError

APT_HELPER = "/usr/lib/apt/apt-helper"
APT_CONFIG = "languages.conf"  # which description languages apt fetches, written beside the lists
MIN_WORDS = 40
TEAM_WORDS = ("team", "maintainers", "group", "project", "packagers", "developers", "force")
TEAM_ADDRESS = re.compile(r"lists\.|@tracker\.debian\.org|alioth|googlegroups", re.IGNORECASE)
_ADDRESS = re.compile(r"^\s*(?P<name>.*?)\s*<(?P<email>[^>]+)>\s*$")


def fetch_command(folder: Path) -> list[str]:
    """apt-get update into `folder` only, with the description languages of its `APT_CONFIG` file."""
    return [
        "apt-get",
        "-c",
        str(folder.resolve() / APT_CONFIG),
        "-o",
        f"Dir::State::Lists={folder.resolve()}",
        "update",
    ]


def fetch_lists(folder: Path, languages: tuple[str, ...] = ("en",)) -> None:
    """Fill `folder` with the package lists of the system's apt sources and their descriptions in `languages`
    (about 3 s, 30 MB for English); raises with the command to run by hand when apt fails (it needs root or
    write access to its own cache)."""
    (folder / "partial").mkdir(parents=True, exist_ok=True)
    wanted = " ".join(f'"{language}";' for language in languages)
    (folder / APT_CONFIG).write_text(f"#clear Acquire::Languages;\nAcquire::Languages {{ {wanted} }};\n")
    command = fetch_command(folder)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise MatcherError(f"could not run apt ({exc}); fetch the lists with: {shlex.join(command)}") from exc
    missing = [
        f"Translation-{language}"
        for language in languages
        if not list_files(folder, f"Translation-{language}")
    ]
    if done.returncode != 0 or not list_files(folder, "Packages") or missing:
        absent = missing[0] if missing else "Packages"
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or [f"no {absent} file written"]
        raise MatcherError(
            f"apt could not fetch the package lists ({detail[0]}); run as root: "
            f"mkdir -p {shlex.quote(str(folder / 'partial'))} && {shlex.join(command)}, or give a lists folder"
        )


def list_files(folder: Path, kind: str) -> list[Path]:
    """The folder's `Packages` or `Translation-<language>` files (`kind`), sorted by name."""
    pattern = "*_binary-*_Packages*" if kind == "Packages" else f"*_i18n_{kind}*"
    return sorted(p for p in folder.glob(pattern) if p.is_file() and not p.name.endswith(".diff_Index"))


def read_text(path: Path) -> str:
    """A lists file's text; compressed ones (lz4, xz, gz, ...) through apt's helper."""
    if "." not in path.name.rsplit("_", 1)[-1]:
        return path.read_text(encoding="utf-8", errors="replace")
    try:
        done = subprocess.run(
            [APT_HELPER, "cat-file", str(path)], capture_output=True, timeout=300, check=True
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise MatcherError(f"{path}: could not decompress it with {APT_HELPER} cat-file ({exc})") from exc
    return done.stdout.decode("utf-8", errors="replace")


def stanzas(text: str) -> Iterator[dict[str, str]]:
    """The deb822 paragraphs of `text`: field -> value, continuation lines joined with newlines (each with its
    leading space removed)."""
    record: dict[str, str] = {}
    field = ""
    for line in text.splitlines():
        if not line.strip():
            if record:
                yield record
            record, field = {}, ""
        elif line[0] in " \t":
            if field:
                record[field] += "\n" + line[1:]
        elif ":" in line:
            field, value = line.split(":", 1)
            record[field] = value.strip()
    if record:
        yield record


def long_text(description: str) -> tuple[str, str]:
    """(short description, long description) of a `Description-en` value: the first line, then the rest with
    `.` lines as paragraph breaks and the lines of a paragraph joined."""
    first, _, rest = description.partition("\n")
    paragraphs: list[list[str]] = [[]]
    for line in rest.splitlines():
        if line.strip() == ".":
            paragraphs.append([])
        else:
            paragraphs[-1].append(line.strip())
    body = "\n".join(" ".join(p) for p in paragraphs if p)
    return first.strip(), body


def is_team(maintainer: str) -> bool:
    """A team, a list or a tracker address rather than one person."""
    found = _ADDRESS.match(maintainer)
    name, email = (found["name"], found["email"]) if found else (maintainer, "")
    words = set(re.findall(r"[a-z]+", name.lower()))
    return bool(words & set(TEAM_WORDS)) or bool(TEAM_ADDRESS.search(email or maintainer))


def person_key(maintainer: str) -> str:
    """One person across spellings of their name: the e-mail address, lower-cased."""
    found = _ADDRESS.match(maintainer)
    return (found["email"] if found else maintainer).strip().lower()


@dataclass(frozen=True)
class SourceText:
    source: str
    maintainer: str
    """As written in the field (`Name <email>`)."""
    text: str
    """The short description as the first sentence, then the longest long description of the binaries."""

    @property
    def words(self) -> int:
        return len(self.text.split())


def source_texts(
    packages: Iterable[dict[str, str]], translations: Iterable[dict[str, str]]
) -> list[SourceText]:
    """One text per source package (its binaries share descriptions, so one each would leak the query into
    the profile): the longest English long description among its binaries, sorted by source name."""
    english = {t["Description-md5"]: t["Description-en"] for t in translations if "Description-en" in t}
    best: dict[str, tuple[int, str, str, str]] = {}
    for package in packages:
        description = english.get(package.get("Description-md5", ""))
        maintainer = package.get("Maintainer", "")
        if not description or not maintainer:
            continue
        source = (package.get("Source") or package["Package"]).split(" ", 1)[0]
        short, body = long_text(description)
        text = f"{short.rstrip('.')}. {body}" if body else short
        candidate = (-len(body), package["Package"], maintainer, text)  # the longest, then the first name
        if source not in best or candidate[:2] < best[source][:2]:
            best[source] = candidate
    return [SourceText(source, m, text) for source, (_, _, m, text) in sorted(best.items())]


@dataclass(frozen=True)
class Corpus:
    """The individual maintainers' texts, and what was left out on the way."""

    by_person: dict[str, list[SourceText]]
    sources: int
    short: int
    """Source packages left out for a text under MIN_WORDS words."""
    team: int
    """Source packages left out for a team maintainer."""


def people_corpus(texts: Iterable[SourceText], min_words: int = MIN_WORDS) -> Corpus:
    """Texts of at least `min_words` words by individual maintainers, grouped by person (sorted by source)."""
    by_person: dict[str, list[SourceText]] = defaultdict(list)
    sources = short = team = 0
    for text in texts:
        sources += 1
        if is_team(text.maintainer):
            team += 1
        elif text.words < min_words:
            short += 1
        else:
            by_person[person_key(text.maintainer)].append(text)
    return Corpus(dict(by_person), sources, short, team)


def read_lists(folder: Path) -> list[SourceText]:
    """Every source package's text in a lists folder."""
    packages, translations = list_files(folder, "Packages"), list_files(folder, "Translation-en")
    if not packages or not translations:
        raise MatcherError(f"{folder}: no *_Packages and *_Translation-en files (fetch them or give --lists)")
    return source_texts(
        (s for path in packages for s in stanzas(read_text(path))),
        (s for path in translations for s in stanzas(read_text(path))),
    )


def describe_lists(folder: Path) -> str:
    """The suites a lists folder holds and the date of each (from its Release file), e.g. `bookworm (Sat, 07
    Dec 2026 ...)`; no host names."""
    suites = []
    for path in sorted(folder.glob("*_dists_*Release")):
        found = re.search(r"_dists_(.+?)_(In)?Release$", path.name)
        if not found:
            continue
        day = next((s.get("Date", "") for s in stanzas(path.read_text(errors="replace")) if "Date" in s), "")
        suites.append(f"{found[1].replace('_', '/')} ({day})" if day else found[1].replace("_", "/"))
    return ", ".join(suites) or "unknown suites"
