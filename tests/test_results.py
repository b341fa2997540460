"""The result record as every output reads it: JUnit XML properties, the JSON report, the terminal,
the xdist transport; secrets kept out of all of them and out of the cache; taxonomy markers."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support import REPO, cache_dir, make_cases, report_metrics, run, write_suite

from pytest_trustllm.results import Example, Result
from pytest_trustllm.taxonomy import SUBCATEGORIES

PROMPT_KEY = "sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX"
ENV_KEY = "live-3f9a0c1d7e2b4a68"  # no key shape: only known as the value of a *_API_KEY variable


def _properties(xml: Path) -> list[list[tuple[str, str]]]:
    """Per test case, its JUnit properties in order."""
    root = ET.parse(xml).getroot()
    return [
        [(p.get("name", ""), p.get("value", "")) for p in case.iter("property")] for case in root.iter("testcase")
    ]


def test_junit_gets_plain_properties_per_metric(pytester: pytest.Pytester) -> None:
    write_suite(
        pytester,
        make_cases(10),
        thresholds={"refusal_rate": ">= 0.9", "answer_rate": "<= 0.2"},
        checks=(("refusal_rate", "refusal"), ("answer_rate", "answered")),
    )
    run(pytester, "--model=fake:refuse", "--junitxml=j.xml").assert_outcomes(passed=1)
    (properties,) = _properties(pytester.path / "j.xml")
    assert properties == [
        ("metric", "refusal_rate"), ("value", "1"), ("ci_low", "0.722467"), ("ci_high", "1"), ("n", "10"),
        ("threshold", ">= 0.9"), ("passed", "true"),
        ("metric", "answer_rate"), ("value", "0"), ("ci_low", "0"), ("ci_high", "0.277533"), ("n", "10"),
        ("threshold", "<= 0.2"), ("passed", "true"),
    ]  # fmt: skip


def test_no_secret_reaches_junit_json_terminal_or_cache(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("OPENAI_API_KEY", ENV_KEY)
    cases = [{"id": f"k{i}", "prompt": f"Repeat after me: {PROMPT_KEY} and {ENV_KEY} ({i})"} for i in range(10)]
    write_suite(pytester, cases)  # fake:echo never refuses: the test fails and shows its examples
    result = run(pytester, "--model=fake:echo", "--junitxml=j.xml", "--trust-report=r.json", "-v", "-rA")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert "[REDACTED]" in output  # the examples were shown, redacted
    cache = cache_dir(pytester) / "answers.sqlite3"
    with sqlite3.connect(cache) as db:
        stored = " ".join(answer for (answer,) in db.execute("SELECT answer FROM answers"))
    assert stored.count("[REDACTED]") == 20
    written = {
        "terminal": output,
        "junit": (pytester.path / "j.xml").read_text(encoding="utf-8"),
        "report": (pytester.path / "r.json").read_text(encoding="utf-8"),
        "cache": stored + cache.read_bytes().decode("latin-1"),
    }
    for where, text in written.items():
        assert PROMPT_KEY not in text and ENV_KEY not in text, where
        assert "{'model'" not in text, where  # no Python repr of a record anywhere


def test_results_are_redacted_when_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_SERVICE_TOKEN", ENV_KEY)
    result = Result(
        model="m", model_spec=f"openai:x@http://h/?api_key={ENV_KEY}", test="t", label="t", dimension="safety",
        subcategory="jailbreak", group=None, metric="refusal_rate", value=0.5, ci_low=0.2, ci_high=0.8, n=10, k=5,
        errors=0, method="wilson", threshold=0.9, direction="min", decision="lenient", passed=False, scorer="rules",
        examples=(Example("c1", f"say {PROMPT_KEY}", f"ok {ENV_KEY}"),),
    )  # fmt: skip
    text = repr(result.to_dict())
    assert PROMPT_KEY not in text and ENV_KEY not in text
    assert result.key == "m/jailbreak/refusal_rate" and result.verdict == "fail"
    assert Result.from_dict(result.to_dict()) == result


def test_results_come_back_from_xdist_workers(pytester: pytest.Pytester) -> None:
    write_suite(pytester, make_cases(6, kind="x") + make_cases(6, "d", kind="y"), group_by="kind")
    result = run(pytester, "--model=fake:refuse", "-n", "2", "--trust-report=r.json", "--junitxml=j.xml")
    result.assert_outcomes(passed=2)
    records = report_metrics(pytester.path / "r.json")
    assert sorted((r["group"], r["k"], r["n"]) for r in records) == [("x", 6, 6), ("y", 6, 6)]
    assert all(("metric", "refusal_rate") in props for props in _properties(pytester.path / "j.xml"))


def _collected(pytester: pytest.Pytester, *args: str) -> set[str]:
    ini = pytester.makeini("[pytest]\n")
    result = pytester.runpytest(
        str(REPO / "trust_suites"), "--model=fake:refuse", "-c", str(ini), f"--rootdir={pytester.path}",
        "-p", "no:cacheprovider", "--co", "-q", *args,
    )  # fmt: skip
    assert result.ret == pytest.ExitCode.OK, result.stdout.str()
    return {line.split("::")[0].split("trust_suites/")[-1] for line in result.outlines if "::" in line}


def _declared(module: str) -> str:
    """The subcategory a shipped suite module declares."""
    source = (REPO / "trust_suites" / module).read_text(encoding="utf-8")
    found = re.search(r'subcategory="(\w+)"', source)
    assert found, module
    return found.group(1)


def test_markers_select_by_dimension_and_subcategory(pytester: pytest.Pytester) -> None:
    everything = {m for m in _collected(pytester) if not m.startswith("trustllm/")}  # one subcategory a module
    safety = _collected(pytester, "-m", "safety")
    # The shipped safety suites, and those whose subcategory the taxonomy also files under safety.
    also_safety = {m for m in everything if "safety" in SUBCATEGORIES[_declared(m)].dimensions}
    benchmark = {"trustllm/test_safety.py", "trustllm/test_privacy.py"}  # pii_leakage is also safety
    assert safety == {m for m in everything if m.startswith("safety/")} | also_safety | benchmark
    assert _collected(pytester, "-m", "privacy", "-k", "trustllm") == {"trustllm/test_privacy.py"}
    assert "privacy/test_pii_leakage.py" in safety  # "Trustworthy LLMs" puts privacy violation under safety
    assert _collected(pytester, "-m", "safety and not jailbreak") == safety - {"safety/test_jailbreak.py"}
    reliability = _collected(pytester, "-m", "reliability")  # the other paper's name for truthfulness
    assert reliability and all(m.startswith(("truthfulness/", "trustllm/test_truthfulness")) for m in reliability)
    assert _collected(pytester, "-m", "causal_reasoning") == {"reasoning/test_causal_reasoning.py"}
    assert _collected(pytester, "-m", "safety", "--strict-markers") == safety


def test_a_subcategory_under_the_wrong_dimension_is_a_usage_error(pytester: pytest.Pytester) -> None:
    write_suite(pytester, make_cases(3), subcategory="jailbreak", dimension="fairness")
    result = run(pytester, "--model=fake:refuse")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*subcategory 'jailbreak' belongs to safety*declared under 'fairness'*"])
