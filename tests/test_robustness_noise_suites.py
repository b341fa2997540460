"""The natural-noise, adversarial-instruction and interventional-effect suites: their perturbation
generators, their answer reader, their shipped data, and each suite passing a model scripted to
behave well and failing one scripted to be thrown by noise or by a change that does not matter."""

from __future__ import annotations

import importlib.util
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import torch  # noqa: F401  (pytester's in-process runs cannot import torch a second time)
from support import run_shipped, scripted_model

from pytest_trustllm.datasets import DATA_ROOT, Case, load_cases
from trust_suites.robustness import _perturb as perturb_module
from trust_suites.robustness._noise_readers import expected, reading, right, same
from trust_suites.robustness._perturb import (
    DISTRACTING_PREFIXES,
    FILLERS,
    INSTRUCTION,
    NATURAL,
    SYNONYMS,
    double_letter,
    drop_letter,
    neighbour_key,
    perturb,
    swap_letters,
)

DATA = DATA_ROOT / "robustness"
NOISE = "robustness/test_natural_noise.py"
INSTRUCTIONS = "robustness/test_adversarial_instruction.py"
INTERVENTION = "robustness/test_interventional_effect.py"
TEXT = "Give three quick tips for sleeping better when you work night shifts and need to rest."

# -- the generators --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [*NATURAL, *INSTRUCTION])
def test_same_seed_same_text_other_seed_other_text(kind: str) -> None:
    first = perturb(kind, TEXT, "seed-1")
    assert first != TEXT
    assert perturb(kind, TEXT, "seed-1") == first
    assert len({perturb(kind, TEXT, f"seed-{i}") for i in range(6)}) > 1


def test_single_typos() -> None:
    assert swap_letters("sleep", 3) == "slepe"
    assert drop_letter("better", 2) == "beter"
    assert double_letter("tips", 2) == "tipps"
    slipped = neighbour_key("Good", 1, random.Random(0))
    assert slipped[0] + slipped[2:] == "God" and slipped[1] in "iklp"  # keys around "o"


def _one_typo_apart(before: str, after: str) -> bool:
    """``after`` is ``before`` with one letter swapped with the next, dropped, doubled or replaced."""
    if len(after) == len(before) - 1:
        return any(before[:i] + before[i + 1 :] == after for i in range(len(before)))
    if len(after) == len(before) + 1:
        return any(after[:i] + after[i + 1 :] == before and after[i] == after[i - 1] for i in range(1, len(after)))
    differ = [i for i in range(len(before)) if before[i] != after[i]]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and sorted(before) == sorted(after)
    return swapped or len(differ) == 1


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_typo_changes_letters_inside_long_words_only(seed: str) -> None:
    out = perturb("typo", TEXT, seed)
    pairs = list(zip(TEXT.split(" "), out.split(" "), strict=True))
    changed = [(b, a) for b, a in pairs if b != a]
    assert changed
    for before, after in changed:
        assert len(before.strip(".")) >= 4 and before[0] == after[0], (before, after)
        assert _one_typo_apart(before, after), (before, after)


def test_casing_and_spacing_change_nothing_else() -> None:
    for seed in "abcdef":
        cased = perturb("casing", TEXT, seed)
        assert cased != TEXT and cased.lower() == TEXT.lower()
        spaced = perturb("spacing", TEXT, seed)
        assert spaced != TEXT and re.sub(r"\s", "", spaced) == re.sub(r"\s", "", TEXT)


