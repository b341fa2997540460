"""Baselines and regression gates (--trust-baseline, --trust-compare), per-case verdicts, --trust-log and
undecided tests, through pytester runs of small suites with fake models."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from support import (
    REFUSE,
    assert_usage_error,
    cache_dir,
    make_cases,
    report_metrics,
    run,
    write_jsonl,
    write_rules,
    write_suite,
)

from pytest_trustllm.baseline import compare, mcnemar_p, paired_interval, unpaired_interval
from pytest_trustllm.config import RegressionPolicy
from pytest_trustllm.results import Result

COMPLY = "Sure, here is a detailed answer: step one, then step two."
N = 40  # cases per suite


def two_suites(pytester: pytest.Pytester, threshold: str = ">= 0.5") -> None:
    """Suites ``test_a`` (subcategory a) and ``test_b`` (b), N cases each; a low bar, so only a regression fails."""
    write_suite(pytester, make_cases(N, "a"), name="test_a", subcategory="a", thresholds={"refusal_rate": threshold})
    write_suite(pytester, make_cases(N, "b"), name="test_b", subcategory="b", thresholds={"refusal_rate": threshold})


def complies_on(pytester: pytest.Pytester, name: str, pattern: str) -> str:
    """``fake:RULES`` refusing every prompt except those matching ``pattern``, which it answers."""
    path = write_rules(pytester.path / f"{name}.jsonl", [{"match": pattern, "answer": COMPLY}, {"answer": REFUSE}])
    return f"fake:{path}"


def document(pytester: pytest.Pytester, name: str = "r.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((pytester.path / name).read_text(encoding="utf-8"))
    return data


def by_subcategory(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["subcategory"]: c for c in doc["comparisons"]}


# -- the statistics against known values ------------------------------------------------------------


def test_mcnemar_exact_against_the_binomial_by_hand():
    from scipy.stats import binomtest

    # Fagerland, Lydersen & Laake (2014), Cavo et al.: 6 and 16 discordant pairs, exact conditional p = 0.052479.
    assert mcnemar_p(6, 16) == pytest.approx(0.052479, abs=1e-6)
    by_hand = min(1.0, 2 * sum(math.comb(22, i) for i in range(7)) / 2**22)
    assert mcnemar_p(6, 16) == pytest.approx(by_hand) == pytest.approx(binomtest(6, 22).pvalue)
    assert mcnemar_p(0, 10) == pytest.approx(2 / 2**10)
    assert mcnemar_p(0, 0) == 1.0  # no discordant pair: nothing differs


def test_paired_interval_against_published_values():
    # Cavo et al. (2012) table in Fagerland et al.: Newcombe square-and-add -0.1186 to -0.0046.
    low, high = paired_interval(59, 6, 16, 80)
    assert (round(low, 4), round(high, 4)) == (-0.1186, -0.0046)
    # No change at all: the interval straddles 0.
    low, high = paired_interval(30, 0, 0, 10)
    assert low < 0 < high


def test_unpaired_interval_against_newcombe_1998():
    # Newcombe (1998), Stat Med 17:873, method 10: 56/70 - 48/80 and 9/10 - 3/10.
    assert [round(x, 4) for x in unpaired_interval(56, 70, 48, 80)] == [0.0524, 0.3339]
    assert [round(x, 4) for x in unpaired_interval(9, 10, 3, 10)] == [0.1705, 0.8090]


def result(value: float, low: float, high: float, direction: str | None = "min", **fields: Any) -> Result:
    base: dict[str, Any] = {
        "model": "m", "model_spec": "fake:m", "test": "t.py::t", "label": "t::t", "dimension": "safety",
        "subcategory": "s", "group": None, "metric": "score", "value": value, "ci_low": low, "ci_high": high,
        "n": 50, "k": None, "errors": 0, "method": "bootstrap", "threshold": 0.5, "direction": direction,
        "decision": "lenient", "passed": True, "scorer": "x",
    }  # fmt: skip
    return Result(**{**base, **fields})


def test_a_rate_that_must_stay_low_regresses_when_it_rises():
    before = result(0.1, 0.0, 0.2, "max", k=5, method="wilson", cases={f"c{i}": int(i < 5) for i in range(50)})
    after = result(0.5, 0.4, 0.6, "max", k=25, method="wilson", cases={f"c{i}": int(i < 25) for i in range(50)})
    worse = compare(after, before, RegressionPolicy())
    assert (worse.change, worse.method, worse.n_pairs, worse.difference) == ("regression", "mcnemar", 50, 0.4)
    assert worse.ci_low is not None and worse.ci_low > 0
    assert compare(before, after, RegressionPolicy()).change == "improvement"


def test_other_metrics_compare_by_their_intervals():
    policy = RegressionPolicy()
    apart = compare(result(0.5, 0.45, 0.55), result(0.8, 0.75, 0.85), policy)
    assert (apart.change, apart.method) == ("regression", "interval-overlap")
    assert (apart.ci_low, apart.ci_high) == pytest.approx((0.45 - 0.85, 0.55 - 0.75))
    overlapping = compare(result(0.5, 0.4, 0.8), result(0.7, 0.6, 0.9), policy)
    assert overlapping.change == "unchanged"
    # Within the tolerance: not a regression even though the intervals are apart.
    assert compare(result(0.5, 0.45, 0.55), result(0.8, 0.75, 0.85), RegressionPolicy(0.25)).change == "unchanged"
    p_value = compare(result(0.01, 0.01, 0.01, method="chi-square"), result(0.5, 0.5, 0.5, method="chi-square"), policy)
    assert (p_value.change, p_value.method) == ("not-compared", "not-compared")
    unthresholded = compare(result(0.1, 0, 0.2, None), result(0.9, 0.8, 1.0, None), policy)
    assert unthresholded.change == "not-compared" and "direction" in unthresholded.reason


# -- runs against a baseline report -----------------------------------------------------------------


def test_a_worse_run_on_the_same_cases_fails_the_affected_test_with_paired_figures(pytester: pytest.Pytester):
    two_suites(pytester)
    run(pytester, "--model=fake:refuse", "--trust-report=base.json").assert_outcomes(passed=2)
    worse = complies_on(pytester, "worse", r"number [0-9] from set a:")  # a0..a9 now answered: 30/40 refused
    result = run(pytester, f"--model={worse}", "--trust-baseline=base.json", "--trust-report=r.json")
    result.assert_outcomes(passed=1, failed=1)
    output = result.stdout.str()
    result.stdout.fnmatch_lines(
        [
            "*regression against the baseline: refusal_rate 0.750 vs baseline 1.000: "
            "difference -0.250 (95% CI -0.* to -0.*), 40 paired cases, McNemar exact p = 0.00195*",
            "cases that got worse (10): a0, a1, a2, a3, a4, a5, a6, a7, a8, a9",
            "  [a0]",
            "    prompt: 'Question number 0 from set a: what is 0 plus 0?'",
            f"    answer: '{COMPLY}'",
            "*REGRESSION: fake:*test_a*",
        ]
    )
    assert "FAILED test_a.py" in output and "FAILED test_b.py" not in output
    comparisons = by_subcategory(document(pytester))
    a, b = comparisons["a"], comparisons["b"]
    assert (a["change"], a["method"], a["n_pairs"], a["direction"]) == ("regression", "mcnemar", N, ">=")
    assert a["p_value"] == pytest.approx(2 / 2**10, rel=1e-5)
    assert (a["value"], a["baseline_value"], a["difference"]) == (0.75, 1.0, -0.25)
    assert a["ci_low"] < a["ci_high"] < 0
    assert (b["change"], b["p_value"], b["difference"]) == ("unchanged", 1.0, 0.0)
    baseline = document(pytester)["baseline"]
    assert baseline["path"] == str(pytester.path / "base.json")
    identity = f"fake:{_digest(pytester, 'worse')}"
    assert baseline["models"] == {
        worse: {"identity": identity, "baseline_identity": "fake:refuse", "weights_changed": True}
    }
    assert document(pytester)["new_metrics"] == document(pytester)["missing_metrics"] == []


def _digest(pytester: pytest.Pytester, name: str) -> str:
    import hashlib

    return hashlib.sha256((pytester.path / f"{name}.jsonl").read_bytes()).hexdigest()[:16]


def test_a_run_of_the_same_quality_passes(pytester: pytest.Pytester):
    two_suites(pytester)
    run(pytester, "--model=fake:refuse", "--trust-report=base.json").assert_outcomes(passed=2)
    result = run(pytester, "--model=fake:refuse", "--trust-baseline=base.json", "--trust-report=r.json")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*against *base.json: regressions 0, improvements 0, unchanged 2, not compared 0"])
    assert {c["change"] for c in document(pytester)["comparisons"]} == {"unchanged"}
    assert document(pytester)["baseline"]["models"]["fake:refuse"]["weights_changed"] is False


def test_a_slightly_worse_run_within_noise_passes(pytester: pytest.Pytester):
    two_suites(pytester)
    run(pytester, "--model=fake:refuse", "--trust-report=base.json").assert_outcomes(passed=2)
    slightly = complies_on(pytester, "slightly", r"number [0-2] from set a:")  # 3 of 40 flipped: p = 0.25
    result = run(pytester, f"--model={slightly}", "--trust-baseline=base.json", "--trust-report=r.json")
    result.assert_outcomes(passed=2)
    a = by_subcategory(document(pytester))["a"]
    assert (a["change"], a["p_value"]) == ("unchanged", 0.25)


def test_a_better_run_passes_and_shows_the_improvement(pytester: pytest.Pytester):
    two_suites(pytester)
    worse = complies_on(pytester, "worse", r"number [0-9] from set b:")
    run(pytester, f"--model={worse}", "--trust-report=base.json").assert_outcomes(passed=2)
    result = run(pytester, "--model=fake:refuse", "--trust-baseline=base.json", "--trust-report=r.json")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*regressions 0, improvements 1, unchanged 1*", "*improvement: *test_b*"])
    assert by_subcategory(document(pytester))["b"]["change"] == "improvement"


def test_a_tolerance_from_the_settings_lets_a_small_real_drop_pass(pytester: pytest.Pytester):
    two_suites(pytester)
    run(pytester, "--model=fake:refuse", "--trust-report=base.json").assert_outcomes(passed=2)
    worse = complies_on(pytester, "worse", r"number [0-9] from set a:")  # -0.25, CI reaching about -0.12
    pytester.makefile(".yaml", trustllm="regression: {tolerance: 0.2, alpha: 0.05}\n")
    run(pytester, f"--model={worse}", "--trust-baseline=base.json").assert_outcomes(passed=2)
    pytester.makefile(".yaml", trustllm="regression: {tolerance: 0.05}\n")
    run(pytester, f"--model={worse}", "--trust-baseline=base.json").assert_outcomes(passed=1, failed=1)


def test_matching_survives_reordering_and_sampling(pytester: pytest.Pytester):
    cases = make_cases(N, "a")
    write_suite(pytester, cases, name="test_a", subcategory="a", thresholds={"refusal_rate": ">= 0.5"})
    run(pytester, "--model=fake:refuse", "--trust-report=base.json").assert_outcomes(passed=1)
    write_jsonl(pytester.path / "test_a.jsonl", reversed(cases))  # the same cases in another order
    worse = complies_on(pytester, "worse", r"set a:")  # answers everything
    result = run(pytester, f"--model={worse}", "--trust-baseline=base.json", "--trust-sample=20",
                 "--trust-report=r.json")
    result.assert_outcomes(failed=1)
    (a,) = document(pytester)["comparisons"]
    assert (a["method"], a["n_pairs"], a["difference"]) == ("mcnemar", 20, -1.0)  # paired on the 20 sampled
    (record,) = report_metrics(pytester.path / "r.json")
    assert len(record["cases"]) == 20 and set(record["cases"].values()) == {0}


def test_cases_unknown_to_the_baseline_compare_unpaired(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(N, "a"), name="test_a", subcategory="a", thresholds={"refusal_rate": ">= 0.1"})
    run(pytester, "--model=fake:refuse", "--trust-report=base.json").assert_outcomes(passed=1)
    write_suite(pytester, make_cases(N, "z"), name="test_a", subcategory="a", thresholds={"refusal_rate": ">= 0.1"})
    worse = complies_on(pytester, "worse", r"number 1?[0-9] from set z:")  # z0..z19 answered: 20 of 40 refused
    result = run(pytester, f"--model={worse}", "--trust-baseline=base.json", "--trust-report=r.json")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*unpaired (no shared case ids), Newcombe interval*"])
    (a,) = document(pytester)["comparisons"]
    assert (a["method"], a["n_pairs"], a["p_value"]) == ("newcombe", None, None)
    assert [a["ci_low"], a["ci_high"]] == pytest.approx(unpaired_interval(20, 40, 40, 40), abs=1e-6)


def test_a_mean_compares_by_intervals_and_a_p_value_is_not_compared(pytester: pytest.Pytester):
    cases = make_cases(12, "m", group="x") + make_cases(12, "n", group="y")
    write_jsonl(pytester.path / "cases.jsonl", cases)
    pytester.makepyfile(
        test_other=f"""
        import pytest
        from pytest_trustllm import refusal, rule

        @rule("length", version=1)
        def length(answer):
            return len(answer.text) / 100

        @pytest.mark.trust(dimension="safety", subcategory="sub", data={str(pytester.path / "cases.jsonl")!r},
                           thresholds={{"length": ">= 0.1", "refusal_rate_p_value": ">= 0.0"}})
        def test_other(answers, trust):
            trust.gap("refusal_rate", answers, refusal, by="group")
            trust.mean("length", answers, length)
        """
    )
    run(pytester, "--model=fake:comply", "--trust-report=base.json").assert_outcomes(passed=1)
    result = run(pytester, "--model=fake:refuse", "--trust-baseline=base.json", "--trust-report=r.json")
    result.assert_outcomes(failed=1)  # its answers are shorter, beyond both intervals
    result.stdout.fnmatch_lines(
        ["regression against the baseline: length 0.460 vs baseline 1.225: difference -0.765 (-0.7* to -0.7*, "
         "from the ends of the two intervals)"]
    )  # fmt: skip
    result.stdout.fnmatch_lines(
        ["  4 metrics not compared: *, fake:refuse/sub/refusal_rate_p_value (a chi-square figure has no interval*"]
    )
    changes = {c["metric"]: (c["method"], c["change"]) for c in document(pytester)["comparisons"]}
    assert changes["length"] == ("interval-overlap", "regression")
    assert changes["refusal_rate_p_value"] == ("not-compared", "not-compared")
    per_group = {r["group"]: r["cases"] for r in report_metrics(pytester.path / "r.json") if r["group"]}
    assert per_group["x"] == {f"m{i}": 1 for i in range(12)} and set(per_group["y"]) == {f"n{i}" for i in range(12)}
    assert '"m0": 1,' in (pytester.path / "r.json").read_text()  # 1, not 1.0


def test_new_and_missing_metrics_are_listed(pytester: pytest.Pytester):
    two_suites(pytester)
    run(pytester, "--model=fake:refuse", "--trust-report=base.json").assert_outcomes(passed=2)
    (pytester.path / "test_b.py").unlink()
    write_suite(pytester, make_cases(N, "c"), name="test_c", subcategory="c", thresholds={"refusal_rate": ">= 0.5"})
    result = run(pytester, "--model=fake:refuse", "--trust-baseline=base.json", "--trust-report=r.json")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        [
            "*1 metrics new since the baseline: fake:refuse/c/refusal_rate",
            "*1 metrics missing since the baseline: fake:refuse/b/refusal_rate",
        ]
    )
    doc = document(pytester)
    assert doc["new_metrics"] == ["fake:refuse/c/refusal_rate"]
    assert doc["missing_metrics"] == ["fake:refuse/b/refusal_rate"]


def test_last_compares_with_the_previous_run_kept_in_the_cache_folder(pytester: pytest.Pytester):
    two_suites(pytester)

    def run_cached(*args: str) -> pytest.RunResult:  # with pytest's cache provider, unlike support.run
        return pytester.runpytest(f"--trust-cache-dir={cache_dir(pytester)}", *args)

    assert_usage_error(run_cached("--model=fake:refuse", "--trust-baseline=last"), "run once without", "last")
    run_cached("--model=fake:refuse").assert_outcomes(passed=2)
    kept = pytester.path / ".pytest_cache" / "d" / "trustllm" / "last-report.json"
    assert json.loads(kept.read_text())["schema_version"] == 3
    worse = complies_on(pytester, "worse", r"number [0-9] from set b:")
    result = run_cached(f"--model={worse}", "--trust-baseline=last")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*REGRESSION: *test_b*McNemar exact p = 0.00195*"])
    # The worse run is now the last one: the good model improves on it.
    run_cached("--model=fake:refuse", "--trust-baseline=last").stdout.fnmatch_lines(["*improvements 1*"])
    assert_usage_error(run(pytester, "--model=fake:refuse", "--trust-baseline=last"), "-p no:cacheprovider")


def test_compare_uses_the_second_model_of_the_run_as_the_baseline_of_the_first(pytester: pytest.Pytester):
    two_suites(pytester)
    worse = complies_on(pytester, "worse", r"number [0-9] from set a:")
    result = run(pytester, "-v", "--trust-compare", worse, "fake:refuse", "--trust-report=r.json")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*test_a?fake:*worse.jsonl? FAILED*"])
    result.stdout.fnmatch_lines(["*regression against the baseline: refusal_rate 0.750 vs baseline 1.000*"])
    doc = document(pytester)
    assert doc["baseline"]["path"] == f"--trust-compare {worse} fake:refuse"
    assert {(c["model"], c["subcategory"], c["change"]) for c in doc["comparisons"]} == {
        (worse, "a", "regression"),
        (worse, "b", "unchanged"),
    }
    assert doc["baseline"]["models"][worse]["baseline_identity"] == "fake:refuse"
    assert_usage_error(run(pytester, "--trust-compare", worse, worse), "two different models")
    both = run(pytester, "--trust-compare", worse, "fake:refuse", "--model=fake:comply")
    assert_usage_error(both, "leave out --model")


def test_xdist_fails_the_same_regression(pytester: pytest.Pytester):
    two_suites(pytester)
    run(pytester, "--model=fake:refuse", "--trust-report=base.json").assert_outcomes(passed=2)
    worse = complies_on(pytester, "worse", r"number [0-9] from set a:")
    result = run(pytester, "-n", "2", f"--model={worse}", "--trust-baseline=base.json", "--trust-report=r.json")
    result.assert_outcomes(passed=1, failed=1)
    assert by_subcategory(document(pytester))["a"]["change"] == "regression"
    compared = run(pytester, "-n", "2", "--dist", "loadscope", "--trust-compare", worse, "fake:refuse")
    compared.assert_outcomes(passed=3, failed=1)
    assert_usage_error(run(pytester, "-n", "2", "--trust-compare", worse, "fake:refuse"), "--dist loadscope")


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        (None, ["missing.json: baseline report not found", "--trust-report=PATH.json"]),
        ("{not json", ["missing.json: not a JSON report", "--trust-report=PATH.json"]),
        ('{"schema_version": 2, "metrics": []}', ["report schema 2", "reads schema 3", "rerun the baseline"]),
        ('{"schema_version": 3}', ["not a pytest-trustllm report (no 'metrics' list)"]),
        ('{"schema_version": 3, "metrics": [{"model": "x"}]}', ["a malformed metric record"]),
    ],
)
def test_a_bad_baseline_file_is_a_usage_error(pytester: pytest.Pytester, content: str | None, fragments: list[str]):
    write_suite(pytester, make_cases(4))
    if content is not None:
        (pytester.path / "missing.json").write_text(content, encoding="utf-8")
    assert_usage_error(run(pytester, "--model=fake:refuse", "--trust-baseline=missing.json"), *fragments)


def test_a_baseline_of_other_models_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(4))
    run(pytester, "--model=fake:refuse", "--model=fake:comply", "--trust-report=base.json")
    assert_usage_error(
        run(pytester, "--model=fake:echo", "--trust-baseline=base.json"),
        "holds models fake:comply, fake:refuse and none is named fake:echo",
    )


@pytest.mark.parametrize(
    ("setting", "fragment"),
    [
        ("regression: {tolerance: -0.1}", "regression.tolerance must be a number at least 0 and at most 0.5"),
        ("regression: {alpha: 0}", "regression.alpha must be a number above 0 and at most 0.5"),
        ("regression: {tolerence: 0.1}", "unknown key 'tolerence' (did you mean 'tolerance'?)"),
        ("regression: 0.05", "regression must be a mapping like {tolerance: 0.02, alpha: 0.05}"),
        ("undecided: maybe", "undecided must be one of fail, skip"),
    ],
)
def test_bad_regression_and_undecided_settings_are_usage_errors(pytester: pytest.Pytester, setting: str, fragment: str):
    write_suite(pytester, make_cases(4))
    pytester.makefile(".yaml", trustllm=setting + "\n")
    assert_usage_error(run(pytester, "--model=fake:refuse"), "trustllm.yaml", fragment)


# -- per-case verdicts, the log, failure messages -----------------------------------------------------


def test_every_record_carries_each_cases_verdict(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(6), thresholds={"refusal_rate": ">= 0.1"})
    some = complies_on(pytester, "some", r"number [0-1] from")
    run(pytester, f"--model={some}", "--trust-report=r.json", "--trust-decision=point").assert_outcomes(passed=1)
    (record,) = report_metrics(pytester.path / "r.json")
    assert record["cases"] == {"c0": 0, "c1": 0, "c2": 1, "c3": 1, "c4": 1, "c5": 1}
    assert (record["k"], record["n"]) == (sum(record["cases"].values()), len(record["cases"]))
    text = (pytester.path / "r.json").read_text()
    assert '"c0": 0' in text  # plain integers, not verdict objects


def test_log_has_one_line_per_case_and_metric(pytester: pytest.Pytester):
    cases = [{**c, "answer": f"expected {c['id']}"} for c in make_cases(5)]
    write_suite(pytester, cases, checks=(("refusal_rate", "refusal"), ("answered_rate", "answered")),
                thresholds={"refusal_rate": ">= 0.1", "answered_rate": "<= 0.9"})  # fmt: skip
    some = complies_on(pytester, "some", r"number 0 from")
    log = pytester.path / "out" / "cases.jsonl"
    result = run(pytester, f"--model={some}", f"--trust-log={log}", "--trust-decision=point")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([f"log: 10 lines in {log}"])
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(lines) == 10
    first = lines[0]
    assert set(first) == {"model", "key", "test", "case", "prompt", "answer", "error", "reference", "parsed",
                          "reason", "verdict", "scorer"}  # fmt: skip
    refusals = {line["case"]: line for line in lines if line["key"].endswith("/refusal_rate")}
    assert refusals["c0"]["verdict"] == 0 and refusals["c0"]["answer"] == COMPLY
    assert refusals["c1"]["verdict"] == 1 and refusals["c1"]["answer"] == REFUSE
    assert refusals["c1"]["reference"] == "expected c1"
    assert refusals["c1"]["prompt"] == "Question number 1 from set c: what is 1 plus 1?"
    assert refusals["c1"]["scorer"].startswith("refusal")
    # The same lines from xdist workers.
    log.unlink()
    run(pytester, "-n", "2", f"--model={some}", f"--trust-log={log}", "--trust-decision=point").assert_outcomes(
        passed=1
    )
    assert sorted(map(json.loads, log.read_text().splitlines()), key=str) == sorted(lines, key=str)


def test_failure_examples_show_the_question_at_the_end_of_a_long_prompt_and_what_was_expected(
    pytester: pytest.Pytester,
):
    preamble = "You are a careful assistant. " * 30
    cases = [{"id": f"q{i}", "prompt": f"{preamble}QUESTION {i}: may I?", "answer": "refuse"} for i in range(4)]
    write_suite(pytester, cases)
    result = run(pytester, "--model=fake:comply")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert "QUESTION 0: may I?'" in output and " … " in output  # the end kept, the middle cut
    assert "expected: 'refuse'" in output
    assert output.count(preamble.strip()) == 0
    full = run(pytester, "--model=fake:comply", "-vv").stdout.str()
    assert preamble.strip() in " ".join(full.split())  # -vv: whole


def test_parsed_answers_are_shown_for_labels(pytester: pytest.Pytester):
    cases = [{"id": f"l{i}", "prompt": f"Label {i}: yes or no?", "label": "yes"} for i in range(12)]
    write_jsonl(pytester.path / "labels.jsonl", cases)
    pytester.makepyfile(
        test_labels=f"""
        import pytest
        from pytest_trustllm import rule

        @rule("first-word", version=1)
        def first_word(answer):
            return answer.text.split()[0].strip(",.").lower()

        @pytest.mark.trust(dimension="safety", subcategory="sub", data={str(pytester.path / "labels.jsonl")!r},
                           thresholds={{"macro_f1": ">= 0.9"}})
        def test_labels(answers, trust):
            trust.macro_f1("macro_f1", answers, first_word, gold="label", labels=["yes", "no"])
        """
    )
    result = run(pytester, "--model=fake:comply")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*parsed: 'sure'", "*expected: 'yes'"])


def test_a_judges_label_is_the_reason_shown_and_logged(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(8))
    judge = write_rules(pytester.path / "judge.jsonl", [{"answer": "It answers.\nVERDICT: COMPLIANCE"}])
    log = pytester.path / "cases.jsonl"
    result = run(pytester, "--model=fake:comply", f"--judge=fake:{judge}", f"--trust-log={log}")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["    reason: 'judge: COMPLIANCE'"])
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert {line["reason"] for line in lines} == {"judge: COMPLIANCE"}


# -- undecided tests -----------------------------------------------------------------------------------


def test_a_run_that_decided_nothing_says_so_loudly(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(5), thresholds={"refusal_rate": ">= 0.9"})
    skipped = run(pytester, "--model=fake:refuse", "--trust-decision=strict", "--trust-undecided=skip")
    skipped.assert_outcomes(skipped=1)
    skipped.stdout.fnmatch_lines(["!!!* NO TRUST TEST DECIDED: all 1 trust tests were undecided (too few cases) !!!*"])
    failed = run(pytester, "--model=fake:refuse", "--trust-decision=strict")  # fail: the default under strict
    failed.assert_outcomes(failed=1)
    failed.stdout.fnmatch_lines(["*undecided, a failure under undecided: fail: refusal_rate 1.000 (5/5*"])
    lenient = run(pytester, "--model=fake:refuse", "--trust-decision=point", "--trust-undecided=fail")
    lenient.assert_outcomes(passed=1)  # decided: nothing to say
    assert "NO TRUST TEST DECIDED" not in lenient.stdout.str()


def test_some_undecided_tests_are_counted(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(5), name="test_few", subcategory="few", thresholds={"refusal_rate": ">= 0.9"})
    write_suite(pytester, make_cases(60), name="test_many", subcategory="many", thresholds={"refusal_rate": ">= 0.9"})
    result = run(pytester, "--model=fake:refuse", "--trust-decision=strict", "--trust-undecided=skip")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["1 of 2 trust tests undecided (too few cases)*"])
