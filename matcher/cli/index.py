"""`matcher reindex`: rebuild the vector indexes from the database."""

from __future__ import annotations

from matcher.cli.context import out, progress_bar, runtime
from matcher.cli.distributed import Engine, EngineOption, RayAddressOption, WorkersOption, ray_cluster


def reindex(
    engine: EngineOption = Engine.local,
    ray_address: RayAddressOption = None,
    workers: WorkersOption = None,
) -> None:
    """Rebuild the vector indexes from the database (re-encoding only texts the cache has not seen)."""
    with runtime(load_index=False) as rt:
        if engine is Engine.ray:
            from matcher.recommendations.distributed import rebuild_on_ray

            with ray_cluster(rt, ray_address, workers) as count, progress_bar("reindexing") as update:
                counts = rebuild_on_ray(rt.indexer, rt.settings, count, progress=update)
        else:
            with progress_bar("reindexing") as update:
                counts = rt.indexer.rebuild(progress=update)
    out.print("index rebuilt: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
