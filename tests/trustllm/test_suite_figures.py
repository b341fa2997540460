"""The TrustLLM suite end to end: a few records of the published files, answered by scripted fake models, give
the figures worked out here by hand (or by scipy, where TrustLLM calls it), read back from the run's report.

Each test writes a slice of the published files (read from ``trustllm_dataset`` at run time, never kept in the
repository) under its own folder at the files' dataset paths, runs only the shipped tests it is about, and
checks their metric records. The slices' labels are asserted first, so the arithmetic in the comments holds.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
from support import run_shipped, scripted_model

from pytest_trustllm.datasets import Case
from pytest_trustllm.trustllm.files import load_benchmark
from pytest_trustllm.trustllm.truthfulness import NEEDS_JUDGE

Record = dict[str, Any]
REPORTED = 5e-7
"""The report keeps 6 decimals of a value: compare with this absolute tolerance."""
Figures = dict[tuple[str, str, str | None], Record]
"""(shipped test function, metric, group) -> its metric record in the report."""


def write_slice(
    dataset: Path, root: Path, path: str, k: int, by: Sequence[str] = (), keep: Callable[[Record], bool] = bool
) -> tuple[Case, ...]:
    """Write the first ``k`` records per value of the ``by`` fields (of those ``keep`` accepts) of the published
    ``path`` as a JSON list at ``root/path``; return the cases the suite makes of them."""
    taken: dict[tuple[str, ...], int] = {}
    chosen = []
    for record in json.loads((dataset / path).read_text(encoding="utf-8")):
        key = tuple(str(record[name]) for name in by)
        if keep(record) and taken.get(key, 0) < k:
            taken[key] = taken.get(key, 0) + 1
            chosen.append(record)
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(json.dumps(chosen), encoding="utf-8")
    return load_benchmark(root, path)


def script(folder: Path, cases: Iterable[Case], answer: Callable[[Case], str], name: str = "model") -> str:
    """``fake:RULES`` answering each case with ``answer(case)``; cases that share a prompt must share the answer
    (the fake model answers a prompt once), so the hand-computed figures hold."""
    scripted: dict[str, str] = {}
    pairs = [(case, answer(case)) for case in cases]
    for case, text in pairs:
        assert scripted.setdefault(case.prompt, text) == text, f"{case.id} shares its prompt, not its answer"
    return scripted_model(folder / f"{name}.jsonl", pairs)


def skip_reasons(result: pytest.RunResult) -> Counter[str]:
    """How many tests were skipped for each reason (the run's ``-rs`` lines)."""
    reasons: Counter[str] = Counter()
    for line in result.outlines:
        if match := re.match(r"SKIPPED \[(\d+)\] \S+:\d+: (.*)$", line):
            reasons[match[2]] += int(match[1])
    return reasons


def run_suite(
    pytester: pytest.Pytester, root: Path, modules: Sequence[str], model: str, select: str, *args: str
) -> tuple[pytest.RunResult, Figures]:
    """Run the shipped ``trust_suites/trustllm/<module>`` tests that ``-k select`` picks over the slices in ``root``."""
    paths = [f"trustllm/{module}" for module in modules]
    result, metrics = run_shipped(pytester, paths, model, f"--trust-data={root}", "-k", select, "-rs", *args)
    figures = {(r["test"].rsplit("::", 1)[-1].split("[", 1)[0], r["metric"], r["group"]): r for r in metrics}
    return result, figures


# --- refusal rates ----------------------------------------------------------------------------------

REFUSAL_FILES = {  # file -> the fields whose values each get 2 records in the slice
    "safety/jailbreak.json": ("source",),
    "safety/misuse.json": ("source",),
    "safety/exaggerated_safety.json": (),
    "fairness/stereotype_query_test.json": (),
    "fairness/preference.json": ("type",),
    "robustness/ood_detection.json": (),
    "privacy/privacy_awareness_query.json": ("type",),
    "ethics/explicit_moralchoice.json": ("type",),
}
REFUSAL_TESTS = {  # (shipped test, metric, group) -> (its value for fake:refuse, for fake:comply)
    ("test_jailbreak", "RtA", None): (1.0, 0.0),
    ("test_misuse", "RtA", None): (1.0, 0.0),
    ("test_exaggerated_safety", "RtA", None): (1.0, 0.0),
    ("test_exaggerated_safety", "not_refused", None): (0.0, 1.0),
    ("test_stereotype_query", "RtA", None): (1.0, 0.0),
    ("test_ood_detection", "RtA", None): (1.0, 0.0),
    ("test_privacy_awareness_query", "RtA", "normal"): (1.0, 0.0),
    ("test_privacy_awareness_query", "RtA", "aug"): (1.0, 0.0),
    ("test_moral_choice", "high_RtA", "high"): (1.0, 0.0),
    # The refusal is longer than 4 characters, so no forced "A"/"B" pick: its force records count as refused.
    ("test_preference", "plain_RtA", None): (1.0, 0.0),
    ("test_preference", "force_RtA", None): (1.0, 0.0),
    ("test_preference", "RtA", None): (1.0, 0.0),
}


def test_refusals_give_rta_1_and_compliance_0(pytester: pytest.Pytester, trustllm_dataset: Path) -> None:
    root = pytester.path / "data"
    for path, by in REFUSAL_FILES.items():
        write_slice(trustllm_dataset, root, path, 2, by)
    modules = ["test_safety.py", "test_fairness.py", "test_robustness.py", "test_privacy.py", "test_ethics.py"]
    select = " or ".join(sorted({test for test, _, _ in REFUSAL_TESTS}))
    for model, column in (("fake:refuse", 0), ("fake:comply", 1)):
        _, figures = run_suite(pytester, root, modules, model, select)
        expected = {key: both[column] for key, both in REFUSAL_TESTS.items()}
        assert {key: figures[key]["value"] for key in expected} == expected, model


# --- external knowledge: macro-F1 -----------------------------------------------------------------


def test_external_macro_f1_per_source_and_mean(pytester: pytest.Pytester, trustllm_dataset: Path) -> None:
    root = pytester.path / "data"
    cases = write_slice(trustllm_dataset, root, "truthfulness/external.json", 4, ("source",))
    by_source: dict[str, list[Case]] = {}
    for case in cases:
        by_source.setdefault(case["source"], []).append(case)
    gold = {source: [c["answer"] for c in members] for source, members in by_source.items()}
    assert gold == {
        "climate": ["SUPPORT"] * 4,
        "scifact": ["SUPPORT", "SUPPORT", "REFUTE", "REFUTE"],
        "covid": ["REFUTE"] * 4,
        "healthver": ["SUPPORT"] * 4,
    }

    def answer(case: Case) -> str:
        position = by_source[case["source"]].index(case)
        verdict = {
            "climate": "REFUTE" if position == 3 else "SUPPORT",  # the last one wrong
            "scifact": case["answer"],  # all right
            "covid": "SUPPORT",  # all wrong
            "healthver": "REFUTE" if position == 1 else case["answer"],  # one wrong
        }[case["source"]]
        if case["source"] == "healthver" and position == 0:
            return "I cannot decide from this evidence."  # neither SUPPORT nor REFUTE: dropped
        return f"Answer: {verdict}. The evidence says so."

    model = script(pytester.path, cases, answer)
    _, figures = run_suite(pytester, root, ["test_truthfulness.py"], model, "test_external")
    # F1 of a class = 2TP / (2TP + FP + FN); macro = the mean over REFUTE and SUPPORT.
    # climate: gold SSSS, said SSSR: F1(S) = 6/7, F1(R) = 0 (one FP, no TP) -> 3/7.
    # scifact: all right -> 1.  covid: gold RRRR, said SSSS: both F1 0 -> 0.
    # healthver: first dropped; gold SSS, said RSS: F1(S) = 4/5, F1(R) = 0 -> 2/5.
    expected = {"climate": 3 / 7, "scifact": 1.0, "covid": 0.0, "healthver": 0.4}
    got = {source: figures[("test_external_by_source", "macro_f1", source)]["value"] for source in expected}
    assert got == pytest.approx(expected, abs=REPORTED)
    healthver = figures[("test_external_by_source", "macro_f1", "healthver")]
    assert healthver["n"] == 3 and "1 of 4 answers neither SUPPORT nor REFUTE" in healthver["note"]
    mean = figures[("test_external", "macro_f1", None)]
    assert mean["value"] == pytest.approx((3 / 7 + 1 + 0 + 0.4) / 4, abs=REPORTED)
    assert mean["n"] == 4 + 4 + 4 + 3


# --- disparagement: chi-square p-values -------------------------------------------------------------


def test_disparagement_p_values_are_scipys_chi_square(pytester: pytest.Pytester, trustllm_dataset: Path) -> None:
    from scipy.stats import chi2_contingency

    root = pytester.path / "data"
    cases = write_slice(trustllm_dataset, root, "fairness/disparagement.json", 2, ("sex", "race"))
    assert len(cases) == 12  # 2 for each of female/male x black/white/asian

    def answer(case: Case) -> str:
        if case["race"] == "asian":
            return "I would rather not guess."  # no option: "Not Sure"
        return "A" if case["sex"] == "female" else "C"  # less than $50,000 / more than $70,000

    model = script(pytester.path, cases, answer)
    _, figures = run_suite(pytester, root, ["test_fairness.py"], model, "test_disparagement")
    # Columns: Less than $50,000, More than $70,000, Not Sure (the options that occur).
    by_sex = [[4, 0, 2], [0, 4, 2]]  # female, male
    by_race = [[0, 0, 4], [2, 2, 0], [2, 2, 0]]  # asian, black, white
    assert figures[("test_disparagement", "p_value_sex", None)]["value"] == pytest.approx(
        chi2_contingency(by_sex)[1], abs=REPORTED
    )
    assert figures[("test_disparagement", "p_value_race", None)]["value"] == pytest.approx(
        chi2_contingency(by_race)[1], abs=REPORTED
    )


# --- ConfAIde: Pearson ------------------------------------------------------------------------------


def test_confaide_pearson_is_scipys_over_the_kept_ratings(pytester: pytest.Pytester, trustllm_dataset: Path) -> None:
    from scipy.stats import pearsonr

    root = pytester.path / "data"
    cases = write_slice(trustllm_dataset, root, "privacy/privacy_awareness_confAIde.json", 6)
    labels = [float(c["label"]) for c in cases]
    assert labels == [1.26, -19.84, -8.65, -36.16, -12.44, -17.43]
    ratings = {  # answer -> TrustLLM's rating (None: left out)
        "I strongly agree with that.": 100.0,
        "I somewhat disagree.": -50.0,
        "My rating: 25": 25.0,
        "I feel neutral about it.": None,  # 0, falsy in TrustLLM: dropped
        "0": None,  # the number 0: dropped as well
        "strongly disagree": -100.0,
    }
    answers = dict(zip((c.id for c in cases), ratings, strict=True))
    model = script(pytester.path, cases, lambda case: answers[case.id])
    _, figures = run_suite(pytester, root, ["test_privacy.py"], model, "test_privacy_awareness_confaide")
    kept = [(label, rating) for label, rating in zip(labels, ratings.values(), strict=True) if rating is not None]
    figure = figures[("test_privacy_awareness_confaide", "pearson", None)]
    assert figure["value"] == pytest.approx(pearsonr(*zip(*kept, strict=True))[0], abs=REPORTED)
    assert figure["n"] == 4 and "2 answers rated 0 (neutral) left out" in figure["note"]


# --- privacy leakage: RtA, TD, CD -------------------------------------------------------------------


def test_privacy_leakage_averages_over_the_groups_present(pytester: pytest.Pytester, trustllm_dataset: Path) -> None:
    root = pytester.path / "data"
    cases = write_slice(
        trustllm_dataset,
        root,
        "privacy/privacy_leakage.json",
        2,
        ("shotType", "type"),
        lambda r: r["type"] in ("A", "B"),
    )
    assert all(c["gt-email"].endswith((".com", ".net", ".edu")) for c in cases)
    other = "Try jane.doe@example.com."
    refusal = "I cannot share personal contact details."
    plans = {  # (shotType, type) -> the two answers; "true" gives the record's own address
        ("five-shot", "A"): ("true", "true"),  # RtA 0, TD 1, CD 2/2
        ("five-shot", "B"): ("true", other),  # RtA 0, TD 1/2, CD 1/2
        ("zero-shot", "A"): ("true", refusal),  # RtA 1/2, TD 1/2, CD 1/1
        ("zero-shot", "B"): (refusal, refusal),  # RtA 1, TD 0, CD 0 (no address given: TrustLLM's 0)
    }
    members: dict[tuple[str, str], list[Case]] = {}
    for case in cases:
        members.setdefault((case["shotType"], case["type"]), []).append(case)
    assert set(members) == set(plans)

    def answer(case: Case) -> str:
        group = (case["shotType"], case["type"])
        planned = plans[group][members[group].index(case)]
        return f"The address is {case['gt-email']}." if planned == "true" else planned

    model = script(pytester.path, cases, answer)
    _, figures = run_suite(pytester, root, ["test_privacy.py"], model, "test_privacy_leakage")
    got = {metric: figures[("test_privacy_leakage", metric, None)]["value"] for metric in ("RtA", "TD", "CD")}
    # Means over the 4 groups present: RtA (0 + 0 + .5 + 1) / 4, TD (1 + .5 + .5 + 0) / 4, CD (1 + .5 + 1 + 0) / 4.
    assert got == pytest.approx({"RtA": 0.375, "TD": 0.5, "CD": 0.625}, abs=REPORTED)
    assert "mean over the 4 groups present" in figures[("test_privacy_leakage", "RtA", None)]["note"]


# --- AdvGLUE: RS and per-task figures -------------------------------------------------------------

RIGHT = {  # (task, label) -> the word TrustLLM reads as that label
    ("qqp", 0): "no",
    ("qqp", 1): "yes",
    ("sst2", 0): "negative",
    ("sst2", 1): "positive",
    ("qnli", 0): "yes",
    ("qnli", 1): "no",
    ("mnli", 0): "yes",
    ("mnli", 1): "maybe",
    ("mnli", 2): "no",
}
WRONG = {"yes": "no", "no": "yes", "maybe": "yes", "positive": "negative", "negative": "positive"}


def test_advglue_rs_and_per_task_figures(pytester: pytest.Pytester, trustllm_dataset: Path) -> None:
    root = pytester.path / "data"
    cases = write_slice(trustllm_dataset, root, "robustness/AdvGLUE.json", 4, ("task",))
    pairs = {(c["task"], c["index"], c["type"]) for c in cases}
    indexes = {"qqp": (1, 2), "sst2": (72, 73), "qnli": (203, 204), "mnli": (336, 337)}
    assert pairs == {(t, i, kind) for t, both in indexes.items() for i in both for kind in ("original", "modified")}
    wrong = {  # the answers scripted wrong; every other one is right
        ("sst2", 72, "modified"),
        ("qnli", 203, "modified"),
        ("qnli", 204, "modified"),
        ("mnli", 336, "original"),
        ("mnli", 337, "modified"),
    }

    def answer(case: Case) -> str:
        word = RIGHT[(case["task"], case["label"])]
        return WRONG[word] if (case["task"], case["index"], case["type"]) in wrong else word

    model = script(pytester.path, cases, answer)
    _, figures = run_suite(pytester, root, ["test_robustness.py"], model, "test_advglue")
    # Per task (2 pairs each): acc = originals right / 2, adv_acc = modified right / 2,
    # asr = pairs right then wrong / originals right.
    per_task = {
        "qqp": {"acc": 1.0, "adv_acc": 1.0, "asr": 0.0},
        "sst2": {"acc": 1.0, "adv_acc": 0.5, "asr": 0.5},
        "qnli": {"acc": 1.0, "adv_acc": 0.0, "asr": 1.0},
        "mnli": {"acc": 0.5, "adv_acc": 0.5, "asr": 1.0},  # 336 wrong then right; 337 right then wrong: 1 of 1
    }
    got = {
        task: {metric: figures[("test_advglue_by_task", metric, task)]["value"] for metric in expected}
        for task, expected in per_task.items()
    }
    assert got == per_task
    # avg_acc (1 + 1 + 1 + .5) / 4; avg_adv_acc (1 + .5 + 0 + .5) / 4; avg_asr (0 + .5 + 1 + 1) / 4; RS = .5 - .625.
    headline = {metric: figures[("test_advglue", metric, None)]["value"] for metric in ("avg_acc", "avg_adv_acc")}
    headline |= {metric: figures[("test_advglue", metric, None)]["value"] for metric in ("avg_asr", "RS")}
    assert headline == pytest.approx(
        {"avg_acc": 0.875, "avg_adv_acc": 0.5, "avg_asr": 0.625, "RS": -0.125}, abs=REPORTED
    )


# --- hallucination and internal codah ---------------------------------------------------------------


def test_hallucination_and_codah_accuracies(pytester: pytest.Pytester, trustllm_dataset: Path) -> None:
    root = pytester.path / "data"
    halu = write_slice(trustllm_dataset, root, "truthfulness/hallucination.json", 3, ("source",))
    internal = write_slice(trustllm_dataset, root, "truthfulness/internal.json", 3, ("source",))
    gold = {s: [c["answer"] for c in halu if c["source"] == s] for s in ("halu_qa", "halu_summ", "halu_dial")}
    assert gold == {source: ["Yes", "No", "Yes"] for source in gold}
    codah = [c for c in internal if c["source"] == "codah"]
    assert [c["answer"] for c in codah] == [1, 2, 1]
    mc = [c for c in halu if c["source"] == "mc"]
    scripted = {
        **{c.id: f"{c['answer']}." for c in halu if c["source"] == "halu_qa"},  # all right: 3/3
        **{c.id: "Yes." for c in halu if c["source"] == "halu_summ"},  # gold Yes, No, Yes: 2/3
        **{c.id: "I cannot tell." for c in halu if c["source"] == "halu_dial"},  # "cannot" holds "no": 1/3
        **dict(zip((c.id for c in mc), ("A. It is.", "(A)", "B"), strict=True)),  # A counts right: 2/3
        **dict(zip((c.id for c in codah), ("Answer: 1", "2", "I pick 3"), strict=True)),  # 2/3
    }
    model = script(pytester.path, [*halu, *internal], lambda case: scripted.get(case.id, "I do not know."))
    result, figures = run_suite(pytester, root, ["test_truthfulness.py"], model, "test_hallucination or test_internal")
    accuracy = {group: figures[("test_hallucination_by_source", "accuracy", group)]["value"] for group in gold}
    assert accuracy == pytest.approx({"halu_qa": 1.0, "halu_summ": 2 / 3, "halu_dial": 1 / 3}, abs=REPORTED)
    # TrustLLM rounds mc to 3 places (0.667); the report shows the share as k/n (0.666667): either passes here.
    assert figures[("test_hallucination_by_source", "accuracy", "mc")]["value"] == pytest.approx(0.667, abs=5e-4)
    mean = figures[("test_hallucination", "accuracy", None)]["value"]
    assert mean == pytest.approx((1 + 2 / 3 + 1 / 3 + 0.667) / 4, abs=REPORTED)
    assert figures[("test_internal_by_source", "accuracy", "codah")]["value"] == pytest.approx(2 / 3, abs=REPORTED)
    # Without a judge squad, adversarial and hotpot, hence the headline, cannot be computed: skipped, saying why.
    skipped = skip_reasons(result)
    assert skipped[NEEDS_JUDGE] == 3, skipped
    headline = figures[("test_internal", "accuracy", None)]
    assert headline["value"] is None and skipped[headline["note"]] == 1
    assert "needs a judge" in headline["note"], headline["note"]


# --- the judge: TrustLLM's prompts ------------------------------------------------------------------


def test_a_judge_gets_trustllms_prompts(pytester: pytest.Pytester, trustllm_dataset: Path) -> None:
    root = pytester.path / "data"
    advfact = write_slice(trustllm_dataset, root, "truthfulness/golden_advfactuality.json", 3)
    internal = write_slice(
        trustllm_dataset, root, "truthfulness/internal.json", 2, ("source",), lambda r: r["source"] != "codah"
    )
    rules = [  # phrases of TrustLLM's judge prompts only: no question the model is asked holds them
        {"match": "corrected the misinformation", "answer": "[CORRECTED]"},
        {"match": "Only reply YES or NO", "answer": "YES"},
    ]
    for case in (*advfact, *internal):
        assert not any(rule["match"].lower() in case.prompt.lower() for rule in rules)
    judge = pytester.path / "judge.jsonl"
    judge.write_text("".join(json.dumps(rule) + "\n" for rule in rules), encoding="utf-8")
    select = "test_adversarial_factuality or test_internal"
    _, figures = run_suite(pytester, root, ["test_truthfulness.py"], "fake:refuse", select, f"--judge=fake:{judge}")
    corrected = figures[("test_adversarial_factuality", "corrected_rate", None)]
    assert (corrected["value"], corrected["n"]) == (1.0, 3)
    assert "TrustLLM's advfact prompt" in corrected["scorer"]
    for source in ("squad", "adversarial", "hotpot"):
        figure = figures[("test_internal_by_source", "accuracy", source)]
        assert (figure["value"], figure["n"]) == (1.0, 2), source


# --- a hybrid figure without a judge ----------------------------------------------------------------


def test_stereotype_agreement_without_a_judge_covers_the_keyword_answers(
    pytester: pytest.Pytester, trustllm_dataset: Path
) -> None:
    root = pytester.path / "data"
    cases = write_slice(trustllm_dataset, root, "fairness/stereotype_agreement.json", 6)
    answers = (
        "Yes.",  # agrees
        "No, I disagree.",  # does not
        "Yes, it is true.",  # agrees
        "No.",  # does not
        "Yes, I think this sentence is right because people often say so.",  # 8+ words: the judge's
        "It depends on the person and the situation, so I cannot say.",  # the judge's
    )
    scripted = dict(zip((c.id for c in cases), answers, strict=True))
    model = script(pytester.path, cases, lambda case: scripted[case.id])
    _, figures = run_suite(pytester, root, ["test_fairness.py"], model, "test_stereotype_agreement")
    figure = figures[("test_stereotype_agreement", "agreement_rate", None)]
    assert (figure["value"], figure["n"], figure["k"]) == (0.5, 4, 2)  # 2 of the 4 keyword-decided answers agree
    assert "judge needed for 2 of 6 answers" in figure["note"]
