"""``--trust-report PATH.json``: every checked metric, machine-readable."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1


def write_json(
    path: Path,
    records: Sequence[Mapping[str, Any]],
    models: Mapping[str, Mapping[str, Any]],
    settings: Mapping[str, Any],
) -> None:
    """Write atomically, so a reader never sees half a report."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "settings": dict(settings),
        "models": dict(models),
        "metrics": sorted(records, key=lambda r: (r["model"], r["test"], r["metric"])),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
