"""Kind-pairing rules: which kinds of organisation are suggested to which.

Rules are symmetric. An organisation of unknown kind pairs with every kind. Kinds are plain names: the engine
knows the profiles' vocabulary (`matcher.profiles.vocab.Kind`) only as `KINDS`, which a test keeps equal to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from matcher.errors import ConfigurationError

KINDS: tuple[str, ...] = (
    "company",
    "startup",
    "university",
    "research_institute",
    "creative",
    "public_body",
    "intermediary",
    "innovation_centre",
)

DEFAULT_RULES: dict[str, list[str]] = {
    "company": ["university", "research_institute", "startup", "creative", "intermediary"],
    "startup": ["company", "university", "research_institute", "public_body", "intermediary"],
    "university": ["company", "startup", "public_body", "creative"],
    "research_institute": ["company", "startup", "public_body"],
    "creative": ["company", "public_body", "university"],
    "public_body": ["startup", "university", "research_institute", "creative"],
    "intermediary": ["company", "startup"],
    "innovation_centre": ["startup", "company", "university"],
}


@dataclass(frozen=True)
class PairingRules:
    name: str
    pairs: frozenset[frozenset[str]] | None  # None: every pair is allowed

    def allows(self, kind_a: str | None, kind_b: str | None) -> bool:
        if self.pairs is None or kind_a is None or kind_b is None:
            return True
        return frozenset((kind_a, kind_b)) in self.pairs

    def partners_of(self, kind: str | None) -> list[str]:
        return [k for k in KINDS if self.allows(kind, k)]

    @classmethod
    def from_mapping(cls, name: str, rules: Mapping[str, Iterable[str]]) -> PairingRules:
        known = set(KINDS)
        pairs: set[frozenset[str]] = set()
        for kind, partners in rules.items():
            for partner in partners:
                unknown = {kind, partner} - known
                if unknown:
                    raise ConfigurationError(f"pairing rules {name!r}: unknown kind {sorted(unknown)[0]!r}")
                pairs.add(frozenset((kind, partner)))
        return cls(name=name, pairs=frozenset(pairs))


ANY = PairingRules(name="any", pairs=None)
DEFAULT = PairingRules.from_mapping("default", DEFAULT_RULES)


def load_pairing(setting: str) -> PairingRules:
    """`default`, `any`, or the path of a JSON file `{"company": ["university", ...], ...}`."""
    if setting == "default":
        return DEFAULT
    if setting == "any":
        return ANY
    path = Path(setting)
    if not path.is_file():
        raise ConfigurationError(
            f"pairing {setting!r}: use `default`, `any` or the path of a JSON file mapping kinds to partner kinds"
        )
    try:
        rules = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigurationError(f"pairing file {path}: not valid JSON ({exc})") from exc
    return PairingRules.from_mapping(str(path), rules)
