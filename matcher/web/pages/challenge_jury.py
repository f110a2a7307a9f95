"""A challenge's jury as pages: the jurors and the assignment (who reviews what, and why; solved again when a
juror drops out), a juror's assigned applications (unnamed in a blind review), their declared conflicts and the
review form with one mark per criterion, the release of a comment to its applicant, the ranking (mean, median or
z-scores, with the jurors' range) and the shortlist. The pitch day is `challenge_pitch_day.py`'s."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.policies import require_staff, require_user, sees_reviews
from matcher.challenges.review_schemas import (
    AssignmentPublic,
    ConflictCreate,
    JurorCreate,
    JurorUpdate,
    ReviewSubmit,
)
from matcher.challenges.schemas import RankingMethod
from matcher.web import forms, i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import ApplicationsDep, ChallengesDep, JuryDep, PageUserDep, RoundDep
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.challenge_forms import marks_from_form
from matcher.web.pages.common import form_int, form_text, render, router, see_other


def jury_view(
    request: Request,
    challenge_id: int,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    jury: JuryDep,
    user: PageUserDep,
    assignment: AssignmentPublic | None = None,
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    jurors = [jury.juror_public(j) for j in jury.jurors_of(challenge, user)]
    names = {j.id: j.name for j in jurors}
    reviews = jury.reviews_of(challenge, user) if sees_reviews(user) else []
    apps = {a.id: applications.public(a, user) for a in applications.list(challenge, user)}
    by_application: dict[int, list[dict[str, object]]] = {}
    for review in reviews:
        by_application.setdefault(review.application_id, []).append(
            {"review": jury.review_public(review), "juror": names.get(review.juror_id, "?")}
        )
    return render(
        request,
        "challenges/jury.html",
        challenge=challenges.public(challenge, user),
        jurors=jurors,
        candidates=jury.candidates(challenge),
        assigned=[(apps[a], rows) for a, rows in sorted(by_application.items()) if a in apps],
        assignment=assignment,
        names=names,
    )


@router.get("/challenges/{challenge_id}/jury", response_class=HTMLResponse)
def jury_page(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    jury: JuryDep,
    user: PageUserDep,
) -> Response:
    return jury_view(request, challenge_id, challenges, applications, jury, user)


@router.post("/challenges/{challenge_id}/jurors", response_class=HTMLResponse)
def add_juror(
    challenge_id: IdPath, challenges: ChallengesDep, jury: JuryDep, user: PageUserDep, form: FormDep
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    data = JurorCreate(
        user_id=form_int(form, "user_id") or 0,
        cap=form_int(form, "cap") or 10,
        expertise=form_text(form, "expertise"),
    )
    jury.add_juror(challenge, user, data)
    return see_other(f"/challenges/{challenge.id}/jury")


@router.post("/challenges/{challenge_id}/jurors/{juror_id}", response_class=HTMLResponse)
def update_juror(
    challenge_id: IdPath,
    juror_id: IdPath,
    challenges: ChallengesDep,
    jury: JuryDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    juror = jury.get_juror(challenge, juror_id)
    active = form_text(form, "active")
    data = JurorUpdate(cap=form_int(form, "cap"), active=None if not active else active == "yes")
    jury.update_juror(juror, user, data)
    return see_other(f"/challenges/{challenge.id}/jury#juror-{juror.id}")


@router.post("/challenges/{challenge_id}/assign", response_class=HTMLResponse)
def assign_reviewers(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    jury: JuryDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """Solve the assignment and show it with its totals, the applications left short and the pairs excluded."""
    challenge = challenges.manage(challenge_id, user)
    assignment = jury.assign(challenge, user)
    return jury_view(request, challenge.id, challenges, applications, jury, user, assignment)


# --- a juror's reviews ---------------------------------------------------------------------------------------


@router.get("/challenges/{challenge_id}/reviews", response_class=HTMLResponse)
def reviews_page(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    jury: JuryDep,
    user: PageUserDep,
) -> Response:
    """A juror's assigned applications (managers see every review)."""
    require_user(user)
    challenge = challenges.get(challenge_id, user)
    rows = []
    for review in jury.reviews_of(challenge, user):
        application = applications.get(review.application_id, user)
        rows.append(
            {
                "review": jury.review_public(review),
                "application": applications.public(application, user),
                "mine": user is not None and review.juror.user_id == user.id,
            }
        )
    return render(request, "challenges/reviews.html", challenge=challenges.public(challenge, user), rows=rows)


