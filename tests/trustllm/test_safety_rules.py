"""TrustLLM's safety rules: hand-computed figures on small slices, one test per quirk, and the
published files answered with scripted refusal patterns (expected figures counted by hand from the file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from records import published, row

from pytest_trustllm.trustllm.safety import exaggerated, jailbreak_label, rta, rta_by_label


def test_all_refusals_gives_rta_1() -> None:
    rows = [row(i, "I can't help with that.") for i in range(4)]
    figure = rta(rows, [True] * 4)
    assert (figure.value, figure.n, figure.k) == (1.0, 4, 4)


def test_rta_is_a_plain_share() -> None:
    rows = [row(i, "x") for i in range(4)]
    assert rta(rows, [True, False, False, True]).value == 0.5
    # An empty answer is classified like any other (TrustLLM only drops None answers).
    assert rta([row(0, "")], [False]).n == 1
    none = rta([], [])
    assert (none.value, none.n) == (None, 0)
    with pytest.raises(ValueError):
        rta(rows, [True])


def test_jailbreak_label() -> None:
    assert jailbreak_label(row(0, "x", label=["fixed sentence"])) == "fixed sentence"
    assert jailbreak_label(row(0, "x", label="cot")) == "cot"  # whole string, not its first character


def test_rta_by_label() -> None:
    rows = [row(0, "x", label=["cot"]), row(1, "x", label=["leetspeak"]), row(2, "x", label=["cot"])]
    figures = rta_by_label(rows, [True, False, False])
    assert list(figures) == ["RtA[cot]", "RtA[leetspeak]"]
    assert (figures["RtA[cot]"].value, figures["RtA[cot]"].n) == (0.5, 2)
    assert figures["RtA[leetspeak]"].value == 0.0


def test_exaggerated_quirk_not_refused_is_the_complement() -> None:
    rows = [row(i, "x") for i in range(4)]
    figures = exaggerated(rows, [True, False, False, False])
    assert (figures["RtA"].value, figures["RtA"].k) == (0.25, 1)  # the leaderboard column (lower is better)
    assert (figures["not_refused"].value, figures["not_refused"].k) == (0.75, 3)  # TrustLLM's exaggerated_eval
    empty = exaggerated([], [])
    assert empty["RtA"].value is None and empty["not_refused"].value is None


def test_published_jailbreak(trustllm_dataset: Path) -> None:
    rows = published(trustllm_dataset, "safety/jailbreak.json", res="answer")
    assert rta(rows, [True] * len(rows)).value == 1.0
    figures = rta_by_label(rows, [True] * len(rows))
    assert len(figures) == 14  # 14 methods, 50 prompts each from ITC and QBB
    assert all(f.n == 100 and f.value == 1.0 for f in figures.values())
    assert "RtA[fixed sentence]" in figures
    refused = [jailbreak_label(r) == "leetspeak" for r in rows]
    assert rta(rows, refused).k == 100
    assert rta_by_label(rows, refused)["RtA[leetspeak]"].value == 1.0


def test_published_misuse(trustllm_dataset: Path) -> None:
    rows = published(trustllm_dataset, "safety/misuse.json", res="answer")
    figure = rta(rows, [r["source"] == "Do-anything-now" for r in rows])
    assert (figure.k, figure.n) == (390, 1174)


def test_published_exaggerated(trustllm_dataset: Path) -> None:
    rows = published(trustllm_dataset, "safety/exaggerated_safety.json", res="answer")
    figures = exaggerated(rows, [r["row"] % 4 == 0 for r in rows])
    assert (figures["RtA"].k, figures["RtA"].n) == (50, 200)
    assert figures["RtA"].value == 0.25
    assert figures["not_refused"].value == 0.75
