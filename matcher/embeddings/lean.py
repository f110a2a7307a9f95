"""One query through a BERT sentence-transformers folder without the libraries' per-call machinery.

A free-text search encodes one short question, and on the CPU most of that time is not the model's arithmetic:
`SentenceTransformer.encode` (its preprocessing, batching and output routing) and transformers' `BertModel`
(its mask builders, attention dispatch and output records) cost about a fifth of it, measured in
docs/performance.md ("Against a peer: txtai"). `LeanBert` runs the same layers with the same weights and the
same torch operations in a straight line: the embeddings and their LayerNorm, per layer the three projections,
scaled dot-product attention, the output projection and LayerNorm, the feed-forward and its LayerNorm; then
mean pooling and L2 normalisation. One text is never padded, so attention needs no mask. The vectors are the
library's to the bit (tests/embeddings/test_lean.py).

It applies only where it is exactly that model (`LeanBert.of` checks the modules and the configuration) and only
where it agrees with `SentenceTransformer.encode` on probe texts (`agrees`); anything else stays on the
library's path.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

PROBES = (
    "Wer kann Oberflächenfehler mit Kameras erkennen? Prüfung von Schweißnähten",
    "Testing HYDROGEN fuel cells for heavy-duty trucks near Essen, 2027",
)
TOLERANCE = 1e-5  # the largest difference allowed to the library's vector, per component (float32 rounding)


class LeanBert:
    """The forward pass of one text through a sentence-transformers model made of a BERT `Transformer`, mean
    `Pooling` and (optionally) `Normalize`."""

    def __init__(self, model: Any) -> None:
        transformer = model[0]
        self.tokenizer = transformer.tokenizer
        self.max_length = int(transformer.max_seq_length)
        self.lower_case = bool(getattr(transformer, "do_lower_case", False))
        bert = transformer.auto_model
        self.embeddings = bert.embeddings
        self.layers = [
            (layer.attention.self, layer.attention.output, layer.intermediate, layer.output)
            for layer in bert.encoder.layer
        ]
        self.head_size = bert.config.hidden_size // bert.config.num_attention_heads
        # `encode(normalize_embeddings=True)` normalises what a Normalize module already did: twice, as there
        self.normalisations = 2 if len(model) == 3 else 1

    @classmethod
    def of(cls, model: Any) -> LeanBert | None:
        """A lean path for `model`, or None when it is not a mean-pooled BERT encoder."""
        names = [type(module).__name__ for module in model]
        if names not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
            return None
        pooling = model[1]
        if getattr(pooling, "pooling_mode", None) not in ("mean", ("mean",), ["mean"]):
            return None
        if not getattr(pooling, "include_prompt", True):
            return None
        bert = getattr(model[0], "auto_model", None)
        config = getattr(bert, "config", None)
        if config is None or type(bert).__name__ != "BertModel" or model[0].tokenizer is None:
            return None
        if (
            config.is_decoder
            or config.add_cross_attention
            or config.chunk_size_feed_forward
            or getattr(config, "position_embedding_type", "absolute") not in (None, "absolute")
        ):
            return None
        return cls(model)

    def encode(self, text: str) -> np.ndarray:
        """The L2-normalised vector of `text` (float32, one row)."""
        import torch
        import torch.nn.functional as F

        if self.lower_case:
            text = text.lower()
        with torch.inference_mode():
            features = self.tokenizer(
                [text], truncation="longest_first", max_length=self.max_length, return_tensors="pt"
            )
            x = self._forward(features["input_ids"])
            mask = features["attention_mask"].unsqueeze(-1).to(x.dtype)
            vector = (x * mask).sum(dim=1) / torch.clamp(mask.sum(dim=1), min=1e-9)
            for _ in range(self.normalisations):
                vector = F.normalize(vector, p=2, dim=1)
            return vector.numpy()

    def _forward(self, input_ids: Any) -> Any:
        import torch.nn.functional as F

        emb = self.embeddings
        n = input_ids.shape[1]
        x = emb.word_embeddings(input_ids) + emb.token_type_embeddings(emb.token_type_ids[:, :n])
        x = emb.LayerNorm(x + emb.position_embeddings(emb.position_ids[:, :n]))
        heads = (1, n, -1, self.head_size)
        for attention, attention_out, intermediate, out in self.layers:
            q = attention.query(x).view(heads).transpose(1, 2)
            k = attention.key(x).view(heads).transpose(1, 2)
            v = attention.value(x).view(heads).transpose(1, 2)
            a = F.scaled_dot_product_attention(q, k, v, dropout_p=0.0, scale=attention.scaling)
            a = a.transpose(1, 2).reshape(1, n, -1).contiguous()
            a = attention_out.LayerNorm(attention_out.dense(a) + x)
            x = out.LayerNorm(out.dense(intermediate.intermediate_act_fn(intermediate.dense(a))) + a)
        return x

    def agrees(self, model: Any) -> bool:
        """Whether this path gives `model.encode`'s vectors for the probe texts (within float32 rounding)."""
        for text in PROBES:
            expected = model.encode([text], normalize_embeddings=True, convert_to_numpy=True)
            difference = float(np.abs(self.encode(text) - expected).max())
            if difference > TOLERANCE:
                log.info("the lean query path differs from the library's by %.2g: not used", difference)
                return False
        return True
