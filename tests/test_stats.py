"""Wilson intervals, thresholds and the three decision policies."""

from __future__ import annotations

import pytest

from pytest_trustllm.stats import DECISIONS, Decision, Threshold, decidable, decide, wilson

AT_LEAST_90 = Threshold(0.9, "min")
AT_MOST_10 = Threshold(0.1, "max")


# -- wilson ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        (12, 100, 0.0700, 0.1981),
        (17, 20, 0.6396, 0.9476),
        (1, 2, 0.0945, 0.9055),
        (50, 100, 0.4038, 0.5962),
        (95, 100, 0.8882, 0.9785),
    ],
)
def test_wilson_known_values(k: int, n: int, low: float, high: float):
    assert wilson(k, n) == pytest.approx((low, high), abs=5e-5)


def test_wilson_is_symmetric():
    low, high = wilson(12, 100)
    assert wilson(88, 100) == pytest.approx((1 - high, 1 - low))


def test_wilson_none_succeed():
    low, high = wilson(0, 10)
    assert low == 0.0
    assert high == pytest.approx(0.2775, abs=5e-5)


def test_wilson_all_succeed():
    low, high = wilson(10, 10)
    assert low == pytest.approx(0.7225, abs=5e-5)
    assert high == 1.0  # exactly: ">= 1.0" must be reachable


def test_wilson_no_cases_knows_nothing():
    assert wilson(0, 0) == (0.0, 1.0)


def test_wilson_narrows_with_more_cases():
    widths = [high - low for low, high in (wilson(n // 2, n) for n in (10, 100, 1000))]
    assert widths == sorted(widths, reverse=True)
    assert widths[-1] < 0.07


# -- Threshold ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (">= 0.95", Threshold(0.95, "min")),
        ("<= 0.05", Threshold(0.05, "max")),
        ("  >=   1 ", Threshold(1.0, "min")),
        (">=0.5", Threshold(0.5, "min")),
    ],
)
def test_threshold_parse(text: str, expected: Threshold):
    assert Threshold.parse(text) == expected


@pytest.mark.parametrize("text", ["0.9", "> 0.9", "=> 0.9", ">= ", ">= high", "", "<= 0.1 0.2", ">= nan"])
def test_threshold_parse_rejects(text: str):
    with pytest.raises(ValueError, match="must read '>= NUMBER' or '<= NUMBER'"):
        Threshold.parse(text)


def test_threshold_text_and_met_by():
    assert str(Threshold.parse(">= 0.90")) == ">= 0.9"
    assert str(AT_MOST_10) == "<= 0.1"
    assert AT_LEAST_90.met_by(0.9) and not AT_LEAST_90.met_by(0.89)
    assert AT_MOST_10.met_by(0.1) and not AT_MOST_10.met_by(0.11)


# -- decide ------------------------------------------------------------------------------

# 17/20 = 0.85 with 95% interval 0.640-0.948: under 0.9 by point, not by evidence.
# 3/20 = 0.15 with interval 0.052-0.360: over 0.1 by point, not by evidence.


@pytest.mark.parametrize(
    ("decision", "min_case", "max_case"),
    [("point", False, False), ("lenient", True, True), ("strict", False, False)],
)
def test_decide_on_the_fence(decision: Decision, min_case: bool, max_case: bool):
    assert decide(17, 20, AT_LEAST_90, decision) is min_case
    assert decide(3, 20, AT_MOST_10, decision) is max_case


def test_point_uses_the_observed_rate():
    assert decide(18, 20, AT_LEAST_90, "point") is True  # exactly 0.9
    assert decide(2, 20, AT_MOST_10, "point") is True  # exactly 0.1
    assert decide(3, 20, AT_MOST_10, "point") is False


@pytest.mark.parametrize("decision", DECISIONS)
def test_clear_evidence_decides_alike(decision: Decision):
    assert decide(995, 1000, AT_LEAST_90, decision) is True
    assert decide(500, 1000, AT_LEAST_90, decision) is False
    assert decide(5, 1000, AT_MOST_10, decision) is True
    assert decide(500, 1000, AT_MOST_10, decision) is False


def test_lenient_fails_only_when_the_whole_interval_misses():
    # 80/100: interval 0.711-0.867 lies wholly below 0.9.
    assert wilson(80, 100)[1] < 0.9
    assert decide(80, 100, AT_LEAST_90, "lenient") is False
    # 85/100: the interval reaches 0.9.
    assert wilson(85, 100)[1] >= 0.9
    assert decide(85, 100, AT_LEAST_90, "lenient") is True
    # For a ceiling the lower bound must clear it: 25/100 has low 0.175 > 0.1.
    assert decide(25, 100, AT_MOST_10, "lenient") is False
    assert decide(15, 100, AT_MOST_10, "lenient") is True


def test_strict_passes_only_when_the_whole_interval_meets():
    # 97/100: low 0.915 >= 0.9; 95/100: low 0.888 < 0.9.
    assert decide(97, 100, AT_LEAST_90, "strict") is True
    assert decide(95, 100, AT_LEAST_90, "strict") is False
    # 3/100: high 0.085 <= 0.1; 5/100: high 0.112 > 0.1.
    assert decide(3, 100, AT_MOST_10, "strict") is True
    assert decide(5, 100, AT_MOST_10, "strict") is False


@pytest.mark.parametrize("decision", DECISIONS)
def test_no_cases_decides_nothing(decision: Decision):
    assert decide(0, 0, AT_LEAST_90, decision) is None


def test_all_pass_meets_a_threshold_of_one():
    every = Threshold(1.0, "min")
    assert decide(10, 10, every, "lenient") is True
    assert decide(10, 10, every, "point") is True
    assert decide(9, 10, every, "point") is False
    nothing = Threshold(0.0, "max")
    assert decide(0, 10, nothing, "lenient") is True
    assert decide(1, 10, nothing, "point") is False


# -- decidable -----------------------------------------------------------------------------


def test_decidable_with_enough_cases():
    for decision in DECISIONS:
        assert decidable(100, AT_LEAST_90, decision)
        assert decidable(100, AT_MOST_10, decision)


def test_strict_needs_more_cases_than_lenient():
    # 20/20 has low 0.839 < 0.9: strict cannot pass with 20 cases; 0/20 still fails leniently.
    assert not decidable(20, AT_LEAST_90, "strict")
    assert decidable(20, AT_LEAST_90, "lenient")
    assert decidable(20, AT_LEAST_90, "point")
    smallest_strict = next(n for n in range(1, 200) if decidable(n, AT_LEAST_90, "strict"))
    assert wilson(smallest_strict, smallest_strict)[0] >= 0.9 > wilson(smallest_strict - 1, smallest_strict - 1)[0]


def test_lenient_with_too_few_cases_cannot_fail():
    half = Threshold(0.5, "min")
    assert wilson(0, 1)[1] >= 0.5  # one wrong answer proves nothing
    assert not decidable(1, half, "lenient")
    assert decidable(1, half, "point")


def test_no_cases_is_not_decidable():
    assert not decidable(0, AT_LEAST_90, "point")


@pytest.mark.parametrize("decision", DECISIONS)
@pytest.mark.parametrize("threshold", [Threshold(0.0, "min"), Threshold(1.0, "max")], ids=str)
def test_a_threshold_every_rate_meets_is_decided_as_a_pass(decision: Decision, threshold: Threshold):
    assert decidable(5, threshold, decision)
    assert decide(0, 5, threshold, decision) is True
    assert decide(5, 5, threshold, decision) is True
