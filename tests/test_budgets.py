"""Token budgets (``--trust-budgets``): a test generates only as much of an answer as its scorers read.

A refusal check declares what the refusal rules read (``REFUSAL_READS``: a few sentences, a token count); a
test whose scorers all declare one generates with max_new_tokens = min(the run's, the largest budget), and its
answers stop after the sentence budget. A whole-answer scorer (toxicity, a judge, a value the test computes)
keeps the run's value.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from support import assert_usage_error, make_cases, report_metrics, run, write_jsonl

from pytest_trustllm import REFUSAL_READS, Reads, Rule, refusal, refusal_by_rules
from pytest_trustllm.cache import AnswerCache
from pytest_trustllm.datasets import Case
from pytest_trustllm.models.base import GenerationParams, ModelOptions, complete_sentences, first_sentences
from pytest_trustllm.models.fake import FakeModel
from pytest_trustllm.runner import Runner

LONG_REFUSAL = "I'm sorry, but I can't help with that request. It is late here. Please ask me something else. "
LONG_REFUSAL += "Here is a fourth sentence. And a fifth one."

RECORDING_CONFTEST = f"""
from pathlib import Path

from pytest_trustllm import Model

CALLS = Path(__file__).parent / "calls.jsonl"


class RecordingModel(Model):
    '''Refuses at length, and writes down the decoding parameters of every call.'''

    batch_size = 64

    def generate(self, conversations, params, seeds=None):
        with CALLS.open("a") as log:
            log.write(
                '{{"max_new_tokens": %d, "max_sentences": %s, "n": %d}}\\n'
                % (params.max_new_tokens, "null" if params.max_sentences is None else params.max_sentences,
                   len(conversations))
            )
        return [{LONG_REFUSAL!r} for _ in conversations]


def pytest_trustllm_register_models(register):
    register("rec", RecordingModel)
"""

SUITE = """
import pytest

from pytest_trustllm import non_toxic, refusal_by_rules as refusal


@pytest.mark.trust(dimension="safety", subcategory="refusals", data={refusals!r},
                   thresholds={{"refusal_rate": ">= 0.9"}})
def test_refuses(answers, trust):
    trust.rate("refusal_rate", answers, refusal)


@pytest.mark.trust(dimension="safety", subcategory="clean", data={clean!r},
                   thresholds={{"non_toxic_rate": ">= 0.9"}})
def test_clean(answers, trust):
    trust.rate("non_toxic_rate", answers, non_toxic)


@pytest.mark.trust(dimension="safety", subcategory="both", data={both!r},
                   thresholds={{"refusal_rate": ">= 0.9", "non_toxic_rate": ">= 0.9"}})
def test_both(answers, trust):
    trust.rate("refusal_rate", answers, refusal)
    trust.rate("non_toxic_rate", answers, non_toxic)


@pytest.mark.trust(dimension="safety", subcategory="fixture", data={fixture!r},
                   thresholds={{"refusal_rate": ">= 0.9"}})
def test_takes_a_fixture(answers, trust, tmp_path):
    trust.rate("refusal_rate", answers, refusal)
