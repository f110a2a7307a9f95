"""The end of a talent round: Pia rates the project she was placed in and the steel company's member rates its
team, once the teams are published (before, it is a 409); someone else may not; giving it again changes it; the
round's report has the placed, the rank profile and the feedback per project for who runs it; Pia's export
holds her feedback and her erasure blanks its comment but keeps the rating."""

from __future__ import annotations

import pytest

from matcher.auth.policies import Forbidden
from matcher.errors import Conflict
from matcher.reports.service import ReportService
from matcher.talent.feedback import FeedbackCreate, FeedbackService
from matcher.talent.privacy import PrivacyService
from tests.conftest import Person
from tests.talent.conftest import Round, Services


def test_feedback_from_the_team_and_its_host_feeds_the_round_report(
    services: Services, talent_round: Round, talent_people: dict[str, Person]
) -> None:
    s, manager = services, services.user(talent_people["manager"])
    pia, steel = s.user(talent_people["pia"]), s.user(talent_people["steel"])
    programme, inspection = talent_round.programme, talent_round.projects["inspection"]
    feedback = FeedbackService(s.session)
    s.allocation.allocate(programme, manager, time_limit_s=5)
    with pytest.raises(Conflict, match="giving feedback needs the programme running or done"):
        feedback.give(programme, inspection.id, pia, FeedbackCreate(rating=5))
    s.allocation.publish(programme, manager)
    assert (
        s.allocation.placement_for(programme, talent_round.participants["pia"], pia).project_id
        == inspection.id
    )

    feedback.give(programme, inspection.id, pia, FeedbackCreate(rating=3, comment="Too little time."))
    mine = feedback.give(
        programme, inspection.id, pia, FeedbackCreate(rating=5, comment="We built a prototype.")
    )
    assert (mine.role, mine.rating) == ("participant", 5)
    assert feedback.give(programme, inspection.id, steel, FeedbackCreate(rating=4)).role == "host"
    with pytest.raises(Forbidden):  # the fuel-cell company hosts another project
        feedback.give(programme, inspection.id, s.user(talent_people["fuelcell"]), FeedbackCreate(rating=1))
    with pytest.raises(Forbidden):
        feedback.report(programme, pia)

    report = feedback.report(programme, manager)
    row = next(p for p in report.projects if p.project_id == inspection.id)
    assert (row.participants, row.hosts, row.ratings) == (5.0, 4.0, 2)
    assert row.comments == ["We built a prototype."] and row.team >= 1
    assert report.placed == sum(report.profile) and report.participants_rating == 5.0
    line = next(r for r in ReportService(s.session).build().programmes if r.programme_id == programme.id)
    assert (line.status, line.placed, line.ratings, line.hosts_rating) == ("running", report.placed, 2, 4.0)

    privacy = PrivacyService(s.session)
    exported = privacy.export(programme, talent_round.participants["pia"], pia)
    assert [(f.rating, f.comment) for f in exported.feedback] == [(5, "We built a prototype.")]
    privacy.erase(programme, talent_round.participants["pia"], pia)
    after = next(p for p in feedback.report(programme, manager).projects if p.project_id == inspection.id)
    assert after.participants == 5.0 and after.comments == []
