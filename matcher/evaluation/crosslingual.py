"""Cross-lingual retrieval: does a German text find its English translation, and the reverse?

Measured on the CORDIS subject titles (`cordisref-sicCode.csv`: `code;title;description;language`), which
give each subject code a title in several languages. Three tasks, each scored by accuracy@1 (the nearest
text by cosine is a translation):

- German -> English: German titles encoded as queries, English titles as documents;
- English -> German: the reverse;
- mixed pool: every German and English title is a query against all the others (as documents), as a German
  request meets an index of German and English offers; a model that ranks same-language texts first fails.

Titles are deduplicated per language; when two codes share a title (German "Sicherheit" is both "Safety" and
"Security"), every translation of that title counts as a hit.
"""

from __future__ import annotations

import csv
import os
import platform
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from matcher.config import REPO_ROOT, Settings
from matcher.embeddings.encoder import Encoder, load_encoder, read_registry
from matcher.errors import ConfigurationError, MatcherError

GERMAN, ENGLISH = "de", "en"
DEFAULT_TITLES = (
    REPO_ROOT.parent
    / "shared/data/cordis-h2020/raw_ODFest2017/H2020_Data_2017_reference_data_cordisref-sicCode.csv"
)


@dataclass(frozen=True)
class Translations:
    """Unique German and English texts, and which of them translate each other."""

    german: list[str]
    english: list[str]
    links: frozenset[tuple[int, int]]
    """(index into `german`, index into `english`) of every translation."""

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Translations:
        german: dict[str, int] = {}
        english: dict[str, int] = {}
        links = {
            (german.setdefault(de, len(german)), english.setdefault(en, len(english))) for de, en in pairs
        }
        return cls(list(german), list(english), frozenset(links))

    def english_of(self) -> list[set[int]]:
        found: list[set[int]] = [set() for _ in self.german]
        for de, en in self.links:
            found[de].add(en)
        return found

    def german_of(self) -> list[set[int]]:
        found: list[set[int]] = [set() for _ in self.english]
        for de, en in self.links:
            found[en].add(de)
        return found

    def pool_translations(self) -> list[set[int]]:
        """For the pool `german + english`: the pool positions of each item's translations."""
        offset = len(self.german)
        return [{offset + en for en in ens} for ens in self.english_of()] + [
            set(des) for des in self.german_of()
        ]


def read_titles(path: Path) -> Translations:
    """German-English title pairs of a `code;title;description;language` file (the CORDIS sicCode list)."""
    titles: dict[str, dict[str, str]] = defaultdict(dict)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            title = " ".join((row.get("title") or "").split())
            if title and row.get("code"):
                titles[row["code"]][(row.get("language") or "").strip().lower()] = title
    pairs = [(t[GERMAN], t[ENGLISH]) for t in titles.values() if GERMAN in t and ENGLISH in t]
    if not pairs:
        raise MatcherError(f"{path}: no code has both a German and an English title")
    return Translations.from_pairs(pairs)


def accuracy_at_1(
    queries: np.ndarray, documents: np.ndarray, relevant: Sequence[set[int]], exclude_self: bool = False
) -> tuple[float, list[int]]:
    """Share of queries whose nearest document (inner product) is relevant, and the nearest of each query.

    With `exclude_self`, queries and documents are the same items and an item never finds itself.
    """
    scores = queries @ documents.T
    if exclude_self:
        np.fill_diagonal(scores, -np.inf)
    nearest = [int(i) for i in scores.argmax(axis=1)]
    hits = [best in wanted for best, wanted in zip(nearest, relevant, strict=True)]
    return float(np.mean(hits)) if hits else 0.0, nearest


@dataclass
class CrosslingualResult:
    model: str
    dimension: int
    german_to_english: float
    english_to_german: float
    mixed_pool: float
    texts_per_second: float
    load_seconds: float = 0.0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    """(query, what it found, a translation) of each German->English and English->German miss."""


def measure(encoder: Encoder, data: Translations, min_seconds: float = 1.0) -> CrosslingualResult:
    """All three accuracies and the document encoding throughput of one encoder."""
    de_q, en_q = encoder.encode_queries(data.german), encoder.encode_queries(data.english)
    de_d, en_d = encoder.encode_documents(data.german), encoder.encode_documents(data.english)
    english_of, german_of = data.english_of(), data.german_of()
    de_en, de_found = accuracy_at_1(de_q, en_d, english_of)
    en_de, en_found = accuracy_at_1(en_q, de_d, german_of)
    mixed, _ = accuracy_at_1(
        np.vstack([de_q, en_q]), np.vstack([de_d, en_d]), data.pool_translations(), exclude_self=True
    )
    misses = [
        (data.german[i], data.english[found], data.english[min(english_of[i])])
        for i, found in enumerate(de_found)
        if found not in english_of[i]
    ] + [
        (data.english[i], data.german[found], data.german[min(german_of[i])])
        for i, found in enumerate(en_found)
        if found not in german_of[i]
    ]
    return CrosslingualResult(
        model=encoder.name,
        dimension=encoder.dimension,
        german_to_english=de_en,
        english_to_german=en_de,
        mixed_pool=mixed,
        texts_per_second=throughput(encoder, data.german + data.english, min_seconds),
        misses=misses,
    )


def throughput(encoder: Encoder, texts: Sequence[str], min_seconds: float = 1.0) -> float:
    """Texts per second that `encode_documents` manages on `texts` (warmed up, repeated for `min_seconds`)."""
    encoder.encode_documents(texts[:8])
    rounds, start = 0, time.perf_counter()
    while True:
        encoder.encode_documents(texts)
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return rounds * len(texts) / elapsed


def render_markdown(results: Sequence[CrosslingualResult], data: Translations, source: str) -> str:
    lines = [
        f"Measured {date.today().isoformat()} on {platform.machine()} with {_cores()} CPU cores, on {source}: "
        f"{len(data.links)} German-English pairs ({len(data.german)} distinct German and "
        f"{len(data.english)} distinct English texts; the mixed pool holds all "
        f"{len(data.german) + len(data.english)}).",
        "",
        "| model | dimension | German -> English | English -> German | mixed pool | texts/s | load (s) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| `{r.model}` | {r.dimension} | {r.german_to_english:.3f} | {r.english_to_german:.3f} | "
        f"{r.mixed_pool:.3f} | {r.texts_per_second:,.0f} | {r.load_seconds:.1f} |"
        for r in results
    ]
    return "\n".join(lines) + "\n"


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def measure_models(
    names: list[str] | None, data: Translations, settings: Settings, warn: Callable[[str], None]
) -> list[CrosslingualResult]:
    """Load and measure each named model; without names, every registry entry whose package is installed (the
    others are skipped, each with a line to `warn`)."""
    import sentence_transformers  # noqa: F401  (imported first, so no model's load time includes it)

    results = []
    for name in names or list(read_registry(settings.model_registry)):
        start = time.perf_counter()
        try:
            encoder = load_encoder(
                name, settings.model_registry, settings.encode_batch_size, settings.torch_threads
            )
        except ConfigurationError as exc:
            if names:  # asked for by name: that is an error
                raise
            warn(f"skipped {name}: {exc.message}")
            continue
        loaded = time.perf_counter() - start
        result = measure(encoder, data)
        result.load_seconds = loaded
        results.append(result)
    if not results:
        raise ConfigurationError("no model of the registry could be loaded")
    return results
