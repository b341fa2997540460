"""Deterministic text perturbations: the noise of hurried typing, and rewrites of an instruction
that leave what it asks unchanged.

Every generator takes a text and a seeded ``random.Random`` and returns a text that differs from
it (the same seed gives the same output). Letters are only ever changed inside words of four or
more letters, and never the first letter, so a careful reader still recognises every word. The
module uses only the standard library: the data build script imports it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Perturbation = Callable[[str, random.Random], str]

_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_WORD = re.compile(r"[A-Za-z']+")
_GAP = re.compile(r"(?<=\S) (?=\S)")

# Neighbours on a QWERTY keyboard: the key a finger slips to.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, str] = {}
for _r, _row in enumerate(_ROWS):
    for _c, _key in enumerate(_row):
        near = [_row[j] for j in (_c - 1, _c + 1) if 0 <= j < len(_row)]
        # Each row sits half a key right of the one above: up is columns c and c+1, down c-1 and c.
        near += [_ROWS[_r - 1][j] for j in (_c, _c + 1) if _r > 0 and j < len(_ROWS[_r - 1])]
        near += [_ROWS[_r + 1][j] for j in (_c - 1, _c) if _r < 2 and 0 <= j < len(_ROWS[_r + 1])]
        _NEIGHBOURS[_key] = "".join(sorted(set(near)))


def _pick(rng: random.Random, n: int, rate: float) -> list[int]:
    """Indices of about ``rate`` of ``n`` items, at least one (none when there are none)."""
    if n == 0:
        return []
    return sorted(rng.sample(range(n), min(n, max(1, round(rate * n)))))


def _changed(name: str, before: str, after: str) -> str:
    if after == before:
        raise ValueError(f"{name} left {before!r} unchanged: give it a longer text")
    return after


# -- single typos in one word (position i is never 0: first letters survive) --------------------


def swap_letters(word: str, i: int) -> str:
    """Letters ``i`` and ``i + 1`` exchanged ("sleep" -> "slepe" at 3)."""
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def drop_letter(word: str, i: int) -> str:
    """Letter ``i`` left out ("better" -> "beter" at 2)."""
    return word[:i] + word[i + 1 :]


def double_letter(word: str, i: int) -> str:
    """Letter ``i`` typed twice ("tips" -> "tipps" at 2)."""
    return word[:i] + word[i] + word[i:]


def neighbour_key(word: str, i: int, rng: random.Random) -> str:
    """Letter ``i`` replaced by a neighbouring key on a QWERTY keyboard, case kept ("good" -> "giod")."""
    letter = word[i]
    slipped = rng.choice(_NEIGHBOURS[letter.lower()])
    return word[:i] + (slipped.upper() if letter.isupper() else slipped) + word[i + 1 :]


def one_typo(word: str, rng: random.Random) -> str:
    """One of the four typos at a random inner position of a word of four or more letters."""
    kind = rng.choice(("swap", "drop", "double", "neighbour"))
    if kind == "swap":
        spots = [i for i in range(1, len(word) - 1) if word[i].lower() != word[i + 1].lower()]
        if spots:
            return swap_letters(word, rng.choice(spots))
        kind = "drop"  # "aaaa" has nothing to swap
    i = rng.randrange(1, len(word))
    if kind == "drop":
        return drop_letter(word, i)
    if kind == "double":
        return double_letter(word, i)
    return neighbour_key(word, i, rng)


def _per_word(text: str, pattern: re.Pattern[str], rng: random.Random, rate: float, fn: Callable[[str], str]) -> str:
    """``fn`` applied to about ``rate`` of the words ``pattern`` finds (at least one)."""
    spans = [m.span() for m in pattern.finditer(text)]
    out = text
    for index in reversed(_pick(rng, len(spans), rate)):  # right to left: earlier spans stay valid
        start, end = spans[index]
        out = out[:start] + fn(out[start:end]) + out[end:]
    return out


# -- natural noise ---------------------------------------------------------------------------------


def typo(text: str, rng: random.Random, rate: float = 0.25) -> str:
    """About ``rate`` of the long words (at least one) get one typo: swapped, dropped, doubled or
    neighbouring-key letter."""
    return _changed("typo", text, _per_word(text, _LONG_WORD, rng, rate, lambda w: one_typo(w, rng)))


def random_casing(text: str, rng: random.Random) -> str:
    """Each letter upper- or lower-cased at random."""
    out = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)
    return out if out != text else text.swapcase()


def casing(text: str, rng: random.Random) -> str:
    """The letters' case changed, nothing else: all lower case, all capitals, or random case."""
    mode = rng.choice(("lower", "upper", "random"))
    out = text.lower() if mode == "lower" else text.upper() if mode == "upper" else random_casing(text, rng)
    return out if out != text else text.upper()


def spacing(text: str, rng: random.Random, rate: float = 0.3) -> str:
    """About ``rate`` of the spaces between words (at least one) dropped or doubled."""
    gaps = [m.start() for m in _GAP.finditer(text)]
    out = text
    for index in reversed(_pick(rng, len(gaps), rate)):
        at = gaps[index]
        out = out[:at] + rng.choice(("", "  ", "   ")) + out[at + 1 :]
    return _changed("spacing", text, out)


# -- rewrites of an instruction (adversarial instructions) --------------------------------------------

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leetspeak(text: str, rng: random.Random, rate: float = 0.4) -> str:
    """About ``rate`` of the long words written with digits for letters ("sleep" -> "5l33p")."""

    def leet(word: str) -> str:
        return "".join(_LEET.get(c.lower(), c) for c in word)

    return _changed("leetspeak", text, _per_word(text, _LONG_WORD, rng, rate, leet))


