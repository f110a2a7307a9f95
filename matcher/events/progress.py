"""How far each event's schedule solve is, in memory: one `ScheduleStatus` per event, the last solve's, that the
solve writes (its phases and each solution the solver finds, from the solver's thread) and the organisers read
(`GET /api/v1/events/{id}/schedule/status`, the CLI's progress line) while it runs and after it. The runtime
holds one for the server's process; a process that restarts knows of no solve (`idle`), and two processes know
nothing of each other's, as with the reindex job (`matcher/indexing/`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from matcher.errors import Conflict
from matcher.events.meeting_schemas import ScheduleStatus
from matcher.events.plan import Progress


class SolveStatuses:
    """Thread-safe: a request reads a copy while another's solve writes. `listener` (the CLI's line) hears of
    every change, after it is made, with the new status."""

    def __init__(self, listener: Callable[[ScheduleStatus], None] | None = None) -> None:
        self._lock = threading.Lock()
        self._status: dict[int, ScheduleStatus] = {}
        self._searching: dict[int, float] = {}  # event id -> when its solver started searching (monotonic)
        self.listener = listener

    def get(self, event_id: int) -> ScheduleStatus:
        """The event's status; while the solver searches, its elapsed seconds up to now."""
        with self._lock:
            status = self._status.get(event_id)
            if status is None:
                return ScheduleStatus(event_id=event_id)
            status = status.model_copy()
            since = self._searching.get(event_id)
        if since is not None:
            status.elapsed_s = round(max(status.elapsed_s, time.monotonic() - since), 2)
        return status

    @contextmanager
    def solving(self, event_id: int, time_limit_s: float) -> Iterator[Callable[[Progress], None]]:
        """A solve of the event from here to the block's end: `running` (a second solve of the same event
        meanwhile is refused, 409), `failed` with the error's message if the block raises. The block reports
        the solver's progress with the callable it is given and ends with `done`."""
        with self._lock:
            current = self._status.get(event_id)
            if current is not None and current.state == "running":
                raise Conflict(
                    f"the schedule of event {event_id} is being solved (since {current.started_at:%H:%M:%S} "
                    "UTC): follow it at its status, then solve again",
                    detail={"status": "running", "allowed": ["done", "failed", "idle"]},
                )
            self._status[event_id] = ScheduleStatus(
                event_id=event_id,
                state="running",
                phase="building",
                time_limit_s=time_limit_s,
                started_at=datetime.now(UTC),
            )
            self._searching.pop(event_id, None)
        self._tell(event_id)
        try:
            yield lambda progress: self._report(event_id, progress)
        except BaseException as exc:
            message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
            self._change(event_id, state="failed", phase="failed", message=message)
            raise

    def done(self, event_id: int, method: str, meetings: int, message: str = "") -> None:
        """The solve found its schedule and wrote it."""
        self._change(event_id, state="done", phase="done", method=method, meetings=meetings, message=message)

    def _report(self, event_id: int, progress: Progress) -> None:
        with self._lock:
            status = self._status[event_id]
            status.phase = progress.phase  # type: ignore[assignment]
            if progress.phase == "solving" and progress.solutions == 0:
                self._searching[event_id] = time.monotonic()
            if progress.solutions:
                status.solutions = progress.solutions
                status.objective, status.bound = progress.objective, progress.bound
            if progress.elapsed_s:
                status.elapsed_s = round(progress.elapsed_s, 2)
            if progress.phase == "placing tables":
                self._searching.pop(event_id, None)
        self._tell(event_id)

    def _change(self, event_id: int, **values: object) -> None:
        with self._lock:
            status = self._status[event_id]
            for name, value in values.items():
                setattr(status, name, value)
            status.finished_at = datetime.now(UTC)
            self._searching.pop(event_id, None)
        self._tell(event_id)

    def _tell(self, event_id: int) -> None:
        if self.listener is not None:
            self.listener(self.get(event_id))
