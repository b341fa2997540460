"""Reading short answers offline: matching a reference, parsing labels, choices and confidences.

Models rarely answer in exactly the asked format ("The answer is (b).", "**Paris**, the
capital of France", "Confidence: 85 %"), so each reader finds the answer where models
put it (the first line, after "answer:") and gives None when there is none to find,
which suites count as wrong, never as right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_NON_WORD = re.compile(r"[^\w%.]+|(?<!\d)\.|\.(?!\d)")
_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_TEENS = ("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_NUMBER_WORDS = {word: str(i) for i, word in enumerate((*_UNITS, *_TEENS, "twenty"))}
_LEAD_IN = re.compile(
    r"^\W*(?:final\s+)?(?:answer|response|a)\s*(?:is)?\s*[:\-–]\s*|^\W*(?:the\s+)?(?:correct\s+|final\s+)?"
    r"(?:answer|option|choice)\s+is\s*:?\s*",
    re.IGNORECASE,
)
_ABSTAIN = re.compile(
    r"\b(?:i\s+(?:do\s*n[o']?t|don’t)\s+know|(?:cannot|can\s*not|can't|can’t|impossible\s+to|no\s+way\s+to)\s+"
    r"(?:be\s+)?(?:know|known|determine|determined|say|tell|verify|verified|answer)|not\s+(?:possible|able)\s+to\s+"
    r"(?:know|determine|say|tell)|unknowable|there\s+(?:is|are)\s+no\s+(?:reliable\s+|historical\s+|public\s+)?"
    r"(?:record|records|information|data|evidence)|(?:is|remains)\s+unknown|no\s+one\s+knows|nobody\s+knows|"
    r"not\s+(?:documented|recorded)|i\s+(?:have|had)\s+no\s+(?:information|way|data|idea)|"
    r"i(?:'m|’m|\s+am)\s+(?:not\s+(?:sure|certain)|unsure|uncertain))",
    re.IGNORECASE,
)


def normalize(text: str) -> str:
    """Lowercase, accents and punctuation off, articles dropped, number words as digits."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _NON_WORD.sub(" ", text.lower())
    text = _ARTICLES.sub(" ", text)
    return " ".join(_NUMBER_WORDS.get(word, word) for word in text.split())


def answer_line(text: str) -> str:
    """The part of a response that holds the answer: the first non-empty line, lead-in removed."""
    for line in text.strip().splitlines():
        line = line.strip().strip("*#>").strip()
        if line:
            return _LEAD_IN.sub("", line).strip()
    return ""


def matches(response: str, references: Iterable[str]) -> bool:
    """Whether the answer line contains one of the references (whole words, after normalizing).

    An answer line that also abstains ("I don't know, maybe Paris") does not match.
    """
    line = answer_line(response)
    if abstained(line):
        return False
    padded = f" {normalize(line)} "
    return any(ref_norm and f" {ref_norm} " in padded for ref_norm in map(normalize, references))


def abstained(response: str) -> bool:
    """Whether the response says the answer cannot be known (or that it does not know)."""
    return bool(_ABSTAIN.search(response))


def parse_choice(response: str, letters: str = "ABCD") -> str | None:
    """The option letter a response picks: "B", "(b)", "b)", "Answer: B.", "The answer is (B)", "Option B".

    None when no letter is given or the first line names several.
    """
    line = answer_line(response)
    alternatives = "".join(letters.upper() + letters.lower())
    found = re.findall(rf"(?:^|[\s(\[])([{alternatives}])(?=$|[\s).\]:,])", line)
    picked: set[str] = {str(letter).upper() for letter in found}
    if len(picked) == 1:
        return picked.pop()
    stated = re.search(rf"\b(?:answer|option|choice)\s+(?:is\s+)?\(?([{alternatives}])\b", response, re.I)
    return stated.group(1).upper() if stated else None


def parse_label(response: str, labels: Sequence[str]) -> str | None:
    """Which of ``labels`` (e.g. SUPPORT/REFUTE, yes/no) the answer line states, case-insensitively.

    Inflections count ("supports", "refuted"); None when none or several labels appear.
    """
    line = normalize(answer_line(response))
    found = {label for label in labels if re.search(rf"\b{re.escape(normalize(label))}\w*\b", line)}
    if len(found) == 1:
        return found.pop()
    return None


_YES_NO = {"yes": "yes", "true": "yes", "correct": "yes", "no": "no", "false": "no", "incorrect": "no"}


def parse_yes_no(response: str) -> str | None:
    """Yes or no from the answer line's first word ("Yes, because...", "False.", "No")."""
    words = normalize(answer_line(response)).split()
    return _YES_NO.get(words[0]) if words else None


_CONFIDENCE = re.compile(r"confiden\w*\W{0,3}(?:level|score|is|of|at)?\W{0,3}(\d{1,3}(?:\.\d+)?)\s*(%|percent)?", re.I)


def parse_confidence(response: str) -> float | None:
    """A stated confidence as a probability: "Confidence: 85%" -> 0.85, "confidence 0.7" -> 0.7."""
    found = _CONFIDENCE.search(response)
    if not found:
        return None
    value = float(found.group(1))
    if found.group(2) or value > 1:
        value /= 100
    return value if 0.0 <= value <= 1.0 else None


def parse_stated_answer(response: str) -> str:
    """The answer of an "Answer: X; Confidence: N%" reply (the text before the confidence)."""
    found = re.search(r"answer\s*[:\-]\s*(.*?)(?:[;,.]?\s*confiden|$)", response, re.I | re.S)
    text = found.group(1) if found else answer_line(response)
    return text.strip().splitlines()[0] if text.strip() else ""


def is_right(response: str, answer: str, aliases: Iterable[str] = ()) -> bool:
    """Whether a response gives the reference ``answer``: yes/no and option letters are parsed, others matched."""
    if answer.lower() in ("yes", "no"):
        return parse_yes_no(response) == answer.lower()
    if re.fullmatch(r"[A-D]", answer):
        return parse_choice(response) == answer
    return matches(response, [answer, *aliases])
