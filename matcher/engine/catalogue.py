"""The engine's view of the ecosystem: light records of organisations and opportunities, and the
cooperation network, kept in memory and updated whenever the database changes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from matcher.engine.lexical import LexicalIndex
from matcher.kit.text import content_hash


@dataclass
class OppDoc:
    id: int
    organisation_id: int
    direction: str  # "offer" | "request"
    type: str
    title: str
    summary: str
    keywords: list[str]
    status: str
    expires_at: date | None
    text: str

    def is_active(self, today: date) -> bool:
        return self.status == "published" and (self.expires_at is None or self.expires_at >= today)


@dataclass
class OrgDoc:
    id: int
    ref: str
    name: str
    kind: str | None
    city: str | None
    country: str | None
    region: str | None
    latitude: float | None
    longitude: float | None
    visibility: str
    description: str
    sectors: list[str]
    keywords: list[str]
    text: str
    opportunities: list[OppDoc] = field(default_factory=list)
    updated_at: datetime | None = None
    # what one day's matching asks of the organisation, worked out once (a changed organisation gets a new
    # OrgDoc): its keyword_set, tag_set, and active offer and request ids
    _day: _DayView | None = field(default=None, repr=False, compare=False)

    def lexical_text(self) -> str:
        """The profile and its published opportunities, as one document for BM25."""
        return "\n".join([self.text, *(o.text for o in self.opportunities if o.status == "published")])

    @property
    def display_name(self) -> str:
        return self.name if self.visibility == "public" else anonymous_label(self.kind, self.city)

    def keyword_set(self, today: date) -> set[str]:
        """The organisation's keywords and those of its active opportunities."""
        return self._day_view(today).keywords

    def tag_set(self, today: date) -> set[str]:
        """`keyword_set` and the sectors (as `sector:<code>`): what the keywords feature compares."""
        return self._day_view(today).tags

    def active_ids(self, today: date, direction: str) -> list[int]:
        """Ids of the opportunities of one direction ("offer" or "request") that are active on `today`."""
        view = self._day_view(today)
        return view.offers if direction == "offer" else view.requests

    def _day_view(self, today: date) -> _DayView:
        view = self._day
        if view is None or view.day != today:
            words = {k.casefold() for k in self.keywords}
            offers: list[int] = []
            requests: list[int] = []
            for opp in self.opportunities:
                if opp.is_active(today):
                    words.update(k.casefold() for k in opp.keywords)
                    (offers if opp.direction == "offer" else requests).append(opp.id)
            tags = words | {f"sector:{s}" for s in self.sectors}
            view = self._day = _DayView(today, words, tags, offers, requests)
        return view


@dataclass(frozen=True)
class _DayView:
    day: date
    keywords: set[str]
    tags: set[str]
    offers: list[int]
    requests: list[int]


_MODULUS = 2**256


def _fingerprint(org: OrgDoc) -> int:
    """The organisation's ids and text hashes (profile, each opportunity with its direction) as a number."""
    lines = [f"p{org.id}:{content_hash(org.text)}"]
    lines += [
        f"{o.direction[0]}{o.id}:{content_hash(o.text)}"
        for o in sorted(org.opportunities, key=lambda o: o.id)
    ]
    return int(content_hash("\n".join(lines)), 16)


def anonymous_label(kind: str | None, city: str | None) -> str:
    what = (kind or "organisation").replace("_", " ")
    return f"Anonymous {what}" + (f" in {city}" if city else "")


class Catalogue:
    """Organisations by id, opportunities by id, and the cooperation network as adjacency sets."""

    def __init__(self) -> None:
        self.orgs: dict[int, OrgDoc] = {}
        self.opps: dict[int, OppDoc] = {}
        self.partners: dict[int, set[int]] = defaultdict(set)
        self.lexical = LexicalIndex()
        # Organisation id -> the sequence of the update it was last written by (see MatchingService.stage).
        self.versions: dict[int, int] = {}
        self.network_version = 0  # changes whenever `partners` does
        # the content fingerprint of every organisation (see `content_digest`), and their sum
        self._fingerprints: dict[int, int] = {}
        self._fingerprint_sum = 0

    def put(self, org: OrgDoc) -> None:
        self.remove(org.id, keep_partners=True)
        self.orgs[org.id] = org
        for opp in org.opportunities:
            self.opps[opp.id] = opp
        self.lexical.put(org.id, org.lexical_text())
        fingerprint = _fingerprint(org)
        self._fingerprints[org.id] = fingerprint
        self._fingerprint_sum = (self._fingerprint_sum + fingerprint) % _MODULUS

    def content_digest(self, model: str) -> str:
        """A fingerprint of everything the indexes hold: which ids, with which texts, embedded by which model.
        Kept up to date by `put` and `remove` (a sum of one fingerprint per organisation), so that saving the
        index after a write does not read the whole catalogue again."""
        return content_hash(f"{model}\n{self._fingerprint_sum:064x}")

    def remove(self, org_id: int, keep_partners: bool = False) -> None:
        old = self.orgs.pop(org_id, None)
        fingerprint = self._fingerprints.pop(org_id, None)
        if fingerprint is not None:
            self._fingerprint_sum = (self._fingerprint_sum - fingerprint) % _MODULUS
        if old:
            for opp in old.opportunities:
                self.opps.pop(opp.id, None)
            self.lexical.remove(org_id)
        if not keep_partners and org_id in self.partners:
            for partner in self.partners.pop(org_id):
                self.partners[partner].discard(org_id)
            self.network_version += 1

    def add_partners(self, a: int, b: int) -> None:
        self.partners[a].add(b)
        self.partners[b].add(a)
        self.network_version += 1

    def partners_of(self, org_id: int) -> set[int]:
        return self.partners.get(org_id, set())
