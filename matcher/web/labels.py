"""What the pages call the values of the vocabularies (kinds, sizes, statuses, roles, ...) and the parts of a
score: the English message of each value, by group. `i18n.label` translates them; their German is in the
catalogue like every other message of the pages."""

from __future__ import annotations


def N_(message: str) -> str:
    """Marks a message for extraction (babel.cfg) that is translated later, where it is shown."""
    return message


LABELS: dict[str, dict[str, str]] = {
    # kinds of organisation (profiles.vocab.Kind)
    "kind": {
        "company": N_("Company"),
        "startup": N_("Start-up"),
        "university": N_("University"),
        "research_institute": N_("Research institute"),
        "creative": N_("Creative studio"),
        "public_body": N_("Public body"),
        "intermediary": N_("Intermediary"),
        "innovation_centre": N_("Innovation centre"),
    },
    # sizes (SizeBand)
    "size_band": {
        "micro": N_("Micro (fewer than 10)"),
        "small": N_("Small (10-49)"),
        "medium": N_("Medium (50-249)"),
        "large": N_("Large (250 and more)"),
    },
    # who sees a profile (Visibility)
    "visibility": {
        "public": N_("Public"),
        "anonymous": N_("Anonymous: without name and website"),
        "hidden": N_("Hidden: not shown, searched or suggested"),
    },
    # offer or request (Direction)
    "direction": {
        "offer": N_("Offer"),
        "request": N_("Request"),
    },
    # types of opportunity (OpportunityType)
    "type": {
        "technology": N_("Technology"),
        "research_cooperation": N_("Research cooperation"),
        "pilot": N_("Pilot / test bed"),
        "business": N_("Business / supply"),
        "investment": N_("Investment"),
        "cross_innovation": N_("Cross-innovation"),
        "talent": N_("Talent / student project"),
        "facility": N_("Facility"),
    },
    # stages (Stage)
    "stage": {
        "idea": N_("Idea"),
        "concept": N_("Concept"),
        "prototype": N_("Prototype"),
        "pilot": N_("Pilot"),
        "market": N_("On the market"),
    },
    # statuses of an opportunity (OpportunityStatus)
    "status": {
        "draft": N_("Draft"),
        "published": N_("Published"),
        "paused": N_("Paused"),
        "expired": N_("Expired"),
        "archived": N_("Archived"),
    },
    # the parts of a match's score (engine features)
    "part": {
        "need_offer": N_("The partner offers what this organisation seeks"),
        "offer_need": N_("The partner seeks what this organisation offers"),
        "profile": N_("Similar profiles"),
        "keywords": N_("Shared keywords and sectors"),
        "proximity": N_("Nearby"),
        "lexical": N_("Words their texts share"),
        "network": N_("Shared partners"),
        "peers": N_("Partner of organisations like this one"),
        "popularity": N_("Active in cooperations"),
        "feedback": N_("Earlier introductions went well"),
        "complementarity": N_("Kinds that complement each other"),
        "same_country": N_("Same country"),
        "freshness": N_("Recently updated profile"),
    },
    # statuses of an introduction (introductions' Status)
    "intro_status": {
        "suggested": N_("Suggested"),
        "approved": N_("Approved"),
        "sent": N_("Sent"),
        "accepted": N_("Accepted by both"),
        "met": N_("Met"),
        "cooperation": N_("Cooperation"),
        "declined": N_("Declined"),
        "expired": N_("Expired"),
    },
    # the buttons that move an introduction to a status
    "transition": {
        "approved": N_("Approve"),
        "sent": N_("Mark as sent"),
        "met": N_("We have met"),
        "cooperation": N_("Cooperation agreed"),
        "declined": N_("Decline"),
        "expired": N_("Expire"),
    },
    # one side's answer to an introduction
    "consent": {
        "open": N_("no answer yet"),
        "accepted": N_("accepted"),
        "declined": N_("declined"),
    },
    # what came of an introduction (Outcome)
    "outcome": {
        "no_further_contact": N_("No further contact"),
        "follow_up_planned": N_("Follow-up planned"),
        "project_in_preparation": N_("Project in preparation"),
        "cooperation": N_("Cooperation agreement reached"),
    },
    # statuses of a corporate challenge (challenges' ChallengeStatus)
    "challenge_status": {
        "draft": N_("Draft"),
        "open": N_("Open for applications"),
        "closed": N_("Closed"),
        "reviewing": N_("In review"),
        "decided": N_("Decided"),
        "archived": N_("Archived"),
    },
    # the buttons that move a challenge to a status
    "challenge_transition": {
        "open": N_("Open for applications"),
        "closed": N_("Close applications"),
        "reviewing": N_("Start the review"),
        "decided": N_("Mark as decided"),
        "archived": N_("Archive"),
    },
    # statuses of an application (challenges' ApplicationStatus)
    "application_status": {
        "draft": N_("Draft"),
        "submitted": N_("Submitted"),
        "screened": N_("Screened"),
        "shortlisted": N_("Shortlisted"),
        "rejected": N_("Not shortlisted"),
        "invited_to_pitch": N_("Invited to pitch"),
        "won": N_("Won"),
        "not_selected": N_("Not selected"),
        "withdrawn": N_("Withdrawn"),
    },
    # a manager's decision buttons on an application
    "decision": {
        "shortlisted": N_("Shortlist"),
        "rejected": N_("Reject"),
        "invited_to_pitch": N_("Invite to pitch"),
        "won": N_("Winner"),
        "not_selected": N_("Not selected"),
    },
    # who sees a challenge (challenges' Visibility)
    "challenge_visibility": {
        "public": N_("Public: everybody sees it, every organisation sought may apply"),
        "invitation": N_("Invitation only: the invited see it and apply"),
    },
    # how a challenge's reviews are combined (RankingMethod)
    "ranking_method": {
        "mean": N_("Mean"),
        "median": N_("Median"),
        "zscore": N_("Z-scores per juror"),
    },
    # an invitation proposal's state
    "invitation_state": {
        "proposed": N_("Proposed"),
        "invited": N_("Invited"),
        "dismissed": N_("Dismissed"),
    },
    # statuses of an event (events' EventStatus)
    "event_status": {
        "draft": N_("Draft"),
        "registration": N_("Registration open"),
        "requests": N_("Meeting requests"),
        "scheduled": N_("Scheduled"),
        "running": N_("Under way"),
        "done": N_("Done"),
    },
    # the buttons that move an event to a status
    "event_transition": {
        "registration": N_("Open registration"),
        "requests": N_("Open meeting requests"),
        "scheduled": N_("Publish the schedule"),
        "running": N_("Start the event"),
        "done": N_("Close the event"),
    },
    # the state of an event's schedule
    "schedule_state": {
        "none": N_("No schedule yet"),
        "provisional": N_("Provisional: only the organisers see it"),
        "final": N_("Confirmed: the participants see their meetings"),
    },
    # how a schedule was found (events' Plan.method)
    "schedule_method": {
        "cp-sat": N_("by the CP-SAT solver"),
        "greedy": N_("by the greedy rule (the solver found nothing better in time)"),
    },
    # a participant's role at an event (events' Role)
    "event_role": {
        "startup": N_("Start-up"),
        "company": N_("Company"),
        "sme": N_("Small or medium-sized business"),
        "investor": N_("Investor"),
        "researcher": N_("Researcher"),
        "public_body": N_("Public body"),
        "other": N_("Other"),
    },
    # why a participant comes (events' Intent)
    "intent": {
        "networking": N_("Networking"),
        "pilot": N_("A pilot project"),
        "investing": N_("Investing"),
        "recruiting": N_("Recruiting"),
        "partnership": N_("A partnership"),
    },
    # how much a participant wants a meeting (events' Priority)
    "priority": {
        "must": N_("Must meet"),
        "would_like": N_("Would like to meet"),
        "no_thanks": N_("No thanks"),
    },
    # a meeting request's status
    "request_status": {
        "pending": N_("Pending"),
        "accepted": N_("Accepted"),
        "declined": N_("Declined"),
        "expired": N_("Expired"),
    },
    # a meeting's status
    "meeting_status": {
        "tentative": N_("Tentative: the request is pending"),
        "scheduled": N_("Scheduled"),
        "held": N_("Held"),
        "no_show": N_("No-show"),
        "cancelled": N_("Cancelled"),
    },
    # a side's outcome of a meeting (events' Outcome)
    "event_outcome": {
        "no_further_contact": N_("No further contact"),
        "further_contact": N_("Further contact"),
        "negotiation": N_("In negotiation"),
        "cooperation_agreement": N_("Cooperation agreement reached"),
    },
    # statuses of a talent programme (talent's ProgrammeStatus)
    "programme_status": {
        "draft": N_("Draft"),
        "open": N_("Open for applications"),
        "allocating": N_("Allocating"),
        "running": N_("Under way"),
        "done": N_("Done"),
    },
    # the buttons that move a programme to a status (allocating and running have their own steps)
    "programme_transition": {
        "open": N_("Open for applications"),
        "draft": N_("Back to draft"),
        "done": N_("Close the programme"),
    },
    # a talent project's status
    "project_status": {
        "proposed": N_("Proposed"),
        "open": N_("Open"),
        "cancelled": N_("Cancelled"),
        "merged": N_("Merged"),
    },
    # who a talent participant is (talent's Track)
    "track": {
        "student": N_("Student"),
        "trainee": N_("Trainee"),
        "young_professional": N_("Young professional"),
    },
    # users' roles (Role)
    "role": {
        "admin": N_("Admin"),
        "manager": N_("Manager"),
        "member": N_("Member"),
    },
}
