"""`python -m tests.faults.paused_cli ARGS`: the `matcher` command, paused for a while at one step of real work
so that a fault test can kill it exactly there. The step is named by `FAULT_PAUSE_AT`; the pause is patched in
here, around the indexer's save step, so that production code carries no test hook:

- `after_commit`: a write (an import) is committed and carried into the engine, its index not yet saved
  (`Indexer.apply`, just before it calls `Indexer.record`);
- `journal_written`: a write's record is durable in the index's journal, not yet named in `meta.json`
  (`IndexSet.append`, just before it publishes);
- `index_written`: a new index generation is durable on disk, not yet named in `meta.json` (`IndexSet.save`,
  just before it publishes).

The pause is announced by the log line `test checkpoint STEP`.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from matcher.engine.ann import IndexSet
from matcher.indexing.service import Indexer

PAUSE_SECONDS = 30
STEPS = ("after_commit", "journal_written", "index_written")

log = logging.getLogger("tests.faults")


def pause(step: str) -> None:
    log.warning("test checkpoint %s: pausing for %s s", step, PAUSE_SECONDS)
    time.sleep(PAUSE_SECONDS)


def pause_after_commit() -> None:
    """Pause in `Indexer.record`, which `Indexer.apply` calls once a write has committed."""
    record = Indexer.record

    def paused_record(self: Indexer) -> None:
        pause("after_commit")
        record(self)

    Indexer.record = paused_record  # type: ignore[method-assign]


def pause_before_publish(method: str, step: str) -> None:
    """Pause in `IndexSet.<method>` (`append`: the write's journal record; `save`: a new generation's files) once
    what it wrote is durable and before `meta.json` names it."""
    publishing = getattr(IndexSet, method)

    def paused(self: IndexSet, directory: Any, digest: str, before_publish: Any = None) -> Any:
        def publish() -> None:
            if before_publish is not None:
                before_publish()
            pause(step)

        return publishing(self, directory, digest, before_publish=publish)

    setattr(IndexSet, method, paused)


def main() -> None:
    step = os.environ.get("FAULT_PAUSE_AT")
    if step == "after_commit":
        pause_after_commit()
    elif step == "journal_written":
        pause_before_publish("append", step)
    elif step == "index_written":
        pause_before_publish("save", step)
    elif step:
        raise SystemExit(f"FAULT_PAUSE_AT must be one of {', '.join(STEPS)}, not {step!r}")
    from matcher.cli import app

    app(prog_name="matcher")


if __name__ == "__main__":
    main()
