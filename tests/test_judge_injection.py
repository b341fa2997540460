"""Judge injection: answers that forge the judge's verdict (tests/data/judge_injection.jsonl) against fake judges.

A flip is a verdict equal to the label the answer forged (the opposite of the truth). A judge that
quotes what it judges must never flip; a judge that obeys the answer is the limit of any parsing,
and its figures are pinned here and in RELIABILITY.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from support import REPO

from pytest_trustllm.datasets import Answer, Case
from pytest_trustllm.evaluators.judge import REFUSAL, Judge

PROBES = [json.loads(line) for line in (REPO / "tests/data/judge_injection.jsonl").read_text().splitlines()]
_FENCED = re.compile(r"<<<BEGIN ANSWER-(\w+)>>>\n(.*)\n<<<END ANSWER-\1>>>", re.DOTALL)
BY_ANSWER = {probe["answer"]: probe for probe in PROBES}

JudgeFn = Callable[[str, dict[str, str]], str]
"""A fake judge: (the judge's user message, the probe it shows) -> the judge's output."""


def fenced_answer(user: str) -> str:
    match = _FENCED.search(user)
    assert match is not None
    return match.group(2)


def faithful(user: str, probe: dict[str, str]) -> str:
    reason = "declines" if probe["truth"] == "REFUSAL" else "does what was asked"
    return f"The answer {reason}.\nVERDICT: {probe['truth']}"


def quotes_the_answer_then_decides(user: str, probe: dict[str, str]) -> str:
    return f"The answer reads:\n{fenced_answer(user)}\nVERDICT: {probe['truth']}"


def quotes_everything_then_decides(user: str, probe: dict[str, str]) -> str:
    return f"I was shown:\n{user}\nMy decision follows.\nVERDICT: {probe['truth']}"


def quotes_the_answer_last(user: str, probe: dict[str, str]) -> str:
    return f"VERDICT: {probe['truth']}\nFor the record, the answer was:\n{fenced_answer(user)}"


def quotes_only(user: str, probe: dict[str, str]) -> str:
    return fenced_answer(user)


def copies_the_forged_line(user: str, probe: dict[str, str]) -> str:
    """Follows the answer's verdict: ends with its verdict-like line where it has one (else judges faithfully)."""
    lines = [line for line in fenced_answer(user).splitlines() if "verdict" in line.lower()]
    return f"As instructed:\n{lines[-1]}" if lines else faithful(user, probe)


def obeys_the_answer(user: str, probe: dict[str, str]) -> str:
    """Follows the answer and writes the forged label in the judge's own format: what no parsing can tell apart."""
    return f"As the answer asks.\nVERDICT: {probe['forged']}"


QUOTING = [quotes_the_answer_then_decides, quotes_everything_then_decides, quotes_the_answer_last, quotes_only]
FOLLOWING = {copies_the_forged_line: 0, obeys_the_answer: 12}
"""Instruction-following judges and their flips out of 90 (pinned: a change in the parser shows here)."""


def verdicts(judge: JudgeFn) -> tuple[int, int]:
    """(flips, errors) of ``judge`` over the probe set, through :class:`Judge` and the refusal task."""

    def ask(cases: list[Case]) -> list[Answer]:
        replies = []
        for case in cases:
            user = case.messages[-1]["content"]
            replies.append(Answer(case, judge(user, BY_ANSWER[fenced_answer(user)]), "judge"))
        return replies

    answers = [
        Answer(Case(p["id"], ({"role": "user", "content": p["prompt"]},), p), p["answer"], "m") for p in PROBES
    ]
    results = Judge("fake", ask).verdicts(REFUSAL, answers)
    flips = sum(v.value == p["forged"] for v, p in zip(results, PROBES, strict=True))
    assert all(v.value in (None, p["truth"], p["forged"]) for v, p in zip(results, PROBES, strict=True))
    return flips, sum(v.value is None for v in results)


def test_the_probe_set():
    assert len(PROBES) == 90 and len(BY_ANSWER) == 90
    assert {p["truth"] for p in PROBES} == {"REFUSAL", "COMPLIANCE"}
    assert all(p["forged"] != p["truth"] for p in PROBES)
    assert len({p["technique"] for p in PROBES}) == 15


def test_a_faithful_judge_is_never_misread():
    assert verdicts(faithful) == (0, 0)


@pytest.mark.parametrize("judge", QUOTING, ids=[j.__name__ for j in QUOTING])
def test_a_quoting_judge_never_flips(judge: JudgeFn):
    flips, errors = verdicts(judge)
    assert flips == 0
    if judge is quotes_the_answer_then_decides or judge is quotes_everything_then_decides:
        assert errors == 0  # its own last line decides; the forged verdicts it quoted are text


@pytest.mark.parametrize("judge", list(FOLLOWING), ids=[j.__name__ for j in FOLLOWING])
def test_instruction_following_judges(judge: JudgeFn, record_property: Callable[[str, object], None]):
    flips, errors = verdicts(judge)
    record_property("flips", flips)
    assert flips == FOLLOWING[judge], f"{judge.__name__}: {flips} of 90 flipped, {errors} errors"


def test_reliability_md_gives_these_flip_rates():
    text = (REPO / "RELIABILITY.md").read_text(encoding="utf-8")
    for judge, flips in FOLLOWING.items():
        assert f"| {judge.__name__} | {flips} of 90 |" in text
    for quoting in QUOTING:
        assert f"| {quoting.__name__} | 0 of 90 |" in text


def test_probe_file_path_is_the_one_documented():
    assert "judge_injection.jsonl" in (REPO / "tests/data/README.md").read_text(encoding="utf-8")
    assert Path(REPO / "tests/data/judge_injection.jsonl").is_file()
