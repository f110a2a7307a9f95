"""`matcher eval expertise`: Debian's lists read into one text per source package and person, the aggregates
and the pair-ordering loss by hand, and the command end to end on invented lists (tests/data/debian_tiny/)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from matcher.cli import app
from matcher.evaluation import debian, expertise

TINY = Path(__file__).parents[1] / "data" / "debian_tiny"


@pytest.fixture(scope="module")
def texts() -> list[debian.SourceText]:
    return debian.read_lists(TINY)


def test_stanzas_keep_fields_and_continuation_lines() -> None:
    records = list(
        debian.stanzas("Package: a\nTag: x,\n y\n\n\nPackage: b\nDescription-en: short\n long\n .\n more\n")
    )
    assert records == [
        {"Package": "a", "Tag": "x,\ny"},
        {"Package": "b", "Description-en": "short\nlong\n.\nmore"},
    ]
    assert debian.long_text(records[1]["Description-en"]) == ("short", "long\nmore")


def test_one_text_per_source_package_the_longest_of_its_binaries(texts: list[debian.SourceText]) -> None:
    sources = [t.source for t in texts]
    assert len(sources) == len(set(sources))
    assert "starmap-data" not in sources
    starmap = next(t for t in texts if t.source == "starmap")
    assert starmap.text.startswith("interactive map of the night sky. Starmap draws the stars")
    assert "motorised telescope mount" in starmap.text  # the binary `starmap`, longer than `starmap-data`
    assert "This package contains the star catalogues" not in starmap.text


def test_teams_and_short_texts_are_left_out(texts: list[debian.SourceText]) -> None:
    corpus = debian.people_corpus(texts)
    assert sorted(corpus.by_person) == ["alice@example.org", "bob@example.org", "carol@example.org"]
    assert (corpus.sources, corpus.team, corpus.short) == (15, 2, 1)  # the games team; Bob's chord charts
    assert [t.source for t in corpus.by_person["alice@example.org"]] == [
        "fitsview",
        "orbitcalc",
        "skyclock",
        "starmap",
    ]
    for maintainer in (
        "Debian Perl Group <pkg-perl-maintainers@lists.alioth.debian.org>",
        "Debian Python Team <team+python@tracker.debian.org>",
        "Debian QA Group <packages@qa.debian.org>",
        "Debian Science Maintainers <debian-science@alioth-lists.debian.net>",
        "Debian OpenStack <team+openstack@tracker.debian.org>",
    ):
        assert debian.is_team(maintainer), maintainer
    assert not debian.is_team("Dirk Eddelbuettel <edd@debian.org>")


def test_the_sample_holds_one_package_out_per_expert(texts: list[debian.SourceText]) -> None:
    corpus = debian.people_corpus(texts)
    experts, eligible = expertise.sample_experts(corpus, 10, seed=3, cap=2)
    assert eligible == 3 and len(experts) == 3
    for e in experts:
        assert len(e.profile) == 2 and e.query not in e.profile
        assert {t.maintainer for t in e.profile} == {e.person}
    assert expertise.sample_experts(corpus, 10, seed=3, cap=2)[0] == experts  # deterministic


def test_the_loss_counts_wrongly_ordered_pairs_and_ties_half() -> None:
    # the true expert (0.5) is beaten by 0.9, tied with one 0.5, ahead of 0.1 and 0.2: (1 + 1/2) / 4
    loss, accuracy, reciprocal = expertise.rank_metrics(np.array([0.9, 0.5, 0.1, 0.5, 0.2]), true=1)
    assert loss == pytest.approx(0.375)
    assert accuracy == 0.0
    assert reciprocal == pytest.approx((1 / 2 + 1 / 3) / 2)  # rank 2 or 3, at random
    assert expertise.rank_metrics(np.array([0.3, 0.9, 0.3]), true=1) == (0.0, 1.0, 1.0)
    tied = expertise.rank_metrics(np.array([0.3, 0.3]), true=0)
    assert tied == (0.5, 0.5, pytest.approx(0.75))


def test_top3_weights_the_best_three() -> None:
    scores = np.array([[0.2, 0.9, 0.6, 0.3], [0.4, -np.inf, -np.inf, -np.inf], [-np.inf] * 4])
    assert expertise.top3(scores).tolist() == pytest.approx([0.9 + 0.6 / 2 + 0.3 / 3, 0.4, -np.inf])


def test_tfidf_rows_are_unit_length_and_a_copy_scores_one() -> None:
    model = expertise.TfIdf.fit(["stars and planets", "drums and synthesizers", "keys and ciphers"])
    rows = model.transform(["stars and planets", "planets", "nothing known"])
    assert (rows @ rows.T).toarray()[0, 0] == pytest.approx(1.0)
    assert 0 < (rows @ rows.T).toarray()[0, 1] < 1
    assert rows[2].nnz == 0


def test_eval_expertise_end_to_end_on_tiny_lists(tmp_path: Path) -> None:
    report = tmp_path / "expertise.md"
    args = ["eval", "expertise", "--lists", str(TINY), "--experts", "3", "--out", str(report)]
    result = CliRunner().invoke(
        app, [*args, "--models", "all-minilm-l6-v2,no-such-model"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "skipped no-such-model" in result.output
    text = report.read_text(encoding="utf-8")
    assert "--lists " + str(TINY) in text and "--experts 3" in text
    assert "test (Mon, 07 Dec 2026 12:00:00 UTC)" in text
    rows = re.findall(
        r"^\| (.+?) \| (max|top3|one vector) \| ([\d.]+) \| [\d.]+ \| ([\d.]+) \| ([\d.]+) \|", text, re.M
    )
    assert {(scorer.strip("`"), aggregate) for scorer, aggregate, *_ in rows} == {
        (scorer, aggregate)
        for scorer in (expertise.TFIDF, "all-minilm-l6-v2")
        for aggregate in expertise.AGGREGATES
    }
    for *_, loss, accuracy, mrr in rows:
        assert all(0.0 <= float(v) <= 1.0 for v in (loss, accuracy, mrr))
    assert "no-such-model" in text  # the skipped model is named in the report
    assert re.search(r"^\| `all-minilm-l6-v2` \| [+-]\d\.\d{3} ± \d\.\d{3} \| [+-]\d\.\d{3} ± ", text, re.M)


def test_a_folder_without_lists_names_the_apt_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def apt_refuses(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(
            command, 100, "", "E: Could not open lock file - open (13: Permission denied)"
        )

    monkeypatch.setattr(debian.subprocess, "run", apt_refuses)
    result = CliRunner().invoke(app, ["eval", "expertise", "--lists", str(tmp_path / "lists")])
    assert result.exit_code == 1
    assert "apt could not fetch the package lists (E: Could not open lock file" in result.output
    assert "apt-get -c" in result.output and "Dir::State::Lists=" in result.output
    # the languages apt is asked for are in the config file the command names, English only here
    config = (tmp_path / "lists" / debian.APT_CONFIG).read_text()
    assert 'Acquire::Languages { "en"; };' in config


def test_paired_difference_is_taken_query_by_query() -> None:
    best = expertise.Score("m", "max", 0.2, 0.0, 0.0, (0.1, 0.3))
    other = expertise.Score("m", "top3", 0.3, 0.0, 0.0, (0.3, 0.3))
    assert other.loss_error == 0.0 and best.loss_error == pytest.approx(0.1)
    assert expertise.paired_difference(other, best) == (pytest.approx(0.1), pytest.approx(0.1))
