"""The persistent answer store: one SQLite file, keyed by everything that changes an answer
(and by classifier identity and text, for learned scorers' verdicts)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
import uuid
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest

from .models.base import Conversation, GenerationParams

T = TypeVar("T")

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


SCHEMA_VERSION = 1
"""``PRAGMA user_version`` of the files this version writes; a file of a newer version is left alone."""
_COLUMNS = ["key", "model", "answer", "created"]


class CacheProblem(Exception):
    """The cache file cannot be used; the message names the file and the fix."""


class AnswerCache:
    """Answers by key. Only answers are stored, never errors, so a failure is retried next run.

    WAL mode and a busy timeout let pytest-xdist workers share the file. A file that cannot be
    used (corrupt, truncated, another program's, read-only, locked too long, or a folder where
    the file should be) never fails a test: the run goes on without the cache and says so once
    (:attr:`problem`); a damaged file is first renamed aside for inspection and a fresh one started.
    """

    lock_timeout: float = 60.0
    """Seconds to wait for another process's write lock before going on without the cache."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.problem: str | None = None
        """Why the cache was set aside or is off in this run (shown once as a warning), or None."""
        self._db: sqlite3.Connection | None = None
        if path is not None:
            self._guard(self._open)

    # -- opening ----------------------------------------------------------------

    def _open(self) -> None:
        assert self.path is not None
        if self.path.parent.exists() and not self.path.parent.is_dir():
            raise CacheProblem(f"{self.path.parent} is a file, not a folder; point --trust-cache-dir at a folder")
        if self.path.is_dir():
            raise CacheProblem(f"{self.path} is a folder, not the cache file; move it away")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=self.lock_timeout, isolation_level=None, check_same_thread=False)
        try:
            self._set_up(db)
            self._check_schema(db)
        except BaseException:
            db.close()
            raise
        self._db = db

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

    def _check_schema(self, db: sqlite3.Connection) -> None:
        (version,) = db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise CacheProblem(
                f"{self.path} was written by a newer pytest-trustllm (cache schema {version}); upgrade, "
                "or point --trust-cache-dir elsewhere"
            )
        tables = sorted(name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        if tables != ["answers"]:
            raise sqlite3.DatabaseError(f"holds tables {tables}: another program's database, not an answer cache")
        columns = [row[1] for row in db.execute("PRAGMA table_info(answers)")]
        if columns != _COLUMNS:
            raise sqlite3.DatabaseError(f"table answers has columns {columns}, not {_COLUMNS}")
        if version < SCHEMA_VERSION:
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.execute("SELECT key FROM answers LIMIT 1").fetchall()  # a truncated file fails here, not in a test

    # -- problems ---------------------------------------------------------------

    def _guard(self, action: Callable[[], T], fallback: T | None = None) -> T | None:
        """``action()``; a cache problem turns the cache off for the run (after setting a damaged file aside)."""
        try:
            return action()
        except (sqlite3.Error, CacheProblem, OSError) as exc:
            self._give_up(exc)
            return fallback

    def _give_up(self, exc: BaseException) -> None:
        assert self.path is not None
        inode = self._inode()
        self.close()
        text = str(exc)
        if isinstance(exc, CacheProblem):
            self.problem = f"{text}; going on without the answer cache"
        elif "readonly" in text or isinstance(exc, PermissionError):
            self.problem = (
                f"{self.path} is read-only ({text}); going on without the answer cache: make the file and its "
                "folder writable, or point --trust-cache-dir elsewhere"
            )
        elif "locked" in text:
            self.problem = (
                f"{self.path} stayed locked by another process for {self.lock_timeout:g} s; going on without "
                "the answer cache: end the other run, or give this one its own --trust-cache-dir"
            )
        elif isinstance(exc, sqlite3.DatabaseError) and inode is not None:
            self.problem = self._set_aside(exc, inode)
        else:
            self.problem = f"{self.path}: {text}; going on without the answer cache"
        warnings.warn(CacheWarning(f"pytest-trustllm: answer cache: {self.problem}"), stacklevel=3)

    def _set_aside(self, exc: BaseException, inode: int) -> str:
        """Rename a damaged file (not one another process already replaced) and start a fresh cache."""
        assert self.path is not None
        aside = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}")
        if self._inode() == inode:  # an xdist worker may have set it aside and started afresh already
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{self.path}{suffix}").rename(f"{aside}{suffix}")
        try:
            self._open()
        except (sqlite3.Error, CacheProblem, OSError) as again:
            self.close()
            return f"{self.path} is damaged ({exc}), set aside as {aside.name}; a fresh cache failed too ({again})"
        return f"{self.path} was damaged ({exc}); set aside as {aside.name} and a fresh cache started"

    def _inode(self) -> int | None:
        try:
            return os.stat(self.path).st_ino if self.path is not None else None
        except OSError:
            return None

    # -- answers ------------------------------------------------------------------

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        if self._db is None or not keys:
            return {}
        return self._guard(lambda: self._get_many(keys), {}) or {}

    def _get_many(self, keys: Sequence[str]) -> dict[str, str]:
        assert self._db is not None
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
        rows = [(k, model, a, time.time()) for k, a in items]
        self._guard(lambda: self._put_many(rows))

    def _put_many(self, rows: list[tuple[str, str, str, float]]) -> None:
        assert self._db is not None
        self._db.execute("BEGIN IMMEDIATE")  # one transaction per batch, not one per row
        try:
            self._db.executemany("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", rows)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def stats(self) -> Mapping[str, Any]:
        if self._db is None:
            return {"enabled": False, **({"problem": self.problem} if self.problem else {})}
        (count,) = self._db.execute("SELECT COUNT(*) FROM answers").fetchone()
        return {"enabled": True, "path": str(self.path), "answers": count}

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class CacheWarning(pytest.PytestWarning):
    """The answer cache could not be used in this run (the run went on without it)."""
