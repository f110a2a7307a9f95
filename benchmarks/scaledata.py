"""Large synthetic installations for the scale benchmark, made from real texts.

The base corpus is real: the CORDIS Horizon 2020 organisations (`matcher.evaluation.cordis`, profiles made of
their projects' topic and programme titles) plus the demo ecosystem with its offers and requests. Organisation
`i` of an N-organisation installation is a copy of base record `i % B` whose name, ref and opportunity titles
carry the suffix `(no. i)`, so that every text (and its content hash) differs. Its vectors are the base
record's real embeddings plus Gaussian noise, renormalised: with sigma 0.0175 per component in 512
dimensions the cosine to the base vector is about 1 / sqrt(1 + 512 sigma^2) = 0.93. The rows go into the
database in chunks (organisations, opportunities, the `embeddings` cache under exactly the content hash the
service computes, then the cooperations), so a server started on the installation builds its index from the
cache without encoding anything, and the whole path (database, filters, features, explanations) runs.

Run `python benchmarks/scaledata.py 100000 --data-dir var/scale/100k` (see `--help`); the base vectors are
encoded once per model and cached in `var/bench/`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
from sqlalchemy import Engine, func, insert, select  # noqa: E402

from matcher.config import Settings  # noqa: E402
from matcher.embeddings.encoder import Encoder  # noqa: E402
from matcher.embeddings.models import CachedEmbedding  # noqa: E402
from matcher.evaluation.cordis import build_split, load_raw  # noqa: E402
from matcher.indexing.documents import to_doc  # noqa: E402
from matcher.kit.db import make_engine  # noqa: E402
from matcher.kit.text import content_hash  # noqa: E402
from matcher.ops.migrations import upgrade  # noqa: E402
from matcher.profiles.changes import OPP_FIELDS, ORG_SCALARS, new_organisation  # noqa: E402
from matcher.profiles.models import Cooperation, Opportunity, Organisation  # noqa: E402
from matcher.profiles.schemas import OrganisationCreate  # noqa: E402

# the shared data beside the checkout (or beside the folder of a git worktree's checkout)
CORDIS_DIR = next(
    (
        folder / "shared" / "data" / "cordis-h2020"
        for folder in (REPO_ROOT.parent, REPO_ROOT.parent.parent)
        if (folder / "shared" / "data" / "cordis-h2020").is_dir()
    ),
    REPO_ROOT.parent / "shared" / "data" / "cordis-h2020",
)
DEMO_FILE = REPO_ROOT / "profiles" / "demo" / "organisations.jsonl"
CACHE_DIR = REPO_ROOT / "var" / "bench"
MANIFEST = "scale.json"
ALL_PROJECTS = date(2100, 1, 1)  # a cut-off after every project: every CORDIS organisation gets a profile

SIGMA = 0.0175  # noise per component: cosine to the base vector ~0.93 in 512 dimensions
OPPORTUNITY_SHARE = 0.3  # share of organisations with 1-2 opportunities (half of them have two)
PARTNERS_PER_ORG = 3  # the CORDIS network thinned so that no base organisation has more partners than this
CHUNK = 5000  # organisations per write: bounds the memory whatever N is
SUFFIX = " (no. {i})"

Progress = Callable[[str, int, int], None]


# --- the base corpus ---------------------------------------------------------------------------------------


@dataclass
class BaseCorpus:
    """The real records every generated organisation copies, with their real embeddings."""

    orgs: list[dict[str, Any]]  # column values of `organisations` (no id, no timestamps)
    opportunities: list[dict[str, Any]]  # column values of `opportunities` (no id, no owner), real texts
    pools: list[list[int]]  # per base organisation: the opportunities (indexes) a copy of it may carry
    partners: list[tuple[int, int, int | None, str]]  # (base a, base b, year, source), a < b
    profile_vectors: np.ndarray = field(repr=False)  # (B, d): embeddings of the base profile texts
    opportunity_vectors: np.ndarray = field(repr=False)  # (len(opportunities), d)
    sources: list[str] = field(default_factory=list)  # where the records came from, for the report
    model: str = ""

    @property
    def size(self) -> int:
        return len(self.orgs)

    def digest(self) -> str:
        """A fingerprint of the corpus's texts and network: whether an installation was made from it."""
        digest = hashlib.sha256(self.model.encode())
        for record in (*self.orgs, *self.opportunities):
            digest.update(json.dumps(record, sort_keys=True, default=str).encode())
        digest.update(repr(self.partners).encode())
        return digest.hexdigest()[:16]


