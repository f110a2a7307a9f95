"""The German catalogue keeps up with the pages: every message of the templates and the views is in it and
translated, nothing stale is left in it, the committed .mo is its compilation, and every value the pages name has
a label. `make translations` fixes the first three (then translate what it marks)."""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Iterator

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient

from matcher.auth.schemas import Role
from matcher.challenges.schemas import (
    CHALLENGE_TRANSITIONS,
    DECISIONS,
    ApplicationStatus,
    ChallengeStatus,
    RankingMethod,
)
from matcher.challenges.schemas import Visibility as ChallengeVisibility
from matcher.config import REPO_ROOT
from matcher.engine.ranking import FEATURES
from matcher.introductions.schemas import TRANSITIONS, Consent, Outcome, Status
from matcher.profiles.vocab import (
    Direction,
    Kind,
    OpportunityStatus,
    OpportunityType,
    SizeBand,
    Stage,
    Visibility,
)
from matcher.runtime import Runtime
from matcher.web import i18n
from matcher.web.labels import LABELS
from tests.conftest import Person, browser_for, org_id

PO = i18n.LOCALES_DIR / "de" / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
MO = PO.with_suffix(".mo")
FIX = "run `make translations`, then translate the entries it leaves empty or marks fuzzy in " + str(
    PO.relative_to(REPO_ROOT)
)

Key = tuple[str | None, str]  # (msgctxt, msgid)


def extracted() -> dict[Key, str]:
    """The messages of the sources as `pybabel extract -F babel.cfg .` finds them, with where they are."""
    with open(REPO_ROOT / "babel.cfg") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found: dict[Key, str] = {}
    for filename, lineno, message, _comments, context in extract_from_dir(REPO_ROOT, method_map, options_map):
        msgid = message[0] if isinstance(message, tuple) else message
        found.setdefault((context, msgid), f"{filename}:{lineno}")
    return found


@pytest.fixture(scope="module")
def catalogue() -> Catalog:
    with open(PO, "rb") as f:
        return read_po(f)


def entries(catalogue: Catalog) -> dict[Key, str]:
    return {(m.context, m.id): m.string for m in catalogue if m.id and isinstance(m.id, str)}


def test_every_message_of_the_pages_is_in_the_catalogue(catalogue: Catalog) -> None:
    missing = {f"{where}: {key[1]!r}" for key, where in extracted().items() if key not in entries(catalogue)}
    assert not missing, f"messages without a German entry ({FIX}):\n" + "\n".join(sorted(missing))


def test_the_catalogue_holds_no_stale_message(catalogue: Catalog) -> None:
    stale = set(entries(catalogue)) - set(extracted())
    assert not stale and not catalogue.obsolete, f"messages no page uses any more ({FIX}): {sorted(stale)}"


def test_every_message_is_translated_with_its_placeholders(catalogue: Catalog) -> None:
    untranslated = [m.id for m in catalogue if m.id and (not m.string or m.fuzzy)]
    assert not untranslated, f"empty or fuzzy German entries ({FIX}): {untranslated}"
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalogue.check()]
    assert not problems, f"translations whose placeholders differ from their message's: {problems}"


def test_the_compiled_catalogue_is_the_po(catalogue: Catalog) -> None:
    with open(MO, "rb") as f:
        compiled = gettext.GNUTranslations(f)
    differ = [
        key
        for key, german in entries(catalogue).items()
        if (compiled.pgettext(key[0], key[1]) if key[0] else compiled.gettext(key[1])) != german
    ]
    assert not differ, f"{MO.name} is older than {PO.name}: run `make translations-compile` ({differ[:5]})"


# What the pages name by `label_of(group, value)`: every value of each group
SHOWN: dict[str, Iterable[str]] = {
    "kind": Kind,
    "size_band": SizeBand,
    "visibility": Visibility,
    "direction": Direction,
    "type": OpportunityType,
    "stage": Stage,
    "status": OpportunityStatus,
    "part": FEATURES,
    "intro_status": Status,
    "transition": {to for targets in TRANSITIONS.values() for to in targets} - {"accepted"},  # by consent
    "consent": [*Consent, "open"],
    "outcome": Outcome,
    "role": Role,
    "challenge_status": ChallengeStatus,
    "challenge_transition": {to for targets in CHALLENGE_TRANSITIONS.values() for to in targets},
    "application_status": ApplicationStatus,
    "decision": DECISIONS,
    "challenge_visibility": ChallengeVisibility,
    "ranking_method": RankingMethod,
    "invitation_state": ["proposed", "invited", "dismissed"],
}


@pytest.mark.parametrize("group", sorted(SHOWN))
def test_every_value_the_pages_show_has_a_label(group: str) -> None:
    missing = {str(value) for value in SHOWN[group]} - set(LABELS[group])
    assert not missing, f"no label in matcher/web/labels.py for {group} {sorted(missing)}"


def test_python_and_templates_translate_alike() -> None:
    _ = i18n.gettext_for("de")
    assert _("Delete %(name)s?", name="Ruhr <b>") == "Ruhr <b> löschen?"
    assert i18n.gettext_for("en")("Delete %(name)s?", name="Ruhr") == "Delete Ruhr?"
    assert i18n.label("de", "kind", "university") == "Hochschule"
    assert i18n.label("de", "kind", "no-such-kind") == "no-such-kind"
    assert i18n.label("en", "intro_status", "accepted") == "Accepted by both"


@pytest.fixture
def german(app: object, people: dict[str, Person]) -> Iterator[TestClient]:
    with browser_for(app, people["manager"]) as browser:
        browser.headers["accept-language"] = "de"
        yield browser


def test_placeholders_are_escaped_in_translated_texts(german: TestClient, loaded: Runtime) -> None:
    org = org_id(loaded, "t-fuelcell-co")
    edit = german.get(f"/organisations/{org}/edit").text
    values = {
        "ref": "t-fuelcell-co",
        "name": "<i>Zelle</i> & Co",
        "kind": "company",
        "country": "DE",
        "visibility": "public",
        "description": "x",
    }
    assert german.post(f"/organisations/{org}/edit", data=values, follow_redirects=False).status_code == 303
    edit = german.get(f"/organisations/{org}/edit").text
    assert "<h1>&lt;i&gt;Zelle&lt;/i&gt; &amp; Co bearbeiten</h1>" in edit
    assert "<i>Zelle</i>" not in edit