def review_form(
    request: Request,
    review_id: int,
    jury: JuryDep,
    applications: ApplicationsDep,
    challenges: ChallengesDep,
    user: PageUserDep,
    values: FormValues | None = None,
    errors: FieldErrors | None = None,
    status_code: int = 200,
) -> Response:
    review = jury.assigned_review(review_id, user)
    application = applications.get(review.application_id, user)
    challenge = application.challenge
    stored = jury.review_public(review)
    return render(
        request,
        "challenges/review.html",
        status_code=status_code,
        review=stored,
        application=applications.public(application, user),
        challenge=challenges.public(challenge, user),
        values=values
        if values is not None
        else {**{f"mark-{k}": f"{v:g}" for k, v in stored.marks.items()}, "comment": stored.comment},
        errors=errors or {},
    )


@router.get("/reviews/{review_id}", response_class=HTMLResponse)
def review_page(
    review_id: IdPath,
    request: Request,
    jury: JuryDep,
    applications: ApplicationsDep,
    challenges: ChallengesDep,
    user: PageUserDep,
) -> Response:
    return review_form(request, review_id, jury, applications, challenges, user)


@router.post("/reviews/{review_id}", response_class=HTMLResponse)
def submit_review(
    review_id: IdPath,
    request: Request,
    jury: JuryDep,
    applications: ApplicationsDep,
    challenges: ChallengesDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    review = jury.assigned_review(review_id, user)
    challenge = jury.find_challenge(review.juror.challenge_id)
    criteria = [c["name"] for c in challenge.criteria]
    marks = marks_from_form(form, criteria)
    values: FormValues = {**{f"mark-{k}": v for k, v in marks.items()}, "comment": form_text(form, "comment")}
    _ = i18n.request_gettext(request)
    try:
        data = ReviewSubmit(marks=marks, comment=values["comment"])
    except ValidationError as exc:
        errors: FieldErrors = {}
        for error in exc.errors():
            loc = error["loc"]
            if loc[0] == "marks":
                field = f"mark-{loc[1]}" if len(loc) > 1 else forms.FORM_ERROR
                errors.setdefault(field, _("Give a mark from 0 to 10."))
            else:
                errors.setdefault(str(loc[0]), forms.describe_error(str(loc[0]), dict(error), _))
        return review_form(request, review_id, jury, applications, challenges, user, values, errors, 422)
    jury.submit_review(review, user, data)
    return see_other(f"/challenges/{challenge.id}/reviews")


@router.post("/challenges/{challenge_id}/jurors/{juror_id}/conflicts", response_class=HTMLResponse)
def declare_conflict(
    challenge_id: IdPath,
    juror_id: IdPath,
    challenges: ChallengesDep,
    jury: JuryDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """A juror declares a conflict with one of their applications (the next assignment hands it to another)."""
    challenge = challenges.get(challenge_id, user)
    juror = jury.get_juror(challenge, juror_id)
    data = ConflictCreate(
        application_id=form_int(form, "application_id") or 0, reason=form_text(form, "reason")
    )
    jury.declare_conflict(juror, user, data)
    return see_other(f"/challenges/{challenge.id}/reviews")


@router.post("/reviews/{review_id}/release", response_class=HTMLResponse)
def release_review(review_id: IdPath, jury: JuryDep, user: PageUserDep, form: FormDep) -> Response:
    """A manager shows a finished review's comment to the applicant (or takes it back)."""
    require_staff(user)
    review = jury.release(jury.get_review(review_id), user, form_text(form, "released") != "no")
    return see_other(f"/challenges/{review.juror.challenge_id}/jury#app-{review.application_id}")


# --- ranking and shortlist --------------------------------------------------------------------------------


@router.get("/challenges/{challenge_id}/ranking", response_class=HTMLResponse)
def ranking_page(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    jury: JuryDep,
    user: PageUserDep,
    method: str = "",
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    chosen = method if method in {m.value for m in RankingMethod} else None
    ranking = jury.ranking(challenge, user, chosen)
    statuses = {a.id: applications.public(a, user).status for a in applications.list(challenge, user)}
    return render(
        request,
        "challenges/ranking.html",
        challenge=challenges.public(challenge, user),
        ranking=ranking,
        methods=[m.value for m in RankingMethod],
        statuses=statuses,
    )


@router.post("/challenges/{challenge_id}/shortlist", response_class=HTMLResponse)
def shortlist(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    round_: RoundDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """Shortlist up to the pitch slots and show who is in, who is out, and why."""
    challenge = challenges.manage(challenge_id, user)
    result = round_.shortlist(challenge, user)
    names = {a.id: applications.public(a, user).organisation.name for a in applications.list(challenge, user)}
    return render(
        request,
        "challenges/shortlist.html",
        challenge=challenges.public(challenge, user),
        result=result,
        names=names,
    )
