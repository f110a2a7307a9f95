"""The encoder backends: a model folder exported once to ONNX (float32 and int8) or OpenVINO gives the torch
model's vectors, under a name of its own, and is never exported twice."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from matcher.config import Settings
from matcher.embeddings import backends
from matcher.embeddings.backends import EXPORT_INFO, encoder_name, export_folder, model_of
from matcher.embeddings.encoder import SentenceTransformerEncoder, load_encoder, resolve_model
from matcher.errors import ConfigurationError

pytest.importorskip("onnxruntime")
pytest.importorskip("onnx")

MODEL = "all-minilm-l6-v2"
REGISTRY = Settings().model_registry
# real texts of the demo ecosystem, of different lengths (padding inside a batch matters)
TEXTS = [
    "Kernel & Type is a brand design studio for technology start-ups and research spin-offs. We create names, "
    "logos, visual identities and websites that make young companies look as credible as their technology.",
    "A four-week package of name check, visual identity, website and pitch deck design for young tech companies.",
    "Wir suchen ein Labor, das unsere Wasserstoff-Brennstoffzellen testet.",
    "Battery recycling",
]


@pytest.fixture(scope="module")
def export_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("exported")


@pytest.fixture(scope="module")
def torch_vectors() -> np.ndarray:
    return load_encoder(MODEL, REGISTRY).encode_documents(TEXTS)


@pytest.fixture(scope="module")
def exports(export_root: Path, monkeypatch_module: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the exports made in this module (each backend should be exported exactly once)."""
    counts: dict[str, int] = {}
    real = backends.export_model

    def counting(source: Path, work: Path, backend: str) -> dict[str, object]:
        counts[backend] = counts.get(backend, 0) + 1
        return real(source, work, backend)

    monkeypatch_module.setattr(backends, "export_model", counting)
    return counts


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    patch = pytest.MonkeyPatch()
    yield patch
    patch.undo()


def _fresh(backend: str, export_root: Path) -> SentenceTransformerEncoder:
    """A new encoder object (not the per-process one of `load_encoder`), as a new process would load it."""
    return SentenceTransformerEncoder(
        resolve_model(MODEL, REGISTRY), backend=backend, export_root=export_root
    )


BACKEND_CASES = [
    pytest.param("onnx", 0.9999, id="onnx"),
    pytest.param("onnx-int8", 0.98, id="onnx-int8"),
    pytest.param(
        "openvino",
        0.99,
        id="openvino",
        marks=pytest.mark.skipif(
            importlib.util.find_spec("openvino") is None, reason="openvino is not installed"
        ),
    ),
]


@pytest.mark.parametrize(("backend", "min_cosine"), BACKEND_CASES)
def test_backend_gives_the_torch_vectors_and_exports_once(
    backend: str,
    min_cosine: float,
    export_root: Path,
    exports: dict[str, int],
    torch_vectors: np.ndarray,
) -> None:
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    encoder = _fresh(backend, export_root)
    assert encoder.name == f"{MODEL}@{backend}" == encoder_name(MODEL, backend)
    assert encoder.dimension == 384
    vectors = encoder.encode_documents(TEXTS)
    assert vectors.shape == torch_vectors.shape and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    cosines = np.sum(vectors * torch_vectors, axis=1)
    assert cosines.mean() > min_cosine, cosines
    # one text alone (no padding in its batch) gives the vector it gets inside the batch; with int8, only nearly:
    # dynamic quantisation scales the activations by the whole batch's range
    alone = encoder.encode_queries([TEXTS[3]])[0]
    assert float(alone @ vectors[3]) > min_cosine
    assert exports[backend] == 1

    folder = export_folder(export_root, MODEL, backend)
    saved = sorted((path.name, path.stat().st_mtime_ns) for path in folder.iterdir())
    again = _fresh(backend, export_root)  # a second load reads the saved export
    assert exports[backend] == 1
    assert sorted((path.name, path.stat().st_mtime_ns) for path in folder.iterdir()) == saved
    assert np.allclose(again.encode_documents(TEXTS), vectors, atol=1e-5)
    assert not [path for path in folder.parent.iterdir() if path.name.startswith(".")]  # no temporary left


def test_a_changed_source_model_is_exported_again(tmp_path: Path) -> None:
    source = resolve_model(MODEL, REGISTRY).path
    folder = backends.ensure_export(source, MODEL, "onnx", tmp_path)
    info = (folder / EXPORT_INFO).read_text()
    (folder / EXPORT_INFO).write_text(info.replace('"fingerprint": "', '"fingerprint": "old'))
    assert backends.ensure_export(source, MODEL, "onnx", tmp_path) == folder
    assert (folder / EXPORT_INFO).read_text() == info
    assert sorted(path.name for path in tmp_path.joinpath(MODEL).iterdir()) == ["onnx"]


def test_the_setting_selects_the_backend(monkeypatch: pytest.MonkeyPatch, export_root: Path) -> None:
    monkeypatch.setenv("MATCHER_ENCODER_BACKEND", "onnx-int8")
    monkeypatch.setenv("MATCHER_ENCODER_EXPORT_DIR", str(export_root))
    settings = Settings()
    assert settings.encoder_backend == "onnx-int8"
    encoder = load_encoder(
        MODEL, REGISTRY, backend=settings.encoder_backend, export_root=settings.encoder_export_dir
    )
    assert encoder.name == f"{MODEL}@onnx-int8"
    assert export_folder(export_root, MODEL, "onnx-int8").joinpath("model.onnx").is_file()
    assert Settings(encoder_backend="torch").encoder_backend == "torch"
    assert (
        load_encoder(MODEL, REGISTRY).name == MODEL
    )  # torch keeps the plain name: existing caches stay valid


def test_an_unknown_backend_is_refused_by_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCHER_ENCODER_BACKEND", "tensorrt")
    with pytest.raises(ValidationError, match="encoder_backend") as refused:
        Settings()
    assert "'onnx-int8'" in str(refused.value)


def test_a_model_with_its_own_engine_refuses_another_backend(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="MATCHER_ENCODER_BACKEND=torch"):
        load_encoder("use-multilingual-v3", REGISTRY, backend="onnx-int8", export_root=tmp_path)
    assert not list(tmp_path.iterdir())


def test_the_model_name_comes_back_out_of_an_encoder_name() -> None:
    assert model_of(encoder_name(MODEL, "onnx-int8")) == model_of(encoder_name(MODEL, "torch")) == MODEL
    assert model_of("/srv/models@2024/minilm") == "/srv/models@2024/minilm"


def test_export_folders_are_kept_apart_by_model_and_backend(tmp_path: Path) -> None:
    assert export_folder(tmp_path, MODEL, "onnx") == tmp_path / MODEL / "onnx"
    first = export_folder(tmp_path, "/srv/a/model", "onnx-int8")
    second = export_folder(tmp_path, "/srv/b/model", "onnx-int8")
    assert first != second and first.parent.name.startswith("model-") and first.name == "onnx-int8"
