"""Faster runtimes for model folders: the sentence-transformers model exported once to ONNX and run by
onnxruntime (in float32, or with int8 dynamic quantisation) or by OpenVINO.

`MATCHER_ENCODER_BACKEND` picks one. The first load of a (model, backend) traces the whole sentence-transformers
pipeline (transformer, pooling, normalisation) with torch into one ONNX graph, quantises or converts it, and
writes the result with the model's tokenizer into `<export root>/<model>/<backend>/`, built in a temporary
folder and renamed into place, so a crash never leaves half an export. Later loads read that folder and need
neither torch's weights nor another export. A fingerprint of the source folder (file names, sizes and times) is
saved beside the export; when the source model changes, the export is made again.

At run time an exported model is a sentence-transformers module (`matcher.embeddings.modules.ExportedModel`),
so batching and prefixes go through the same `SentenceTransformer.encode` as the torch model. Heavy imports
(torch, onnxruntime, OpenVINO) happen inside the functions that need them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any, get_args

from matcher.config import EncoderBackend
from matcher.errors import ConfigurationError

log = logging.getLogger(__name__)

BACKENDS: tuple[str, ...] = get_args(EncoderBackend)
EXPORT_FORMAT = 1
EXPORT_INFO = "matchwerk_export.json"
ONNX_FILE = "model.onnx"
OPENVINO_FILE = "model.xml"
_REQUIREMENTS = {
    "onnx": "onnxruntime onnx",
    "onnx-int8": "onnxruntime onnx",
    "openvino": "openvino onnx",
}


def encoder_name(model_name: str, backend: str) -> str:
    """The name an encoder's vectors are kept under (embedding cache, index metadata): the model's name, plus the
    backend when it is not torch, since another runtime's vectors differ a little."""
    return model_name if backend == "torch" else f"{model_name}@{backend}"


def model_of(name: str) -> str:
    """The model name inside an encoder name (`all-minilm-l6-v2@onnx-int8` -> `all-minilm-l6-v2`)."""
    model, _, backend = name.rpartition("@")
    return model if model and backend in BACKENDS else name


