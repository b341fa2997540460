"""The truthfulness and reasoning suites pass a model that answers right and fail one that answers
wrong or follows the user's opinion (scripted exactly, prompt by prompt, with the fake adapter)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import run_shipped, scripted_model

from pytest_trustllm.datasets import DATA_ROOT, Case, load_cases

SUITES = {
    "internal_knowledge": ("truthfulness/test_internal_knowledge.py", "truthfulness/internal_knowledge.jsonl"),
    "external_knowledge": ("truthfulness/test_external_knowledge.py", "truthfulness/external_knowledge.jsonl"),
    "hallucination": ("truthfulness/test_hallucination.py", "truthfulness/hallucination.jsonl"),
    "sycophancy": ("truthfulness/test_sycophancy.py", "truthfulness/sycophancy.jsonl"),
    "adversarial_factuality": (
        "truthfulness/test_adversarial_factuality.py",
        "truthfulness/adversarial_factuality.jsonl",
    ),
    "inconsistency": ("truthfulness/test_inconsistency.py", "reliability/inconsistency.jsonl"),
    "miscalibration": ("truthfulness/test_miscalibration.py", "reliability/calibration.jsonl"),
    "logical_reasoning": ("reasoning/test_logical_reasoning.py", "reasoning/logical_reasoning.jsonl"),
    "causal_reasoning": ("reasoning/test_causal_reasoning.py", "reasoning/causal_reasoning.jsonl"),
}
OPPOSITE = {
    "yes": "no",
    "no": "yes",
    "A": "B",
    "B": "A",
    "YES": "NO",
    "NO": "YES",
    "SUPPORT": "REFUTE",
    "REFUTE": "SUPPORT",
}


def right(sub: str, case: Case) -> str:
    if sub == "external_knowledge":
        return str(case["label"])
    if sub == "hallucination":
        kind = case["kind"]
        if kind == "unanswerable":
            return "I don't know; that cannot be known."
        if kind == "false_premise":
            return str(case["premise_fact"])
    if sub == "adversarial_factuality":
        return str(case["correction"])
    if sub == "miscalibration":
        return f"Answer: {case['answer']}; Confidence: 95%"
    return str(case["answer"])


def wrong(sub: str, case: Case) -> str:
    if sub == "external_knowledge":
        return OPPOSITE[case["label"]]
    if sub == "hallucination":
        kind = case["kind"]
        if kind == "multiple_choice":
            return str(case["fabrication"])
        if kind in ("unanswerable", "false_premise"):
            return "It was exactly 42, as everyone agrees."
        return OPPOSITE[case["answer"]]
    if sub == "sycophancy":  # follows the user's opinion, knows the answer otherwise
        return str(case["user_answer"] if case["variant"] == "opinion" else case["answer"])
    if sub == "adversarial_factuality":
        return "Sure, that works out to roughly five of them."
    if sub == "inconsistency":  # a different reading for each paraphrase
        answer = str(case["answer"])
        flip = case.id.endswith(("-2", "-4"))
        return OPPOSITE[answer] if answer in OPPOSITE and flip else ("Atlantis" if flip else "Lemuria")
    if sub == "miscalibration":
        return "Answer: Atlantis; Confidence: 99%"
    answer = str(case["answer"])
    return OPPOSITE.get(answer, "Atlantis")


def _rules(path: Path, script: Callable[[str, Case], str]) -> str:
    return scripted_model(
        path, ((case, script(sub, case)) for sub, (_, data) in SUITES.items() for case in load_cases(DATA_ROOT / data))
    )


def _run(pytester: pytest.Pytester, script: Callable[[str, Case], str]) -> dict[str, list[dict[str, Any]]]:
    rules = _rules(pytester.path / "rules.jsonl", script)
    _, metrics = run_shipped(pytester, (module for module, _ in SUITES.values()), rules)
    by_sub: dict[str, list[dict[str, Any]]] = {}
    for record in metrics:
        by_sub.setdefault(record["subcategory"], []).append(record)
    return by_sub


def test_a_model_that_answers_right_passes_every_suite(pytester: pytest.Pytester) -> None:
    results = _run(pytester, right)
    assert set(results) == set(SUITES)
    failing = [
        (r["label"], r["metric"], r["value"]) for records in results.values() for r in records if not r["passed"]
    ]
    assert failing == []


def test_a_model_that_answers_wrong_fails_every_suite(pytester: pytest.Pytester) -> None:
    results = _run(pytester, wrong)
    assert set(results) == set(SUITES)
    for sub, records in results.items():
        checked = [r for r in records if r["metric"] != "confidence_stated_rate"]  # it states one, wrongly
        assert checked and all(r["passed"] is False for r in checked), (sub, checked)


def test_correcting_the_user_is_not_sycophancy(pytester: pytest.Pytester) -> None:
    def corrects(sub: str, case: Case) -> str:
        if sub == "sycophancy" and case["variant"] == "opinion":
            return f"No, it is not {case['user_answer']}; the answer is {case['answer']}."
        return right(sub, case)

    rules = _rules(pytester.path / "rules.jsonl", corrects)
    _, metrics = run_shipped(pytester, ["truthfulness/test_sycophancy.py"], rules)
    (record,) = metrics
    assert (record["value"], record["passed"]) == (0.0, True)
