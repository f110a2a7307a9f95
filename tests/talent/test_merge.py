"""A project below its minimum merged into another: the fuel-cell bench needs five people and would be cancelled;
merged into the particulate-matter project, Dia (who ranked only the bench) joins that team with a reason that
says why, the bench's host sees the team and hears of it on publishing; a merge can be undone, and the wrong
ones are refused with a reason; the same on the allocation page."""

from __future__ import annotations

import pytest

from matcher.alerts.repository import InboxRepository
from matcher.errors import Conflict, InvalidInput
from matcher.talent.schemas import ChoicesUpdate, ProjectUpdate
from tests.challenges.test_pages import page, posted
from tests.conftest import Browser, Person
from tests.talent.conftest import Round, Services
from tests.talent.test_pages import DUST, INSPECTION, PIA, PROGRAMME, TOM, as_, project_ids  # noqa: F401


def test_a_project_below_its_minimum_merged_into_another_brings_its_choosers(
    services: Services, talent_round: Round, talent_people: dict[str, Person]
) -> None:
    s, manager = services, services.user(talent_people["manager"])
    programme, projects, dia = talent_round.programme, talent_round.projects, talent_round.participants["dia"]
    bench, dust, inspection = projects["bench"], projects["dust"], projects["inspection"]
    s.projects.update(programme, bench, manager, ProjectUpdate(min_size=5, max_size=5))
    s.participants.choose(programme, dia, manager, ChoicesUpdate(projects=[bench.id]))

    before = s.allocation.allocate(programme, manager, time_limit_s=5)
    assert bench.id in before.cancelled
    assert next(p for p in before.placements if p.participant_id == dia.id).project_id is None

    with pytest.raises(InvalidInput, match="the same project"):
        s.allocation.merge(programme, bench, bench.id, manager)
    with pytest.raises(Conflict, match="not merged: there is nothing to undo"):
        s.allocation.merge(programme, bench, None, manager)
    merged = s.allocation.merge(programme, bench, dust.id, manager)
    assert (merged.status, merged.merged_into_id) == ("merged", dust.id)
    assert s.allocation.project_public(merged).merged_into == dust.id
    with pytest.raises(InvalidInput, match="merged: merge into another open project"):
        s.allocation.merge(programme, inspection, bench.id, manager)
    with pytest.raises(Conflict, match="only an open project can be merged"):
        s.allocation.merge(programme, bench, inspection.id, manager)

    after = s.allocation.allocate(programme, manager, time_limit_s=5)
    placed = {p.participant_id: p for p in after.placements}
    assert placed[dia.id].project_id == dust.id and after.unassigned == 0
    assert placed[dia.id].reason.endswith(f"they chose {bench.title}, which was merged into this project")
    assert bench.id not in after.cancelled  # merged, not among the projects this run cancelled

    fuelcell = s.user(talent_people["fuelcell"])
    s.allocation.publish(programme, manager)
    team = s.allocation.team(programme, bench.id, fuelcell)  # the bench's host sees the team it joined
    assert dia.id in {p.participant_id for p in team} and len(team) == 3
    subjects = [m.subject for m in InboxRepository(s.session).of_user(fuelcell.id)]
    assert f"{programme.name}: the team of {dust.title}" in subjects
    with pytest.raises(Conflict, match="merging a project needs the programme"):
        s.allocation.merge(programme, bench, None, manager)


def test_a_merge_is_undone_and_the_project_stands_alone_again(
    services: Services, talent_round: Round, talent_people: dict[str, Person]
) -> None:
    s, manager = services, services.user(talent_people["manager"])
    programme, bench, dust = (
        talent_round.programme,
        talent_round.projects["bench"],
        talent_round.projects["dust"],
    )
    inspection = talent_round.projects["inspection"]
    s.allocation.merge(programme, inspection, bench.id, manager)
    s.allocation.merge(programme, bench, dust.id, manager)
    assert inspection.merged_into_id == dust.id  # merged into the bench before, it follows the bench
    reopened = s.allocation.merge(programme, bench, None, manager)
    assert (reopened.status, reopened.merged_into_id) == ("open", None)
    run = s.allocation.allocate(programme, manager, time_limit_s=5)
    assert bench.id in {p.project_id for p in run.placements}  # its own choosers again
    tom = talent_round.participants["tom"]
    with pytest.raises(InvalidInput, match="is merged: only open projects take people"):
        s.allocation.move(programme, tom, inspection.id, manager)
    moved = s.allocation.move(programme, tom, dust.id, manager)
    assert next(p for p in moved.placements if p.participant_id == tom.id).project_id == dust.id


def test_a_cancelled_project_merged_and_unmerged_on_the_allocation_page(as_: dict[str, Browser]) -> None:  # noqa: F811
    pid = int(posted(as_["manager"], "/talent/new", PROGRAMME).rsplit("/", 1)[1])
    posted(as_["manager"], f"/talent/{pid}/transition", {"to": "open"})
    posted(as_["steel"], f"/talent/{pid}/projects", INSPECTION)
    posted(as_["manager"], f"/talent/{pid}/projects", {**DUST, "min_size": "2"})
    ids = project_ids(page(as_["manager"], f"/talent/{pid}"))
    for project_id in ids.values():
        posted(as_["manager"], f"/talent/{pid}/projects/{project_id}/transition", {"to": "open"})
    inspection, dust = ids[INSPECTION["title"]], ids[DUST["title"]]
    posted(as_["pia"], f"/talent/{pid}/apply", PIA)
    posted(as_["pia"], f"/talent/{pid}/choices", {"choice-1": str(dust)})
    posted(as_["tom"], f"/talent/{pid}/apply", TOM)
    posted(as_["tom"], f"/talent/{pid}/choices", {"choice-1": str(inspection)})
    posted(as_["manager"], f"/talent/{pid}/allocation", {"time_limit_s": "5"})

    before = page(as_["manager"], f"/talent/{pid}/allocation")
    assert 'data-unassigned="1"' in before  # Pia: the dust project has one chooser, below its minimum of 2
    form = before.split(f'class="inline merge" method="post" action="/talent/{pid}/projects/{dust}/merge"')[1]
    assert f'<option value="{inspection}">' in form.split("</form>")[0]
    posted(as_["pia"], f"/talent/{pid}/projects/{dust}/merge", {"into": str(inspection)}, 403)
    posted(as_["manager"], f"/talent/{pid}/projects/{dust}/merge", {"into": str(inspection)})

    after = page(as_["manager"], f"/talent/{pid}/allocation")
    assert 'data-unassigned="0"' in after
    team = after.split(f'class="team-title" data-project-id="{inspection}"', 1)[1].split("</table>", 1)[0]
    assert "Pia Pixel" in team and f"they chose {DUST['title']}, which was merged into this project" in team
    assert f"{DUST['title']} is merged into {INSPECTION['title']}." in after
    assert ">Merged<" in page(as_["manager"], f"/talent/{pid}")
    posted(as_["manager"], f"/talent/{pid}/projects/{dust}/merge", {})  # undo
    assert 'data-unassigned="1"' in page(as_["manager"], f"/talent/{pid}/allocation")
