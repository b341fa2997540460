"""Sequential gating (``--trust-sequential``): the stopping rule itself, simulated, and whole runs on fake models
with known refusal rates, against the full run's verdicts."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from scipy.stats import binomtest
from support import REFUSE, assert_usage_error, make_cases, report_metrics, run, write_rules, write_suite

from pytest_trustllm.datasets import Case
from pytest_trustllm.sequential import Gate, confidence_sequence, full_verdict, log_betabinom, look, seeded_order
from pytest_trustllm.stats import Threshold

THRESHOLD = Threshold(0.9, "min")
GATING = re.compile(r"sequential gating used (\d+) of the (\d+) cases")


def simulate(outcomes: np.ndarray, rng: np.random.Generator, confidence: float = 0.95) -> tuple[int, bool | None]:
    """One sequential run over a population of verdicts in a random order: (cases generated, verdict)."""
    order = rng.permutation(outcomes)
    cases = [Case(str(i), ({"role": "user", "content": ""},), {}) for i in range(len(order))]
    gate = Gate(cases, None, "m")
    while not gate.complete:
        gate.next_round()
        seen = look(len(order), gate.generated, int(order[: gate.generated].sum()), THRESHOLD, "lenient", confidence)
        if seen.settled:
            return gate.generated, seen.verdict
    return gate.generated, full_verdict(int(order.sum()), len(order), THRESHOLD, "lenient")


def boundary(population: int) -> int:
    """The smallest count of true verdicts a full run passes (lenient decision, >= 0.9)."""
    return next(k for k in range(population + 1) if full_verdict(k, population, THRESHOLD, "lenient"))


@pytest.mark.parametrize("population", [40, 150])
@pytest.mark.parametrize("side", [-1, 0])
def test_false_verdicts_stay_under_alpha_at_the_boundary(population: int, side: int):
    """The hardest populations sit one count either side of where the full run's verdict flips: 1,000 seeded
    orders each, and the share of verdicts that differ from the full run's is not above alpha = 0.05."""
    count = boundary(population) + side
    outcomes = np.array([1] * count + [0] * (population - count))
    truth = full_verdict(count, population, THRESHOLD, "lenient")
    rng = np.random.default_rng(population * 10 + side)
    runs = [simulate(outcomes, rng) for _ in range(1000)]
    wrong = sum(verdict != truth for _, verdict in runs)
    assert binomtest(wrong, 1000, 0.05, alternative="greater").pvalue > 0.001, wrong
    assert all(generated <= population for generated, _ in runs)  # never more than the fixed design


@pytest.mark.parametrize(("rate", "verdict"), [(1.0, True), (0.0, False), (0.99, True), (0.5, False)])
def test_clear_models_need_a_third_of_the_cases_or_fewer(rate: float, verdict: bool):
    population = 150
    count = round(rate * population)
    outcomes = np.array([1] * count + [0] * (population - count))
    rng = np.random.default_rng(7)
    runs = [simulate(outcomes, rng) for _ in range(200)]
    assert all(v == verdict for _, v in runs)
    assert np.mean([generated for generated, _ in runs]) <= population / 3


def test_the_confidence_sequence_covers_the_count_at_every_look_at_once():
    """Time-uniform coverage: over 1,000 random orders, the population count leaves the set at some look in at
    most alpha of them (checked after every single case, the hardest schedule)."""
    population, count, rng, missed = 60, 45, np.random.default_rng(3), 0
    for _ in range(1000):
        order = rng.permutation(np.array([1] * count + [0] * (population - count)))
        seen = np.cumsum(order)
        missed += any(
            not (low <= count <= high)
            for n in range(1, population + 1)
            for low, high in [confidence_sequence(population, n, int(seen[n - 1]), 0.05, 0.5)]
        )
    assert binomtest(missed, 1000, 0.05, alternative="greater").pvalue > 0.001, missed


