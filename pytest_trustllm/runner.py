"""One generation pass per model: cache first, then length-sorted batches (local models) or
concurrent requests with retries (API models), with progress."""

from __future__ import annotations

import hashlib
import json
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from typing import Any

from .cache import AnswerCache, answer_key, classification_key
from .datasets import Answer, Case
from .models.base import Classifier, Conversation, GenerationParams, Model, RemoteModel, first_sentences
from .progress import Progress
from .retry import Clock, RateLimiter, RequestPolicy, SystemClock, call_with_retries
from .secrets import redact

SAVE_EVERY = 16  # API answers are saved in batches of this many (and at the end of the pass)


def case_params(params: GenerationParams, case: Case) -> GenerationParams:
    """The decoding parameters of one case: sampled answers get a seed of their own, from the run's seed and
    the case id, so an answer neither depends on which cases share its batch nor collides with another
    case's in the cache (two records with the same prompt get two samples, as they would one at a time)."""
    if params.temperature == 0:
        return params
    digest = hashlib.sha256(f"{params.seed}:{case.id}".encode()).digest()
    return replace(params, seed=int.from_bytes(digest[:4], "big") & 0x7FFFFFFF)  # 31 bits: every API takes it


def budgeted(text: str, params: GenerationParams) -> str:
    """An answer cut to the sentence budget (``max_sentences``), whatever the adapter: the same text from a local
    model that stopped there and from an API that did not, so a cached answer does not depend on the adapter."""
    return text if params.max_sentences is None else first_sentences(text, params.max_sentences).strip()


@dataclass
class PassStats:
    """What one model's generation did in this session (for the summary and the report)."""

    requested: int = 0
    cached: int = 0
    generated: int = 0
    errors: int = 0
    seconds: float = 0.0


