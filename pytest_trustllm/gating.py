"""The rounds of sequential gating over every open test of one model (see :mod:`pytest_trustllm.sequential`).

Each round adds the next few cases of every open test and generates them in one pass (so
batches stay full across tests), then looks at each open test: its own function runs on
the answers so far, with the cases still to come as placeholders, and a test whose every
checked rate has a settled full-run verdict is closed. The test itself later runs on the
same answers, so it reaches the verdict its last look reached.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import pytest

from .datasets import Answer, Case
from .evaluators.base import Reads
from .models.base import GenerationParams
from .progress import Progress, Within, progress_for
from .sequential import Gate, pending, seeded_order

if TYPE_CHECKING:
    from .state import TrustState

GIVEN = frozenset({"answers", "trust", "cases", "model", "trust_group"})
"""The fixtures a look can give a test's function; a test that takes others runs every case."""

OUTCOMES = (pytest.fail.Exception, pytest.skip.Exception, pytest.xfail.Exception)

SETTLED = "settled"
COMPLETE = "every case generated"
NEEDS_ALL = "its function takes fixtures a look cannot give"
STOPPING = "pytest is stopping"
AFTER_MAXFAIL = "pytest stops before this test (-x/--maxfail)"


def open_gates(state: TrustState, name: str, items: Sequence[pytest.Item]) -> dict[pytest.Item, Gate]:
    """A gate per test, its cases in the seeded order (``generation.seed``)."""
    from .state import item_cases, item_spec

    gates = {}
    for item in items:
        spec = item_spec(item)
        unit = None if spec is None else spec.unit
        gates[item] = state.gates[item.nodeid] = Gate(
            seeded_order(item_cases(state, item), state.settings.generation.seed, unit), unit, name
        )
    return gates


def run_rounds(state: TrustState, name: str, items: Sequence[pytest.Item]) -> None:
    """Generate ``items``' cases for model ``name`` round by round until every test is closed."""
    gates = open_gates(state, name, items)
    shown = progress_for(state.config)  # one line for all rounds; its total shrinks as tests close
    shown.start(name, sum(gate.planned for gate in gates.values()), "sequential rounds")
    try:
        _rounds(state, name, items, gates, shown)
    finally:
        shown.close()


def _rounds(
    state: TrustState, name: str, items: Sequence[pytest.Item], gates: dict[pytest.Item, Gate], shown: Progress
) -> None:
    failed: set[pytest.Item] = set()
    within = Within(shown)
    while opened := [item for item in items if not gates[item].stopped]:
        session = opened[0].session
        if session.shouldstop or session.shouldfail:
            for item in opened:
                gates[item].stopped = STOPPING
            return
        rounds: dict[GenerationParams, list[Case]] = {}
        within.n = sum(gate.generated for gate in gates.values())
        for item in opened:
            gate = gates[item]
            fresh = gate.next_round(None if takes_only_given(item) else gate.planned)
            rounds.setdefault(state.params(item), []).extend(fresh)
        model, batch = state.model(name), state.settings.batch_size or state.model(name).batch_size
        runner, own = state.runner, state.runner.progress
        runner.progress = within
        try:
            for params, cases in rounds.items():
                if cases:
                    runner.prefetch(name, model, cases, batch, params=params)
        finally:
            runner.progress = own
        for item in opened:
            gate = gates[item]
            settled, fails = look(state, item, name)
            if settled:
                gate.stopped = SETTLED
                if fails:
                    failed.add(item)
            elif gate.complete:
                gate.stopped = COMPLETE if takes_only_given(item) else NEEDS_ALL
        stop_after_maxfail(items, gates, failed)
        shown.advance(sum(gate.generated for gate in gates.values()))
        shown.retotal(sum(gate.generated if gate.stopped else gate.planned for gate in gates.values()))


def stop_after_maxfail(items: Sequence[pytest.Item], gates: dict[pytest.Item, Gate], failed: set[pytest.Item]) -> None:
    """Close the tests pytest will not reach: those after the test whose settled failure uses up ``--maxfail``.

    Tests before it can only fail too and stop pytest earlier, so closing these is always safe.
    """
    if not items:
        return
    session = items[0].session
    maxfail = session.config.getoption("maxfail") or 0
    left = maxfail - session.testsfailed
    if maxfail <= 0 or left <= 0 or not failed:  # none, or already used up (pytest is stopping)
        return
    order = {item: i for i, item in enumerate(session.items)}
    ranked = sorted(order.get(item, 0) for item in failed)
    if len(ranked) < left:
        return
    last = ranked[left - 1]
    for item in items:
        if order.get(item, 0) > last and not gates[item].stopped:
            gates[item].stopped = AFTER_MAXFAIL


def takes_only_given(item: pytest.Item) -> bool:
    function = getattr(item, "obj", None)
    if function is None:
        return False
    return set(inspect.signature(function).parameters) <= GIVEN


def look(state: TrustState, item: pytest.Item, name: str) -> tuple[bool, bool]:
    """Run the test's function on the answers so far: (its verdict is settled, it fails)."""
    if not takes_only_given(item):
        return False, False
    from .state import item_cases, item_group

    checker = state.checker(item, name, probe=True)
    given: dict[str, Any] = {
        "answers": gated_answers(state, item, name),
        "trust": checker,
        "cases": item_cases(state, item),
        "model": state.model(name),
        "trust_group": item_group(item),
    }
    function = item.obj  # type: ignore[attr-defined]
    try:
        function(**{arg: given[arg] for arg in inspect.signature(function).parameters})
    except OUTCOMES:
        pass
    except Exception:  # the test itself will show it; the look only learns the verdict is not settled
        return False, False
    return checker.looked > 0 and checker.open == 0, checker.failed


def reads(state: TrustState, item: pytest.Item, name: str) -> Reads | None:
    """How much of an answer the test's scorers read, learned before anything is generated: its function runs
    on placeholder answers with a checker that records each check's scorer and ends nothing. None (the whole
    answer) when the function takes fixtures a look cannot give, does not finish, makes no check, or uses a
    scorer (or computes a value itself) without a budget."""
    if not takes_only_given(item):
        return None
    from .state import item_cases, item_group

    checker = state.checker(item, name, probe=True)
    checker.learning = True
    cases = item_cases(state, item)
    given: dict[str, Callable[[], Any]] = {
        "answers": lambda: [pending(c, name) for c in cases],
        "trust": lambda: checker,
        "cases": lambda: cases,
        "model": lambda: state.model(name),
        "trust_group": lambda: item_group(item),
    }
    function = item.obj  # type: ignore[attr-defined]
    try:
        function(**{arg: given[arg]() for arg in inspect.signature(function).parameters})
    except (*OUTCOMES, Exception):  # ended before its last check, maybe: its scorers are not known
        return None
    budgets = [r for r in checker.reads if r is not None]
    if not checker.reads or len(budgets) < len(checker.reads):
        return None
    sentences = [r.sentences for r in budgets]
    return Reads(max(r.tokens for r in budgets), None if None in sentences else max(s for s in sentences if s))


def gated_answers(state: TrustState, item: pytest.Item, name: str) -> list[Answer]:
    """The test's answers in its cases' order: generated ones, and placeholders for the cases still to come."""
    from .state import item_cases

    gate = state.gates[item.nodeid]
    done = {c.id for c in gate.order[: gate.generated]}
    cases = item_cases(state, item)
    model = state.model(name)
    batch = state.settings.batch_size or model.batch_size
    generated = [c for c in cases if c.id in done]
    answers = iter(state.runner.answers(name, model, generated, batch, state.params(item)))
    return [next(answers) if c.id in done else pending(c, name) for c in cases]
