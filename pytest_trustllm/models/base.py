"""The one interface every model adapter implements."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, ClassVar, Protocol

Message = dict[str, str]
"""A chat message: ``{"role": "system" | "user" | "assistant", "content": str}``."""

Conversation = Sequence[Message]


@dataclass(frozen=True)
class GenerationParams:
    """Everything about decoding that changes an answer (and so enters the cache key)."""

    max_new_tokens: int = 128
    temperature: float = 0.0  # 0 means greedy
    top_p: float = 1.0
    seed: int = 0
    stop: tuple[str, ...] = ()
    max_sentences: int | None = None
    """Stop each answer after this many complete sentences (:func:`first_sentences` cuts it the same way for
    every adapter); set by a scorer's budget (``Reads.sentences``), None: no such stop."""

    def as_dict(self) -> dict[str, Any]:
        found = asdict(self)
        if self.max_sentences is None:  # keys (and reports) from before sentence budgets stay as they were
            del found["max_sentences"]
        return found


@dataclass
class ModelOptions:
    """Settings for adapters from config and the command line."""

    cache_dir: str = ""
    device: str = "auto"
    dtype: str = "auto"
    batch_size: int | None = None
    timeout: float = 60.0
    """Seconds one API request may take before it counts as failed (and is retried)."""
    extra: Mapping[str, Any] = field(default_factory=dict)


class Model(ABC):
    """A model under test.

    Constructing an adapter must be cheap (no weights loaded, no network): the
    plugin builds it to compute the cache key, and a rerun whose answers are
    all cached never calls :meth:`generate`. Load lazily on the first call.
    """

    batch_size: ClassVar[int] = 1
    """How many conversations one :meth:`generate` call takes by default."""

    def __init__(self, target: str, options: ModelOptions) -> None:
        self.target = target
        self.options = options

    @property
    def identity(self) -> str:
        """What names this exact model in the cache key (path and digest, revision...)."""
        return f"{type(self).__name__}:{self.target}"

    @abstractmethod
    def generate(
        self, conversations: Sequence[Conversation], params: GenerationParams, seeds: Sequence[int] | None = None
    ) -> list[str]:
        """Answer each conversation; one string per conversation, in order.

        ``seeds`` comes with sampled decoding (temperature > 0): one per conversation. An adapter that
        samples draws conversation ``i``'s tokens from ``seeds[i]`` alone, so an answer does not depend
        on which conversations share its batch, and a rerun reproduces it."""

    def prompt_length(self, conversation: Conversation) -> int:
        """How long the prompt of ``conversation`` is, in the units its padding costs (tokens for a local
        model); the runner batches prompts of similar length. This default counts characters."""
        return sum(len(m["content"]) for m in conversation)

    scores_answers: ClassVar[bool] = False
    """Capability: :meth:`answer_probability` gives the model's own probability of an answer."""

    def answer_probability(self, conversation: Conversation, answer: str, prefix: str = "") -> float:
        """How likely the model is to reply ``prefix + answer``: the geometric mean of the probabilities
        of the answer's tokens (the prefix is context, not scored). Only where ``scores_answers``."""
        raise NotImplementedError(f"{type(self).__name__} offers no token probabilities")

    def close(self) -> None:  # noqa: B027 - optional hook, most adapters hold nothing
        """Release weights or connections at the end of the session."""


class Classifier(Protocol):
    """A learned scorer's backend: a label and its probability per text (see ``models.hf_classifier``)."""

    @property
    def identity(self) -> str: ...

    def classify(self, texts: Sequence[str], batch_size: int | None = None) -> list[tuple[str, float]]: ...

    def close(self) -> None: ...


SENTENCE_END = re.compile(r"(?<=[.!?])([\"')\]]*)\s+|\n+")
"""Where a sentence ends: ., ! or ? (and closing quotes or brackets) before whitespace, or a line break."""


def first_sentences(text: str, n: int) -> str:
    """``text`` up to the end of its ``n``-th complete sentence (whole when it has fewer): how a scorer's
    sentence budget (``Reads.sentences``) cuts an answer, the same for every adapter and on every rerun."""
    count = 0
    for match in SENTENCE_END.finditer(text):
        if not text[: match.start()].strip():
            continue  # leading blank lines end no sentence
        count += 1
        if count == n:
            return text[: match.end(1) if match.group(1) is not None else match.start()]
    return text


def complete_sentences(text: str) -> int:
    """How many complete sentences ``text`` holds (what a sentence budget stops generation at)."""
    return sum(1 for match in SENTENCE_END.finditer(text) if text[: match.start()].strip())


def apply_stop(text: str, stop: Sequence[str]) -> str:
    """Cut ``text`` at the first stop sequence, as the APIs do."""
    cut = min((i for s in stop if (i := text.find(s)) >= 0), default=len(text))
    return text[:cut]


class ModelError(Exception):
    """A model cannot be built or loaded; the message says what to do about it."""


class TransientError(Exception):
    """A request that may succeed when retried: HTTP 429 or 5xx, a timeout, a dropped connection.

    ``retry_after`` carries the server's Retry-After, in seconds, when it sent one.
    """

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RemoteModel(Model):
    """A model behind an API: one conversation per request, run concurrently by the runner.

    Adapters implement :meth:`complete` and raise :class:`TransientError` for what a retry
    may fix; any other exception fails that case at once. Neither kind is cached.
    """

    concurrency: ClassVar[int] = 8
    """Requests in flight at once by default (``concurrency`` in the settings overrides)."""

    @abstractmethod
    def complete(self, conversation: Conversation, params: GenerationParams) -> str:
        """Answer one conversation with one request."""

    def generate(
        self, conversations: Sequence[Conversation], params: GenerationParams, seeds: Sequence[int] | None = None
    ) -> list[str]:
        seeded = [params] * len(conversations) if seeds is None else [replace(params, seed=s) for s in seeds]
        return [self.complete(c, p) for c, p in zip(conversations, seeded, strict=True)]
