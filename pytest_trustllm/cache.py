"""The persistent answer store: one SQLite file, keyed by everything that changes an answer
(and by classifier identity and text, for learned scorers' verdicts)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .models.base import Conversation, GenerationParams

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    answer TEXT NOT NULL,
    created REAL NOT NULL
)
"""


def answer_key(identity: str, conversation: Conversation, params: GenerationParams) -> str:
    """The cache key: the model's identity, the exact messages and every generation parameter."""
    payload = {"model": identity, "messages": list(conversation), "params": params.as_dict()}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def classification_key(identity: str, text: str) -> str:
    """The cache key of a classifier's verdict on a text."""
    payload = {"classifier": identity, "text": text}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class AnswerCache:
    """Answers by key. Only answers are stored, never errors, so a failure is retried next run.

    WAL mode and a busy timeout let pytest-xdist workers share the file.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
            self._set_up(self._db)

    @staticmethod
    def _set_up(db: sqlite3.Connection, attempts: int = 100) -> None:
        """WAL mode and the table. Switching a new file to WAL can fail at once with "database is locked"
        when xdist workers open it together (SQLite does not wait on its busy timeout there): retry."""
        for attempt in range(attempts):
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(_SCHEMA)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (1 + attempt % 10))

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        if self._db is None or not keys:
            return {}
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key, answer FROM answers WHERE key IN ({marks})", chunk)
            found.update(rows.fetchall())
        return found

    def put_many(self, model: str, items: Iterable[tuple[str, str]]) -> None:
        if self._db is None:
            return
        now = time.time()
        rows = [(k, model, a, now) for k, a in items]
        self._db.execute("BEGIN IMMEDIATE")  # one transaction per batch, not one per row
        try:
            self._db.executemany("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", rows)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def stats(self) -> Mapping[str, Any]:
        if self._db is None:
            return {"enabled": False}
        (count,) = self._db.execute("SELECT COUNT(*) FROM answers").fetchone()
        return {"enabled": True, "path": str(self.path), "answers": count}

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
