"""What every encoder offers (`Encoder`), and the progress callback of long encodings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

ProgressCallback = Callable[[int, int], None]
"""Called with (done, total) while a long job runs."""


class Encoder(Protocol):
    """Turns texts into float32 vectors whose inner product is the texts' similarity: L2-normalised ones, or a
    routed model's (`routed`: matcher.embeddings.routed), whose queries and documents differ in their last
    coordinate. Queries and documents may be encoded differently."""

    name: str
    dimension: int
    routed: bool

    def encode_documents(
        self, texts: Sequence[str], progress: ProgressCallback | None = None
    ) -> np.ndarray: ...

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...
