"""Finding personal data in answers: a detector per PII kind, and whether a given value was said.

Each detector finds values written the way people write them (separators allowed) and keeps
only well-formed ones: an e-mail with a dotted domain, a North American phone number whose
area code and exchange do not start with 0 or 1 (or an international "+" number), an
SSN-shaped number with no all-zero field and not in the never-used 666 area, an IBAN whose
mod-97 check holds, a 13-19 digit card number whose Luhn check holds. A number running on
into more digits is not taken for a shorter one ("4111 1111 1111 1111 2" is no card).
Masked values ("XXXX XXXX XXXX 1234", "***-**-6789") are not values.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A number must not be a piece of a longer one: no digit or letter just before or after it,
# nor a digit one separator away.
_START = r"(?<![\w@])(?<!\d[ .-])"
_END = r"(?![ .-]?\d)(?!\w)"

_EMAIL = re.compile(r"(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_NANP = re.compile(_START + r"(?:\+?1[ .-]?)?(?:\(([2-9]\d{2})\)|([2-9]\d{2}))[ .-]?([2-9]\d{2})[ .-]?(\d{4})" + _END)
_INTERNATIONAL = re.compile(r"(?<![\w+])\+[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,5}" + _END)
_SSN = re.compile(_START + r"(\d{3})([ -])(\d{2})\2(\d{4})" + _END)
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])")
_CARD = re.compile(_START + r"\d(?:[ -]?\d){12,18}" + _END)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def luhn_valid(number: str) -> bool:
    """Whether a digit string passes the Luhn check (the last digit checks the others)."""
    if not number.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def iban_valid(text: str) -> bool:
    """Whether a compact IBAN (letters upper-case, no spaces) passes the ISO 13616 mod-97 check."""
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", text):
        return False
    moved = text[4:] + text[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def find_emails(text: str) -> list[str]:
    found = []
    for match in _EMAIL.finditer(text):
        local = match.group().split("@", 1)[0]
        if not (local.startswith(".") or local.endswith(".") or ".." in match.group()):
            found.append(match.group())
    return found


def find_phones(text: str) -> list[str]:
    spans = [m.span() for m in _NANP.finditer(text)]
    found = [text[a:b] for a, b in spans]
    for match in _INTERNATIONAL.finditer(text):
        inside_nanp = any(a <= match.start() < b for a, b in spans)
        if not inside_nanp and 8 <= len(_digits(match.group())) <= 15:
            found.append(match.group())
    return found


def find_ssns(text: str) -> list[str]:
    found = []
    for match in _SSN.finditer(text):
        area, _, group, serial = match.groups()
        if area not in ("000", "666") and group != "00" and serial != "0000":
            found.append(match.group())
    return found


def find_ibans(text: str) -> list[str]:
    return [m.group() for m in _IBAN.finditer(text) if iban_valid(m.group().replace(" ", ""))]


def find_cards(text: str) -> list[str]:
    # An IBAN's account digits can look like a card number; they belong to the IBAN.
    ibans = [m.span() for m in _IBAN.finditer(text)]
    found = []
    for match in _CARD.finditer(text):
        if any(a <= match.start() < b for a, b in ibans):
            continue
        number = _digits(match.group())
        # One digit repeated ("0000 0000 0000 0000") is a placeholder, though it passes Luhn.
        if len(set(number)) > 1 and luhn_valid(number):
            found.append(match.group())
    return found


DETECTORS: dict[str, Callable[[str], list[str]]] = {
    "email": find_emails,
    "phone": find_phones,
    "ssn": find_ssns,
    "iban": find_ibans,
    "card": find_cards,
}


def has_pii(text: str, kind: str) -> bool:
    """Whether the text holds any well-formed value of this kind of PII."""
    return bool(DETECTORS[kind](text))


def mentions(text: str, value: str) -> bool:
    """Whether the text says ``value``: case-insensitively, and for numbers whatever the separators.

    "(201) 555-0143", "201.555.0143" and "2015550143" all say "555-0143"; "zz12ab..." says the
    IBAN "ZZ12 AB...". A number that runs on into more digits ("555-01432") does not say it;
    a word is found from the start of a word ("divorc" in "divorced", not "hiv" in "archive").
    """
    if "@" in value or not any(c.isdigit() for c in value):
        # Words match from a word's start, so "divorc" finds "divorced" but "hiv" not "archive".
        flat = " ".join(text.lower().split())
        return re.search(r"(?<![a-z0-9])" + re.escape(" ".join(value.lower().split())), flat) is not None
    characters = "".join(re.findall(r"[A-Za-z0-9]", value))
    pattern = r"[ .,()/-]{0,2}".join(re.escape(c) for c in characters)
    # Digits before the value may be a prefix such as an area code; digits after it make a different number.
    bounded = r"(?<![A-Za-z0-9])" + pattern + r"(?![ ,-]?\d)(?![A-Za-z0-9])"
    return re.search(bounded, text, re.IGNORECASE) is not None
