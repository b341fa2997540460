"""``trust.rate_of`` (rates over pairs or groups) and ``trust.score`` (metrics that are not rates)."""

from __future__ import annotations

import textwrap

import pytest
from support import make_cases, report_metrics, run, write_jsonl


def _suite(pytester: pytest.Pytester, body: str, thresholds: dict[str, str]) -> None:
    data = write_jsonl(pytester.path / "cases.jsonl", make_cases(12))
    pytester.makepyfile(
        test_measure=textwrap.dedent(
            f"""\
            import pytest

            @pytest.mark.trust(dimension="d", subcategory="sub", data={str(data)!r}, thresholds={thresholds!r})
            def test_it(answers, trust):
            """
        )
        + textwrap.indent(textwrap.dedent(body), "    ")
    )


def test_rate_of_counts_units_and_shows_the_failing_side_of_a_max_threshold(pytester: pytest.Pytester) -> None:
    # Six pairs of answers; the first four are "bad" (true), which breaks a <= 0.2 threshold.
    _suite(
        pytester,
        """
        pairs = [answers[i : i + 2] for i in range(0, 12, 2)]
        verdicts = [i < 4 for i in range(6)]
        trust.rate_of("flip_rate", verdicts, [p[1] for p in pairs], "pair-rule")
        """,
        {"flip_rate": "<= 0.2"},
    )
    result = run(pytester, "--model=fake:echo", "--trust-decision=point", "--trust-report=r.json")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*flip rate 0.667 (4/6, 95% CI *) > 0.2*", "*failing examples (4 of 4)*", "*[[]c1]*"])
    (record,) = report_metrics(pytester.path / "r.json")
    assert (record["k"], record["n"], record["direction"], record["evaluator"]) == (4, 6, "max", "pair-rule")
    assert [e["id"] for e in record["examples"]] == ["c1", "c3", "c5", "c7"]


@pytest.mark.parametrize(
    ("decision", "interval", "outcome"),
    [
        ("point", (0.05, 0.30), "failed"),  # 0.2 > 0.15
        ("lenient", (0.05, 0.30), "passed"),  # the interval reaches 0.15
        ("lenient", (0.16, 0.30), "failed"),  # the whole interval misses
        ("strict", (0.05, 0.14), "passed"),  # the whole interval meets it (value aside)
        ("strict", (0.05, 0.30), "failed"),
    ],
)
def test_score_decides_on_the_value_or_its_interval(
    pytester: pytest.Pytester, decision: str, interval: tuple[float, float], outcome: str
) -> None:
    _suite(
        pytester,
        f"""
        trust.score("calibration_error", 0.2, {interval!r}, len(answers), "ece")
        """,
        {"calibration_error": "<= 0.15"},
    )
    result = run(pytester, "--model=fake:echo", f"--trust-decision={decision}", "--trust-report=r.json")
    result.assert_outcomes(**{outcome: 1})
    (record,) = report_metrics(pytester.path / "r.json")
    assert (record["value"], record["ci_low"], record["ci_high"], record["k"]) == (0.2, *interval, None)
    assert record["passed"] is (outcome == "passed")


def test_score_over_too_few_answers_is_skipped(pytester: pytest.Pytester) -> None:
    _suite(pytester, 'trust.score("calibration_error", 0.9, (0.9, 0.9), 3, "ece")', {"calibration_error": "<= 0.15"})
    result = run(pytester, "--model=fake:echo", "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*only 3 usable answers, too few*"])
