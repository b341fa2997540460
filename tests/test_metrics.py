"""Metrics and their intervals, against cases worked out by hand and references computed another way."""

from __future__ import annotations

import itertools
import math
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pytest
from scipy import stats

from pytest_trustllm import metrics
from pytest_trustllm.metrics import (
    Estimate,
    bootstrap_interval,
    calibration_error,
    class_accuracy,
    correlation,
    expected_calibration_error,
    group_gap,
    group_rates,
    independence_p_value,
    macro_f1,
    mean,
    rate,
)
from pytest_trustllm.stats import wilson

Z = float(stats.norm.ppf(0.975))


def width(estimate: Estimate) -> float:
    return estimate.high - estimate.low


def contains_value(estimate: Estimate) -> bool:
    assert estimate.value is not None
    return estimate.low <= estimate.value <= estimate.high


def test_importing_metrics_leaves_numpy_and_scipy_unloaded() -> None:
    code = "import sys, pytest_trustllm.metrics; print('numpy' in sys.modules, 'scipy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


# Estimate text


def test_estimate_text() -> None:
    assert str(Estimate(0.5, 0.28, 0.72, 16, 8)) == "0.500 (8/16, 95% CI 0.280–0.720)"
    assert str(Estimate(0.12, 0.05, 0.21, 40, method="bootstrap")) == "0.120 (n=40, 95% CI 0.050–0.210, bootstrap)"
    assert str(Estimate(None, 0.0, 1.0, 0)) == "n/a (n=0)"
    assert str(Estimate(0.0455, 0.0455, 0.0455, 100, method="chi-square")) == "0.0455 (n=100, chi-square)"


# Rates


def test_rate_is_the_wilson_interval_of_8_of_16() -> None:
    estimate = rate([True] * 8 + [False] * 8)
    assert (estimate.value, estimate.k, estimate.n, estimate.method) == (0.5, 8, 16, "wilson")
    # Worked by hand: centre (0.5 + z²/32) / (1 + z²/16) = 0.5, half-width 0.2200.
    assert (estimate.low, estimate.high) == pytest.approx((0.2800, 0.7200), abs=1e-4)
    assert str(estimate) == "0.500 (8/16, 95% CI 0.280–0.720)"


def test_rate_interval_solves_the_score_equation() -> None:
    # Wilson's ends are the p with (k/n - p)² = z² p (1 - p) / n: the roots of a quadratic.
    k, n = 3, 11
    phat = k / n
    roots = sorted(np.roots([1 + Z * Z / n, -(2 * phat + Z * Z / n), phat * phat]).real)
    estimate = rate([True] * k + [False] * (n - k))
    assert (estimate.low, estimate.high) == pytest.approx(roots, abs=1e-9)


def test_rate_edges() -> None:
    assert rate([]) == Estimate(None, 0.0, 1.0, 0, 0)
    assert str(rate([])) == "n/a (n=0)"
    none_right = rate([False] * 10)
    # Upper end at k = 0 is z² / (n + z²).
    assert (none_right.value, none_right.low) == (0.0, 0.0)
    assert none_right.high == pytest.approx(Z * Z / (10 + Z * Z))
    assert rate([True] * 10).high == 1.0


def test_group_rates_keeps_the_mapping_order() -> None:
    groups = {"b": [True, False], "a": [True, True, True], "c": []}
    rates = group_rates(groups)
    assert list(rates) == ["b", "a", "c"]
    assert rates == {name: rate(verdicts) for name, verdicts in groups.items()}
    assert (rates["a"].value, rates["a"].k, rates["c"].value) == (1.0, 3, None)


# Bootstrap behaviour, through mean


def test_mean_and_its_bootstrap_interval() -> None:
    values = [1.0] * 120 + [0.0] * 280
    estimate = mean(values)
    assert estimate.value == pytest.approx(0.3)
    assert (estimate.n, estimate.method) == (400, "bootstrap")
    # The bootstrap distribution of a mean of 0/1 values is near normal: 0.3 ± z·sqrt(0.3·0.7/400).
    half = Z * math.sqrt(0.3 * 0.7 / 400)
    assert (estimate.low, estimate.high) == pytest.approx((0.3 - half, 0.3 + half), abs=0.01)


