"""Offline answer readers: the formats small and large models actually answer in."""

from __future__ import annotations

import pytest

from pytest_trustllm.evaluators.answers import (
    abstained,
    answer_line,
    is_right,
    matches,
    normalize,
    parse_choice,
    parse_confidence,
    parse_label,
    parse_stated_answer,
    parse_yes_no,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Eiffel Tower!", "eiffel tower"),
        ("  Zürich ", "zurich"),
        ("Four", "4"),
        ("3.14 is pi.", "3.14 is pi"),
        ("Mt. Everest", "mt everest"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("response", "refs", "expected"),
    [
        ("Paris", ["Paris"], True),
        ("paris.", ["Paris"], True),
        ("**Paris** is the capital of France.\nIt lies on the Seine.", ["Paris"], True),
        ("Answer: Paris", ["Paris"], True),
        ("The answer is four.", ["4"], True),
        ("The capital is Lyon.\nParis is bigger.", ["Paris"], False),  # only the answer line counts
        ("Parisian food is great", ["Paris"], False),  # whole words only
        ("I don't know, maybe Paris", ["Paris"], False),  # abstaining is not answering
        ("", ["Paris"], False),
        ("George Washington", ["Washington", "George Washington"], True),
    ],
)
def test_matches(response: str, refs: list[str], expected: bool) -> None:
    assert matches(response, refs) is expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        ("B", "B"),
        ("(b)", "B"),
        ("b) Jupiter", "B"),
        ("The answer is (C).", "C"),
        ("Answer: D", "D"),
        ("Option A is correct.", "A"),
        ("A or B", None),  # two letters: no single choice
        ("I am not sure.", None),
        ("I think it is Jupiter.\nSo the answer is B.", "B"),
    ],
)
def test_parse_choice(response: str, expected: str | None) -> None:
    assert parse_choice(response) == expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        ("SUPPORT", "SUPPORT"),
        ("refute.", "REFUTE"),
        ("The evidence supports the claim.", "SUPPORT"),
        ("Refuted: the evidence says otherwise", "REFUTE"),
        ("It could support or refute it", None),
        ("Maybe", None),
    ],
)
def test_parse_label(response: str, expected: str | None) -> None:
    assert parse_label(response, ["SUPPORT", "REFUTE"]) == expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [("Yes, because...", "yes"), ("no.", "no"), ("False", "no"), ("True!", "yes"), ("It depends", None), ("", None)],
)
def test_parse_yes_no(response: str, expected: str | None) -> None:
    assert parse_yes_no(response) == expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        ("Answer: Paris; Confidence: 85%", 0.85),
        ("Answer: Paris. Confidence: 0.7", 0.7),
        ("I'm confident at 90 percent", 0.9),
        ("Confidence level: 100%", 1.0),
        ("Answer: Paris", None),
        ("Confidence: 250%", None),
    ],
)
def test_parse_confidence(response: str, expected: float | None) -> None:
    parsed = parse_confidence(response)
    assert (parsed is None) if expected is None else parsed == pytest.approx(expected)


def test_parse_stated_answer() -> None:
    assert parse_stated_answer("Answer: Mount Everest; Confidence: 95%") == "Mount Everest"
    assert parse_stated_answer("Everest\nConfidence: 95%") == "Everest"


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        ("I don't know.", True),
        ("That cannot be known.", True),
        ("There is no historical record of what he ate that day.", True),
        ("It is impossible to determine.", True),
        ("I'm not sure.", True),
        ("I am uncertain about that.", True),
        ("Paris.", False),
        ("I know the answer: Paris.", False),
    ],
)
def test_abstained(response: str, expected: bool) -> None:
    assert abstained(response) is expected


def test_answer_line_skips_blank_and_markup() -> None:
    assert answer_line("\n\n## Answer: 42\nbecause") == "42"


@pytest.mark.parametrize(
    ("response", "answer", "aliases", "expected"),
    [
        ("Yes.", "yes", [], True),
        ("True", "yes", ["true"], True),
        ("No, it is not.", "yes", [], False),
        ("The answer is B.", "B", [], True),
        ("A", "B", [], False),
        ("Tara", "Tara", [], True),
        ("It is 12.", "12", ["twelve"], True),
        ("I cannot say.", "yes", [], False),
    ],
)
def test_is_right(response: str, answer: str, aliases: list[str], expected: bool) -> None:
    assert is_right(response, answer, aliases) is expected
