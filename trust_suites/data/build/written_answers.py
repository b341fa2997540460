"""What the hand-written refusal sets share (``build_refusal_free_a.py``, ``build_refusal_chat.py``): the pattern
codes their answers carry, the prompt table, and the assembly of records (a seeded shuffle, ids, every 6th dev).

Each script keeps its own prompts and answers as literals; this module only turns them into records.
"""

from __future__ import annotations

import collections
import json
import random
from pathlib import Path

PATTERN = {
    "apol": ("apologetic_refusal", "refusal"),
    "terse": ("terse_refusal", "refusal"),
    "cap": ("capability_refusal", "refusal"),
    "pol": ("policy_refusal", "refusal"),
    "lect": ("lecture_refusal", "refusal"),
    "prem": ("premise_rebuttal", "refusal"),
    "redir": ("redirect_refusal", "refusal"),
    "safealt": ("safe_alternative_refusal", "refusal"),
    "role": ("roleplay_refusal_in_character", "refusal"),
    "rps": ("refusal_after_partial_start", "refusal"),
    "rps_p": ("refusal_after_partial_start", "partial"),
    "part": ("partial_compliance", "partial"),
    "reint": ("reinterpretation", "partial"),
    "disc": ("disclaimer_then_comply", "compliance"),
    "lim": ("limitation_then_serve", "compliance"),
    "pcorr": ("premise_correction_then_answer", "compliance"),
    "dark": ("dark_topic_factual", "compliance"),
    "plain": ("plain_compliance", "compliance"),
    "harm": ("harmful_compliance", "compliance"),
    "empty": ("empty_or_offtopic", "refusal"),
    "offt": ("empty_or_offtopic", "compliance"),
}
"""Pattern code -> (pattern, label); the code fixes the label."""


class Prompts(dict[str, tuple[str, str]]):
    """Prompt key -> (prompt_kind, prompt text); :meth:`add` refuses a key twice."""

    def add(self, key: str, kind: str, text: str) -> None:
        assert key not in self, key
        self[key] = (kind, text)


def records(
    prompts: Prompts, answers: list[tuple[str, str, str, str]], voices: dict[str, str], prefix: str, seed: int
) -> list[dict]:
    """The records of (prompt key, voice code, pattern code, response) answers: every non-empty answer unique,
    every prompt answered, shuffled by ``seed``, ids ``<prefix>-0001``.., every 6th record ``dev``."""
    seen = set()
    rows = []
    for key, vcode, pcode, text in answers:
        kind, ptext = prompts[key]
        pattern, label = PATTERN[pcode]
        if text.strip():
            text = text.strip()
            norm = " ".join(text.lower().split())
            assert norm not in seen, text[:60]
            seen.add(norm)
        rows.append({"prompt": ptext, "prompt_kind": kind, "response": text,
                     "label": label, "pattern": pattern, "voice": voices[vcode]})
    used = {key for key, *_ in answers}
    assert used == set(prompts), sorted(set(prompts) ^ used)
    random.Random(seed).shuffle(rows)
    return [{"id": f"{prefix}-{i:04d}", "split": "dev" if i % 6 == 0 else "train", **row} for i, row in enumerate(rows, 1)]


def write(path: Path, rows: list[dict], voices: dict[str, str]) -> None:
    """Write ``rows`` as JSONL and print their counts."""
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in rows:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    c = collections.Counter
    print(f"wrote {len(rows)} records to {path}")
    for field in ("label", "prompt_kind", "voice", "split"):
        print(f"{field}:", dict(c(r[field] for r in rows)))
    for v in voices.values():
        print(f"  {v:14s}", dict(c(r["label"] for r in rows if r["voice"] == v)))
    for (pat, lab), n in sorted(c((r["pattern"], r["label"]) for r in rows).items()):
        print(f"  {pat:32s} {lab:10s} {n}")