def test_bootstrap_is_deterministic_by_seed() -> None:
    rng = random.Random(1)
    values = [rng.random() for _ in range(50)]
    assert mean(values, seed=3) == mean(values, seed=3)
    assert mean(values, seed=3) != mean(values, seed=4)
    assert mean(values, seed=3).value == mean(values, seed=4).value == pytest.approx(sum(values) / 50)


def test_bootstrap_interval_shrinks_as_n_grows() -> None:
    small, large = mean([0.0, 1.0, 2.0] * 5), mean([0.0, 1.0, 2.0] * 500)
    assert small.value == large.value == pytest.approx(1.0)
    assert contains_value(small) and contains_value(large)
    # Width goes as 1/sqrt(n): 100 times the items, about a tenth of the width.
    assert width(large) == pytest.approx(width(small) / 10, rel=0.25)


def test_bootstrap_collapses_when_no_resample_can_differ() -> None:
    same = mean([0.1] * 7)
    assert same.low == same.value == same.high == pytest.approx(0.1)
    assert mean([4.0]) == Estimate(4.0, 4.0, 4.0, 1, method="bootstrap")


def test_mean_of_nothing() -> None:
    assert mean([]) == Estimate(None, -math.inf, math.inf, 0, method="bootstrap")


# Calibration


def test_perfectly_calibrated_answers_have_no_error() -> None:
    # All answers at 0.85 confidence (bin 8), 17 of 20 right.
    confidences = [0.85] * 20
    correct = [True] * 17 + [False] * 3
    assert expected_calibration_error(confidences, correct) == pytest.approx(0.0)


def test_overconfidence_is_the_gap_weighted_by_bin_share() -> None:
    # Half the answers at 0.95 confidence, half right: gap 0.45; other half at 0.15, all wrong: gap 0.15.
    confidences = [0.95] * 4 + [0.15] * 4
    correct = [True, True, False, False] + [False] * 4
    assert expected_calibration_error(confidences, correct) == pytest.approx((4 * 0.45 + 4 * 0.15) / 8)


def test_ece_of_a_small_set_across_bins() -> None:
    # Bin 0: 0.05 right (gap 0.95). Bin 3: 0.3, 0.35, one of two right (accuracy 0.5, confidence 0.325,
    # gap 0.175). Bin 9: 0.9 and 1.0, both right (gap 0.05). ECE = (0.95 + 2·0.175 + 2·0.05) / 5 = 0.28.
    confidences = [0.05, 0.3, 0.35, 0.9, 1.0]
    correct = [True, False, True, True, True]
    assert expected_calibration_error(confidences, correct) == pytest.approx(0.28)
    # With 2 bins: [0, 0.5) holds 0.05, 0.3, 0.35 (accuracy 2/3, confidence 0.7/3), [0.5, 1] the rest (gap 0.05).
    assert expected_calibration_error(confidences, correct, bins=2) == pytest.approx((3 * (2 - 0.7) / 3 + 0.1) / 5)


def test_confidence_one_falls_in_the_last_bin() -> None:
    assert expected_calibration_error([1.0, 1.0], [True, False]) == pytest.approx(0.5)


def test_calibration_edges() -> None:
    assert expected_calibration_error([], []) == 0.0
    with pytest.raises(ValueError):
        expected_calibration_error([0.5], [])
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        expected_calibration_error([1.2], [True])
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        calibration_error([-0.1], [True])
    assert calibration_error([], []) == Estimate(None, 0.0, 1.0, 0, method="bootstrap")


def test_calibration_error_is_the_ece_with_a_bootstrap_interval() -> None:
    rng = random.Random(2)
    confidences = [rng.random() for _ in range(300)]
    correct = [rng.random() < c**2 for c in confidences]  # overconfident
    estimate = calibration_error(confidences, correct)
    assert estimate.value == expected_calibration_error(confidences, correct)
    assert (estimate.n, estimate.method) == (300, "bootstrap")
    assert estimate.low < estimate.value < estimate.high
    assert 0.0 < width(estimate) < 0.2
    assert calibration_error(confidences, correct, seed=1) != estimate
    assert calibration_error(confidences, correct, bins=5).value == expected_calibration_error(confidences, correct, 5)


