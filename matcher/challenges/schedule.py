"""The pitch-day schedule: every shortlisted pitch in one room at one slot, each challenge's pitches in one room
and in consecutive slots where possible (the jury stays put), no juror in two rooms at once, an applicant's
pitches never at the same time; CP-SAT (OR-Tools, `timetable.py`), with an iCalendar export.

Hard: one pitch per room and slot; a juror (a challenge's jury, or one sitting on several) attends one pitch at a
time; an applicant pitches once at a time. Soft, in this order: as few sittings per challenge as possible (a
sitting: consecutive slots in one room), then each challenge's pitches as close together as possible (the span
from its first to its last slot). Slots that overlap in time count as the same time for jurors and applicants.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from matcher.challenges.timetable import Day, solve_cells, solve_runs
from matcher.errors import InvalidInput
from matcher.kit.calendar import CalendarEntry
from matcher.kit.calendar import to_ics as write_ics


@dataclass(frozen=True)
class Pitch:
    application_id: int
    challenge_id: int
    applicant_id: int


@dataclass(frozen=True)
class Room:
    name: str


@dataclass(frozen=True)
class Slot:
    start: datetime  # timezone-aware
    minutes: int

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Session:
    """One pitch in one room at one slot, with the jurors present."""

    application_id: int
    challenge_id: int
    room: str
    slot: int  # index into the day's slots
    start: datetime
    end: datetime
    jurors: tuple[int, ...]
    reason: str


def _check(pitches: Sequence[Pitch], rooms: Sequence[Room], slots: Sequence[Slot]) -> None:
    ids = [p.application_id for p in pitches]
    if len(ids) != len(set(ids)):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise InvalidInput(f"pitches given twice: {', '.join(map(str, twice))}", detail=twice)
    names = [r.name for r in rooms]
    if len(names) != len(set(names)):
        raise InvalidInput(
            f"rooms named twice: {', '.join(sorted({n for n in names if names.count(n) > 1}))}"
        )
    for index, slot in enumerate(slots):
        if slot.start.tzinfo is None or slot.start.utcoffset() is None:
            raise InvalidInput(f"slot {index + 1} starts at {slot.start} without a time zone: give one")
        if slot.minutes <= 0:
            raise InvalidInput(f"slot {index + 1} lasts {slot.minutes} minutes: give it at least 1")


def _times(slots: Sequence[Slot]) -> tuple[list[list[int]], int]:
    """The groups of slots that run at the same moment (the slots running at each slot's start), and how many
    slots one person can attend one after another (the most slots that do not overlap)."""
    groups = []
    for slot in slots:
        group = sorted(i for i, other in enumerate(slots) if other.start <= slot.start < other.end)
        if group not in groups:
            groups.append(group)
    apart, free_from = 0, None
    for slot in sorted(slots, key=lambda s: s.end):
        if free_from is None or slot.start >= free_from:
            apart, free_from = apart + 1, slot.end
    return groups, apart


def _diagnose(
    pitches: Sequence[Pitch],
    rooms: Sequence[Room],
    slots: Sequence[Slot],
    jurors_of: Mapping[int, Sequence[int]],
) -> None:
    """Raise InvalidInput, saying what to change, for what no schedule can satisfy, before any search."""
    cells = len(rooms) * len(slots)
    if len(pitches) > cells:
        raise InvalidInput(
            f"{len(pitches)} pitches need {len(pitches)} room-slots; the day has {cells} "
            f"({len(rooms)} rooms x {len(slots)} slots): add a room or slots"
        )
    _, apart = _times(slots)
    per_applicant: dict[int, int] = defaultdict(int)
    for p in pitches:
        per_applicant[p.applicant_id] += 1
    for applicant, n in sorted(per_applicant.items()):
        if n > apart:
            raise InvalidInput(
                f"applicant {applicant} pitches {n} times; the day has {apart} slots one after another: "
                "add slots, or lower the cap of challenges per applicant"
            )
    per_juror: dict[int, list[Pitch]] = defaultdict(list)
    for p in pitches:
        for juror in set(jurors_of.get(p.challenge_id, ())):
            per_juror[juror].append(p)
    for juror, attended in sorted(per_juror.items()):
        if len(attended) > apart:
            challenges = ", ".join(map(str, sorted({p.challenge_id for p in attended})))
            raise InvalidInput(
                f"juror {juror} must attend {len(attended)} pitches (challenges {challenges}); the day has "
                f"{apart} slots one after another: add slots, or split the jury"
            )


def plan_pitch_day(
    pitches: Sequence[Pitch],
    rooms: Sequence[Room],
    slots: Sequence[Slot],
    jurors_of: Mapping[int, Sequence[int]],
    time_limit_s: float = 10.0,
    *,
    workers: int = 1,
) -> list[Session]:
    """The sessions of the day, by start, then room. Raises InvalidInput with what to change when no schedule
    exists (or none is found within the limit). One worker by default: the search is then repeatable, and the
    same input gives the same schedule whenever it is solved to optimality within the limit."""
    _check(pitches, rooms, slots)
    if not pitches:
        return []
    _diagnose(pitches, rooms, slots, jurors_of)
    order = sorted(range(len(slots)), key=lambda s: (slots[s].start, s))
    position = {s: k for k, s in enumerate(order)}  # the slot's place in time, which "consecutive" means
    day = _as_indices(pitches, rooms, slots, jurors_of, order)
    started = time.monotonic()
    placed = solve_runs(day, time_limit_s / 2, workers) if day.overlaps is None else None
    if placed is None:
        placed, impossible = solve_cells(day, time_limit_s - (time.monotonic() - started), workers)
        if impossible:
            raise InvalidInput(
                f"no schedule keeps every juror in one room at a time and every applicant's pitches apart in "
                f"{len(rooms)} rooms x {len(slots)} slots: add a room or slots, or split a jury shared by "
                "challenges"
            )
        if placed is None:
            raise InvalidInput(
                f"no schedule found within {time_limit_s:g} s: raise the time limit, or add a room or slots"
            )
    return _sessions(pitches, rooms, slots, jurors_of, placed, position)


def _as_indices(
    pitches: Sequence[Pitch],
    rooms: Sequence[Room],
    slots: Sequence[Slot],
    jurors_of: Mapping[int, Sequence[int]],
    order: list[int],
) -> Day:
    of_challenge: dict[int, list[int]] = defaultdict(list)
    for i, p in enumerate(pitches):
        of_challenge[p.challenge_id].append(i)
    sits_on: dict[int, set[int]] = defaultdict(set)
    for c in of_challenge:
        for juror in jurors_of.get(c, ()):
            sits_on[juror].add(c)
    groups, _ = _times(slots)
    return Day(
        of_challenge=dict(sorted(of_challenge.items())),
        applicant_of=[p.applicant_id for p in pitches],
        juries=sorted({frozenset(cs) for cs in sits_on.values()}, key=sorted),
        rooms=len(rooms),
        order=order,
        overlaps=groups if any(len(g) > 1 for g in groups) else None,
    )


def _sittings(
    mine: list[int], placed: Mapping[int, tuple[int, int]], position: Mapping[int, int]
) -> list[list[int]]:
    """A challenge's pitches in time order, cut into sittings: consecutive slots in one room."""
    runs: list[list[int]] = []
    for i in sorted(mine, key=lambda k: position[placed[k][1]]):
        room, slot = placed[i]
        if (
            runs
            and placed[runs[-1][-1]][0] == room
            and position[placed[runs[-1][-1]][1]] + 1 == position[slot]
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _sessions(
    pitches: Sequence[Pitch],
    rooms: Sequence[Room],
    slots: Sequence[Slot],
    jurors_of: Mapping[int, Sequence[int]],
    placed: Mapping[int, tuple[int, int]],
    position: Mapping[int, int],
) -> list[Session]:
    """The solved placement as sessions, each with why it is there: where its challenge's jury sits, and the
    applicant's other pitches."""
    of_challenge: dict[int, list[int]] = defaultdict(list)
    of_applicant: dict[int, list[int]] = defaultdict(list)
    for i, p in enumerate(pitches):
        of_challenge[p.challenge_id].append(i)
        of_applicant[p.applicant_id].append(i)
    where: dict[int, str] = {}
    for c, mine in of_challenge.items():
        runs = _sittings(mine, placed, position)
        told = [
            f"{rooms[placed[run[0]][0]].name}, slots {position[placed[run[0]][1]] + 1} to "
            f"{position[placed[run[-1]][1]] + 1}"
            for run in runs
        ]
        for number, run in enumerate(runs, start=1):
            for k, i in enumerate(run, start=1):
                if len(runs) == 1:
                    where[i] = f"challenge {c} sits in {told[0]}: pitch {k} of {len(mine)}"
                else:
                    where[i] = (
                        f"challenge {c} sits {len(runs)} times ({'; '.join(told)}: the rooms and slots leave no "
                        "schedule with every challenge in one sitting), its jurors never in two rooms at once: "
                        f"sitting {number}, pitch {k} of {len(run)}"
                    )
    sessions = []
    for i, p in enumerate(pitches):
        r, s = placed[i]
        reason = where[i]
        others = [k for k in of_applicant[p.applicant_id] if k != i]
        if others:
            elsewhere = ", ".join(
                f"{slots[placed[k][1]].start:%H:%M} (challenge {pitches[k].challenge_id})" for k in others
            )
            reason += f"; the applicant also pitches at {elsewhere}"
        slot = slots[s]
        jurors = tuple(sorted(set(jurors_of.get(p.challenge_id, ()))))
        sessions.append(
            Session(p.application_id, p.challenge_id, rooms[r].name, s, slot.start, slot.end, jurors, reason)
        )
    sessions.sort(key=lambda session: (session.start, session.room, session.application_id))
    return sessions


def to_ics(
    sessions: Sequence[Session],
    titles: Mapping[int, str],
    calendar_name: str,
    *,
    stamp: datetime | None = None,
) -> bytes:
    """The schedule as an iCalendar file: one VEVENT per session, its UID stable per application (a new export
    updates the same events in a calendar), SUMMARY the challenge's title, LOCATION the room, times in UTC.
    `stamp` is the DTSTAMP of every event (default: now)."""
    entries = [
        CalendarEntry(
            uid=f"pitch-{session.application_id}@matchwerk",
            start=session.start,
            end=session.end,
            summary=(
                f"Pitch: {titles.get(session.challenge_id, f'challenge {session.challenge_id}')} "
                f"(application {session.application_id})"
            ),
            location=session.room,
            description=f"{session.reason}\nJurors: {', '.join(map(str, session.jurors)) or 'none named'}",
        )
        for session in sessions
    ]
    return write_ics(entries, calendar_name, product="pitch day", stamp=stamp)
