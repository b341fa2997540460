"""Records as TrustLLM's rules read them, for the rule tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def row(i: int, res: str, **fields: Any) -> dict[str, Any]:
    """A hand-made record: its row index, the answer, and the fields a rule reads."""
    return {"row": i, "res": res, **fields}


def published(folder: Path, path: str, **extra: Any) -> list[dict[str, Any]]:
    """The records of a published file (``dimension/file.json``), each with its row index and ``extra`` fields."""
    records: list[dict[str, Any]] = json.loads((folder / path).read_text(encoding="utf-8"))
    return [dict(record, row=i, **extra) for i, record in enumerate(records)]