@dataclass
class Runner:
    """Answers cases for models, generating only what neither memory nor the cache holds.

    Errors are kept in memory for the session (so a failed case is not retried by every
    test that needs it) and never written to the cache, so the next run retries them.
    Answers are redacted before anything keeps them: a model that echoes a key stores none.
    """

    cache: AnswerCache
    params: GenerationParams
    progress: Progress = field(default_factory=Progress)
    policy: Callable[[str], RequestPolicy] = lambda name: RequestPolicy()
    clock: Clock = field(default_factory=SystemClock)
    rand: Callable[[], float] = random.random
    save_every: int = SAVE_EVERY
    stats: dict[str, PassStats] = field(default_factory=dict)
    _memory: dict[str, str] = field(default_factory=dict)
    _errors: dict[str, str] = field(default_factory=dict)
    _limiters: dict[str, RateLimiter] = field(default_factory=dict)

    def answers(
        self,
        name: str,
        model: Model,
        cases: Sequence[Case],
        batch_size: int,
        params: GenerationParams | None = None,
    ) -> list[Answer]:
        """The answers of ``model`` (shown as ``name``) to ``cases``, generated if needed.

        A case whose request failed gets ``Answer(text="", error=message)``.
        """
        params = params or self.params
        keys = [answer_key(model.identity, c.messages, case_params(params, c)) for c in cases]
        self.prefetch(name, model, cases, batch_size, keys, params)
        return [
            Answer(case, self._memory.get(key, ""), name, self._errors.get(key))
            for case, key in zip(cases, keys, strict=True)
        ]

    def probability(self, name: str, model: Model, conversation: Conversation, text: str, prefix: str = "") -> float:
        """``model.answer_probability`` through the cache, so a rerun scores without loading the model."""
        # The scored text rides as extra messages, so the key cannot collide with a generation's.
        scored = [*conversation, {"role": "assistant", "content": prefix}, {"role": "scored", "content": text}]
        key = answer_key(model.identity, scored, self.params)
        if key not in self._memory:
            found = self.cache.get_many([key])
            if key not in found:
                found = {key: repr(model.answer_probability(conversation, text, prefix))}
                self.cache.put_many(name, found.items())
            self._memory.update(found)
        return float(self._memory[key])

    def classify(
        self, name: str, classifier: Classifier, texts: Sequence[str], batch_size: int | None = None
    ) -> list[tuple[str, float]]:
        """``classifier``'s (label, probability) per text, through the memory and the cache: a rerun loads nothing."""
        found = self.text_scores(name, classifier.identity, texts, lambda todo: classifier.classify(todo, batch_size))
        return [(str(label), float(p)) for label, p in found]

    def text_scores(
        self, name: str, identity: str, texts: Sequence[str], compute: Callable[[list[str]], Sequence[Any]]
    ) -> list[Any]:
        """What a learned scorer (``identity``) computes for each text, as JSON-able values, cached by
        identity and text; ``compute`` runs once, on the texts neither memory nor the cache holds."""
        keys = [classification_key(identity, text) for text in texts]
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._memory}
        if todo:
            stats = self.stats.setdefault(name, PassStats())
            stats.requested += len(todo)
            found = self.cache.get_many(list(todo))
            self._memory.update(found)
            stats.cached += len(found)
            missing = [(k, t) for k, t in todo.items() if k not in found]
            if missing:
                start = time.perf_counter()
                self.progress.start(name, len(missing), f"scoring ({len(found)} cached)")
                try:
                    values = compute([t for _, t in missing])
                finally:
                    self.progress.close()
                pairs = [(k, json.dumps(v)) for (k, _), v in zip(missing, values, strict=True)]
                self.cache.put_many(name, pairs)
                self._memory.update(pairs)
                stats.generated += len(missing)
                stats.seconds += time.perf_counter() - start
        return [json.loads(self._memory[k]) for k in keys]

    def prefetch(
        self,
        name: str,
        model: Model,
        cases: Sequence[Case],
        batch_size: int,
        keys: Sequence[str] | None = None,
        params: GenerationParams | None = None,
    ) -> None:
        """Make sure every case has an answer (or an error) in memory, in one pass."""
        params = params or self.params
        keys = keys or [answer_key(model.identity, c.messages, case_params(params, c)) for c in cases]
        # Keyed by the answer key, so cases with identical messages are generated once.
        todo = {k: c for k, c in zip(keys, cases, strict=True) if k not in self._memory and k not in self._errors}
        if not todo:
            return
        stats = self.stats.setdefault(name, PassStats())
        stats.requested += len(todo)
        found = self.cache.get_many(list(todo))
        self._memory.update(found)
        stats.cached += len(found)
        missing = [(k, c) for k, c in todo.items() if k not in found]
        if not missing:
            return
        start = time.perf_counter()
        try:
            if isinstance(model, RemoteModel):
                self._request(name, model, missing, params, stats, cached=len(found))
            else:
                self._generate(name, model, missing, batch_size, params, cached=len(found))
        finally:  # counted also when interrupted: what a partial report says was generated
            self.progress.close()
            stats.seconds += time.perf_counter() - start
            stats.generated += sum(k in self._memory for k, _ in missing)
            stats.errors += sum(k in self._errors for k, _ in missing)

    def _generate(
        self,
        name: str,
        model: Model,
        missing: list[tuple[str, Case]],
        batch_size: int,
        params: GenerationParams,
        cached: int,
    ) -> None:
        # Similar prompt lengths (tokens, for a local model) in one batch: little compute goes to padding.
        # Ties go by answer key, so which cases share a batch is a function of the set of cases alone
        # (not of the tests' order), and so are greedy answers, which left padding can shift.
        lengths = {k: model.prompt_length(c.messages) for k, c in missing}
        missing.sort(key=lambda kc: (lengths[kc[0]], kc[0]))
        total, done = len(missing), 0
        self.progress.start(name, total, f"generating ({cached} cached)")
        for i in range(0, total, batch_size):
            batch = missing[i : i + batch_size]
            conversations = [c.messages for _, c in batch]
            if params.temperature > 0:  # each answer drawn from its own case's seed, whatever shares its batch
                texts = model.generate(conversations, params, seeds=[case_params(params, c).seed for _, c in batch])
            else:
                texts = model.generate(conversations, params)
            if len(texts) != len(batch):
                raise RuntimeError(f"{name}: adapter returned {len(texts)} answers for {len(batch)} prompts")
            pairs = [(k, redact(budgeted(t, params))) for (k, _), t in zip(batch, texts, strict=True)]
            self.cache.put_many(name, pairs)  # saved per batch: an interrupted run keeps its work
            self._memory.update(pairs)
            done += len(batch)
            self.progress.advance(done)

    def _request(
        self,
        name: str,
        model: RemoteModel,
        missing: list[tuple[str, Case]],
        params: GenerationParams,
        stats: PassStats,
        cached: int,
    ) -> None:
        """One request per case on a thread pool (the SDKs are synchronous), with retries."""
        policy = self.policy(name)
        workers = max(1, min(policy.concurrency or model.concurrency, len(missing)))
        limiter = self._limiter(name, policy)
        done, errors = 0, 0
        self.progress.start(name, len(missing), f"requesting ({cached} cached, {workers} at a time)")
        cancel = threading.Event()
        pending: list[tuple[str, str]] = []
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"trustllm-{name}")

        def one(case: Case) -> tuple[str | None, str | None]:
            return call_with_retries(
                lambda: model.complete(case.messages, case_params(params, case)),
                policy,
                self.clock,
                limiter,
                self.rand,
                cancel,
            )

        try:
            running: dict[Future[tuple[str | None, str | None]], str] = {
                pool.submit(one, case): key for key, case in missing
            }
            while running:
                finished, _ = wait(running, timeout=1.0, return_when=FIRST_COMPLETED)
                raised = next((f.exception() for f in finished if f.exception() is not None), None)
                for future in finished:
                    key = running.pop(future)
                    if future.exception() is not None:
                        continue
                    text, error = future.result()
                    if text is None:
                        self._errors[key] = error or "unknown error"
                        errors += 1
                    else:
                        self._memory[key] = redact(budgeted(text, params))
                        pending.append((key, self._memory[key]))
                    done += 1
                if raised is not None:
                    raise raised  # a ModelError, or an interrupt; the answers so far are saved below
                if len(pending) >= self.save_every:
                    self.cache.put_many(name, pending)  # saved as they come: an interrupted run keeps its work
                    pending = []
                if finished:
                    self.progress.advance(done, errors)
        finally:
            cancel.set()  # on an interrupt, threads stop retrying and waiting
            pool.shutdown(wait=False, cancel_futures=True)
            if pending:
                self.cache.put_many(name, pending)

    def _limiter(self, name: str, policy: RequestPolicy) -> RateLimiter | None:
        if policy.rate_limit is None:
            return None
        if name not in self._limiters:
            self._limiters[name] = RateLimiter(policy.rate_limit, self.clock)
        return self._limiters[name]
