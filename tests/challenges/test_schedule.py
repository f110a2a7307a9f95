"""The pitch-day schedule: the hard rules checked on the output, the soft ones where they can hold, the clear
refusals, and the iCalendar export read back."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from matcher.challenges.schedule import Pitch, Room, Slot, plan_pitch_day, to_ics
from matcher.errors import InvalidInput

BERLIN = ZoneInfo("Europe/Berlin")


def day(slots: int, rooms: int, minutes: int = 20, every: int = 30) -> tuple[list[Room], list[Slot]]:
    start = datetime(2027, 3, 4, 9, 0, tzinfo=BERLIN)
    return (
        [Room(f"Room {chr(65 + r)}") for r in range(rooms)],
        [Slot(start + timedelta(minutes=every * k), minutes) for k in range(slots)],
    )


def pitches_for(sizes: dict[int, int], twice: dict[int, tuple[int, int]] | None = None) -> list[Pitch]:
    """`sizes`: challenge -> pitches; every pitch its own applicant, except `twice`: applicant -> the two
    challenges it pitches for (replacing one pitch of each)."""
    out = []
    for challenge, n in sizes.items():
        out += [Pitch(challenge * 100 + k, challenge, challenge * 100 + k) for k in range(n)]
    for applicant, challenges in (twice or {}).items():
        for challenge in challenges:
            k = next(i for i, p in enumerate(out) if p.challenge_id == challenge and p.applicant_id >= 100)
            out[k] = Pitch(out[k].application_id, challenge, applicant)
    return out


def check_hard_rules(sessions, pitches, slots, jurors_of) -> None:
    assert sorted(s.application_id for s in sessions) == sorted(p.application_id for p in pitches)
    cells = [(s.room, s.slot) for s in sessions]
    assert len(cells) == len(set(cells)), "two pitches in one room at one slot"
    applicant = {p.application_id: p.applicant_id for p in pitches}

    def overlap(a, b) -> bool:
        return slots[a.slot].start < slots[b.slot].end and slots[b.slot].start < slots[a.slot].end

    for a in sessions:
        assert a.start == slots[a.slot].start and a.end == slots[a.slot].end
        assert a.jurors == tuple(sorted(jurors_of.get(a.challenge_id, ())))
        for b in sessions:
            if a.application_id >= b.application_id or not overlap(a, b):
                continue
            assert applicant[a.application_id] != applicant[b.application_id], "an applicant in two places"
            assert not set(a.jurors) & set(b.jurors), "a juror in two rooms at once"


def rooms_and_spans(sessions) -> dict[int, tuple[set[str], int]]:
    by_challenge = defaultdict(list)
    for s in sessions:
        by_challenge[s.challenge_id].append(s)
    return {
        c: ({s.room for s in mine}, max(s.slot for s in mine) - min(s.slot for s in mine))
        for c, mine in by_challenge.items()
    }


def test_each_challenge_in_one_room_in_consecutive_slots():
    rooms, slots = day(8, 2)
    pitches = pitches_for({1: 4, 2: 4, 3: 3, 4: 5}, twice={900: (1, 2), 901: (3, 4)})
    jurors_of = {c: [c * 10, c * 10 + 1] for c in range(1, 5)}
    sessions = plan_pitch_day(pitches, rooms, slots, jurors_of)
    check_hard_rules(sessions, pitches, slots, jurors_of)
    for c, (used, span) in rooms_and_spans(sessions).items():
        n = sum(1 for p in pitches if p.challenge_id == c)
        assert len(used) == 1 and span == n - 1, f"challenge {c} not in one run"
    assert sessions == sorted(sessions, key=lambda s: (s.start, s.room, s.application_id))
    assert all(s.reason.startswith(f"challenge {s.challenge_id} sits in Room ") for s in sessions)
    assert any("the applicant also pitches at" in s.reason for s in sessions)
    assert plan_pitch_day(pitches, rooms, slots, jurors_of) == sessions  # repeatable


def test_a_challenge_too_long_for_one_room_is_split_without_a_juror_in_two_rooms():
    # 3 challenges of 5 in 2 rooms of 8 slots: one challenge cannot sit in one room
    rooms, slots = day(8, 2)
    pitches = pitches_for({1: 5, 2: 5, 3: 5})
    jurors_of = {1: [1, 2], 2: [3], 3: [4, 5]}
    sessions = plan_pitch_day(pitches, rooms, slots, jurors_of)
    check_hard_rules(sessions, pitches, slots, jurors_of)
    split = [c for c, (used, _) in rooms_and_spans(sessions).items() if len(used) > 1]
    assert len(split) == 1
    assert all("sits 2 times" in s.reason for s in sessions if s.challenge_id == split[0])


def test_a_juror_on_two_challenges_never_sits_in_two_rooms():
    rooms, slots = day(6, 3)
    pitches = pitches_for({1: 3, 2: 3, 3: 3})
    jurors_of = {1: [7, 8], 2: [7, 9], 3: [10]}
    sessions = plan_pitch_day(pitches, rooms, slots, jurors_of)
    check_hard_rules(sessions, pitches, slots, jurors_of)
    seven = sorted(s.slot for s in sessions if 7 in s.jurors)
    assert len(seven) == len(set(seven)) == 6


def test_overlapping_slots_count_as_the_same_time():
    # slots every 15 minutes, 25 minutes long: each overlaps the next; the cell model takes over
    rooms, slots = day(6, 2, minutes=25, every=15)
    pitches = pitches_for({1: 2, 2: 2}, twice={900: (1, 2)})
    jurors_of = {1: [1], 2: [2]}
    sessions = plan_pitch_day(pitches, rooms, slots, jurors_of)
    check_hard_rules(sessions, pitches, slots, jurors_of)


def test_pitches_without_a_jury_may_run_in_parallel():
    rooms, slots = day(2, 2)
    pitches = pitches_for({1: 4})
    sessions = plan_pitch_day(pitches, rooms, slots, {})
    check_hard_rules(sessions, pitches, slots, {})
    assert len(sessions) == 4


def test_infeasible_days_say_what_to_change():
    rooms, slots = day(6, 5)
    with pytest.raises(
        InvalidInput, match="35 pitches need 35 room-slots; the day has 30 .*add a room or slots"
    ):
        plan_pitch_day(pitches_for({c: 7 for c in range(1, 6)}), rooms, slots, {})
    rooms, slots = day(2, 3)
    pitches = [Pitch(1, 1, 9), Pitch(2, 2, 9), Pitch(3, 3, 9)]
    with pytest.raises(InvalidInput, match="applicant 9 pitches 3 times; the day has 2 slots"):
        plan_pitch_day(pitches, rooms, slots, {})
    with pytest.raises(InvalidInput, match="juror 5 must attend 3 pitches .*split the jury"):
        plan_pitch_day(pitches_for({1: 2, 2: 1}), rooms, slots, {1: [5], 2: [5]})
    # three challenges of one pitch, each pair sharing a juror: three different times, and only two
    triangle = {1: [1, 3], 2: [1, 2], 3: [2, 3]}
    with pytest.raises(InvalidInput, match="no schedule keeps every juror in one room at a time"):
        plan_pitch_day(pitches_for({1: 1, 2: 1, 3: 1}), rooms, slots, triangle)


def test_refusals_and_empty_day():
    rooms, slots = day(2, 1)
    with pytest.raises(InvalidInput, match="without a time zone"):
        plan_pitch_day([Pitch(1, 1, 1)], rooms, [Slot(datetime(2027, 3, 4, 9), 20)], {})
    with pytest.raises(InvalidInput, match="at least 1"):
        plan_pitch_day([Pitch(1, 1, 1)], rooms, [Slot(slots[0].start, 0)], {})
    with pytest.raises(InvalidInput, match="pitches given twice: 1"):
        plan_pitch_day([Pitch(1, 1, 1), Pitch(1, 2, 2)], rooms, slots, {})
    with pytest.raises(InvalidInput, match="rooms named twice: Room A"):
        plan_pitch_day([Pitch(1, 1, 1)], rooms * 2, slots, {})
    assert plan_pitch_day([], rooms, slots, {}) == []


def test_ics_parses_back_with_one_event_per_session():
    rooms, slots = day(4, 2)
    pitches = pitches_for({1: 3, 2: 2})
    jurors_of = {1: [5], 2: [6]}
    sessions = plan_pitch_day(pitches, rooms, slots, jurors_of)
    titles = {1: "Drone inspection of rotor blades", 2: "Leak detection in drinking water"}
    data = to_ics(sessions, titles, "Essen pitch day", stamp=datetime(2027, 3, 1, tzinfo=UTC))
    calendar = Calendar.from_ical(data)
    assert str(calendar["X-WR-CALNAME"]) == "Essen pitch day"
    events = calendar.walk("VEVENT")
    assert len(events) == len(sessions)
    by_uid = {str(e["UID"]): e for e in events}
    for s in sessions:
        event = by_uid[f"pitch-{s.application_id}@matchwerk"]
        assert titles[s.challenge_id] in str(event["SUMMARY"])
        assert str(event["LOCATION"]) == s.room
        assert event.decoded("DTSTART") == s.start and event.decoded("DTEND") == s.end
    again = to_ics(sessions, titles, "Essen pitch day", stamp=datetime(2027, 3, 2, tzinfo=UTC))
    assert sorted(str(e["UID"]) for e in Calendar.from_ical(again).walk("VEVENT")) == sorted(by_uid)