def extra_spaces(text: str, rng: random.Random, rate: float = 0.4) -> str:
    """About ``rate`` of the spaces between words widened to two to four spaces."""
    gaps = [m.start() for m in _GAP.finditer(text)]
    out = text
    for index in reversed(_pick(rng, len(gaps), rate)):
        at = gaps[index]
        out = out[:at] + " " * rng.randint(2, 4) + out[at + 1 :]
    return _changed("extra_spaces", text, out)


def missing_spaces(text: str, rng: random.Random, rate: float = 0.3) -> str:
    """About ``rate`` of the spaces between words left out, running words together."""
    gaps = [m.start() for m in _GAP.finditer(text)]
    out = text
    for index in reversed(_pick(rng, len(gaps), rate)):
        out = out[: gaps[index]] + out[gaps[index] + 1 :]
    return _changed("missing_spaces", text, out)


FILLERS = ("um", "like", "you know", "basically", "kind of", "honestly", "I guess", "so")


def filler_words(text: str, rng: random.Random, rate: float = 0.2) -> str:
    """Spoken fillers ("um", "you know") inserted before about ``rate`` of the words."""
    words = text.split(" ")
    for index in reversed(_pick(rng, len(words), rate)):
        words.insert(index, rng.choice(FILLERS) + ",")
    return _changed("filler_words", text, " ".join(words))


def word_swap(text: str, rng: random.Random) -> str:
    """Two neighbouring words exchanged, once ("Give three tips" -> "Give tips three")."""
    words = text.split(" ")
    plain = [i for i in range(len(words) - 1) if _WORD.fullmatch(words[i]) and _WORD.fullmatch(words[i + 1])]
    plain = [i for i in plain if words[i].lower() != words[i + 1].lower()]
    if not plain:
        raise ValueError(f"word_swap: no two neighbouring plain words in {text!r}")
    i = rng.choice(plain)
    words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


DISTRACTING_PREFIXES = (
    "Sorry, my cat just walked across the keyboard. Anyway,",
    "I'm typing this on the bus so bear with me.",
    "Quick one before my meeting starts:",
    "My friend and I were arguing about pizza toppings earlier, but that's not my question.",
    "It's raining here again today. Unrelated, but",
    "I just got back from the gym and my coffee is cold.",
    "Ignore the noise in the background, my neighbour is drilling.",
    "Half asleep right now, so here goes:",
)


def distracting_prefix(text: str, rng: random.Random) -> str:
    """An unrelated remark put in front of the instruction (lower-cased after a comma or colon)."""
    prefix = rng.choice(DISTRACTING_PREFIXES)
    if prefix.endswith((",", ":")):
        text = text[0].lower() + text[1:]
    return f"{prefix} {text}"


# Replacements that keep the sense of an instruction's common words (checked by hand per word).
SYNONYMS = {
    "give": "provide",
    "list": "name",
    "explain": "describe",
    "describe": "explain",
    "write": "compose",
    "suggest": "recommend",
    "tips": "suggestions",
    "ways": "methods",
    "ideas": "suggestions",
    "steps": "stages",
    "short": "brief",
    "simple": "easy",
    "easy": "simple",
    "quick": "fast",
    "main": "chief",
    "important": "significant",
    "help": "assist",
    "people": "folks",
    "someone": "somebody",
    "improve": "boost",
    "choose": "pick",
    "common": "frequent",
    "benefits": "advantages",
    "child": "kid",
    "start": "begin",
}


def synonym_swap(text: str, rng: random.Random, rate: float = 0.5) -> str:
    """About ``rate`` of the words that have an entry in :data:`SYNONYMS` (at least one) replaced,
    capitalisation kept."""
    spans = [m.span() for m in _WORD.finditer(text) if m.group().lower() in SYNONYMS]
    if not spans:
        raise ValueError(f"synonym_swap: no word of {text!r} has a synonym listed")
    out = text
    for index in reversed(_pick(rng, len(spans), rate)):
        start, end = spans[index]
        word = out[start:end]
        new = SYNONYMS[word.lower()]
        out = out[:start] + (new.capitalize() if word[0].isupper() else new) + out[end:]
    return out


_STRAY = ("!!", "?", ",,", "...", ";", " -", "!?")


def punctuation_noise(text: str, rng: random.Random, rate: float = 0.25) -> str:
    """Stray punctuation ("!!", ",,", "...") after about ``rate`` of the words."""
    return _changed("punctuation_noise", text, _per_word(text, _WORD, rng, rate, lambda w: w + rng.choice(_STRAY)))


def repeated_words(text: str, rng: random.Random, rate: float = 0.2) -> str:
    """About ``rate`` of the words typed twice ("Give give three tips")."""
    return _changed("repeated_words", text, _per_word(text, _WORD, rng, rate, lambda w: f"{w} {w.lower()}"))


NATURAL: dict[str, Perturbation] = {"typo": typo, "casing": casing, "spacing": spacing}
"""The generated kinds of natural noise (paraphrases are written by hand)."""

INSTRUCTION: dict[str, Perturbation] = {
    "typo": typo,
    "leetspeak": leetspeak,
    "extra_spaces": extra_spaces,
    "missing_spaces": missing_spaces,
    "random_casing": random_casing,
    "filler_words": filler_words,
    "word_swap": word_swap,
    "distracting_prefix": distracting_prefix,
    "synonym_swap": synonym_swap,
    "punctuation_noise": punctuation_noise,
    "repeated_words": repeated_words,
}
"""The rewrites of an instruction, by kind."""


def perturb(kind: str, text: str, seed: str) -> str:
    """``kind`` of perturbation applied to ``text`` with a generator seeded by ``seed`` (a string, so the
    result does not depend on Python's hash randomisation)."""
    table = NATURAL if kind in NATURAL else INSTRUCTION
    return table[kind](text, random.Random(seed))