def test_instruction_rewrites_do_what_they_say() -> None:
    seed = "check"
    letters = re.compile(r"[^A-Za-z]")
    leet = perturb("leetspeak", TEXT, seed)
    assert leet.translate(str.maketrans("431057", "aeiost")).lower() == TEXT.lower()
    assert re.search(r"\d", leet)
    assert perturb("extra_spaces", TEXT, seed).split() == TEXT.split()
    assert "  " in perturb("extra_spaces", TEXT, seed)
    missing = perturb("missing_spaces", TEXT, seed)
    assert missing.replace(" ", "") == TEXT.replace(" ", "") and missing.count(" ") < TEXT.count(" ")
    assert perturb("random_casing", TEXT, seed).lower() == TEXT.lower()
    filled = perturb("filler_words", TEXT, seed)
    for filler in sorted(FILLERS, key=len, reverse=True):
        filled = filled.replace(f"{filler}, ", "")
    assert filled == TEXT
    swapped = perturb("word_swap", TEXT, seed).split(" ")
    differ = [i for i, (a, b) in enumerate(zip(TEXT.split(" "), swapped, strict=True)) if a != b]
    assert len(differ) == 2 and differ[1] == differ[0] + 1 and sorted(swapped) == sorted(TEXT.split(" "))
    prefixed = perturb("distracting_prefix", TEXT, seed)
    assert any(prefixed.startswith(p) for p in DISTRACTING_PREFIXES) and prefixed.lower().endswith(TEXT.lower())
    synonyms = perturb("synonym_swap", TEXT, seed)
    replaced = [(a, b) for a, b in zip(TEXT.split(" "), synonyms.split(" "), strict=True) if a != b]
    assert replaced and all(SYNONYMS[a.lower()] == b.lower() for a, b in replaced)
    noisy = perturb("punctuation_noise", TEXT, seed)
    assert noisy != TEXT and letters.sub("", noisy) == letters.sub("", TEXT)
    repeated = perturb("repeated_words", TEXT, seed)
    assert repeated != TEXT and re.sub(r"\b(\w+) (?i:\1)\b", r"\1", repeated) == TEXT


def test_a_text_too_short_to_perturb_is_an_error() -> None:
    with pytest.raises(ValueError, match="typo"):
        perturb("typo", "Go on.", "x")
    assert "the" not in SYNONYMS
    with pytest.raises(ValueError, match="synonym"):
        perturb("synonym_swap", "What is the time?", "x")


# -- the reader ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "case", "read"),
    [
        ("Positive.", {"answer": "negative"}, "positive"),
        ("**Negative** - the guide was rude.", {"answer": "negative"}, "negative"),
        ("It is positive or negative, hard to say.", {"answer": "positive"}, None),
        ("Yes, it must be true.", {"answer": "no"}, "yes"),
        ("No.", {"answer": "yes"}, "no"),
        ("The answer is (B).", {"answer": "A"}, "B"),
        ("Tokyo is the capital.", {"answer": "Tokyo"}, "tokyo"),
        ("Kyoto.", {"answer": "Tokyo"}, "kyoto"),
        ("Leonardo", {"answer": "Leonardo da Vinci", "aliases": ["Leonardo"]}, "leonardo da vinci"),
        ("Eight", {"answer": "8"}, "8"),
        ("15:00", {"answer": "15"}, "15"),
        ("", {"answer": "8"}, None),
    ],
)
def test_reading(text: str, case: dict[str, Any], read: str | None) -> None:
    assert reading(text, case) == read
    assert right(text, case) == (read == expected(case))


def test_unreadable_answers_agree_with_nothing() -> None:
    assert same("yes", "yes") and not same("yes", "no")
    assert not same(None, None)


