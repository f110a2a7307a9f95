"""`python -m tests.faults.paused_cli ARGS`: the `matcher` command, paused for a while at one step of real work
so that a fault test can kill it exactly there. The step is named by `FAULT_PAUSE_AT`; the pause is patched in
here, around the indexer's save step, so that production code carries no test hook:

- `after_commit`: a write (an import) is committed and carried into the engine, its index not yet saved
  (`Indexer.apply`, just before it calls `Indexer.save`);
- `index_written`: a new index generation is durable on disk, not yet named in `meta.json` (`IndexSet.save`,
  just before it publishes).

The pause is announced by the log line `test checkpoint STEP`.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any

from matcher.engine.ann import IndexSet
from matcher.indexing.service import Indexer

PAUSE_SECONDS = 30
STEPS = ("after_commit", "index_written")

log = logging.getLogger("tests.faults")


def pause(step: str) -> None:
    log.warning("test checkpoint %s: pausing for %s s", step, PAUSE_SECONDS)
    time.sleep(PAUSE_SECONDS)


def pause_after_commit() -> None:
    """Pause in `Indexer.save` when `Indexer.apply` calls it (a committed write), not when a rebuild does."""
    applying = threading.local()
    apply, save = Indexer.apply, Indexer.save

    def paused_apply(self: Indexer, staged: Any) -> None:
        applying.active = True
        try:
            apply(self, staged)
        finally:
            applying.active = False

    def paused_save(self: Indexer, *args: Any, **kwargs: Any) -> None:
        if getattr(applying, "active", False):
            pause("after_commit")
        save(self, *args, **kwargs)

    Indexer.apply = paused_apply  # type: ignore[method-assign]
    Indexer.save = paused_save  # type: ignore[method-assign]


def pause_before_publish() -> None:
    """Pause in `IndexSet.save` once the generation's files are durable and before `meta.json` names it."""
    save = IndexSet.save

    def paused_save(self: IndexSet, directory: Any, digest: str, before_publish: Any = None) -> Any:
        def publish() -> None:
            if before_publish is not None:
                before_publish()
            pause("index_written")

        return save(self, directory, digest, before_publish=publish)

    IndexSet.save = paused_save  # type: ignore[method-assign]


def main() -> None:
    step = os.environ.get("FAULT_PAUSE_AT")
    if step == "after_commit":
        pause_after_commit()
    elif step == "index_written":
        pause_before_publish()
    elif step:
        raise SystemExit(f"FAULT_PAUSE_AT must be one of {', '.join(STEPS)}, not {step!r}")
    from matcher.cli import app

    app(prog_name="matcher")


if __name__ == "__main__":
    main()