def test_calibration_interval_holds_the_value_though_resamples_only_add_error() -> None:
    # Resampling a perfectly calibrated set only moves bins off their accuracy: every resample's
    # ECE is at least the value, so the raw percentile interval would lie above it.
    estimate = calibration_error([0.85] * 20, [True] * 17 + [False] * 3)
    assert estimate.value == pytest.approx(0.0)
    assert estimate.low == estimate.value and estimate.high > 0.05
    one = calibration_error([0.7], [True])
    assert one.low == one.value == one.high == pytest.approx(0.3)


# Macro-F1 and per-class accuracy

GOLD3 = ["A", "A", "A", "A", "B", "B", "B", "C", "C", "C"]
PRED3 = ["A", "A", "A", "B", "B", "B", "C", "C", "A", None]


def test_macro_f1_of_a_three_class_confusion() -> None:
    # A: TP 3, predicted 4, gold 4 -> P = R = 3/4, F1 0.75.
    # B: TP 2, predicted 3, gold 3 -> F1 2/3.
    # C: TP 1, predicted 2 (the None is no prediction), gold 3 -> P 1/2, R 1/3, F1 0.4.
    estimate = macro_f1(PRED3, GOLD3, ["A", "B", "C"])
    assert estimate.value == pytest.approx((0.75 + 2 / 3 + 0.4) / 3)
    assert (estimate.n, estimate.method) == (10, "bootstrap")
    assert contains_value(estimate) and estimate.low < estimate.high


def test_macro_f1_two_labels() -> None:
    gold = ["SUPPORT", "SUPPORT", "REFUTE", "REFUTE"]
    perfect = macro_f1(gold, gold, ["SUPPORT", "REFUTE"])
    # Some resamples of 4 items hold no REFUTE, whose F1 is then 0: the interval reaches down.
    assert (perfect.value, perfect.high) == (1.0, 1.0) and perfect.low < 1.0
    # Always SUPPORT: F1(SUPPORT) = 2*2/(4+2) = 2/3, F1(REFUTE) = 0.
    assert macro_f1(["SUPPORT"] * 4, gold, ["SUPPORT", "REFUTE"]).value == pytest.approx(1 / 3)
    # An unparsed prediction is a miss for SUPPORT (F1 2/3), never a label; REFUTE stays perfect.
    assert macro_f1([None, "SUPPORT", "REFUTE", "REFUTE"], gold, ["SUPPORT", "REFUTE"]).value == pytest.approx(
        (2 / 3 + 1.0) / 2
    )
    # All unparsed: no true positive anywhere.
    assert macro_f1([None] * 4, gold, ["SUPPORT", "REFUTE"]).value == 0.0


def _macro_f1_by_hand(predicted: list[str | None], gold: list[str], labels: list[str]) -> float:
    pairs = Counter(zip(predicted, gold, strict=True))
    scores = []
    for label in labels:
        tp = pairs[(label, label)]
        predicted_as = sum(count for (p, _), count in pairs.items() if p == label)
        gold_as = sum(count for (_, g), count in pairs.items() if g == label)
        precision = tp / predicted_as if predicted_as else 0.0
        recall = tp / gold_as if gold_as else 0.0
        scores.append(2 * precision * recall / (precision + recall) if tp else 0.0)
    return sum(scores) / len(scores)


def test_macro_f1_matches_precision_and_recall_on_random_data() -> None:
    rng = random.Random(5)
    labels = ["x", "y", "z", "w"]
    gold = [rng.choice(labels[:3]) for _ in range(200)]  # w never gold
    predicted: list[str | None] = [g if rng.random() < 0.6 else rng.choice([*labels, None, "other"]) for g in gold]
    estimate = macro_f1(predicted, gold, labels)
    assert estimate.value == pytest.approx(_macro_f1_by_hand(predicted, gold, labels))
    assert contains_value(estimate)
    assert width(macro_f1(predicted * 4, gold * 4, labels)) < width(estimate)


