"""One generation pass per model: cache first, then length-sorted batches, with progress."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .cache import AnswerCache, answer_key
from .datasets import Answer, Case
from .models.base import GenerationParams, Model

Write = Callable[[str, bool], None]
"""Shows a progress line; the flag says whether it is the last line of the pass."""


@dataclass
class PassStats:
    """What one model's generation did in this session (for the summary and the report)."""

    requested: int = 0
    cached: int = 0
    generated: int = 0
    seconds: float = 0.0


@dataclass
class Runner:
    """Answers cases for models, generating only what neither memory nor the cache holds."""

    cache: AnswerCache
    params: GenerationParams
    write: Write = lambda line, final: None
    stats: dict[str, PassStats] = field(default_factory=dict)
    _memory: dict[str, str] = field(default_factory=dict)

    def answers(self, name: str, model: Model, cases: Sequence[Case], batch_size: int) -> list[Answer]:
        """The answers of ``model`` (shown as ``name``) to ``cases``, generated if needed."""
        keys = [answer_key(model.identity, c.messages, self.params) for c in cases]
        self.prefetch(name, model, cases, batch_size, keys)
        return [Answer(case, self._memory[key], name) for case, key in zip(cases, keys, strict=True)]

    def prefetch(
        self, name: str, model: Model, cases: Sequence[Case], batch_size: int, keys: Sequence[str] | None = None
    ) -> None:
        """Make sure every case has an answer in memory, in one batched pass."""
        keys = keys or [answer_key(model.identity, c.messages, self.params) for c in cases]
        # Keyed by the answer key, so cases with identical messages are generated once.
        todo = {k: c for k, c in zip(keys, cases, strict=True) if k not in self._memory}
        if not todo:
            return
        stats = self.stats.setdefault(name, PassStats())
        stats.requested += len(todo)
        found = self.cache.get_many(list(todo))
        self._memory.update(found)
        stats.cached += len(found)
        missing = [(k, c) for k, c in todo.items() if k not in found]
        if missing:
            self._generate(name, model, missing, batch_size, stats, cached=len(found))

    def _generate(
        self,
        name: str,
        model: Model,
        missing: list[tuple[str, Case]],
        batch_size: int,
        stats: PassStats,
        cached: int,
    ) -> None:
        # Similar lengths in one batch waste less compute on padding.
        missing.sort(key=lambda kc: sum(len(m["content"]) for m in kc[1].messages))
        total, done, start = len(missing), 0, time.perf_counter()
        self.write(f"trustllm: {name}: generating {total} answers ({cached} cached)", False)
        for i in range(0, total, batch_size):
            batch = missing[i : i + batch_size]
            texts = model.generate([c.messages for _, c in batch], self.params)
            if len(texts) != len(batch):
                raise RuntimeError(f"{name}: adapter returned {len(texts)} answers for {len(batch)} prompts")
            pairs = [(k, t) for (k, _), t in zip(batch, texts, strict=True)]
            self.cache.put_many(name, pairs)  # saved per batch: an interrupted run keeps its work
            self._memory.update(pairs)
            done += len(batch)
            elapsed = time.perf_counter() - start
            self.write(f"trustllm: {name}: {done}/{total} answers, {done / elapsed:.1f}/s", done == total)
        stats.generated += total
        stats.seconds += time.perf_counter() - start
