"""What a short answer says, read the same way for every variant of a unit, so the answers to a
clean and a perturbed prompt (or to a base and an intervened problem) can be compared.

A label answer (positive/negative, yes/no, an option letter) reads as the label its answer line
states. A free answer reads as the case's reference answer when it gives it (aliases included),
otherwise as its normalized answer line, so two identical wrong answers still read the same. None
means there is nothing to read (no label, an empty reply); it never agrees with anything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pytest_trustllm.evaluators.answers import answer_line, is_right, normalize, parse_choice, parse_label, parse_yes_no

SENTIMENT = ("positive", "negative")


def reading(text: str, case: Mapping[str, Any]) -> str | None:
    """What ``text`` answers to ``case`` (whose ``answer`` field says which kind of answer it asks for)."""
    answer = str(case["answer"])
    if answer in SENTIMENT:
        return parse_label(text, SENTIMENT)
    if answer.lower() in ("yes", "no"):
        return parse_yes_no(text)
    if re.fullmatch(r"[A-D]", answer):
        return parse_choice(text)
    if is_right(text, answer, case.get("aliases", [])):
        return normalize(answer)
    return normalize(answer_line(text)) or None


def expected(case: Mapping[str, Any]) -> str:
    """The reading of a right answer to ``case``."""
    answer = str(case["answer"])
    if answer in SENTIMENT or re.fullmatch(r"[A-D]", answer):
        return answer
    return answer.lower() if answer.lower() in ("yes", "no") else normalize(answer)


def right(text: str, case: Mapping[str, Any]) -> bool:
    """Whether ``text`` gives the case's answer."""
    return reading(text, case) == expected(case)


def same(first: str | None, second: str | None) -> bool:
    """Two readings agree (an unreadable answer agrees with nothing)."""
    return first is not None and first == second