def _org_columns(record: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A validated import record as column values of its organisation and its opportunities."""
    org = new_organisation(OrganisationCreate.model_validate(record))  # as the importer builds it
    columns = {f: getattr(org, f) for f in ["ref", *ORG_SCALARS]}
    opportunities = [{f: getattr(o, f) for f in OPP_FIELDS} for o in org.opportunities]
    return columns, opportunities


def read_records(
    cordis_dir: Path | None, demo_file: Path
) -> tuple[list[dict[str, Any]], list[Any], list[str]]:
    """The import records of the demo ecosystem and (when its raw files are there) every CORDIS organisation,
    and the CORDIS cooperations (refs)."""
    records = [
        json.loads(line) for line in demo_file.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    sources = [f"{demo_file.name}: {len(records)} organisations"]
    cooperations: list[Any] = []
    if cordis_dir is not None and cordis_dir.is_dir():
        split = build_split(load_raw(cordis_dir), ALL_PROJECTS)
        records += split.orgs
        cooperations = split.cooperations
        sources.append(f"CORDIS H2020 ({cordis_dir.name}): {len(split.orgs)} organisations")
    else:
        sources.append("CORDIS data not found: the demo ecosystem alone")
    return records, cooperations, sources


def thin_network(
    pairs: Sequence[tuple[int, int, int | None, str]], cap: int, seed: int
) -> list[tuple[int, int, int | None, str]]:
    """At most `cap` partners per organisation: pairs are taken in a seeded random order while both ends have
    room. The real network has ~29 partners per CORDIS organisation (every pair of a project's members); a
    regional ecosystem records a few known cooperations each."""
    order = np.random.default_rng(seed).permutation(len(pairs))
    degree: dict[int, int] = {}
    kept = []
    for position in order:
        a, b, year, source = pairs[position]
        if degree.get(a, 0) < cap and degree.get(b, 0) < cap:
            degree[a] = degree.get(a, 0) + 1
            degree[b] = degree.get(b, 0) + 1
            kept.append((a, b, year, source))
    return sorted(kept)


def build_corpus(
    encoder: Encoder,
    cordis_dir: Path | None = CORDIS_DIR,
    demo_file: Path = DEMO_FILE,
    cache_dir: Path = CACHE_DIR,
    partners_per_org: int = PARTNERS_PER_ORG,
    seed: int = 0,
    log: Callable[[str], None] = print,
) -> BaseCorpus:
    """Read the real records, embed their texts once (cached per model and text hash) and give every base
    organisation a pool of real opportunities: its own, or, for CORDIS organisations (which have none), those
    of the demo organisation whose profile is closest to its own."""
    records, cooperations, sources = read_records(cordis_dir, demo_file)
    orgs: list[dict[str, Any]] = []
    opportunities: list[dict[str, Any]] = []
    owned: list[list[int]] = []
    for record in records:
        columns, opps = _org_columns(record)
        orgs.append(columns)
        owned.append(list(range(len(opportunities), len(opportunities) + len(opps))))
        opportunities += opps
    if not opportunities:
        raise ValueError(f"{demo_file} has no opportunities to give the generated organisations")
    profile_texts = [_texts(org, [])[0] for org in orgs]
    opportunity_texts = [_texts(orgs[0], [opp])[1][0] for opp in opportunities]
    vectors = embed_cached(encoder, profile_texts + opportunity_texts, cache_dir, log)
    profile_vectors, opportunity_vectors = vectors[: len(orgs)], vectors[len(orgs) :]

    with_opps = np.array([i for i, own in enumerate(owned) if own])
    closest = with_opps[np.argmax(profile_vectors @ profile_vectors[with_opps].T, axis=1)]
    pools = [own or owned[int(closest[i])] for i, own in enumerate(owned)]

    position = {str(org["ref"]): i for i, org in enumerate(orgs)}
    pairs = [
        (min(position[a], position[b]), max(position[a], position[b]), year, source)
        for a, b, year, source in cooperations
        if a in position and b in position
    ]
    return BaseCorpus(
        orgs=orgs,
        opportunities=opportunities,
        pools=pools,
        partners=thin_network(pairs, partners_per_org, seed),
        profile_vectors=profile_vectors,
        opportunity_vectors=opportunity_vectors,
        sources=sources,
        model=encoder.name,
    )


def embed_cached(
    encoder: Encoder, texts: list[str], cache_dir: Path, log: Callable[[str], None]
) -> np.ndarray:
    """The encoder's vectors of `texts`, from `cache_dir/base-<model>-<hash of the texts>.npz` when there."""
    digest = hashlib.sha256(encoder.name.encode())
    for text in texts:
        digest.update(content_hash(text).encode())
    safe_model = "".join(c if c.isalnum() or c in "-_." else "_" for c in encoder.name)[-60:]
    path = cache_dir / f"base-{safe_model}-{digest.hexdigest()[:16]}.npz"
    if path.exists():
        with np.load(path) as cached:
            vectors = np.asarray(cached["vectors"], dtype=np.float32)
        if vectors.shape == (len(texts), encoder.dimension):
            log(f"base vectors from {path}")
            return vectors
    log(f"encoding {len(texts)} base texts with {encoder.name} (once; cached in {path})")
    started = time.perf_counter()
    vectors = encoder.encode_documents(texts)
    log(f"encoded in {time.perf_counter() - started:.0f} s")
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp.npz")
    np.savez(partial, vectors=vectors)
    partial.replace(path)
    return vectors


def _texts(org: dict[str, Any], opportunities: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """The profile and opportunity texts the matching service embeds for these rows (`to_doc`, the same
    function the service uses, so the content hashes are the service's)."""
    transient = Organisation(id=0, **org)
    transient.opportunities = [Opportunity(id=0, **opp) for opp in opportunities]
    doc = to_doc(transient)
    return doc.text, [o.text for o in doc.opportunities]


# --- one installation --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipe:
    """What an installation is made of; equal recipes make identical installations."""

    organisations: int
    corpus: str  # BaseCorpus.digest()
    model: str
    sigma: float = SIGMA
    opportunity_share: float = OPPORTUNITY_SHARE
    partners_per_org: int = PARTNERS_PER_ORG
    seed: int = 0
    routed: bool = False  # the model's vectors are a routed model's: their last coordinate is a flag


@dataclass
class Generated:
    recipe: Recipe
    organisations: int = 0
    opportunities: int = 0
    embeddings: int = 0
    cooperations: int = 0
    seconds: float = 0.0
    mean_cosine: float = 0.0  # of the perturbed profile vectors to their base vectors (a sample)
    base_records: int = 0
    sources: list[str] = field(default_factory=list)
    queries: list[str] = field(
        default_factory=list
    )  # real question-like texts: the demo's opportunity titles


def copy_plan(
    recipe: Recipe, corpus: BaseCorpus, start: int, stop: int
) -> Iterator[tuple[int, int, list[int]]]:
    """(organisation index, base index, opportunity indexes of the corpus) of organisations start..stop-1.
    Each organisation's draw depends on its index alone (a chunk needs no state from the chunks before)."""
    for i in range(start, stop):
        base = i % corpus.size
        rng = np.random.default_rng([recipe.seed, i])
        pool = corpus.pools[base]
        chosen: list[int] = []
        if rng.random() < recipe.opportunity_share:
            count = 1 if len(pool) == 1 or rng.random() < 0.5 else 2
            chosen = [pool[int(j)] for j in rng.choice(len(pool), size=count, replace=False)]
        yield i, base, chosen


def perturb(vectors: np.ndarray, sigma: float, rng: np.random.Generator, routed: bool = False) -> np.ndarray:
    """Vectors near `vectors`: Gaussian noise of `sigma` per component added, then rescaled to each row's norm.
    A routed model's vectors (matcher.embeddings.routed) keep their layout: noise only where a row has values
    (a text that is not English has no English part), and the last coordinate, the English flag, as it is."""
    noise = rng.standard_normal(vectors.shape, dtype=np.float32) * np.float32(sigma)
    if not routed:
        noisy = vectors + noise
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        return noisy.astype(np.float32)
    body = vectors[:, :-1]
    noisy = body + noise[:, :-1] * (body != 0)
    noisy *= np.linalg.norm(body, axis=1, keepdims=True) / np.linalg.norm(noisy, axis=1, keepdims=True)
    return np.hstack([noisy, vectors[:, -1:]]).astype(np.float32)


def _cosine(a: np.ndarray, b: np.ndarray, routed: bool) -> float:
    """Mean cosine of the rows of `a` to those of `b` (without a routed model's flag)."""
    if routed:
        a, b = a[:, :-1], b[:, :-1]
    products = np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    return float(np.mean(products))


def _suffixed(text: str, i: int, limit: int = 300) -> str:
    suffix = SUFFIX.format(i=i)
    return text[: limit - len(suffix)].rstrip() + suffix


def generate(
    engine: Engine,
    corpus: BaseCorpus,
    recipe: Recipe,
    chunk: int = CHUNK,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Generated:
    """Write the installation of `recipe` into the migrated, empty database of `engine`."""
    started = time.perf_counter()
    now = now or datetime.now(UTC)
    with engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(Organisation)).scalar():
            raise ValueError("the database already holds organisations: generate into an empty one")
    result = Generated(recipe=recipe, base_records=corpus.size, sources=corpus.sources)
    dimension = corpus.profile_vectors.shape[1]
    cosines: list[float] = []
    opp_id = 0
    n = recipe.organisations
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        rng = np.random.default_rng([recipe.seed, 1, start])
        plan = list(copy_plan(recipe, corpus, start, stop))
        bases = np.array([base for _, base, _ in plan])
        profile_vectors = perturb(corpus.profile_vectors[bases], recipe.sigma, rng, recipe.routed)
        cosines.append(_cosine(profile_vectors, corpus.profile_vectors[bases], recipe.routed))
        opp_indexes = [j for _, _, chosen in plan for j in chosen]
        opp_vectors = perturb(
            corpus.opportunity_vectors[opp_indexes] if opp_indexes else np.zeros((0, dimension), np.float32),
            recipe.sigma,
            rng,
            recipe.routed,
        )
        org_rows: list[dict[str, Any]] = []
        opp_rows: list[dict[str, Any]] = []
        vectors: dict[str, bytes] = {}
        ages = rng.uniform(0, 730, size=len(plan))  # profiles last changed within two years
        opp_vector = iter(opp_vectors)
        for (i, base, chosen), vector, age in zip(plan, profile_vectors, ages, strict=True):
            org = dict(corpus.orgs[base])
            org["name"] = _suffixed(str(org["name"]), i)
            org["ref"] = f"scale-{i:07d}"
            opps = []
            for number, j in enumerate(chosen):
                opp = dict(corpus.opportunities[j])
                opp["title"] = _suffixed(str(opp["title"]), i)
                opp["ref"] = f"scale-{i:07d}-{number + 1}"
                opps.append(opp)
            profile, opp_texts = _texts(org, opps)
            vectors[content_hash(profile)] = vector.tobytes()
            changed = now - timedelta(days=float(age))
            org_rows.append({**org, "id": i + 1, "created_at": changed, "updated_at": changed})
            for opp, text in zip(opps, opp_texts, strict=True):
                opp_id += 1
                vectors[content_hash(text)] = next(opp_vector).tobytes()
                opp_rows.append(
                    {
                        **opp,
                        "id": opp_id,
                        "organisation_id": i + 1,
                        "created_at": changed,
                        "updated_at": changed,
                    }
                )
        with engine.begin() as conn:
            conn.execute(insert(Organisation), org_rows)
            if opp_rows:
                conn.execute(insert(Opportunity), opp_rows)
            conn.execute(
                insert(CachedEmbedding),
                [
                    {"model": recipe.model, "content_hash": h, "dimension": dimension, "vector": v}
                    for h, v in vectors.items()
                ],
            )
        result.organisations += len(org_rows)
        result.opportunities += len(opp_rows)
        result.embeddings += len(vectors)
        if progress:
            progress("organisations", stop, n)
    result.cooperations = _write_cooperations(engine, corpus, recipe, chunk, progress)
    result.mean_cosine = float(np.mean(cosines)) if cosines else 0.0
    result.queries = list(dict.fromkeys(str(o["title"]) for o in corpus.opportunities))
    result.seconds = time.perf_counter() - started
    return result


def copy_partners(corpus: BaseCorpus, n: int) -> Iterator[tuple[int, int, int | None, str]]:
    """The thinned base network laid onto the copies: copy c of base a works with copy c of base b (copy
    c - 1 when the installation ends before copy c of b). Yields (smaller index, larger index, year, source)."""
    size = corpus.size
    for a, b, year, source in corpus.partners:
        for copy in range((n + size - 1) // size):
            i, j = copy * size + a, copy * size + b
            if i >= n:
                break
            if j >= n:
                j -= size
                if j < 0 or j == i:
                    continue
            yield min(i, j), max(i, j), year, source


def _write_cooperations(
    engine: Engine, corpus: BaseCorpus, recipe: Recipe, chunk: int, progress: Progress | None
) -> int:
    written = 0
    rows: list[dict[str, Any]] = []
    copies = (recipe.organisations + corpus.size - 1) // corpus.size
    estimate = len(corpus.partners) * copies  # an upper bound: the last copy may be partial

    def flush() -> None:
        with engine.begin() as conn:
            conn.execute(insert(Cooperation), rows)
        rows.clear()
        if progress:
            progress("cooperations", written, estimate)

    # No pair repeats: pairs within one copy are the base network's, and a pair that reaches back into
    # the copy before is the only one that joins these two copies of these two organisations.
    for i, j, year, source in copy_partners(corpus, recipe.organisations):
        rows.append({"organisation_a_id": i + 1, "organisation_b_id": j + 1, "year": year, "source": source})
        written += 1
        if len(rows) >= chunk * 4:
            flush()
    if rows:
        flush()
    if progress:
        progress("cooperations", written, written)
    return written


# --- the command -------------------------------------------------------------------------------------------


def read_manifest(data_dir: Path) -> dict[str, Any] | None:
    path = data_dir / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def write_manifest(data_dir: Path, generated: Generated, database_url: str | None) -> None:
    body = {
        "recipe": generated.recipe.__dict__,
        "database_url": database_url,
        "organisations": generated.organisations,
        "opportunities": generated.opportunities,
        "embeddings": generated.embeddings,
        "cooperations": generated.cooperations,
        "seconds": round(generated.seconds, 1),
        "mean_cosine": round(generated.mean_cosine, 4),
        "base_records": generated.base_records,
        "sources": generated.sources,
        "queries": generated.queries,
    }
    (data_dir / MANIFEST).write_text(json.dumps(body, indent=1, ensure_ascii=False), encoding="utf-8")


def prepare(
    n: int,
    data_dir: Path,
    encoder: Encoder,
    database_url: str | None = None,
    seed: int = 0,
    sigma: float = SIGMA,
    opportunity_share: float = OPPORTUNITY_SHARE,
    partners_per_org: int = PARTNERS_PER_ORG,
    cordis_dir: Path | None = CORDIS_DIR,
    demo_file: Path = DEMO_FILE,
    cache_dir: Path = CACHE_DIR,
    progress: Progress | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """The installation of N organisations in `data_dir`: reused when its manifest has the same recipe, else
    made afresh (the data directory, or its SQLite file, is replaced). Returns the manifest."""
    corpus = build_corpus(encoder, cordis_dir, demo_file, cache_dir, partners_per_org, seed, log)
    recipe = Recipe(
        n, corpus.digest(), encoder.name, sigma, opportunity_share, partners_per_org, seed, encoder.routed
    )
    manifest = read_manifest(data_dir)
    if manifest and manifest["recipe"] == recipe.__dict__ and manifest["database_url"] == database_url:
        log(f"reusing {data_dir} ({n} organisations)")
        return manifest
    if data_dir.exists():
        for leftover in ("matcher.db", "matcher.db-wal", "matcher.db-shm", MANIFEST, "ranker.json"):
            (data_dir / leftover).unlink(missing_ok=True)
        index_dir = data_dir / "index"
        if index_dir.exists():
            import shutil

            shutil.rmtree(index_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir=data_dir, database_url=database_url)
    engine = make_engine(settings.resolved_database_url)
    try:
        upgrade(engine)
        generated = generate(engine, corpus, recipe, progress=progress)
    finally:
        engine.dispose()
    write_manifest(data_dir, generated, database_url)
    log(
        f"generated {generated.organisations} organisations, {generated.opportunities} opportunities, "
        f"{generated.embeddings} cached vectors, {generated.cooperations} cooperations in "
        f"{generated.seconds:.0f} s (base {corpus.size} records; mean cosine to base {generated.mean_cosine:.3f})"
    )
    manifest = read_manifest(data_dir)
    assert manifest is not None
    return manifest


def rich_progress() -> tuple[Progress, Callable[[], None]]:
    """A progress bar per phase on stderr, and the function that closes it."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn, TimeRemainingColumn

    bar = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )
    bar.start()
    tasks: dict[str, Any] = {}

    def update(phase: str, done: int, total: int) -> None:
        if phase not in tasks:
            tasks[phase] = bar.add_task(phase, total=total)
        bar.update(tasks[phase], completed=done, total=total)

    return update, bar.stop


def parse_size(text: str) -> int:
    """`10k`, `100k`, `1M` or a plain number."""
    text = text.strip().lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("organisations", type=parse_size, help="how many organisations (10k, 100k, 1M, ...)")
    parser.add_argument("--data-dir", type=Path, required=True, help="the installation's data directory")
    parser.add_argument("--database-url", help="a PostgreSQL database (empty) instead of the SQLite file")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sigma", type=float, default=SIGMA, help=f"noise per component (default {SIGMA})")
    parser.add_argument("--opportunity-share", type=float, default=OPPORTUNITY_SHARE)
    parser.add_argument("--partners-per-org", type=int, default=PARTNERS_PER_ORG)
    parser.add_argument("--cordis", type=Path, default=CORDIS_DIR, help="the raw CORDIS data folder")
    args = parser.parse_args()

    from matcher.embeddings.encoder import load_encoder

    settings = Settings()
    encoder = load_encoder(settings.model, settings.model_registry)
    update, close = rich_progress()
    try:
        prepare(
            args.organisations,
            args.data_dir,
            encoder,
            database_url=args.database_url,
            seed=args.seed,
            sigma=args.sigma,
            opportunity_share=args.opportunity_share,
            partners_per_org=args.partners_per_org,
            cordis_dir=args.cordis,
            progress=update,
        )
    finally:
        close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