def test_macro_f1_edges() -> None:
    assert macro_f1([], [], ["A"]) == Estimate(None, 0.0, 1.0, 0, method="bootstrap")
    with pytest.raises(ValueError):
        macro_f1(["A"], [], ["A"])
    with pytest.raises(ValueError):
        macro_f1(["A"], ["A"], [])


def test_class_accuracy() -> None:
    accuracy = class_accuracy(PRED3, GOLD3, ["C", "A", "B", "D"])
    assert list(accuracy) == ["C", "A", "B", "D"]
    assert [(e.k, e.n) for e in accuracy.values()] == [(1, 3), (3, 4), (2, 3), (0, 0)]
    assert accuracy["A"] == rate([True, True, True, False])
    assert accuracy["C"].value == pytest.approx(1 / 3)  # the None prediction counts as wrong
    assert accuracy["D"].value is None
    with pytest.raises(ValueError):
        class_accuracy(["A"], [], ["A"])


# Correlation


def test_pearson_matches_scipy_interval() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=30)
    y = 0.5 * x + rng.normal(size=30)
    estimate = correlation(list(x), list(y))
    reference = stats.pearsonr(x, y)
    ci = reference.confidence_interval(0.95)
    assert estimate.value == pytest.approx(reference.statistic)
    assert (estimate.low, estimate.high) == pytest.approx((ci.low, ci.high))
    assert (estimate.n, estimate.method) == (30, "fisher-z")


def test_spearman_is_pearson_of_ranks_with_the_bonett_wright_interval() -> None:
    x = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]
    y = [2.0, 1.0, 4.0, 3.0, 7.0, 5.0, 6.0, 10.0, 9.0, 30.0]
    rho = float(np.corrcoef(stats.rankdata(x), stats.rankdata(y))[0, 1])
    estimate = correlation(x, y, "spearman")
    assert estimate.value == pytest.approx(rho)
    se = math.sqrt((1 + rho**2 / 2) / 7)
    assert (estimate.low, estimate.high) == pytest.approx(
        (math.tanh(math.atanh(rho) - Z * se), math.tanh(math.atanh(rho) + Z * se))
    )
    # Wider than the Pearson-style interval with se 1/sqrt(n-3).
    assert estimate.high - estimate.low > math.tanh(math.atanh(rho) + Z / math.sqrt(7)) - math.tanh(
        math.atanh(rho) - Z / math.sqrt(7)
    )
    # Ranks ignore the outlier's size; Pearson does not.
    assert correlation(x, y).value != pytest.approx(rho)


def test_correlation_edges() -> None:
    for method in ("pearson", "spearman"):
        assert correlation([1, 2, 3], [1, 2, 4], method) == Estimate(None, -1.0, 1.0, 3, method="fisher-z")
        assert correlation([1, 2, 3, 4, 5], [3, 3, 3, 3, 3], method).value is None
        assert correlation([2, 2, 2, 2], [1, 2, 3, 4], method).value is None
        assert correlation([1, 2, 3, 4], [2, 4, 6, 9], method).value is not None  # n = 4 is enough
    perfect = correlation([1, 2, 3, 4, 5], [5, 4, 3, 2, 1])
    assert perfect.value == pytest.approx(-1.0)
    assert perfect.low == perfect.high == -1.0
    assert str(correlation([], [])) == "n/a (n=0)"
    with pytest.raises(ValueError):
        correlation([1, 2, 3, 4], [1, 2, 3])
    with pytest.raises(ValueError):
        correlation([1, 2, 3, 4], [1, 2, 3, 4], "kendall")  # type: ignore[arg-type]


# Differences between groups


def test_group_gap_value_ignores_empty_groups() -> None:
    groups = {"a": [True, True, True, False], "b": [True, False, False, False], "c": [], "d": [True, False] * 2}
    estimate = group_gap(groups)
    assert (estimate.value, estimate.n, estimate.method) == (0.5, 12, "wilson-bonferroni")
    assert contains_value(estimate)