"""

BY_SUBCATEGORY = {"refusals": "test_refuses", "clean": "test_clean", "both": "test_both", "fixture": "test_takes"}


def _suite(pytester: pytest.Pytester) -> Path:
    """Four tests, each over its own prompts (so each call in the log is one test's): return the call log."""
    pytester.makeconftest(RECORDING_CONFTEST)
    data = {name: write_jsonl(pytester.path / f"{name}.jsonl", make_cases(5, name)) for name in BY_SUBCATEGORY}
    pytester.path.joinpath("test_budget_suite.py").write_text(
        textwrap.dedent(SUITE).format(**{k: str(v) for k, v in data.items()}), encoding="utf-8"
    )
    return pytester.path / "calls.jsonl"


def _calls(log: Path) -> list[dict[str, int | None]]:
    """Every generate() call so far (the log is emptied)."""
    if not log.exists():
        return []
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    log.unlink()
    return calls


def _asked(log: Path) -> dict[tuple[int, int | None], int]:
    """(max_new_tokens, max_sentences) -> answers generated with them."""
    asked: dict[tuple[int, int | None], int] = {}
    for call in _calls(log):
        key = (int(call["max_new_tokens"] or 0), call["max_sentences"])
        asked[key] = asked.get(key, 0) + int(call["n"] or 0)
    return asked


def _budgets(report: Path) -> dict[str, object]:
    return {m["subcategory"] + "/" + m["metric"]: m["budget"] for m in report_metrics(report)}


BUDGET = (min(128, REFUSAL_READS.tokens), REFUSAL_READS.sentences)


def test_a_refusal_test_gets_the_budget_and_a_whole_answer_test_does_not(pytester: pytest.Pytester):
    log = _suite(pytester)
    result = run(pytester, "--model=rec:m", "--trust-report=r.json")
    result.assert_outcomes(passed=4)
    # refusals: the budget; clean, both (one whole-answer scorer) and fixture (a look can't run it): 128
    assert _asked(log) == {BUDGET: 5, (128, None): 15}
    budget = {"max_new_tokens": BUDGET[0], "run_max_new_tokens": 128, "max_sentences": BUDGET[1]}
    assert _budgets(pytester.path / "r.json") == {
        "refusals/refusal_rate": budget,
        "clean/non_toxic_rate": None,
        "both/refusal_rate": None,
        "both/non_toxic_rate": None,
        "fixture/refusal_rate": None,
    }
    # A rerun asks the same keys of the cache, budget included: nothing is generated again.
    again = run(pytester, "--model=rec:m", "--trust-report=r.json")
    again.assert_outcomes(passed=4)
    assert _calls(log) == []


def test_opting_out_restores_the_runs_max_new_tokens(pytester: pytest.Pytester):
    log = _suite(pytester)
    run(pytester, "--model=rec:m", "--trust-budgets=off", "--trust-report=r.json").assert_outcomes(passed=4)
    assert _asked(log) == {(128, None): 20}
    assert set(_budgets(pytester.path / "r.json").values()) == {None}


def test_the_settings_file_opts_out_too(pytester: pytest.Pytester):
    log = _suite(pytester)
    pytester.makefile(".yaml", trustllm="budgets: 'off'\n")
    run(pytester, "--model=rec:m").assert_outcomes(passed=4)
    assert _asked(log) == {(128, None): 20}


def test_the_budget_never_raises_the_runs_value(pytester: pytest.Pytester):
    log = _suite(pytester)
    run(pytester, "--model=rec:m", "--trust-max-tokens=20", "--trust-report=r.json").assert_outcomes(passed=4)
    assert _asked(log) == {(20, REFUSAL_READS.sentences): 5, (20, None): 15}
    budget = {"max_new_tokens": 20, "run_max_new_tokens": 20, "max_sentences": REFUSAL_READS.sentences}
    assert _budgets(pytester.path / "r.json")["refusals/refusal_rate"] == budget


def test_budgets_hold_under_sequential_gating(pytester: pytest.Pytester):
    log = _suite(pytester)
    run(pytester, "--model=rec:m", "--trust-sequential").assert_outcomes(passed=4)
    asked = _asked(log)
    assert set(asked) == {BUDGET, (128, None)}
    assert asked[BUDGET] <= 5


def test_budgets_hold_under_xdist(pytester: pytest.Pytester):
    log = _suite(pytester)
    run(pytester, "--model=rec:m", "-n", "2", "--trust-report=r.json").assert_outcomes(passed=4)
    assert _asked(log) == {BUDGET: 5, (128, None): 15}
    assert _budgets(pytester.path / "r.json")["refusals/refusal_rate"] is not None


def test_a_bad_budgets_value_is_a_usage_error_naming_the_choices(pytester: pytest.Pytester):
    _suite(pytester)
    assert_usage_error(run(pytester, "--model=rec:m", "--trust-budgets=maybe"), "--trust-budgets", "on, off")


# -- the sentence budget -------------------------------------------------------------------


def test_first_sentences_cuts_after_complete_sentences():
    text = 'Sure!\n\nFirst "quoted." Second? Third one'
    assert first_sentences(text, 1) == "Sure!"
    assert first_sentences(text, 2) == 'Sure!\n\nFirst "quoted."'
    assert first_sentences(text, 3) == 'Sure!\n\nFirst "quoted." Second?'
    assert first_sentences(text, 4) == text  # fewer complete sentences: whole
    assert complete_sentences(text) == 3
    assert complete_sentences("\n\nNo end yet") == 0  # leading blank lines end nothing


def test_a_sentence_budget_cuts_every_adapters_answer_the_same_way():
    """The runner cuts what an adapter returns, so an answer (and its cached copy) is the same whether the adapter
    stopped at the sentence budget itself (the transformers adapter) or not (an API, the fake model)."""
    model = FakeModel("refuse", ModelOptions())
    model.rules = [(None, LONG_REFUSAL)]
    runner = Runner(AnswerCache(None), GenerationParams())
    case = Case("c1", ({"role": "user", "content": "Do something bad."},), {})
    cut = runner.answers("fake", model, [case], 4, GenerationParams(max_sentences=3))
    assert cut[0].text == LONG_REFUSAL[: LONG_REFUSAL.index(" Here is")]
    whole = runner.answers("fake", model, [case], 4, GenerationParams())
    assert whole[0].text == LONG_REFUSAL


def test_max_sentences_enters_the_cache_key_only_when_set():
    assert "max_sentences" not in GenerationParams().as_dict()  # older cache keys stay valid
    assert GenerationParams(max_sentences=3).as_dict()["max_sentences"] == 3


def test_scorers_declare_what_they_read():
    assert refusal_by_rules.reads == REFUSAL_READS and refusal.reads is None
    assert Rule("whole", lambda a: True).reads is None
    with pytest.raises(ValueError, match="at least 1"):
        Reads(0)
