"""One typed, redacted record per checked metric: what the terminal table, the JSON report,
JUnit XML and the pytest-xdist transport all read."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import PurePath
from typing import Any, Literal

import pytest

from .datasets import Answer, excerpt, excerpt_ends
from .evaluators.base import Verdict
from .secrets import redact
from .stats import Decision, Direction, Threshold
from .suite import BENCHMARK

MAX_EXAMPLES = 5
RESULTS = pytest.StashKey[list["Result"]]()
"""An item's checked metrics, attached to its call report by the plugin."""
SCORING_ERROR = pytest.StashKey[str]()
"""Why an item ended in errors rather than a verdict (reported as ERROR)."""
Outcome = Literal["pass", "fail", "undecided", "info"]
"""A result's verdict: ``info`` for a metric reported without a threshold."""
MAX_MESSAGE = 300


def label_of(nodeid: str, group: str | None) -> str:
    """A test's row in the reports: module, class and test name without parameters, plus the group."""
    module, *names = nodeid.split("[", 1)[0].split("::")
    return "::".join([PurePath(module).stem, *names]) + (f"[{group}]" if group is not None else "")


REFERENCE_FIELDS = ("answer", "label", "reference", "expected", "gold")
"""Case fields that hold what a right answer is, in the order an example shows the first one found."""
Verdicts = dict[str, float | None]
"""Case (or unit) id -> its verdict: 1/0 for a rate's true/false, the number for a mean, None when unscored."""


@dataclass(frozen=True)
class Example:
    """A case shown for a failing verdict, cut short and redacted: its id, prompt and answer, what was
    expected (the case's reference answer or label), and what the scorer read in the answer."""

    id: str
    prompt: str
    answer: str
    expected: str = ""
    parsed: str = ""
    reason: str = ""

    @classmethod
    def of(cls, answer: Answer, verdict: Verdict | None = None, full: bool = False) -> Example:
        """The example of ``answer`` with the scorer's ``verdict`` on it (shown where it says more than
        true/false: a label, a number, a reason); ``full`` keeps every text whole (``-vv``). A long prompt
        keeps its start and its end, where the question usually is."""
        expected = reference(answer)
        parsed = "" if verdict is None else reading(verdict.value)
        reason = "" if verdict is None else verdict.reason or ""
        if full:
            return cls(answer.case.id, answer.prompt, answer.text, expected, parsed, reason)
        return cls(
            answer.case.id,
            excerpt_ends(answer.prompt, 240),
            excerpt(answer.text, 200),
            excerpt(expected, 120),
            excerpt(parsed, 80),
            excerpt(reason, 120),
        )

    def lines(self) -> list[str]:
        """The example in a failure message: one field a line."""
        lines = [f"  [{self.id}]", f"    prompt: {self.prompt!r}", f"    answer: {self.answer!r}"]
        for name in ("parsed", "reason", "expected"):
            if value := getattr(self, name):
                lines.append(f"    {name}: {value!r}")
        return lines


def reference(answer: Answer) -> str:
    """What the case says a right answer is (its first :data:`REFERENCE_FIELDS`), as text; "" if nothing."""
    value = next((answer.case.get(f) for f in REFERENCE_FIELDS if answer.case.get(f) is not None), None)
    if value is None:
        return ""
    return " | ".join(map(str, value)) if isinstance(value, list) else str(value)


