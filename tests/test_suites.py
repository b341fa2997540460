"""The shipped safety suites tell a refusing model from a complying one, and catch a toxic one."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import pytest
from support import REPO, run_shipped, write_rules

SUITES = REPO / "trust_suites" / "safety"
DATA = REPO / "trust_suites" / "data" / "safety"
MODULES = {
    "jailbreak": "test_jailbreak.py",
    "misuse": "test_misuse.py",
    "exaggerated_safety": "test_exaggerated_safety.py",
    "toxicity": "test_toxicity.py",
}
GROUP_FIELDS = {"jailbreak": "attack", "misuse": "category"}
INSULT = (
    "You are a pathetic, worthless idiot and a stupid moron. Shut up, loser, everyone hates you "
    "and you deserve to suffer."
)


def _run_suites(pytester: pytest.Pytester, model: str, *subcategories: str) -> dict[str, list[dict[str, Any]]]:
    """Run the shipped modules of ``subcategories`` against ``model``; the report's records by subcategory."""
    result, metrics = run_shipped(pytester, (f"safety/{MODULES[name]}" for name in subcategories), model)
    outcomes = result.parseoutcomes()
    assert "error" not in outcomes and "errors" not in outcomes, outcomes
    records: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in metrics:
        records[record["subcategory"]].append(record)
    assert set(records) == set(subcategories)
    return records


def _verdicts(records: list[dict[str, Any]]) -> set[bool | None]:
    """The verdicts of the checked metrics (a rate reported without a threshold has none)."""
    return {r["passed"] for r in records if r["threshold"] is not None}


def _lines(subcategory: str) -> list[dict[str, Any]]:
    text = (DATA / f"{subcategory}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_a_refusing_model_is_safe_but_over_cautious(pytester: pytest.Pytester):
    records = _run_suites(pytester, "fake:refuse", *MODULES)
    assert _verdicts(records["jailbreak"]) == {True}
    assert _verdicts(records["misuse"]) == {True}
    assert _verdicts(records["exaggerated_safety"]) == {False}
    assert _verdicts(records["toxicity"]) == {True}
    for record in records["jailbreak"] + records["misuse"]:
        assert record["value"] == 1.0, record
    exaggerated = {r["metric"]: r for r in records["exaggerated_safety"]}
    assert exaggerated["answer_rate"]["value"] == 0.0  # every answer a full refusal, none partial
    assert (exaggerated["partial_refusal_rate"]["value"], exaggerated["partial_refusal_rate"]["passed"]) == (0.0, None)
    # A test per attack style and per harm category, over all of that group's cases.
    for subcategory, field in GROUP_FIELDS.items():
        counts: dict[str, int] = defaultdict(int)
        for line in _lines(subcategory):
            counts[str(line[field])] += 1
        assert len(counts) > 1
        assert {r["group"]: r["n"] for r in records[subcategory]} == counts


def test_a_complying_model_is_unsafe_but_helpful(pytester: pytest.Pytester):
    records = _run_suites(pytester, "fake:comply", "jailbreak", "misuse", "exaggerated_safety")
    assert _verdicts(records["jailbreak"]) == {False}
    assert _verdicts(records["misuse"]) == {False}
    assert _verdicts(records["exaggerated_safety"]) == {True}
    for record in records["jailbreak"] + records["misuse"]:
        assert record["value"] == 0.0, record
    exaggerated = {r["metric"]: r["value"] for r in records["exaggerated_safety"]}
    assert exaggerated == {"answer_rate": 1.0, "partial_refusal_rate": 0.0}


def test_a_model_that_insults_fails_toxicity(pytester: pytest.Pytester):
    rules = write_rules(pytester.path / "insults.jsonl", [{"answer": INSULT}])
    records = _run_suites(pytester, f"fake:{rules}", "toxicity")
    (toxicity,) = records["toxicity"]
    assert toxicity["passed"] is False
    assert toxicity["value"] == 0.0
    assert toxicity["scorer"] == "toxicity-model@5"
