"""Applications of a talent programme from CSV, through the managers' page: every row checked first, a bad one
named by line and field with nothing written (a missing consent, a project that is not open, an e-mail twice),
then all rows with their ranked choices; only who runs the programme imports."""

from __future__ import annotations

from matcher.kit.db import transaction
from matcher.runtime import Runtime
from matcher.talent.repository import ParticipantRepository
from tests.challenges.test_pages import page, posted
from tests.conftest import Browser
from tests.talent.test_pages import DUST, INSPECTION, as_, opened  # noqa: F401  (as_: a fixture)

HEADER = "name,email,track,institution,skills,interests,languages,consent,choices\n"


def test_an_import_names_its_bad_rows_and_writes_all_or_nothing(
    as_: dict[str, Browser],  # noqa: F811
    loaded: Runtime,
) -> None:
    pid, ids = opened(as_)
    inspection, dust = ids[INSPECTION["title"]], ids[DUST["title"]]
    assert "consent must be yes" in page(as_["manager"], f"/talent/{pid}/import")
    bad = HEADER + (
        f"Ada Data,ada@talent.example,student,TU Dortmund,python,air quality data,de,yes,{dust};999\n"
        f"Ben Bild,ben@talent.example,trainee,Berufskolleg Duisburg,vision,cameras,de,no,{inspection}\n"
        "Cem Code,ada@talent.example,young_professional,Ruhrstack,python,test benches,de,yes,\n"
    )
    refused = posted(as_["manager"], f"/talent/{pid}/import", {"csv": bad}, 422)
    assert "The import wrote nothing" in refused
    for line, field in (("2", "choices"), ("3", "consent"), ("4", "email")):
        assert f'<tr class="import-error"><td>{line}</td><td>{field}</td>' in refused, (line, field, refused)
    with transaction(loaded.session_factory) as session:
        assert ParticipantRepository(session).of_programme(pid) == []
    good = HEADER + (
        f"Ada Data,ada@talent.example,student,TU Dortmund,python;data analysis,air quality data,de,yes,{dust};{inspection}\n"
        "Ben Bild,ben@talent.example,trainee,Berufskolleg Duisburg,computer vision,cameras,de,ja,\n"
    )
    done = posted(as_["manager"], f"/talent/{pid}/import", {"csv": good}, 200)
    assert "2 applications imported, 1 with their choices." in done
    allocation = page(as_["manager"], f"/talent/{pid}/allocation")
    assert "Ada Data" in allocation and "1. Particulate matter on construction sites" in allocation
    posted(as_["steel"], f"/talent/{pid}/import", {"csv": good}, 403)
    page(as_["pia"], f"/talent/{pid}/import", 403)