def reading(value: Any) -> str:
    """A verdict's value as shown next to the answer: a label or a number; "" for true/false and anything
    else (an embedding)."""
    return str(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else ""


@dataclass(frozen=True)
class Result:
    """A checked (or, with no threshold, reported) metric of one model in one test.

    ``key`` is stable across runs, so a later run's result can be matched to this one.
    Every text field is redacted when the record is built.
    """

    model: str
    """The model as named on the command line (an alias or a spec)."""
    model_spec: str
    test: str
    label: str
    dimension: str
    subcategory: str
    group: str | None
    metric: str
    value: float | None
    ci_low: float
    ci_high: float
    n: int
    k: int | None
    errors: int
    """Answers (or units) left out of k and n: failed requests or unparseable judge verdicts."""
    method: str
    """How the value and interval were found: wilson, bootstrap, fisher-z, chi-square, permutation."""
    threshold: float | None
    direction: Direction | None
    decision: Decision
    passed: bool | None
    scorer: str
    examples: tuple[Example, ...] = ()
    note: str = ""
    """What the value leaves out and why (a benchmark figure computed on part of its records, say)."""
    source: str = ""
    """What the test's cases come from: ``trustllm:dimension/file.json``, a data file's name, or the subcategory."""
    cases: Verdicts = field(default_factory=dict)
    """Each scored case's (or unit's) verdict, by id: what a later run on the same cases is paired on."""
    sequential: dict[str, Any] | None = None
    """Under sequential gating: cases ``generated``, cases the fixed design ``planned``, why it ``stopped``."""
    budget: dict[str, Any] | None = None
    """Under a token budget (``--trust-budgets``): the ``max_new_tokens`` (and ``max_sentences``) the test's
    answers were generated with, and the run's ``run_max_new_tokens`` it cut."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                object.__setattr__(self, f.name, redact(value))
        cleaned = tuple(
            Example(*(redact(getattr(e, f.name)) for f in fields(Example))) for e in self.examples[:MAX_EXAMPLES]
        )
        object.__setattr__(self, "examples", cleaned)

    @property
    def key(self) -> str:
        """``model / subcategory[group] / metric`` (``trustllm:<file stem>`` for a TrustLLM file's figures):
        what a later run's result is matched on."""
        return f"{self.model}/{self.metric_key}"

    @property
    def metric_key(self) -> str:
        """The key without the model: what matches a metric of another model (a baseline's, ``--trust-compare``)."""
        group = f"[{self.group}]" if self.group is not None else ""
        # A benchmark file's figures are its own: keyed by the file, apart from a suite's same-named metrics.
        scope = BENCHMARK + PurePath(self.source).stem if self.source.startswith(BENCHMARK) else self.subcategory
        return f"{scope}{group}/{self.metric}"

    @property
    def verdict(self) -> Outcome:
        if self.threshold is None:
            return "info"
        return {True: "pass", False: "fail", None: "undecided"}[self.passed]  # type: ignore[return-value]

    @property
    def threshold_text(self) -> str:
        if self.threshold is None or self.direction is None:
            return "-"
        return str(Threshold(self.threshold, self.direction))

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON, the xdist transport), with the key and verdict."""
        data = asdict(self)
        data["examples"] = [asdict(e) for e in self.examples]
        return {"key": self.key, **data, "verdict": self.verdict}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        values["examples"] = tuple(Example(**e) for e in data.get("examples", ()))
        values["cases"] = dict(data.get("cases") or {})
        return cls(**values)

    def junit_properties(self) -> list[tuple[str, str]]:
        """Plain JUnit XML properties: never a repr, never an example's text."""
        items: list[tuple[str, Any]] = [("metric", self.metric)]
        if self.group is not None:
            items.append(("group", self.group))
        items += [
            ("value", "" if self.value is None else f"{self.value:.6g}"),
            ("ci_low", f"{self.ci_low:.6g}"),
            ("ci_high", f"{self.ci_high:.6g}"),
            ("n", self.n),
            ("threshold", self.threshold_text),
            ("passed", "" if self.passed is None else str(self.passed).lower()),
        ]
        return [(name, str(value)) for name, value in items]


@dataclass(frozen=True)
class ErroredTest:
    """A trust test of one model that ended in an error (failed requests, a model or judge that broke)
    instead of a verdict: the reports list it, so a run cannot look complete without it."""

    model: str
    test: str
    label: str
    dimension: str
    subcategory: str
    group: str | None
    message: str
    """The error's first line, redacted and cut short."""

    def __post_init__(self) -> None:
        for f in fields(self):
            if isinstance(value := getattr(self, f.name), str):
                object.__setattr__(self, f.name, redact(value))
        lines = self.message.strip().splitlines()
        object.__setattr__(self, "message", excerpt(lines[0] if lines else "", MAX_MESSAGE))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ErroredTest:
        return cls(**{f.name: data[f.name] for f in fields(cls)})
