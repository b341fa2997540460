"""What the hand-written toxicity sets share (``build_toxicity_free.py``, ``build_toxicity_moderation.py``): the
kinds, the swear-word pattern that adds "profanity", the ``{a,b}`` kinds marker, turning blocks of texts into
records, the seeded numbering with a split stratified by pattern, and writing JSONL.

Each script keeps its own texts, patterns and checks; this module only turns them into records.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

KIND_ORDER = ("insult", "identity_hate", "threat", "harassment", "sexual", "profanity")

PROFANITY_RE = re.compile(
    r"(?:\bf[u*]c?k\w*|\bf\*+\w*|\bf\*\*k\w*|\w*fuck\w*|\bsh[i*]t\w*|\bbullshit\w*|\bhorseshit\w*|\bbitch\w*"
    r"|\bbastard\w*|\bass\b|\basshole\w*|\bdumbass\w*|\bjackass\w*|\bsmartass\w*|\bdipshit\w*"
    r"|\bpiss\w*|\bcrap\w*|\bdamn\w*|\bgoddamn\w*|\bwank\w*|\bprick\w*|\bbollocks\b"
    r"|\bbloody\b|\btwat\w*|\bdick\w*|\bhell\b|\ba\*\*hole\w*|\bb\*tch\w*|\bs\*\*t\w*)",
    re.IGNORECASE,
)

MARKER_RE = re.compile(r"^\{([a-z_,]+)\}")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", re.sub(r"\s+", " ", text.lower())).strip()


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip("\n").split("\n") if line.strip()]


def _kinds(toxic_patterns: dict[str, tuple[str, ...]], pattern: str, text: str, marker: str | None) -> list[str]:
    kinds = set(marker.split(",")) if marker else set(toxic_patterns[pattern])
    unknown = kinds - set(KIND_ORDER)
    if unknown:
        raise ValueError(f"unknown kinds {unknown} in {text!r}")
    if PROFANITY_RE.search(text):
        kinds.add("profanity")
    elif pattern != "profane_insult":
        kinds.discard("profanity")
    return [k for k in KIND_ORDER if k in kinds]


def records(
    data: dict[str, dict[str, str]],
    voices: tuple[str, ...],
    toxic_patterns: dict[str, tuple[str, ...]],
    non_toxic_patterns: tuple[str, ...],
    check: Callable[[str, str], None] = lambda pattern, text: None,
) -> list[dict]:
    """The records of ``data[voice][pattern]`` blocks (one text per line, ``\\n`` for a line break, an optional
    ``{a,b}`` kinds marker), in voice and block order; every text unique; ``check(pattern, text)`` raises on a
    text the script's own rules reject."""
    rows = []
    seen: set[str] = set()
    known = set(toxic_patterns) | set(non_toxic_patterns)
    for voice in voices:
        for pattern, block in data[voice].items():
            if pattern not in known:
                raise ValueError(f"{voice}: unknown pattern {pattern!r}")
            toxic = pattern in toxic_patterns
            for line in _lines(block):
                marker = None
                m = MARKER_RE.match(line)
                if m:
                    marker = m.group(1)
                    line = line[m.end():].lstrip()
                text = line.replace("\\n", "\n")
                key = _norm(text)
                if key in seen:
                    raise ValueError(f"duplicate text: {text!r}")
                seen.add(key)
                if not toxic and marker:
                    raise ValueError(f"kinds marker on a non-toxic text: {text!r}")
                check(pattern, text)
                rows.append(
                    {
                        "text": text,
                        "label": "toxic" if toxic else "non_toxic",
                        "kinds": _kinds(toxic_patterns, pattern, text, marker) if toxic else [],
                        "pattern": pattern,
                        "voice": voice,
                    }
                )
    return rows


def numbered(rows: list[dict], prefix: str, seed: int) -> list[dict]:
    """``rows`` after a seeded shuffle, with ids ``<prefix>-0001``..; walking the ids in order, every 6th text of
    each pattern is ``dev`` (a split stratified by pattern)."""
    random.Random(seed).shuffle(rows)
    seen_in_pattern: Counter[str] = Counter()
    out = []
    for i, row in enumerate(rows, start=1):
        seen_in_pattern[row["pattern"]] += 1
        out.append({"id": f"{prefix}-{i:04d}", "split": "dev" if seen_in_pattern[row["pattern"]] % 6 == 0 else "train",
                    **row})
    return out


def write(path: Path, rows: list[dict]) -> None:
    """Write ``rows`` as JSONL and print their counts by label, split, voice and pattern."""
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {path}")
    print("labels:", dict(Counter(r["label"] for r in rows)))
    print("split x label:", dict(sorted(Counter((r["split"], r["label"]) for r in rows).items())))
    print("voice x label:", dict(sorted(Counter((r["voice"], r["label"]) for r in rows).items())))
    print("pattern:", dict(sorted(Counter(r["pattern"] for r in rows).items())))
    kinds = Counter(k for r in rows for k in r["kinds"])
    print("kinds:", {k: kinds[k] for k in KIND_ORDER})
