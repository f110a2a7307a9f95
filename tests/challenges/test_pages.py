"""The challenges' pages without a browser: a whole round posted through the pages' forms (each with its CSRF
token), and every page asked by each role: 200 where the policies let them in, 403 where they may see the
challenge but not run it, 404 where it is hidden, and the login for visitors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from matcher.challenges.repository import ApplicationRepository, JurorRepository, ReviewRepository
from matcher.challenges.service import ChallengeService
from matcher.kit.db import transaction
from matcher.runtime import Runtime
from tests.conftest import Browser, Person, browser_for, make_user

FORM = {
    "title": "Fewer defects on pressed sheet steel",
    "problem": "Our press line makes car body parts; surface defects are found too late, after painting.",
    "solutions_of_interest": "Camera-based inspection of sheet steel directly at the press.",
    "requirements": "detects surface defects on sheet steel\nruns at the speed of the press line",
    "offer": "A paid pilot of three months on one press line.",
    "applicant_kinds": ["startup", "research_institute"],
    "criteria": "fit: 0.5\nfeasibility: 0.5",
    "pitch_slots": "1",
    "reviews_per_application": "2",
    "cap_per_applicant": "2",
    "visibility": "public",
    "ranking_method": "mean",
    "language": "en",
    "blind_review": "on",
}
PROPOSAL = {
    "summary": "Line-scan cameras find scratches and dents on sheet steel at the press exit.",
    "approach": "We mount cameras above the press exit. Our model flags surface defects in real time.",
    "why_us": "We did this for three steelworks.",
    "stage": "pilot",
    "trl": "6",
    "references": "",
    "attachments": "https://example.org/deck.pdf",
}


@dataclass
class Cast:
    people: dict[str, Person]
    rt: Runtime


@pytest.fixture
def cast(loaded: Runtime, people: dict[str, Person]) -> Cast:
    everyone = dict(people)
    everyone["vision"] = make_user(loaded, "vera@vision.example", "member", "t-vision-startup")
    everyone["steel2"] = make_user(loaded, "jo@steel.example", "member", "t-steel-co")
    return Cast(everyone, loaded)


@pytest.fixture
def as_(app: object, cast: Cast) -> Iterator[dict[str, Browser]]:
    """One logged-in browser per person (and `nobody`), opened on first use."""
    opened: dict[str, Browser] = {}
    contexts = []

    class Lazy(dict[str, Browser]):
        def __missing__(self, who: str) -> Browser:
            ctx = browser_for(app, None if who == "nobody" else cast.people[who])
            contexts.append(ctx)
            self[who] = ctx.__enter__()
            return self[who]

    lazy = Lazy(opened)
    yield lazy
    for ctx in reversed(contexts):
        ctx.__exit__(None, None, None)


def posted(browser: Browser, url: str, data: dict[str, object], status: int = 303) -> str:
    response = browser.post(url, data=data, follow_redirects=False)
    assert response.status_code == status, (url, response.status_code, response.text[:2000])
    return response.headers.get("location", "") if status == 303 else response.text


def page(browser: Browser, url: str, status: int = 200) -> str:
    response = browser.get(url, follow_redirects=False)
    assert response.status_code == status, (url, response.status_code, response.text[:2000])
    return response.text


def ids(rt: Runtime, challenge_id: int) -> dict[str, list[int]]:
    with transaction(rt.session_factory) as session:
        return {
            "applications": [a.id for a in ApplicationRepository(session).of_challenge(challenge_id)],
            "jurors": [j.id for j in JurorRepository(session).of_challenge(challenge_id)],
            "reviews": [r.id for r in ReviewRepository(session).of_challenge(challenge_id)],
        }


def test_a_round_through_the_pages_and_who_sees_which_page(as_: dict[str, Browser], cast: Cast) -> None:
    people, rt = cast.people, cast.rt
    where = posted(as_["steel"], "/challenges/new", FORM)
    cid = int(where.rsplit("/", 1)[1])
    assert "Fewer defects" in page(as_["steel"], f"/challenges/{cid}")
    page(as_["nobody"], f"/challenges/{cid}", 404)  # a draft is its runners' only
    page(as_["vision"], f"/challenges/{cid}", 404)
    assert f'data-challenge-id="{cid}"' not in page(as_["nobody"], "/challenges")
    posted(as_["steel"], f"/challenges/{cid}/transition", {"to": "open"})
    listed = page(as_["nobody"], "/challenges")
    assert f'data-challenge-id="{cid}"' in listed and "Dortmunder Blechwerke AG" in listed
    assert "Log in to apply" in page(as_["nobody"], f"/challenges/{cid}")

    # invitations: the engine's proposals with score and why; a manager invites
    posted(as_["manager"], f"/challenges/{cid}/invitations/propose", {"k": "5"})
    invitations = page(as_["manager"], f"/challenges/{cid}/invitations")
    invitation = re.search(r'id="inv-(\d+)" data-state="proposed" data-ref="t-vision-startup"', invitations)
    assert invitation, invitations
    posted(
        as_["manager"],
        f"/challenges/{cid}/invitations/{invitation.group(1)}/decision",
        {"decision": "invite"},
    )
    assert 'data-state="invited" data-ref="t-vision-startup"' in page(
        as_["manager"], f"/challenges/{cid}/invitations"
    )
    page(as_["steel"], f"/challenges/{cid}/invitations")  # the owner sees them ...
    posted(as_["steel"], f"/challenges/{cid}/invitations/propose", {"k": "5"}, 403)  # ... a manager proposes
    page(as_["vision"], f"/challenges/{cid}/invitations", 403)

    # applying: the draft, its limits shown, submitted
    form = page(as_["vision"], f"/challenges/{cid}/apply")
    assert 'maxlength="600"' in form and "At most 600 characters." in form
    too_long = posted(as_["vision"], f"/challenges/{cid}/apply", {**PROPOSAL, "summary": "x" * 601}, 422)
    assert "field-error" in too_long
    application = posted(as_["vision"], f"/challenges/{cid}/apply", PROPOSAL)
    vision_app = int(application.rsplit("/", 1)[1])
    assert "Submit the application" in page(as_["vision"], application)
    posted(as_["vision"], f"/applications/{vision_app}/edit", {**PROPOSAL, "then": "submit"})
    told = page(as_["vision"], application)
    assert "Submitted" in told and "fit-explanation" not in told  # an applicant never sees the fit
    other = posted(
        as_["institute"],
        f"/challenges/{cid}/apply",
        {**PROPOSAL, "summary": "A test lab for metal surfaces."},
    )
    institute_app = int(other.rsplit("/", 1)[1])
    posted(as_["institute"], f"/applications/{institute_app}/edit", {**PROPOSAL, "then": "submit"})
    page(as_["vision"], f"/applications/{institute_app}", 404)  # another applicant's: hidden
    assert "Your application" in page(as_["vision"], f"/challenges/{cid}")

    # screening with the checklist and the engine's fit
    posted(as_["steel"], f"/challenges/{cid}/transition", {"to": "closed"})
    screening = page(as_["manager"], f"/challenges/{cid}/applications")
    assert "fit-explanation" in screening and "detects surface defects on sheet steel" in screening
    page(as_["vision"], f"/challenges/{cid}/applications", 403)
    page(as_["nobody"], f"/challenges/{cid}/applications", 303)  # to the login
    for app_id in (vision_app, institute_app):
        posted(
            as_["manager"],
            f"/applications/{app_id}/screen",
            {"met": "detects surface defects on sheet steel", "verdict": "pass"},
        )

    # the jury and the assignment, with why
    for who in ("steel", "steel2", "manager"):
        posted(as_["manager"], f"/challenges/{cid}/jurors", {"user_id": str(people[who].id), "cap": "2"})
    assigned = posted(as_["manager"], f"/challenges/{cid}/assign", {}, 200)
    assert "Total fit" in assigned and "assigned-review" in assigned
    page(as_["vision"], f"/challenges/{cid}/jury", 403)
    posted(
        as_["steel"], f"/challenges/{cid}/edit", {**FORM, "offer": "A paid pilot of four months."}
    )  # in review
    assert "A paid pilot of four months." in page(as_["vision"], f"/challenges/{cid}")
    frozen = posted(as_["steel"], f"/challenges/{cid}/edit", {**FORM, "criteria": "fit: 1"}, 422)
    assert "cannot change once reviewing has begun" in frozen

    # a juror declares a conflict; the assignment solved again gives that application to another juror (the
    # first of the company's two jurors whom the assignment gave an application: that depends on the model)
    conflict_form = r'action="/challenges/\d+/jurors/(\d+)/conflicts">.*?name="application_id" value="(\d+)"'
    pages = {who: page(as_[who], f"/challenges/{cid}/reviews") for who in ("steel2", "steel")}
    found = {who: re.search(conflict_form, text, re.S) for who, text in pages.items()}
    juror = next((who for who, form in found.items() if form), None)
    assert juror, pages
    juror_id, conflicted = found[juror].groups()
    conflict = {"application_id": conflicted, "reason": "I advised this team last year."}
    posted(as_["vision"], f"/challenges/{cid}/jurors/{juror_id}/conflicts", conflict, 403)
    posted(as_[juror], f"/challenges/{cid}/jurors/{juror_id}/conflicts", conflict)
    assert "I advised this team last year." in page(as_["manager"], f"/challenges/{cid}/jury")
    posted(as_["manager"], f"/challenges/{cid}/assign", {}, 200)
    assert f'name="application_id" value="{conflicted}"' not in page(as_[juror], f"/challenges/{cid}/reviews")

    # each juror reviews their own, unnamed (blind review)
    known = ids(rt, cid)
    for who in ("steel", "steel2", "manager"):
        mine = page(as_[who], f"/challenges/{cid}/reviews")
        for review_id in (
            re.findall(r'<a href="/reviews/(\d+)">Applicant \d+</a>', mine) if who != "manager" else []
        ):
            form = page(as_[who], f"/reviews/{review_id}")
            assert "Vision" not in form
            posted(as_[who], f"/reviews/{review_id}", {"mark-fit": "11", "mark-feasibility": "5"}, 422)
            posted(
                as_[who],
                f"/reviews/{review_id}",
                {"mark-fit": "8", "mark-feasibility": "7", "comment": "Good."},
            )
        for review_id in re.findall(r'<a href="/reviews/(\d+)">', mine) if who == "manager" else []:
            posted(as_[who], f"/reviews/{review_id}", {"mark-fit": "6", "mark-feasibility": "6"})
    page(as_["vision"], f"/reviews/{known['reviews'][0]}", 404)
    page(as_["vision"], f"/challenges/{cid}/reviews", 403)

    # ranking, shortlist, pitch day and its calendar
    ranking = page(as_["steel"], f"/challenges/{cid}/ranking?method=zscore")
    assert 'aria-current="true">Z-scores per juror' in ranking and "Applicant " in ranking
    shortlist = posted(as_["manager"], f"/challenges/{cid}/shortlist", {}, 200)
    assert "Left out" in shortlist
    posted(
        as_["manager"],
        f"/challenges/{cid}/schedule",
        {"rooms": "Hall A", "day": "2027-03-04", "start": "09:00", "minutes": "20", "slots": "2"},
    )
    plan = page(as_["manager"], f"/challenges/{cid}/schedule")
    assert "2027-03-04 09:" in plan and "Hall A" in plan
    calendar = as_["steel"].get(f"/challenges/{cid}/schedule.ics")
    assert calendar.status_code == 200 and calendar.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in calendar.text
    page(as_["vision"], f"/challenges/{cid}/schedule", 403)

    # decisions, the batch, the outcome, the report
    with transaction(rt.session_factory) as session:
        pitching = [a.id for a in ApplicationRepository(session).of_challenge(cid, ["invited_to_pitch"])]
    assert len(pitching) == 1
    posted(as_["manager"], f"/applications/{pitching[0]}/decision", {"to": "won"})
    assert "Send the decisions (2)" in page(as_["manager"], f"/challenges/{cid}/decisions")
    assert "Submitted" in page(
        as_["vision" if pitching[0] == vision_app else "institute"], f"/applications/{pitching[0]}"
    )
    with transaction(rt.session_factory) as session:
        commented = next(
            r.id
            for r in ReviewRepository(session).of_challenge(cid)
            if r.application_id == pitching[0] and r.comment
        )
    posted(as_["vision"], f"/reviews/{commented}/release", {"released": "yes"}, 403)
    posted(as_["manager"], f"/reviews/{commented}/release", {"released": "yes"})
    assert "comment released" in page(as_["manager"], f"/challenges/{cid}/jury")
    posted(as_["manager"], f"/challenges/{cid}/decisions/send", {})
    winner = "vision" if pitching[0] == vision_app else "institute"
    told = page(as_[winner], f"/applications/{pitching[0]}")
    assert ">Won<" in told and '<blockquote class="comment">Good.</blockquote>' in told
    posted(as_["manager"], f"/applications/{pitching[0]}/outcome", {"kind": "pilot"})
    assert 'class="pilot"' in page(as_["manager"], f"/applications/{pitching[0]}")
    posted(as_["steel"], f"/challenges/{cid}/transition", {"to": "decided"})
    report = page(as_["steel"], f"/challenges/{cid}/report")
    assert "<svg" in report and 'data-count="won">1<' in report
    page(as_["vision"], f"/challenges/{cid}/report", 403)
    page(as_["fuelcell"], f"/challenges/{cid}/report", 403)
    page(as_["manager"], "/challenges/99999", 404)
    with transaction(rt.session_factory) as session:
        assert ChallengeService(session).find_challenge(cid).status == "decided"


def test_the_challenge_pages_speak_german(app: object, cast: Cast) -> None:
    with browser_for(app, cast.people["steel"]) as browser:
        browser.headers["accept-language"] = "de"
        assert "Neue Challenge" in page(browser, "/challenges")
        assert "Muss-Anforderungen" in page(browser, "/challenges/new")
        html = page(browser, posted(browser, "/challenges/new", FORM))
        assert "Das Problem" in html and "Offen für Bewerbungen" in html and "Entwurf" in html


ROLES = ("nobody", "vision", "fuelcell", "steel", "manager")
RUNNERS = {"nobody": 303, "vision": 403, "fuelcell": 403, "steel": 200, "manager": 200}
MATRIX = {  # page -> what each of ROLES gets (303: to the login)
    "/challenges": dict.fromkeys(ROLES, 200),
    "/challenges/{c}": dict.fromkeys(ROLES, 200),
    "/challenges/{c}/apply": {**dict.fromkeys(ROLES, 200), "nobody": 303},
    **{f"/challenges/{{c}}/{step}": RUNNERS for step in ("edit", "invitations", "applications", "jury")},
    **{f"/challenges/{{c}}/{step}": RUNNERS for step in ("ranking", "decisions", "report")},
    "/challenges/{c}/reviews": RUNNERS,
    "/challenges/{c}/schedule": RUNNERS,
    "/applications/{a}": {"nobody": 303, "vision": 200, "fuelcell": 404, "steel": 200, "manager": 200},
    "/reviews/{r}": {"nobody": 303, "vision": 404, "fuelcell": 404, "steel": 200, "manager": 403},
    "/challenges/999999": dict.fromkeys(ROLES, 404),
}


def test_who_gets_which_page_of_a_challenge_in_review(as_: dict[str, Browser], cast: Cast) -> None:
    """Blind review, the owner's member on the jury: every page as each role, by the policies."""
    people, rt = cast.people, cast.rt
    cid = int(posted(as_["steel"], "/challenges/new", FORM).rsplit("/", 1)[1])
    posted(as_["steel"], f"/challenges/{cid}/transition", {"to": "open"})
    aid = int(posted(as_["vision"], f"/challenges/{cid}/apply", PROPOSAL).rsplit("/", 1)[1])
    posted(as_["vision"], f"/applications/{aid}/edit", {**PROPOSAL, "then": "submit"})
    posted(as_["steel"], f"/challenges/{cid}/transition", {"to": "closed"})
    posted(as_["manager"], f"/applications/{aid}/screen", {"verdict": "pass"})
    posted(as_["manager"], f"/challenges/{cid}/jurors", {"user_id": str(people["steel"].id)})
    posted(as_["manager"], f"/challenges/{cid}/assign", {}, 200)
    review = ids(rt, cid)["reviews"][0]
    wrong = []
    for template, expected in MATRIX.items():
        url = template.format(c=cid, a=aid, r=review)
        for who in ROLES:
            got = as_[who].get(url, follow_redirects=False).status_code
            if got != expected[who]:
                wrong.append(f"{who} {url}: {got}, not {expected[who]}")
    assert wrong == []
