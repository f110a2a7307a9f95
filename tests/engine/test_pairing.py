"""Kind-pairing rules: symmetric defaults, rules from a file, and kinds that are the profiles' vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from matcher.engine.pairing import ANY, DEFAULT, KINDS, PairingRules, load_pairing
from matcher.errors import ConfigurationError
from matcher.profiles.vocab import Kind


def test_the_engine_knows_the_kinds_of_the_profiles() -> None:
    assert tuple(k.value for k in Kind) == KINDS
    assert DEFAULT.partners_of("intermediary") == ["company", "startup"]
    assert ANY.partners_of(None) == list(KINDS)


def test_default_pairing_is_symmetric_and_unknown_kinds_pair_with_all() -> None:
    for a in KINDS:  # equal to the profiles' kinds, see above
        for b in KINDS:
            assert DEFAULT.allows(a, b) == DEFAULT.allows(b, a)
    assert DEFAULT.allows("company", "university") and not DEFAULT.allows("company", "company")
    assert DEFAULT.allows(None, "company") and ANY.allows("company", "company")


def test_pairing_from_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text('{"company": ["company"]}')
    rules = load_pairing(str(path))
    assert rules.allows("company", "company") and not rules.allows("company", "startup")
    with pytest.raises(ConfigurationError):
        PairingRules.from_mapping("bad", {"company": ["dragon"]})
    with pytest.raises(ConfigurationError):
        load_pairing(str(tmp_path / "missing.json"))
