"""The `--engine local|ray`, `--ray-address` and `--workers` options of `matcher reindex` and `matcher recommend`,
and Ray for the length of one command."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated

import typer

from matcher.cli.context import fail
from matcher.errors import MatcherError
from matcher.runtime import Runtime


class Engine(StrEnum):
    local = "local"
    ray = "ray"


EngineOption = Annotated[
    Engine, typer.Option(help="local: this process; ray: Ray actors (docs/scaling.md).", case_sensitive=False)
]
RayAddressOption = Annotated[
    str | None,
    typer.Option(
        help="With --engine ray: the cluster to run on (HOST:PORT of its head; overrides MATCHER_RAY_ADDRESS); "
        "unset: a local instance on 127.0.0.1.",
        show_default=False,
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        min=1,
        help="With --engine ray: actors (one CPU each; overrides MATCHER_RAY_WORKERS).",
        show_default=False,
    ),
]


@contextmanager
def ray_cluster(rt: Runtime, address: str | None, workers: int | None) -> Iterator[int]:
    """Ray for one command (see `ray_session`); yields the number of workers to use."""
    from matcher.recommendations.distributed import ray_session

    conf = rt.settings
    count = workers or conf.ray_workers
    try:
        with ray_session(address or conf.ray_address, num_cpus=count, temp_dir=conf.ray_temp_dir):
            yield count
    except MatcherError as exc:
        fail(exc)
