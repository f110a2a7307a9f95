"""Text embeddings: the encoder interface, the model registry and the content-hash embedding cache."""
