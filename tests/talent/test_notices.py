"""An application received tells its applicant (who has an account); publishing tells people by inbox message: a
participant with an account their project and why, every member of a host whose project runs its team; a
participant registered without an account gets nothing."""

from __future__ import annotations

from matcher.alerts.repository import InboxRepository
from tests.conftest import Person
from tests.talent.conftest import Round, Services


def test_publishing_tells_the_participants_with_an_account_and_the_hosts(
    services: Services, talent_round: Round, talent_people: dict[str, Person]
) -> None:
    s, manager = services, services.user(talent_people["manager"])
    programme = talent_round.programme
    run = s.allocation.allocate(programme, manager, time_limit_s=5)
    inbox = InboxRepository(s.session)
    received = inbox.of_user(talent_people["pia"].id)  # she applied with her account
    assert [(m.subject, m.link) for m in received] == [
        ("Innovation Semester 2027: your application was received", f"/talent/{programme.id}/me")
    ]
    s.allocation.publish(programme, manager)
    pia = [m for m in inbox.of_user(talent_people["pia"].id) if "your project" in m.subject]
    assert [m.subject for m in pia] == [
        "Innovation Semester 2027: your project is Camera inspection of sheet steel"
    ]
    assert pia[0].body.startswith("Camera inspection of sheet steel: their 1st choice")
    assert pia[0].link == f"/talent/{programme.id}"  # the programme's page
    # tom has an account, but the manager registered him: his application is not linked to it
    assert inbox.of_user(talent_people["tom"].id) == []
    steel = [m for m in inbox.of_user(talent_people["steel"].id) if "the team of" in m.subject]
    team = [p for p in run.placements if p.project_id == talent_round.projects["inspection"].id]
    assert [m.subject for m in steel] == [
        "Innovation Semester 2027: the team of Camera inspection of sheet steel"
    ]
    assert steel[0].body.startswith(f"{len(team)} people: ") and "Pia" in steel[0].body