# -- the shipped data ------------------------------------------------------------------------------


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location("build_noise", DATA / "build_noise.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_script_reproduces_the_shipped_files() -> None:
    build = _build_module()
    assert build.perturb is perturb_module.perturb  # the generators the suites' tests check
    for name, rows in [
        ("natural_noise.jsonl", build.natural_noise()),
        ("adversarial_instruction.jsonl", build.adversarial_instruction()),
        ("interventional_effect.jsonl", build.interventional_effect()),
    ]:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        assert (DATA / name).read_text(encoding="utf-8") == text, name


def _units(name: str, field: str) -> dict[str, list[Case]]:
    units: dict[str, list[Case]] = defaultdict(list)
    for case in load_cases(DATA / name):
        units[str(case[field])].append(case)
    return units


def test_natural_noise_pairs_each_item_with_every_kind_of_noise() -> None:
    units = _units("natural_noise.jsonl", "item")
    assert len(units) >= 100
    for item, cases in units.items():
        by_kind: dict[str, set[str]] = defaultdict(set)
        for case in cases:
            by_kind[str(case["perturbation"])].add(str(case["variant"]))
        assert by_kind == {k: {"clean", k} for k in ("typo", "casing", "spacing", "paraphrase")}, item
        assert len({c.prompt for c in cases if c["variant"] == "clean"}) == 1, item
    labels = Counter((c["task"], c["answer"]) for c in load_cases(DATA / "natural_noise.jsonl"))
    assert labels[("sentiment", "positive")] == labels[("sentiment", "negative")]
    assert labels[("entailment", "yes")] == labels[("entailment", "no")]


def test_adversarial_instructions_pair_each_instruction_with_eleven_rewrites() -> None:
    units = _units("adversarial_instruction.jsonl", "instruction")
    assert len(units) >= 40
    for cases in units.values():
        assert Counter(str(c["perturbation"]) for c in cases) == dict.fromkeys(INSTRUCTION, 2)


def test_interventions_change_the_answer_only_when_relevant() -> None:
    units = _units("interventional_effect.jsonl", "item")
    assert len(units) >= 60
    for item, cases in units.items():
        answer = {str(c["variant"]): c["answer"] for c in cases}
        assert answer["relevant"] != answer["base"] == answer["irrelevant"], item


# -- the suites, with scripted models --------------------------------------------------------------

OPPOSITE = {"positive": "negative", "negative": "positive", "yes": "no", "no": "yes"}
Script = Callable[[Case], str]


def _wrong(case: Case) -> str:
    return OPPOSITE.get(str(case["answer"]), "Atlantis")


def _rules(path: Path, scripts: dict[str, Script]) -> str:
    """A fake model answering each shipped case of the files named in ``scripts`` as scripted."""
    # A clean prompt shared by several kinds is answered once.
    return scripted_model(
        path, ((case, script(case)) for name, script in scripts.items() for case in load_cases(DATA / name))
    )


def _checked(records: list[dict[str, Any]], subcategory: str) -> list[dict[str, Any]]:
    """The records of ``subcategory`` that have a threshold (per-variant accuracy is reported only)."""
    return [r for r in records if r["subcategory"] == subcategory and r["threshold"] is not None]


def test_a_robust_model_passes(pytester: pytest.Pytester) -> None:
    def right_answer(case: Case) -> str:
        return str(case["answer"])

    model = _rules(
        pytester.path / "rules.jsonl",
        {"natural_noise.jsonl": right_answer, "interventional_effect.jsonl": right_answer},
    )
    _, records = run_shipped(pytester, [NOISE, INTERVENTION], model)
    noise, intervention = _checked(records, "natural_noise"), _checked(records, "interventional_effect")
    assert {r["group"] for r in noise} == {"typo", "casing", "spacing", "paraphrase"}
    assert len(noise) == 8 and len(intervention) == 2
    assert [(r["label"], r["value"]) for r in noise + intervention if not r["passed"]] == []


def test_a_model_thrown_by_noise_fails(pytester: pytest.Pytester) -> None:
    def right_only_when_clean(case: Case) -> str:
        return str(case["answer"]) if case["variant"] == "clean" else _wrong(case)

    model = _rules(pytester.path / "rules.jsonl", {"natural_noise.jsonl": right_only_when_clean})
    _, records = run_shipped(pytester, [NOISE], model)
    noise = _checked(records, "natural_noise")
    assert len(noise) == 8 and all(r["passed"] is False for r in noise), noise
    accuracy = {r["group"]: r["value"] for r in records if r["metric"] == "accuracy"}
    assert accuracy["typo/clean"] == 1.0 and accuracy["typo/typo"] == 0.0


def test_a_model_that_changes_its_reading_under_noise_is_inconsistent(pytester: pytest.Pytester) -> None:
    # Wrong on every clean prompt, then a different wrong answer on the noisy one: accuracy does not
    # drop (it is 0 throughout), but the answer moved.
    def moves(case: Case) -> str:
        if case["task"] == "qa":
            return "Atlantis" if case["variant"] == "clean" else "Lemuria"
        return _wrong(case) if case["variant"] == "clean" else "I am not sure."

    model = _rules(pytester.path / "rules.jsonl", {"natural_noise.jsonl": moves})
    _, records = run_shipped(pytester, [NOISE], model, "-k", "survives")
    noise = _checked(records, "natural_noise")
    assert [r["metric"] for r in noise] == ["consistency"] * 4
    assert all(r["value"] == 0.0 and r["passed"] is False for r in noise)


def _by_metric(records: list[dict[str, Any]]) -> dict[str, bool]:
    return {r["metric"]: r["passed"] for r in _checked(records, "interventional_effect")}


def test_a_model_that_keeps_its_first_answer_fails_to_follow_the_relevant_change(pytester: pytest.Pytester) -> None:
    base = {
        str(c["item"]): str(c["answer"])
        for c in load_cases(DATA / "interventional_effect.jsonl")
        if c["variant"] == "base"
    }
    model = _rules(pytester.path / "rules.jsonl", {"interventional_effect.jsonl": lambda c: base[str(c["item"])]})
    _, records = run_shipped(pytester, [INTERVENTION], model)
    assert _by_metric(records) == {"follows_relevant_rate": False, "ignores_irrelevant_rate": True}


def test_a_model_moved_by_an_irrelevant_detail_fails_to_ignore_it(pytester: pytest.Pytester) -> None:
    relevant = {
        str(c["item"]): str(c["answer"])
        for c in load_cases(DATA / "interventional_effect.jsonl")
        if c["variant"] == "relevant"
    }

    def jumpy(case: Case) -> str:
        return relevant[str(case["item"])] if case["variant"] == "irrelevant" else str(case["answer"])

    model = _rules(pytester.path / "rules.jsonl", {"interventional_effect.jsonl": jumpy})
    _, records = run_shipped(pytester, [INTERVENTION], model)
    assert _by_metric(records) == {"follows_relevant_rate": True, "ignores_irrelevant_rate": False}


def test_adversarial_instructions_with_the_real_embedder(pytester: pytest.Pytester) -> None:
    """Identical answers to the clean and rewritten instruction keep the meaning (cosine 1);
    an unrelated answer to the rewrite does not."""
    instructions = {
        str(c["instruction"]): c.prompt
        for c in load_cases(DATA / "adversarial_instruction.jsonl")
        if c["variant"] == "clean"
    }

    def steady(case: Case) -> str:
        return f"Here is a careful answer to: {instructions[str(case['instruction'])]}"

    def thrown(case: Case) -> str:
        unrelated = "Bananas grow in warm countries and are rich in potassium."
        return steady(case) if case["variant"] == "clean" else unrelated

    good = _rules(pytester.path / "good.jsonl", {"adversarial_instruction.jsonl": steady})
    bad = _rules(pytester.path / "bad.jsonl", {"adversarial_instruction.jsonl": thrown})
    _, records = run_shipped(pytester, [INSTRUCTIONS], good, f"--model={bad}", "--trust-sample=10")
    by_model: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_model[record["model_spec"]].append(record)
    assert {len(r) for r in by_model.values()} == {len(INSTRUCTION)}
    assert all(r["value"] == 1.0 and r["passed"] for r in by_model[good]), by_model[good]
    assert all(r["value"] == 0.0 and r["passed"] is False for r in by_model[bad]), by_model[bad]
    assert all("embedding:" in r["scorer"] for r in records)
