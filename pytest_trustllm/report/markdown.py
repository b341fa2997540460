"""``--trust-report x.md``: the report as a pull-request comment.

Most important first: pass/fail counts per dimension and model, then regressions and improvements
against the baseline, the failing tests, the tests that ended in an error or could not decide, and
the worst examples folded in ``<details>``. It stays under :data:`LIMIT` characters (GitHub takes
65,536 in a comment): the least important parts are cut first, and the comment says what it left out.
Every text from a model or a data file is escaped, so an answer cannot format, link or mention.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..results import ErroredTest, Result
from .json import reported_models
from .text import figure, interval, shortfall, signed

LIMIT = 65_000
_SPECIAL = re.compile(r"([\\`*_\[\]|~$])")  # what formats or splits inside a line (< > & are HTML-escaped)


def inline(text: object) -> str:
    """Text safe in a table cell or a line: HTML-escaped, Markdown punctuation backslashed, no @mention.

    Never inside backticks (a code span shows backslashes as they are): :func:`code` wraps it in ``<code>``.
    """
    escaped = html.escape(" ".join(str(text).split()), quote=False)
    return _SPECIAL.sub(r"\\\1", escaped).replace("@", "&#64;")


def code(text: object) -> str:
    return f"<code>{inline(text)}</code>"


def block(text: str) -> str:
    """Text safe in a ``<pre>`` (GitHub renders no Markdown there): HTML-escaped, no @mention."""
    return html.escape(text, quote=False).replace("@", "&#64;")


@dataclass
class Part:
    """A section: its head is kept whole, its items (rows, folded blocks) are cut from the end when over the limit."""

    head: list[str]
    items: list[str]
    rank: int  # lower ranks are cut first
    what: str  # what an item is, for the note that says how many were left out
    tail: list[str] = field(default_factory=list)
    cut: int = 0

    def lines(self) -> list[str]:
        note = [f"_… and {self.cut} more {self.what}, left out to keep this comment short; the JSON report has all._"]
        return [*self.head, *self.items, *self.tail, *(note if self.cut else []), ""]


def render(document: Mapping[str, Any], limit: int = LIMIT) -> str:
    results = [Result.from_dict(r) for r in document.get("metrics", ())]
    errored = [ErroredTest.from_dict(e) for e in document.get("errored", ())]
    models = reported_models(document)
    parts = [
        _summary(results, errored, models),
        *_comparisons(document),
        _table("Failing tests", sorted((r for r in results if r.verdict == "fail"), key=shortfall, reverse=True), 4),
        _errors(errored),
        _table("Undecided tests", [r for r in results if r.verdict == "undecided"], 2),
        _examples(results),
    ]
    head = _heading(document, models)
    return _fit(head, [p for p in parts if p is not None], limit)


def _heading(document: Mapping[str, Any], models: Sequence[str]) -> list[str]:
    settings = document.get("settings", {})
    facts = [f"{len(models)} model{'s' if len(models) != 1 else ''}: " + ", ".join(code(m) for m in models)]
    if decision := settings.get("decision"):
        facts.append(f"decision {inline(decision)}")
    if sample := settings.get("sample"):
        facts.append(f"{inline(sample)} cases per test")
    if created := document.get("created"):
        facts.append(inline(created))
    lines = ["## pytest-trustllm report", "", " · ".join(facts), ""]
    if partial := document.get("partial"):
        lines += [
            f"> **Partial report**: {inline(partial.get('reason', 'the run did not finish'))}; "
            f"{partial.get('tests_reported', '?')} of {partial.get('tests_collected', '?')} tests reported, "
            f"{partial.get('answers_generated', '?')} answers generated and {partial.get('answers_cached', '?')} "
            "from the cache.",
            "",
        ]
    return lines


def _summary(results: Sequence[Result], errored: Sequence[ErroredTest], models: Sequence[str]) -> Part:
    """Per dimension and model: how many metrics passed, failed, were undecided; how many tests ended in an error."""
    dimensions = sorted({r.dimension for r in results} | {e.dimension for e in errored})
    rows = []
    for dimension in dimensions:
        cells = []
        for model in models:
            verdicts = [r.verdict for r in results if r.model == model and r.dimension == dimension]
            counts = [f"{verdicts.count('pass')} passed"] if "pass" in verdicts else []
            if failed := verdicts.count("fail"):
                counts.append(f"**{failed} failed**")
            if undecided := verdicts.count("undecided"):
                counts.append(f"{undecided} undecided")
            if reported := verdicts.count("info"):
                counts.append(f"{reported} reported")
            if errors := sum(e.model == model and e.dimension == dimension for e in errored):
                counts.append(f"**{errors} error{'s' if errors > 1 else ''}**")
            cells.append(", ".join(counts) or "–")
        rows.append(f"| {inline(dimension)} | {' | '.join(cells)} |")
    head = [
        "### Summary",
        "",
        "| dimension | " + " | ".join(code(m) for m in models) + " |",
        "|---|" + "---|" * len(models),
    ]
    return Part(head, rows, 9, "dimensions")


def _comparisons(document: Mapping[str, Any]) -> list[Part]:
    """Regressions and improvements against the baseline (only when the run had one), then what is new or gone."""
    comparisons = document.get("comparisons")
    if comparisons is None:
        return []
    baseline = document.get("baseline") or {}
    changes = {c: [x for x in comparisons if x.get("change") == c] for c in ("regression", "improvement")}
    counts = {c: sum(x.get("change") == c for x in comparisons) for c in ("unchanged", "not-compared")}
    new, missing = document.get("new_metrics") or [], document.get("missing_metrics") or []
    facts = [
        f"**{len(changes['regression'])} regression{'s' if len(changes['regression']) != 1 else ''}**",
        f"{len(changes['improvement'])} improvement{'s' if len(changes['improvement']) != 1 else ''}",
        f"{counts['unchanged']} unchanged",
        f"{counts['not-compared']} not compared",
        f"{len(new)} new metric{'s' if len(new) != 1 else ''}",
        f"{len(missing)} missing",
    ]
    changed = [
        f"{inline(model)}: the weights changed since the baseline"
        for model, facts_ in (baseline.get("models") or {}).items()
        if facts_.get("weights_changed")
    ]
    head = [
        f"### Against the baseline {code(baseline.get('path', ''))}" + (
            f" ({inline(baseline['created'])})" if baseline.get("created") else ""
        ),
        "",
        ", ".join(facts) + ".",
        *([""] + [f"- {line}" for line in changed] if changed else []),
    ]
    parts = [Part(head, [], 8, "")]
    for change, rank in (("regression", 7), ("improvement", 5)):
        if rows := changes[change]:
            rows = sorted(rows, key=lambda x: -abs(x.get("difference") or 0.0))
            parts.append(Part(
                [
                    f"#### {change.capitalize()}s",
                    "",
                    "| model | test | metric | baseline | now | difference (95% CI) | p | method |",
                    "|---|---|---|---|---|---|---|---|",
                ],
                [_comparison_row(x) for x in rows],
                rank,
                f"{change}s",
            ))
    listed = [f"- new: {code(key)}" for key in new] + [f"- missing: {code(key)}" for key in missing]
    if listed:
        parts.append(Part(
            ["<details><summary>New and missing metrics</summary>", ""], listed, 1, "metrics", ["", "</details>"]
        ))
    return parts


def _comparison_row(x: Mapping[str, Any]) -> str:
    low, high = x.get("ci_low"), x.get("ci_high")
    spread = f" ({signed(low)} to {signed(high)})" if low is not None and high is not None else ""
    p = x.get("p_value")
    cells = [
        code(x.get('model', '')),
        inline(x.get("label", x.get("test", ""))),
        inline(x.get("metric", "")),
        figure(x.get("baseline_value")),
        figure(x.get("value")),
        signed(x.get("difference")) + spread,
        "–" if p is None else f"{p:.3g}",
        inline(x.get("method", "")) + (f", {x['n_pairs']} pairs" if x.get("n_pairs") else ""),
    ]
    return f"| {' | '.join(cells)} |"


def _table(title: str, results: Sequence[Result], rank: int) -> Part | None:
    """A table of results: model, test, metric, value, interval, threshold, n."""
    if not results:
        return None
    head = [
        f"### {title} ({len(results)})",
        "",
        "| model | test | metric | value | 95% CI | threshold | n |",
        "|---|---|---|---|---|---|---|",
    ]
    rows = [
        f"| {code(r.model)} | {inline(r.label)} | {inline(r.metric)} | {figure(r.value, r.method)} | "
        f"{interval(r) or '–'} | {inline(r.threshold_text)} | {r.n}"
        + (f" ({r.errors} errors)" if r.errors else "")
        + " |"
        for r in results
    ]
    return Part(head, rows, rank, title.lower())


def _errors(errored: Sequence[ErroredTest]) -> Part | None:
    if not errored:
        return None
    head = [
        f"### Tests that ended in an error ({len(errored)})",
        "",
        "| model | test | error |",
        "|---|---|---|",
    ]
    rows = [f"| {code(e.model)} | {inline(e.label)} | {inline(e.message)} |" for e in errored]
    return Part(head, rows, 3, "errors")


def _examples(results: Iterable[Result]) -> Part | None:
    """The failing examples of each failing test, worst test first, each folded."""
    failing = sorted((r for r in results if r.verdict == "fail" and r.examples), key=shortfall, reverse=True)
    if not failing:
        return None
    items = []
    for r in failing:
        shown = "\n\n".join(
            f"[{block(e.id)}]\nprompt: {block(e.prompt)}\nanswer: {block(e.answer)}" for e in r.examples
        )
        summary = block(f"{r.model} · {r.label} · {r.metric} {figure(r.value, r.method)} (needs {r.threshold_text})")
        items.append(f"<details><summary>{summary}</summary>\n\n<pre>\n{shown}\n</pre>\n</details>")
    title = f"### Worst examples ({len(failing)} failing test{'s' if len(failing) != 1 else ''})"
    return Part([title, ""], items, 0, "failing tests' examples")


def _fit(head: list[str], parts: list[Part], limit: int) -> str:
    """Join the parts; while over ``limit``, cut items from the end of the lowest-ranked part that has some."""

    def size(part: Part) -> int:
        return len("\n".join(part.lines())) + 1

    total = len("\n".join(head)) + 1 + sum(size(p) for p in parts)
    for part in sorted(parts, key=lambda p: p.rank):
        while total > limit and part.items:
            before, freed = size(part), 0
            while part.items and freed < total - limit:
                freed += len(part.items.pop()) + 1
                part.cut += 1
            total += size(part) - before  # the note saying how many were cut counts too
    text = "\n".join([*head, *(line for p in parts for line in p.lines())]).rstrip() + "\n"
    if len(text) > limit:  # the heads alone are too long (thousands of models): cut the text itself
        text = text[: limit - 200] + "\n\n_… cut here to keep this comment under the size limit._\n"
    return text