def export_folder(export_root: Path, model_name: str, backend: str) -> Path:
    """Where the export of one (model, backend) lives: a registry name as it is, a folder path by its last part
    and a digest of the whole path (two folders called `model` never share an export)."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", model_name):
        slug = model_name
    else:
        digest = hashlib.sha256(model_name.encode()).hexdigest()[:10]
        tail = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(model_name).name).strip("-.")[:60] or "model"
        slug = f"{tail}-{digest}"
    return export_root / slug / backend


def source_fingerprint(folder: Path) -> str:
    """A digest of the names, sizes and modification times of a model folder's files (cheap: no file is read)."""
    entries = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = path.stat()
        entries.append(f"{path.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()


def _require(backend: str) -> None:
    modules = ["onnx", "openvino"] if backend == "openvino" else ["onnxruntime", "onnx"]
    for module in modules:
        try:
            __import__(module)
        except ImportError as exc:
            raise ConfigurationError(
                f"MATCHER_ENCODER_BACKEND={backend} needs the package {module!r}: pip install -e '.[fast]' "
                f"(or pip install {_REQUIREMENTS[backend]})"
            ) from exc


def read_export_info(folder: Path) -> dict[str, Any] | None:
    try:
        info: dict[str, Any] = json.loads((folder / EXPORT_INFO).read_text())
    except (OSError, ValueError):
        return None
    return info


def ensure_export(source: Path, model_name: str, backend: str, export_root: Path) -> Path:
    """The folder holding `backend`'s export of the model folder `source`, made now if it is missing or stale."""
    if backend not in BACKENDS or backend == "torch":
        raise ConfigurationError(f"no export for the encoder backend {backend!r}")
    _require(backend)
    target = export_folder(export_root, model_name, backend)
    fingerprint = source_fingerprint(source)
    info = read_export_info(target)
    if info and info.get("fingerprint") == fingerprint and info.get("format") == EXPORT_FORMAT:
        return target
    if info:
        log.warning("the export %s was made from another version of %s: exporting again", target, source)
    log.info("exporting %s for the %s backend into %s (once)", model_name, backend, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{backend}-", dir=target.parent))
    try:
        details = export_model(source, work, backend)
        info = {"format": EXPORT_FORMAT, "model": model_name, "backend": backend, "fingerprint": fingerprint}
        (work / EXPORT_INFO).write_text(json.dumps({**info, **details}, indent=2))
        _move_into_place(work, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _move_into_place(work: Path, target: Path) -> None:
    """Rename the finished export over `target`: a stale one is moved aside first; when another process has put
    a current export there in the meantime, that one stays."""
    if target.exists():
        stale = target.with_name(f".stale-{target.name}-{os.getpid()}")
        try:
            target.rename(stale)
        except OSError:
            return  # another process moved it first; its export is as good as ours
        shutil.rmtree(stale, ignore_errors=True)
    try:
        work.rename(target)
    except OSError:
        log.info("another process exported %s first", target)


def export_model(source: Path, work: Path, backend: str) -> dict[str, Any]:
    details = _trace_to_onnx(source, work)
    onnx_file = work / ONNX_FILE
    if backend == "onnx-int8":
        _quantise(onnx_file)
    elif backend == "openvino":
        import openvino

        openvino.save_model(
            openvino.convert_model(str(onnx_file)), str(work / OPENVINO_FILE), compress_to_fp16=False
        )
        onnx_file.unlink()
    return details


def _trace_to_onnx(source: Path, work: Path) -> dict[str, Any]:
    """Trace the torch pipeline (token ids in, normalised sentence embedding out) into `work/model.onnx` and
    save the tokenizer beside it."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.base.modules.transformer import Transformer

    model = SentenceTransformer(str(source), device="cpu", local_files_only=True)
    first = model[0]
    if not isinstance(first, Transformer) or first.tokenizer is None:
        raise ConfigurationError(
            f"{source}: only models whose first module is a sentence-transformers Transformer can be exported; "
            "use MATCHER_ENCODER_BACKEND=torch"
        )
    sample = model.preprocess(["an example to trace", "a second, somewhat longer example to trace the model"])
    names = [name for name, value in sample.items() if isinstance(value, torch.Tensor)]

    class Pipeline(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *tensors: torch.Tensor) -> torch.Tensor:
            features: dict[str, Any] = dict(zip(names, tensors, strict=True))
            for module in self.model:
                features = module(features)
            return features["sentence_embedding"]

    dynamic = {name: {0: "batch", 1: "tokens"} for name in names}
    # the tracer warns about Python conditions on shapes; they hold for every batch (checked by the tests)
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Pipeline().eval(),
            tuple(sample[name] for name in names),
            str(work / ONNX_FILE),
            input_names=names,
            output_names=["sentence_embedding"],
            dynamic_axes={**dynamic, "sentence_embedding": {0: "batch"}},
            opset_version=17,
            dynamo=False,  # the TorchScript tracer: needs no onnxscript, handles these encoders
        )
    first.tokenizer.save_pretrained(str(work))
    return {
        "inputs": names,
        "max_seq_length": int(model.max_seq_length or first.tokenizer.model_max_length),
        "do_lower_case": bool(getattr(first, "do_lower_case", False)),
        "dimension": int(model.get_embedding_dimension() or 0),
    }


def _quantise(onnx_file: Path) -> None:
    """int8 dynamic quantisation (weights per output channel, activations per batch at run time) of the MatMul
    and attention operators, after onnxruntime's fusions for transformer encoders (attention, layer norm, GELU).
    One scale per tensor instead of per channel keeps a mean cosine to torch of only 0.91 on all-MiniLM-L6-v2
    (per channel: 0.990), see docs/performance.md."""
    from onnx import TensorProto
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer

    fused = onnx_file.with_name("fused.onnx")
    optimizer.optimize_model(str(onnx_file), model_type="bert", opt_level=1).save_model_to_file(str(fused))
    quantize_dynamic(
        str(fused),
        str(onnx_file),
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=["MatMul", "Attention"],
        # the fused operators come from onnxruntime's own domain, where ONNX shape inference finds no types
        extra_options={"DefaultTensorType": TensorProto.FLOAT},
    )
    fused.unlink()