def test_group_gap_interval_from_bonferroni_wilson_bounds() -> None:
    # Two groups: each bound at level 0.05/2, z = 2.2414 (scipy's normal quantile, computed independently).
    z = stats.norm.ppf(1 - 0.025 / 2)
    a_low, a_high = wilson(20, 20, z)
    b_low, b_high = wilson(0, 20, z)
    estimate = group_gap({"a": [True] * 20, "b": [False] * 20})
    assert estimate.value == 1.0
    assert (estimate.low, estimate.high) == pytest.approx((a_low - b_high, a_high - b_low))
    assert estimate.low > 0.55


def test_group_gap_of_equal_groups_reaches_zero_on_small_samples() -> None:
    # 6/10 vs 4/10: the observed gap 0.2 is noise; the interval must allow no gap at all.
    estimate = group_gap({"a": [True] * 6 + [False] * 4, "b": [True] * 4 + [False] * 6})
    assert estimate.value == pytest.approx(0.2) and estimate.low == 0.0


@pytest.mark.parametrize(("rates", "size"), [((0.7, 0.7, 0.7, 0.7), 8), ((0.3, 0.6), 50), ((0.5, 0.5, 0.9), 30)])
def test_group_gap_interval_covers_the_true_gap(rates: tuple[float, ...], size: int) -> None:
    """Simulated: the interval holds the true gap in at least 95% of samples (max - min of a bootstrap would not)."""
    rng = np.random.default_rng(0)
    true_gap = max(rates) - min(rates)
    covered = 0
    for _ in range(2000):
        groups = {str(i): list(rng.random(size) < p) for i, p in enumerate(rates)}
        estimate = group_gap(groups)
        covered += estimate.low - 1e-12 <= true_gap <= estimate.high + 1e-12
    assert covered / 2000 >= 0.95


def test_group_gap_shrinks_with_more_items() -> None:
    small = {"a": [True] * 6 + [False] * 4, "b": [True] * 4 + [False] * 6}
    large = {name: verdicts * 30 for name, verdicts in small.items()}
    assert group_gap(small).value == group_gap(large).value == pytest.approx(0.2)
    assert width(group_gap(large)) < width(group_gap(small)) / 2


def test_group_gap_needs_two_groups_with_items() -> None:
    assert group_gap({"a": [True, False], "b": []}) == Estimate(None, 0.0, 1.0, 2, method="wilson-bonferroni")
    assert group_gap({}).value is None


def _chi_square_by_hand(table: list[list[int]]) -> float:
    rows = [sum(row) for row in table]
    columns = [sum(column) for column in zip(*table, strict=True)]
    total = sum(rows)
    return math.fsum(
        (table[i][j] - rows[i] * columns[j] / total) ** 2 / (rows[i] * columns[j] / total)
        for i in range(len(rows))
        for j in range(len(columns))
    )


def _groups(table: list[tuple[int, int]]) -> dict[str, list[bool]]:
    return {f"g{i}": [True] * t + [False] * f for i, (t, f) in enumerate(table)}


def test_chi_square_p_value_without_yates_correction() -> None:
    # 30/50 vs 20/50: expected 25 in every cell, statistic 4·5²/25 = 4, one degree of freedom.
    estimate = independence_p_value(_groups([(30, 20), (20, 30)]))
    assert estimate.value == pytest.approx(stats.chi2.sf(4.0, 1))
    assert estimate.value == pytest.approx(0.0455, abs=1e-4)  # Yates would give chi2.sf(3.24, 1) = 0.072
    assert estimate.low == estimate.value == estimate.high
    assert (estimate.n, estimate.method) == (100, "chi-square")


def test_chi_square_p_value_of_three_groups() -> None:
    table = [(12, 18), (20, 10), (15, 25)]
    estimate = independence_p_value(_groups(table))
    statistic = _chi_square_by_hand([list(row) for row in table])
    assert estimate.value == pytest.approx(stats.chi2.sf(statistic, 2))
    assert estimate.method == "chi-square"


