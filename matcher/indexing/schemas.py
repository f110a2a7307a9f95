"""What the indexer reports: the state of the indexes and of a long job (a rebuild)."""

from __future__ import annotations

from pydantic import BaseModel


class JobStatus(BaseModel):
    """Progress of a long job (reindex, import)."""

    name: str = "reindex"
    state: str = "idle"  # idle | running | done | failed
    phase: str = ""
    done: int = 0
    total: int = 0
    message: str = ""
    started_at: str | None = None
    finished_at: str | None = None


class IndexStatus(BaseModel):
    model: str
    dimension: int
    counts: dict[str, int]
    kinds: dict[str, str]
    """Per index, `exact` or the approximate `ivf<lists>-sq8` (see MATCHER_INDEX_EXACT_LIMIT)."""
    built_at: str
    organisations: int
    """Organisations anyone can see (not hidden)."""
    opportunities: int
    """Published, unexpired opportunities of those organisations."""
    job: JobStatus
