"""`matcher eval crosslingual`: the metrics on hand-made vectors and a fake encoder, then one real small run."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from matcher.cli import app
from matcher.evaluation.crosslingual import (
    DEFAULT_TITLES,
    Translations,
    accuracy_at_1,
    measure,
    read_titles,
)

# Six subject codes in the sicCode layout: a BOM, `;`, a quoted title over two lines, other languages, a code
# without an English title, and one German title shared by two codes (as "Sicherheit" is in the real file).
TITLES_CSV = """\ufeffcode;title;description;language
HFC;Wasserstoff- und Brennstoffzellen;;de
HFC;Hydrogen and fuel cells;;en
HFC;Piles à combustible;;fr
FOO;Lebensmittel;;de
FOO;"Food
 and drink";;en
ROB;Robotik ;;de
ROB;Robotics;;en
SEC;Sicherheit;;de
SEC;Security;;en
SAF;Sicherheit;;de
SAF;Safety;;en
XYZ;Nur Deutsch;;de
"""


class FixedEncoder:
    """A fake encoder with a fixed vector per text, so every score is known."""

    name = "fixed"
    dimension = 3

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = {
            text: np.asarray(v, dtype=np.float32) / np.linalg.norm(v) for text, v in vectors.items()
        }

    def encode_documents(self, texts: Sequence[str], progress: object = None) -> np.ndarray:
        return np.stack([self.vectors[t] for t in texts])

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_documents(texts)


def test_read_titles_pairs_german_and_english(tmp_path: Path) -> None:
    path = tmp_path / "sic.csv"
    path.write_text(TITLES_CSV, encoding="utf-8")
    data = read_titles(path)
    assert data.german == ["Wasserstoff- und Brennstoffzellen", "Lebensmittel", "Robotik", "Sicherheit"]
    assert data.english == ["Hydrogen and fuel cells", "Food and drink", "Robotics", "Security", "Safety"]
    assert data.english_of()[3] == {3, 4}
    assert data.german_of() == [{0}, {1}, {2}, {3}, {3}]


def test_accuracy_at_1_counts_the_nearest_only() -> None:
    queries = np.array([[1.0, 0.0], [0.0, 1.0], [0.8, 0.6]])
    documents = np.array([[1.0, 0.0], [0.0, 1.0]])
    accuracy, nearest = accuracy_at_1(queries, documents, [{0}, {0}, {0, 1}])
    assert nearest == [0, 1, 0]
    assert accuracy == pytest.approx(2 / 3)
    pool = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0]])
    accuracy, nearest = accuracy_at_1(pool, pool, [{1}, {0}, {0}], exclude_self=True)
    assert nearest == [1, 0, 1] and accuracy == pytest.approx(2 / 3)


def test_measure_on_a_fake_encoder() -> None:
    data = Translations.from_pairs(
        [("Kernfusion", "Nuclear fusion"), ("Kernspaltung", "Nuclear fission"), ("Robotik", "Robotics")]
    )
    # "Kernfusion" lies nearer to fission (0.8) than to fusion (0.6): it misses German -> English and, in the
    # pool, where "Kernspaltung" is as near as "Nuclear fission"; "Nuclear fusion" still finds "Kernfusion".
    vectors = {
        "Kernfusion": [0.8, 0.6, 0.0],
        "Nuclear fusion": [0.0, 1.0, 0.0],
        "Kernspaltung": [1.0, 0.0, 0.0],
        "Nuclear fission": [1.0, 0.0, 0.0],
        "Robotik": [0.0, 0.0, 1.0],
        "Robotics": [0.0, 0.0, 1.0],
    }
    result = measure(FixedEncoder(vectors), data, min_seconds=0.01)  # type: ignore[arg-type]
    assert result.model == "fixed" and result.dimension == 3
    assert result.german_to_english == pytest.approx(2 / 3)
    assert result.english_to_german == pytest.approx(1.0)
    assert result.mixed_pool == pytest.approx(5 / 6)
    assert result.misses == [("Kernfusion", "Nuclear fission", "Nuclear fusion")]
    assert result.texts_per_second > 0


def test_one_real_small_run(tmp_path: Path) -> None:
    titles = tmp_path / "sic.csv"
    titles.write_text(TITLES_CSV, encoding="utf-8")
    out = tmp_path / "crosslingual.md"
    result = CliRunner().invoke(
        app,
        ["eval", "crosslingual", "-m", "use-multilingual-v3", "--titles", str(titles), "--out", str(out)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert "use-multilingual-v3" in result.output
    row = next(line for line in out.read_text().splitlines() if "`use-multilingual-v3`" in line)
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[1] == "512"
    # four clear pairs; "Sicherheit" finds "Security" or "Safety", and both find "Sicherheit"
    assert float(cells[2]) == 1.0 and float(cells[3]) == 1.0
    assert float(cells[5].replace(",", "")) > 0


def test_a_missing_titles_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "crosslingual", "--titles", str(tmp_path / "none.csv")])
    assert result.exit_code == 2
    assert "no titles file" in result.output


@pytest.mark.skipif(not DEFAULT_TITLES.is_file(), reason="the CORDIS data in ../shared is not there")
def test_the_default_model_meets_the_target_on_the_cordis_titles() -> None:
    from matcher.config import Settings
    from matcher.embeddings.encoder import load_encoder

    settings = Settings()
    result = measure(load_encoder(settings.model, settings.model_registry), read_titles(DEFAULT_TITLES), 0.01)
    assert result.german_to_english >= 0.95
    assert result.english_to_german >= 0.95
    assert result.mixed_pool >= 0.90