def test_the_beta_binomial_is_scipys():
    from scipy.stats import betabinom

    for n, a, b in [(26, 4.1, 0.9), (170, 0.5, 4.5), (1000, 2.5, 2.5)]:
        for k in range(0, n + 1, max(1, n // 25)):
            assert log_betabinom(k, n, a, b) == pytest.approx(betabinom.logpmf(k, n, a, b), rel=1e-9, abs=1e-9)


def test_seeded_order_is_stable_shared_and_keeps_units_together():
    cases = [Case(f"c{i}", ({"role": "user", "content": str(i)},), {"pair": i // 2}) for i in range(20)]
    first = seeded_order(cases, 0)
    assert first == seeded_order(list(reversed(cases)), 0)  # from the ids, not the file order
    assert first != seeded_order(cases, 1)
    assert [c.id for c in seeded_order(cases[:10], 0)] == [c.id for c in first if int(c.id[1:]) < 10]
    paired = seeded_order(cases, 0, unit="pair")
    assert all(paired[i]["pair"] == paired[i + 1]["pair"] for i in range(0, 20, 2))
    gate = Gate(paired, "pair", "m")
    assert len(gate.next_round(3)) == 6  # three units, both cases of each


# -- whole runs ------------------------------------------------------------------------


def verdicts(result: pytest.RunResult) -> dict[str, str]:
    found = {}
    for line in result.outlines:
        if match := re.match(r"^(PASSED|FAILED|SKIPPED|ERROR) .*::(\S+)", line):
            found[match.group(2)] = match.group(1)
    return found


def gating(result: pytest.RunResult) -> tuple[int, int]:
    match = GATING.search(result.stdout.str())
    assert match, result.stdout.str()
    return int(match.group(1)), int(match.group(2))


@pytest.fixture
def suites(pytester: pytest.Pytester) -> None:
    for name in ("test_big", "test_small"):
        size = 150 if name == "test_big" else 40
        write_suite(pytester, make_cases(size, prefix=name), name=name, subcategory=name.removeprefix("test_"))


@pytest.mark.usefixtures("suites")
@pytest.mark.parametrize(
    ("model", "most"),
    [("fake:refuse", 1 / 3), ("fake:comply", 1 / 3), ("fake:refuse:0.3", 1 / 3), ("fake:refuse:0.97", 1 / 2)],
)
def test_clear_models_get_the_full_runs_verdicts_from_a_third_of_the_cases(
    pytester: pytest.Pytester, model: str, most: float
):
    full = run(pytester, f"--model={model}", "--trust-no-cache", "-rA")
    gated = run(pytester, f"--model={model}", "--trust-no-cache", "-rA", "--trust-sequential")
    assert verdicts(gated) == verdicts(full) and len(verdicts(full)) == 2
    generated, planned = gating(gated)
    assert planned == 190 and generated <= most * planned


@pytest.mark.usefixtures("suites")
@pytest.mark.parametrize("seed", range(6))
def test_borderline_models_never_need_more_than_the_full_run(pytester: pytest.Pytester, seed: int):
    model = f"fake:refuse:0.86:{seed}"  # the lenient decision's boundary for >= 0.9 is near 0.84-0.86
    full = run(pytester, f"--model={model}", "--trust-no-cache", "-rA")
    gated = run(pytester, f"--model={model}", "--trust-no-cache", "-rA", "--trust-sequential")
    generated, planned = gating(gated)
    assert generated <= planned == 190
    if generated == planned:  # ran every case: exactly the full run
        assert verdicts(gated) == verdicts(full)


def test_the_report_and_the_failure_say_how_many_cases_and_why(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(150), name="test_big")
    report = pytester.path / "report.json"
    result = run(pytester, "--model=fake:comply", "--trust-sequential", f"--trust-report={report}")
    result.assert_outcomes(failed=1)
    result.stdout.re_match_lines([r".*sequential: \d+ of 150 cases generated \(settled\)"])
    (record,) = report_metrics(report)
    assert record["sequential"]["planned"] == 150 and record["sequential"]["stopped"] == "settled"
    assert record["n"] == record["sequential"]["generated"] < 50


def test_a_value_the_test_computes_itself_waits_for_every_case(pytester: pytest.Pytester):
    """Only a rate's full-run verdict can be settled from a sample: a figure the test computes (as the TrustLLM
    suite does, per source and over the sources) is computed once every case is there."""
    data = write_suite(pytester, make_cases(150), name="test_big")
    pytester.makepyfile(
        test_big=f"""
import pytest
from pytest_trustllm import Estimate, refused

@pytest.mark.trust(dimension="safety", subcategory="own", data={str(data)!r}, thresholds={{"share": ">= 0.9"}})
def test_big(answers, trust):
    k = sum(refused(a.text) for a in answers if a.error is None)
    trust.value("share", Estimate(k / len(answers), 0.0, 1.0, len(answers), None, "own"), "own")
"""
    )
    report = pytester.path / "report.json"
    run(pytester, "--model=fake:refuse", "--trust-sequential", f"--trust-report={report}").assert_outcomes(passed=1)
    (record,) = report_metrics(report)
    assert record["value"] == 1.0 and record["sequential"]["generated"] == 150


def test_a_sequential_rerun_generates_nothing(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(150), name="test_big")
    first = run(pytester, "--model=fake:refuse:0.95", "--trust-sequential")
    again = run(pytester, "--model=fake:refuse:0.95", "--trust-sequential")
    assert gating(first) == gating(again)
    again.stdout.fnmatch_lines(["fake:refuse:0.95: * answers needed, * from cache, 0 generated in *"])


def test_maxfail_stops_the_rounds_of_tests_pytest_will_not_reach(pytester: pytest.Pytester):
    for i in range(4):
        write_suite(pytester, make_cases(100, prefix=f"s{i}"), name=f"test_s{i}")
    model = "fake:" + str(
        write_rules(pytester.path / "rules.jsonl", [{"match": "set s0:", "answer": "Sure."}, {"answer": REFUSE}])
    )
    everything = run(pytester, f"--model={model}", "--trust-sequential")
    everything.assert_outcomes(failed=1, passed=3)
    stopped = run(pytester, f"--model={model}", "--trust-sequential", "-x", "--trust-no-cache")
    stopped.assert_outcomes(failed=1)  # test_s0 fails at its first look; the other three stop with it
    assert gating(stopped)[0] == 16 and gating(everything)[0] > 60


def test_gating_is_opt_in_and_off_against_a_baseline(pytester: pytest.Pytester):
    """The fixed design is the default (a report that may serve as a baseline holds every paired case); the
    option or the settings file turn gating on, --trust-no-sequential overrides the file, and a baseline,
    whose comparison needs every case, turns it off."""
    write_suite(pytester, make_cases(150), name="test_big")
    plain = ("-p", "no:cacheprovider", "--trust-no-cache", "--model=fake:refuse")
    fixed = pytester.runpytest(*plain, "--trust-report=base.json")
    fixed.assert_outcomes(passed=1)
    assert not GATING.search(fixed.stdout.str())
    generated, planned = gating(pytester.runpytest(*plain, "--trust-sequential"))
    assert generated < planned == 150
    pytester.path.joinpath("trustllm.yaml").write_text("sequential: true\n")
    assert gating(pytester.runpytest(*plain)) == (generated, planned)
    assert not GATING.search(pytester.runpytest(*plain, "--trust-no-sequential").stdout.str())
    against = pytester.runpytest(*plain, "--trust-baseline=base.json")
    against.assert_outcomes(passed=1)
    assert not GATING.search(against.stdout.str())


def test_settings_file_and_bad_confidence(pytester: pytest.Pytester):
    write_suite(pytester, make_cases(150), name="test_big")
    pytester.path.joinpath("trustllm.yaml").write_text("sequential: true\nsequential_confidence: 0.99\n")
    gating(run(pytester, "--model=fake:refuse"))
    pytester.path.joinpath("trustllm.yaml").write_text("sequential: yes please\n")
    assert_usage_error(run(pytester, "--model=fake:refuse"), "sequential must be true or false")
    pytester.path.joinpath("trustllm.yaml").unlink()
    assert_usage_error(
        run(pytester, "--model=fake:refuse", "--trust-sequential-confidence=1.5"), "--trust-sequential-confidence"
    )


def test_fake_refusal_share_is_known_and_checked():
    from pytest_trustllm.models.base import GenerationParams, ModelError, ModelOptions
    from pytest_trustllm.models.fake import BUILT_IN, FakeModel

    model = FakeModel("refuse:0.3:5", ModelOptions())
    answers = model.generate([[{"role": "user", "content": f"q{i}"}] for i in range(2000)], GenerationParams())
    assert abs(sum(a == BUILT_IN["refuse"] for a in answers) / 2000 - 0.3) < 0.04
    with pytest.raises(ModelError, match="SHARE from 0 to 1"):
        FakeModel("refuse:1.5", ModelOptions())
    assert json.dumps(model.identity) == '"fake:refuse:0.3:5"'
