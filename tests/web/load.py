"""A concurrent-load driver: a real server, many clients creating, editing, matching and searching at once.

Used by the short load test (tests/web/test_load.py) and the long benchmark (benchmarks/bench_load.py).
It prepares a fresh database (schema, an ecosystem, one manager per client), starts `matcher serve` as a
subprocess on 127.0.0.1, runs the clients for a bounded time, stops the server and then checks the books:
every write a client saw succeed is in the database exactly once with its last value, racing creates of one
ref gave exactly one 201 and 409 for the rest, and the index saved on disk was built from exactly what the
database holds (its content digest, computed by matcher's own code).
"""

from __future__ import annotations

import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from matcher.auth.schemas import UserCreate
from matcher.auth.service import UserService
from matcher.config import Settings
from matcher.engine.ann import IndexSet
from matcher.indexing.documents import catalogue_digest, read_catalogue
from matcher.kit.db import make_engine, make_session_factory, transaction
from matcher.ops.migrations import upgrade
from matcher.profiles.importer import import_organisations
from matcher.profiles.models import Opportunity, Organisation

REPO_ROOT = Path(__file__).resolve().parents[2]
API = "/api/v1"
CREATE_RETRIES = 3  # after a dropped connection or a 503
CITIES = ["Essen", "Dortmund", "Bochum", "Duisburg", "Düsseldorf", "Gelsenkirchen", "Mettmann"]
TOPICS = [
    ("hydrogen fuel-cell stack testing", "hydrogen"),
    ("camera-based surface inspection of steel coils", "manufacturing"),
    ("virtual reality safety training for chemical plants", "games_xr"),
    ("recycling of lithium-ion batteries", "circular_economy"),
    ("Leckageerkennung im Trinkwassernetz mit Sensoren", "water"),
    ("predictive maintenance with machine learning", "ai_data"),
]
QUERIES = [
    "who can test hydrogen fuel cells near Essen?",
    "Wer kann Oberflächenfehler mit Kameras erkennen?",
    "virtual reality training",
    "battery recycling partner",
]


@dataclass
class LoadConfig:
    database_url: str
    data_dir: Path
    clients: int = 10
    seconds: float = 5.0
    ecosystem: Path = REPO_ROOT / "tests" / "data" / "ecosystem.jsonl"
    timeout: float = 120.0  # per request; a request slower than this counts as an error
    seed: int = 7


@dataclass
class ClientBook:
    """What one client wrote and saw."""

    created: dict[str, int] = field(default_factory=dict)  # ref -> id, for every create answered 201
    descriptions: dict[str, str] = field(default_factory=dict)  # ref -> the last description written
    opportunities: dict[str, int] = field(default_factory=dict)  # opportunity title -> id
    opportunity_owners: dict[str, str] = field(default_factory=dict)  # opportunity title -> organisation ref
    deleted: list[str] = field(default_factory=list)  # refs deleted (204)
    shared: dict[str, int] = field(default_factory=dict)  # shared ref -> status of this client's create
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


@dataclass
class LoadResult:
    config: LoadConfig
    elapsed: float
    books: list[ClientBook]
    problems: list[str]
    index_status: dict[str, Any]
    server_log: str

    @property
    def requests(self) -> int:
        return sum(sum(b.statuses.values()) for b in self.books)

    @property
    def statuses(self) -> Counter[tuple[str, int]]:
        total: Counter[tuple[str, int]] = Counter()
        for book in self.books:
            total.update(book.statuses)
        return total

    def server_errors(self) -> int:
        return sum(n for (_, status), n in self.statuses.items() if status >= 500 or status == 0)

    def latency_table(self) -> list[tuple[str, int, float, float]]:
        """(operation, count, p50 ms, p99 ms)."""
        merged: dict[str, list[float]] = defaultdict(list)
        for book in self.books:
            for op, values in book.latencies.items():
                merged[op].extend(values)
        rows = []
        for op in sorted(merged):
            values = sorted(merged[op])
            p99 = values[min(len(values) - 1, int(round(0.99 * (len(values) - 1))))]
            rows.append((op, len(values), statistics.median(values) * 1000, p99 * 1000))
        return rows

    def summary(self) -> str:
        lines = [
            f"{self.config.clients} clients, {self.elapsed:.1f} s, {self.requests} requests, "
            f"{self.requests / self.elapsed:.1f} requests/s, {self.server_errors()} server errors",
        ]
        lines += [
            f"  {op:<16} n={n:<6} p50={p50:7.1f} ms  p99={p99:7.1f} ms"
            for op, n, p50, p99 in self.latency_table()
        ]
        lines += [f"  status {op} {status}: {n}" for (op, status), n in sorted(self.statuses.items())]
        lines += [f"  PROBLEM: {p}" for p in self.problems[:20]]
        return "\n".join(lines)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare(config: LoadConfig) -> list[str]:
    """Schema, the ecosystem and one manager per client; returns the managers' bearer tokens."""
    settings = Settings(data_dir=config.data_dir, database_url=config.database_url, environment="test")
    engine = make_engine(settings.resolved_database_url)
    try:
        upgrade(engine)
        factory = make_session_factory(engine)
        with transaction(factory) as session:
            import_organisations(session, config.ecosystem, fmt="jsonl")  # the server indexes it at start
        tokens = []
        with transaction(factory) as session:
            users = UserService(session)
            for c in range(config.clients):
                data = UserCreate(email=f"load{c}@example.org", role="manager", password="load test password")  # type: ignore[arg-type]
                tokens.append(users.create(data)[1])
        return tokens
    finally:
        engine.dispose()