def test_permutation_p_value_on_a_table_small_enough_to_enumerate() -> None:
    # 3/4 vs 1/4: expected counts are 2, so the permutation test runs. Enumerate every placement
    # of the 4 True verdicts among the 8 items and count those at least as far from equal rates.
    table = [(3, 1), (1, 3)]
    observed = _chi_square_by_hand([list(row) for row in table])
    extreme = 0
    placements = list(itertools.combinations(range(8), 4))
    for trues in placements:
        in_first = sum(i < 4 for i in trues)
        extreme += _chi_square_by_hand([[in_first, 4 - in_first], [4 - in_first, in_first]]) >= observed - 1e-9
    exact = extreme / len(placements)
    assert exact == pytest.approx(34 / 70)
    estimate = independence_p_value(_groups(table))
    assert estimate.method == "permutation"
    assert estimate.value == pytest.approx(exact, abs=0.015)
    assert estimate.low == estimate.value == estimate.high
    assert independence_p_value(_groups(table), seed=1) != estimate
    assert independence_p_value(_groups(table), seed=1) == independence_p_value(_groups(table), seed=1)


def test_permutation_p_value_of_a_big_difference_is_small_but_not_zero() -> None:
    estimate = independence_p_value(_groups([(8, 0), (0, 8)]), rounds=1000)
    # Only the observed table and its mirror image are as extreme: 2 of C(16, 8) = 12870.
    assert estimate.method == "permutation"
    assert 1 / 1001 <= estimate.value <= 5 / 1001  # type: ignore[operator]


def test_permutation_p_value_is_close_to_chi_square_on_a_large_table(monkeypatch: pytest.MonkeyPatch) -> None:
    groups = _groups([(120, 80), (100, 100), (95, 105)])
    chi_square = independence_p_value(groups)
    assert chi_square.method == "chi-square" and 0.01 < chi_square.value < 0.2  # type: ignore[operator]
    monkeypatch.setattr(metrics, "_MIN_EXPECTED", math.inf)
    permutation = independence_p_value(groups)
    assert permutation.method == "permutation"
    assert permutation.value == pytest.approx(chi_square.value, abs=0.01)


def test_independence_edges() -> None:
    # Every verdict the same: nothing differs between the groups.
    same = independence_p_value({"a": [True] * 3, "b": [True] * 9})
    assert (same.value, same.low, same.high, same.n) == (1.0, 1.0, 1.0, 12)
    assert independence_p_value({"a": [False] * 30, "b": [False] * 30}).value == 1.0
    assert independence_p_value({"a": [True, False], "b": []}) == Estimate(None, 0.0, 1.0, 2, method="chi-square")
    assert independence_p_value({}).value is None
    # Empty groups are left out of the table: the same p as without them.
    assert independence_p_value({**_groups([(30, 20), (20, 30)]), "empty": []}).value == pytest.approx(
        stats.chi2.sf(4.0, 1)
    )


# The generic bootstrap helper kept for suites


def test_bootstrap_interval_brackets_the_statistic_and_is_deterministic() -> None:
    items = [1.0] * 30 + [0.0] * 70
    average = lambda xs: sum(xs) / len(xs)  # noqa: E731
    low, high = bootstrap_interval(items, average)
    assert low < 0.3 < high and low > 0.15 and high < 0.45
    assert bootstrap_interval(items, average) == (low, high)
    assert bootstrap_interval(items, average, seed=1) != (low, high)
    assert bootstrap_interval([], average) == (0.0, 1.0)
    # The same interval as the vectorised mean with the same rounds and seed.
    assert bootstrap_interval(items, average, rounds=metrics.ROUNDS) == pytest.approx(
        (mean(items).low, mean(items).high)
    )


def test_bootstrap_interval_holds_the_statistic_of_the_items() -> None:
    scored = [(0.85, r) for r in [True] * 17 + [False] * 3]

    def ece(items: Sequence[tuple[float, bool]]) -> float:
        return expected_calibration_error([c for c, _ in items], [r for _, r in items])

    low, high = bootstrap_interval(scored, ece, rounds=200)
    assert low == ece(scored) < high
