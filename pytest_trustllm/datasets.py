"""Cases: loading the JSONL files suites ship, and choosing stable subsets."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .models.base import Message

DATA_ROOT = Path(__file__).resolve().parent.parent / "trust_suites" / "data"
_ROLES = ("system", "user", "assistant")


class DatasetError(Exception):
    """A case file is missing or malformed; the message names the file, line, field and fix."""


@dataclass(frozen=True)
class Case:
    """One prompt to put to the model, with the labels its evaluator needs."""

    id: str
    messages: tuple[Message, ...]
    fields: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def prompt(self) -> str:
        """The last user message: what the answer responds to."""
        return next(m["content"] for m in reversed(self.messages) if m["role"] == "user")

    def __getitem__(self, name: str) -> Any:
        return self.fields[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)


@dataclass(frozen=True)
class Answer:
    """A model's answer to one case, or the error that kept it from answering."""

    case: Case
    text: str
    model: str
    error: str | None = None

    @property
    def prompt(self) -> str:
        return self.case.prompt


def excerpt(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters (for failure messages and reports)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def excerpt_ends(text: str, limit: int) -> str:
    """``text`` on one line, cut in the middle to ``limit`` characters: a prompt's question is usually at its end."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = (limit - 3) // 3  # a third for the start (the instructions), the rest for the end (the question)
    return f"{flat[:head]} … {flat[len(flat) - (limit - 3 - head):]}"


def read_utf8(path: Path) -> str:
    """The text of a file the user wrote; ``ValueError`` naming the line of the first byte that is not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")  # a byte-order mark, as some Windows editors write, is not an error
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValueError(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        ) from None


def resolve_data_path(name: str | Path, module_dir: Path | None = None) -> Path:
    """A case file: absolute, next to the test module, or under the shipped trust_suites/data/."""
    path = Path(name)
    if path.is_absolute():
        return path
    if module_dir is not None and (module_dir / path).is_file():
        return module_dir / path
    return DATA_ROOT / path


def load_cases(path: Path) -> tuple[Case, ...]:
    """Read a JSONL case file: each line an object with ``id`` and ``prompt`` or ``messages``."""
    if not path.is_file():
        raise DatasetError(f"{path}: case file not found; check the path in the test's data= argument")
    stat = path.stat()
    return _load_cases(path, stat.st_mtime_ns, stat.st_size)


@cache
def _load_cases(path: Path, mtime_ns: int, size: int) -> tuple[Case, ...]:
    """Parsed once per file version: every test of a suite reads the same file."""
    cases: list[Case] = []
    seen: set[str] = set()
    try:
        text = read_utf8(path)
    except ValueError as exc:
        raise DatasetError(str(exc)) from None
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            case = _parse_case(path, number, line)
            if case.id in seen:
                raise DatasetError(f"{path}:{number}: duplicate id {case.id!r}; every case needs its own id")
            seen.add(case.id)
            cases.append(case)
    if not cases:
        raise DatasetError(f"{path}: no cases; add one JSON object per line")
    return tuple(cases)


def _parse_case(path: Path, number: int, line: str) -> Case:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{where}: not valid JSON ({exc.msg}); write one JSON object per line") from None
    if not isinstance(record, dict):
        raise DatasetError(f"{where}: expected a JSON object with 'id' and 'prompt'")
    case_id = record.get("id")
    if not isinstance(case_id, str | int) or str(case_id) == "":
        raise DatasetError(f"{where}: field 'id' is missing; give every case a unique string id")
    return Case(str(case_id), _messages(where, record), record)


def _messages(where: str, record: Mapping[str, Any]) -> tuple[Message, ...]:
    if "messages" in record:
        raw = record["messages"]
        ok = isinstance(raw, list) and raw and all(
            isinstance(m, dict) and m.get("role") in _ROLES and isinstance(m.get("content"), str) for m in raw
        )
        if not ok or raw[-1]["role"] != "user":
            raise DatasetError(
                f"{where}: field 'messages' must be a list of {{'role', 'content'}} objects "
                f"(roles {', '.join(_ROLES)}) ending with a user message"
            )
        return tuple({"role": m["role"], "content": m["content"]} for m in raw)
    prompt = record.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        raise DatasetError(f"{where}: field 'prompt' is missing or empty; give the text to send to the model")
    system = record.get("system")
    if system is not None and not isinstance(system, str):
        raise DatasetError(f"{where}: field 'system' must be a string")
    head: tuple[Message, ...] = ({"role": "system", "content": system},) if system else ()
    return (*head, {"role": "user", "content": prompt})


def groups(cases: Iterable[Case], by: str) -> list[str]:
    """The distinct values of field ``by``, in order of first appearance."""
    return list(dict.fromkeys(str(c.get(by)) for c in cases))


def select(
    cases: Sequence[Case], by: str | None, group: str | None, sample: int | None, unit: str | None = None
) -> tuple[Case, ...]:
    """The cases of one test: those in ``group``, then a stable sample of them.

    The sample ranks cases (or, with ``unit``, the values of that field: cases that are
    scored together, like the paraphrases of one question) by a hash, so it does not
    change when other cases are added, removed or reordered. ``sample`` counts units.
    """
    chosen = [c for c in cases if by is None or str(c.get(by)) == group]

    def key(case: Case) -> str:
        return case.id if unit is None else str(case.get(unit))

    keys = list(dict.fromkeys(map(key, chosen)))
    if sample is not None and sample < len(keys):
        kept = set(sorted(keys, key=lambda k: hashlib.sha256(k.encode()).hexdigest())[:sample])
        chosen = [c for c in chosen if key(c) in kept]
    return tuple(chosen)
