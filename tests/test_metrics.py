"""Calibration error, macro-F1 and the bootstrap interval on cases worked out by hand."""

from __future__ import annotations

import pytest

from pytest_trustllm.metrics import bootstrap_interval, expected_calibration_error, macro_f1


def test_perfectly_calibrated_answers_have_no_error() -> None:
    # 0.85 confidence (bin 8), right in 17 of 20... all answers at 0.85 with 85% right.
    confidences = [0.85] * 20
    correct = [True] * 17 + [False] * 3
    assert expected_calibration_error(confidences, correct) == pytest.approx(0.0)


def test_overconfidence_is_the_gap_weighted_by_bin_share() -> None:
    # Half the answers at 0.95 confidence, half right: gap 0.45; other half at 0.15, all wrong: gap 0.15.
    confidences = [0.95] * 4 + [0.15] * 4
    correct = [True, True, False, False] + [False] * 4
    assert expected_calibration_error(confidences, correct) == pytest.approx((4 * 0.45 + 4 * 0.15) / 8)


def test_confidence_one_falls_in_the_last_bin() -> None:
    assert expected_calibration_error([1.0, 1.0], [True, False]) == pytest.approx(0.5)


def test_calibration_edges() -> None:
    assert expected_calibration_error([], []) == 0.0
    with pytest.raises(ValueError):
        expected_calibration_error([0.5], [])


def test_macro_f1() -> None:
    gold = ["SUPPORT", "SUPPORT", "REFUTE", "REFUTE"]
    assert macro_f1(gold, gold, ["SUPPORT", "REFUTE"]) == 1.0
    # Always SUPPORT: F1(SUPPORT) = 2*2/(4+2) = 2/3, F1(REFUTE) = 0.
    assert macro_f1(["SUPPORT"] * 4, gold, ["SUPPORT", "REFUTE"]) == pytest.approx(1 / 3)
    # An unparsed prediction is a miss for SUPPORT (F1 2/3), never a label; REFUTE stays perfect.
    assert macro_f1([None, "SUPPORT", "REFUTE", "REFUTE"], gold, ["SUPPORT", "REFUTE"]) == pytest.approx(
        (2 / 3 + 1.0) / 2
    )


def test_bootstrap_interval_brackets_the_statistic_and_is_deterministic() -> None:
    items = [1.0] * 30 + [0.0] * 70
    mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
    low, high = bootstrap_interval(items, mean)
    assert low < 0.3 < high and low > 0.15 and high < 0.45
    assert bootstrap_interval(items, mean) == (low, high)
    assert bootstrap_interval([], mean) == (0.0, 1.0)