@contextmanager
def running_server(config: LoadConfig) -> Iterator[tuple[str, Path]]:
    """`matcher serve` of this checkout on a free port; yields its base URL and its log file."""
    port = free_port()
    log_path = config.data_dir / "server.log"
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "MATCHER_DATABASE_URL": config.database_url,
        "MATCHER_DATA_DIR": str(config.data_dir),
        "MATCHER_ENVIRONMENT": "test",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    command = [sys.executable, "-m", "matcher.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    base = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        server = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 300
            while True:
                if server.poll() is not None:
                    raise RuntimeError(f"the server exited with {server.returncode}:\n{log_path.read_text()}")
                try:
                    if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not start:\n{log_path.read_text()}")
                time.sleep(0.2)
            yield base, log_path
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


class Client:
    """One simulated manager: creates organisations and opportunities, edits them, matches and searches."""

    def __init__(
        self, number: int, run: str, base: str, token: str, config: LoadConfig, seeds: list[tuple[int, str]]
    ) -> None:
        self.number = number
        self.run = run
        self.http = httpx.Client(
            base_url=base, headers={"authorization": f"Bearer {token}"}, timeout=config.timeout
        )
        self.random = random.Random(config.seed * 1000 + number)
        self.seeds = [org_id for org_id, _ in seeds]
        self.seed_refs = [ref for _, ref in seeds]
        self.book = ClientBook()

    def call(
        self, op: str, method: str, url: str, expect: tuple[int, ...], **kwargs: Any
    ) -> httpx.Response | None:
        started = time.perf_counter()
        try:
            response = self.http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            self.book.statuses[(op, 0)] += 1
            self.book.problems.append(f"{op} {method} {url}: {type(exc).__name__}: {exc}")
            return None
        self.book.latencies[op].append(time.perf_counter() - started)
        self.book.statuses[(op, response.status_code)] += 1
        if response.status_code not in expect:
            self.book.problems.append(f"{op} {method} {url}: {response.status_code} {response.text[:300]}")
        return response

    def create(self, ref: str, with_opportunity: bool) -> None:
        topic, sector = self.random.choice(TOPICS)
        description = f"{self.run} client {self.number}: we work on {topic}."
        body: dict[str, Any] = {
            "ref": ref,
            "name": f"Load {ref}",
            "kind": self.random.choice(["company", "startup", "research_institute", "creative"]),
            "city": self.random.choice(CITIES),
            "country": "DE",
            "description": description,
            "sectors": [sector],
            "technology_keywords": [topic.split()[0]],
        }
        if with_opportunity:
            body["opportunities"] = [
                {
                    "direction": self.random.choice(["offer", "request"]),
                    "type": "research_cooperation",
                    "title": f"{topic} ({ref})",
                    "summary": f"Partners for {topic}.",
                    "expires_at": "2099-12-31",
                }
            ]
        response = self.call("create", "POST", f"{API}/organisations", (201,), json=body)
        for _ in range(CREATE_RETRIES):
            if response is not None and response.status_code not in (502, 503, 504):
                break
            # A client that saw no answer retries with the same ref: a 409 then means the first attempt went
            # through, and the books still count one organisation (the database must hold exactly one).
            time.sleep(0.5)
            response = self.call("create-retry", "POST", f"{API}/organisations", (201, 409), json=body)
            if response is not None and response.status_code == 409:
                found = self.call("read", "GET", f"{API}/organisations/by-ref/{ref}", (200,))
                if found is not None and found.status_code == 200:
                    self.book.created[ref] = found.json()["id"]
                    self.book.descriptions[ref] = description
                return
        if response is not None and response.status_code == 201:
            self.book.created[ref] = response.json()["id"]
            self.book.descriptions[ref] = description

    def race(self, ref: str) -> None:
        body = {
            "ref": ref,
            "name": f"Shared {ref}",
            "kind": "company",
            "city": "Essen",
            "country": "DE",
            "description": f"{self.run}: the organisation every client tries to create",
        }
        response = self.call("create-race", "POST", f"{API}/organisations", (201, 409), json=body)
        if response is not None:
            self.book.shared[ref] = response.status_code

    def edit(self) -> None:
        if not self.book.created:
            return
        ref = self.random.choice(list(self.book.created))
        topic, _ = self.random.choice(TOPICS)
        description = f"{self.run} client {self.number} edit {self.random.randrange(10**9)}: now {topic}."
        response = self.call(
            "edit", "PATCH", f"{API}/organisations/by-ref/{ref}", (200,), json={"description": description}
        )
        if response is not None and response.status_code == 200:
            self.book.descriptions[ref] = description

    def add_opportunity(self) -> None:
        if not self.book.created:
            return
        ref = self.random.choice(list(self.book.created))
        title = f"{self.run} opportunity {self.number}-{len(self.book.opportunities)}"
        body = {
            "direction": "offer",
            "type": "pilot",
            "title": title,
            "summary": "A test bed to share.",
            "expires_at": "2099-12-31",
        }
        response = self.call(
            "add-opportunity",
            "POST",
            f"{API}/organisations/{self.book.created[ref]}/opportunities",
            (201,),
            json=body,
        )
        if response is not None and response.status_code == 201:
            self.book.opportunities[title] = response.json()["id"]
            self.book.opportunity_owners[title] = ref

    def match(self) -> None:
        org_id = self.random.choice(self.seeds + list(self.book.created.values()))
        self.call("match", "GET", f"{API}/organisations/{org_id}/matches", (200,), params={"k": 5})

    def search(self) -> None:
        self.call("search", "GET", f"{API}/search", (200,), params={"q": self.random.choice(QUERIES), "k": 5})

    def read_back(self) -> None:
        if not self.book.created:
            return
        ref = self.random.choice(list(self.book.created))
        response = self.call("read", "GET", f"{API}/organisations/by-ref/{ref}", (200,))
        if (
            response is not None
            and response.status_code == 200
            and (response.json()["description"] != self.book.descriptions[ref])
        ):
            self.book.problems.append(f"read {ref}: the description read back is not the one last written")

    def edit_shared(self) -> None:
        """Every client edits the same few organisations of the ecosystem: concurrent writers of one row."""
        ref = self.random.choice(self.seed_refs[:3])
        description = f"{self.run} client {self.number} shared edit {self.random.randrange(10**9)}"
        self.call(
            "edit-shared",
            "PATCH",
            f"{API}/organisations/by-ref/{ref}",
            (200,),
            json={"description": description},
        )

    def add_shared_opportunity(self) -> None:
        """Opportunities added to one organisation by several clients at once: none may be left out."""
        title = f"{self.run} shared opportunity {self.number}-{len(self.book.opportunities)}"
        body = {"direction": "request", "type": "research_cooperation", "title": title, "summary": "Any lab?"}
        response = self.call(
            "add-opportunity", "POST", f"{API}/organisations/{self.seeds[0]}/opportunities", (201,), json=body
        )
        if response is not None and response.status_code == 201:
            self.book.opportunities[title] = response.json()["id"]

    def delete(self) -> None:
        if not self.book.created:
            return
        ref = self.random.choice(list(self.book.created))
        response = self.call("delete", "DELETE", f"{API}/organisations/by-ref/{ref}", (204,))
        if response is not None and response.status_code == 204:
            del self.book.created[ref]
            self.book.deleted.append(ref)
            for title in [t for t, owner in self.book.opportunity_owners.items() if owner == ref]:
                del self.book.opportunities[title]

    def loop(self, deadline: float) -> None:
        """Each iteration creates, edits, matches, searches and reads back; the other operations rotate, offset
        by the client's number, so that every kind of operation runs concurrently from the first iteration."""
        iteration = 0
        while time.monotonic() < deadline:
            phase = iteration + self.number
            self.create(f"{self.run}-c{self.number}-{iteration}", with_opportunity=phase % 3 == 0)
            if phase % 4 == 0:
                self.race(f"{self.run}-shared-{iteration}")
            self.edit()
            if phase % 4 == 1:
                self.add_opportunity()
            if phase % 2 == 1:
                self.edit_shared()
            if phase % 4 == 2:
                self.add_shared_opportunity()
            if phase % 4 == 3:
                self.delete()
            self.match()
            self.search()
            self.read_back()
            iteration += 1
        self.http.close()


def verify_database(config: LoadConfig, books: list[ClientBook], model: str) -> list[str]:
    """After the server stopped: the database holds every acknowledged write exactly once, with its last
    value, and the index on disk was built from exactly this database content."""
    problems: list[str] = []
    engine = make_engine(config.database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            rows = session.execute(select(Organisation.ref, Organisation.id, Organisation.description)).all()
            by_ref = {ref: (org_id, description) for ref, org_id, description in rows}
            ref_counts = Counter(ref for ref, _, _ in rows)
            duplicated = [ref for ref, n in ref_counts.items() if n > 1]
            if duplicated:
                problems.append(f"duplicated refs in the database: {duplicated[:5]}")
            for number, book in enumerate(books):
                for ref, org_id in book.created.items():
                    if ref not in by_ref:
                        problems.append(f"client {number}: created {ref} (201) but it is not in the database")
                    elif by_ref[ref][0] != org_id:
                        problems.append(
                            f"client {number}: {ref} has id {by_ref[ref][0]}, the 201 said {org_id}"
                        )
                    elif by_ref[ref][1] != book.descriptions[ref]:
                        problems.append(
                            f"client {number}: the last edit of {ref} is not what the database holds"
                        )
            for number, book in enumerate(books):
                for ref in book.deleted:
                    if ref in by_ref:
                        problems.append(
                            f"client {number}: deleted {ref} (204) but it is still in the database"
                        )
            titles = Counter(session.scalars(select(Opportunity.title)).all())
            for number, book in enumerate(books):
                for title in book.opportunities:
                    if titles[title] != 1:
                        problems.append(
                            f"client {number}: opportunity {title!r} is stored {titles[title]} times"
                        )
            shared: dict[str, Counter[int]] = defaultdict(Counter)
            for book in books:
                for ref, status in book.shared.items():
                    shared[ref][status] += 1
            for ref, statuses in shared.items():
                stored = ref_counts.get(ref, 0)
                if statuses[201] != 1 or stored != 1:
                    problems.append(f"racing creates of {ref}: {dict(statuses)}, stored {stored} times")
            organisations = session.scalar(select(func.count()).select_from(Organisation))
            catalogue = read_catalogue(session)
        meta = IndexSet.read_meta(config.data_dir / "index")
        if meta is None:
            problems.append("no index was saved")
        else:
            if meta.digest != catalogue_digest(model, catalogue):
                problems.append("the index saved on disk does not agree with the database (content digest)")
            indexes, _ = IndexSet.load(config.data_dir / "index", meta.model, meta.dimension)
            if indexes.profiles.ids() != set(catalogue.orgs) or len(catalogue.orgs) != organisations:
                problems.append("the profile index ids are not the database's organisation ids")
            opps = [o for doc in catalogue.orgs.values() for o in doc.opportunities]
            for direction, index in (("offer", indexes.offers), ("request", indexes.requests)):
                if index.ids() != {o.id for o in opps if o.direction == direction}:
                    problems.append(f"the {direction} index ids are not the database's {direction} ids")
    finally:
        engine.dispose()
    return problems


def run_load(config: LoadConfig) -> LoadResult:
    """Prepare, serve, load, stop, verify. Never raises for what the load finds: see `LoadResult.problems`."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    tokens = prepare(config)
    run = f"load{random.Random().randrange(10**6)}"
    with running_server(config) as (base, log_path):
        listing = httpx.get(f"{base}{API}/organisations", params={"limit": 100}).json()["data"]
        seeds = [(o["id"], o["ref"]) for o in listing if o["visibility"] == "public"]
        clients = [Client(c, run, base, tokens[c], config, seeds) for c in range(config.clients)]
        started = time.monotonic()
        deadline = started + config.seconds
        threads = [
            threading.Thread(target=c.loop, args=(deadline,), name=f"load-{c.number}") for c in clients
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        index_status = httpx.get(f"{base}{API}/index", timeout=30).json()
    books = [c.book for c in clients]
    problems = [p for b in books for p in b.problems]
    problems += verify_database(config, books, index_status["model"])
    server_log = log_path.read_text(encoding="utf-8", errors="replace")
    for marker in ("Traceback", "database is locked", "ERROR"):
        if marker in server_log:
            problems.append(f"the server log has {marker!r}")
    return LoadResult(config, elapsed, books, problems, index_status, server_log)
