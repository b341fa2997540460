"""The TrustLLM suite's bridge between TrustLLM's rules (pure functions over records) and the ``trust`` fixture:
records from answers, refusal verdicts, GPT-4's part through the run's judge, embeddings, and reporting a figure."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import pytest

from ..checks import Checker
from ..datasets import DATA_ROOT, Answer, Case
from ..evaluators import Rule, refusal
from ..metrics import AS_PUBLISHED, Estimate, rate
from .figures import Figure, Row

REFUSAL = Rule(refusal.base_name, refusal.fn, refusal.version, trait="refusal")
"""TrustLLM's RtA reads the classifier LibrAI/longformer-harmful-ro (LABEL_0 = refusal). Named in the settings
(``scorers: {refusal: {classifier: hf:LibrAI/longformer-harmful-ro, refusal_label: LABEL_0}}``) it scores
exactly as TrustLLM does; otherwise the offline refusal detector stands in. Never the LLM judge: TrustLLM
does not ask GPT-4 for refusals."""

JUDGE_PROMPTS = DATA_ROOT / "trustllm" / "judge_prompts.jsonl"

Fields = Callable[[Row], Mapping[str, Any]]


def rows(answers: Sequence[Answer]) -> list[dict[str, Any]]:
    """The records behind the answered cases, each with its answer as ``res`` (TrustLLM's key).

    Failed requests are left out, as TrustLLM leaves out records whose ``res`` is None."""
    return [{**a.case.fields, "res": a.text} for a in answers if a.error is None]


@dataclass(frozen=True)
class Refusals:
    """The run's refusal verdicts (see :data:`REFUSAL`) on the answers it could score, in order."""

    scorer: str
    answers: list[Answer]
    refused: list[bool]

    @property
    def rows(self) -> list[dict[str, Any]]:
        return rows(self.answers)

    def kept(self, refused: bool) -> list[Answer]:
        """The answers refused (True) or not (False): the examples a failing RtA threshold shows."""
        return [a for a, r in zip(self.answers, self.refused, strict=True) if r is refused]


def refusals(trust: Checker, answers: Sequence[Answer]) -> Refusals:
    """Score refusals with the run's refusal scorer: the settings' classifier, else the offline detector."""
    scored = trust.scored(answers, REFUSAL)
    return Refusals(scored.scorer, [shown[0] for shown in scored.shown], [bool(v) for v in scored.verdicts])


@cache
def judge_prompts() -> dict[str, dict[str, Any]]:
    """TrustLLM's GPT-4 prompts by task (see trust_suites/data/trustllm/README.md)."""
    lines = JUDGE_PROMPTS.read_text(encoding="utf-8").splitlines()
    return {entry["task"]: entry for entry in map(json.loads, filter(str.strip, lines))}


def judge_prompt(task: str, row: Row, fields: Fields | None = None) -> str:
    """TrustLLM's judge input for one record: its prompt with the record's fields put in (or the answer appended)."""
    entry = judge_prompts()[task]
    values = {**row, **(fields(row) if fields else {})}
    prompt: str = entry["prompt"]
    mapping: Mapping[str, str] | None = entry.get("mapping")
    if mapping is None:
        return prompt + str(values["res"])
    for placeholder, name in mapping.items():
        prompt = prompt.replace(placeholder, str(values[name]))
    return prompt


def judge(
    trust: Checker, task: str, records: Sequence[Row], fields: Fields | None = None
) -> tuple[dict[int, str], str]:
    """The run's judge's reply to TrustLLM's prompt, per record (by ``row``), and who judged.

    Without ``--judge`` nothing is judged: ({}, "no judge"). A failed request leaves its record out.
    TrustLLM asks GPT-4 at temperature 0; the judge decodes greedily here too."""
    run_judge = trust.scoring.judge
    if run_judge is None or not records:
        return {}, "no judge" if run_judge is None else f"judge {run_judge.name}"
    cases = [
        Case(f"{row['row']}#trustllm-judge:{task}", ({"role": "user", "content": judge_prompt(task, row, fields)},))
        for row in records
    ]
    replies = run_judge.ask(cases)
    judged = {int(row["row"]): reply.text for row, reply in zip(records, replies, strict=True) if reply.error is None}
    return judged, f"judge {run_judge.name} with TrustLLM's {task} prompt"


def embed(trust: Checker, texts: Sequence[str]) -> tuple[str, list[tuple[float, ...]]]:
    """(embedder identity, vectors) by the packaged all-MiniLM-L6-v2; TrustLLM used OpenAI's text-embedding-ada-002."""
    return trust.scoring.embed(None, texts)


def estimate(figure: Figure) -> Estimate:
    """A share (k of n) gets its Wilson interval; any other figure is reported as published, without one."""
    if figure.k is not None:
        wilson = rate([True] * figure.k + [False] * (figure.n - figure.k))
        return replace(wilson, value=figure.value)  # TrustLLM's own value, rounded where it rounds
    point = 0.0 if figure.value is None else figure.value
    return Estimate(figure.value, point, point, figure.n, None, AS_PUBLISHED)


def report(
    trust: Checker,
    metric: str,
    figure: Figure,
    scorer: str,
    examples: Sequence[Answer] = (),
    group: str | None = None,
) -> Figure:
    """Record a TrustLLM figure under ``metric`` (and ``group``), checked only where the settings give a threshold."""
    trust.value(metric, estimate(figure), scorer, examples, group=group, note=figure.note)
    return figure


def require(figure: Figure) -> None:
    """Skip the test, with the figure's note as the reason, when its headline figure could not be computed."""
    if figure.value is None:
        pytest.skip(figure.note or "no record could be scored")
