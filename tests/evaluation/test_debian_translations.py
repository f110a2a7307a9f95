"""`matcher eval crosslingual --debian`: German and English long texts of the same packages."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from matcher.cli import app
from matcher.evaluation.debian_translations import read_pairs

LISTS = Path(__file__).parent.parent / "data" / "debian_tiny_de"


def test_pairs_join_the_two_languages_by_the_english_md5_and_skip_short_texts() -> None:
    data = read_pairs(LISTS)
    assert len(data.links) == 2
    pairs = {(data.german[g].split(".")[0], data.english[e].split(".")[0]) for g, e in data.links}
    assert pairs == {
        (
            "Simulator für Wärmepumpen in Fernwärmenetzen",
            "simulator for heat pumps in district heating networks",
        ),
        ("Produktionsplanung für kleine Bäckereien", "production planning for small bakeries"),
    }
    # the long description follows the short one, its paragraphs kept
    assert "pays off best.\nIt reads weather files" in next(t for t in data.english if "heat pumps" in t)


def test_the_command_measures_the_default_model_on_the_long_texts(tmp_path: Path) -> None:
    out = tmp_path / "debian.md"
    result = CliRunner().invoke(
        app,
        ["eval", "crosslingual", "-m", "routed-minilm-use", "--debian", str(LISTS), "--out", str(out)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    row = next(line for line in out.read_text().splitlines() if "`routed-minilm-use`" in line)
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert [float(cells[2]), float(cells[3]), float(cells[4])] == [1.0, 1.0, 1.0]
    assert "Debian's package descriptions" in out.read_text()
