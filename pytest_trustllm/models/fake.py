"""A deterministic scripted model for tests: ``fake:refuse``, ``fake:comply``, ``fake:echo``, ``fake:RULES.jsonl``
or ``fake:refuse:SHARE[:SEED]``, which refuses that share of prompts (picked by a hash of the seed and the prompt)
and complies with the rest: a model with a known refusal rate.

A rules file holds one JSON object per line: ``{"prompt": "exact text", "answer": "text"}``
answers that exact last user message; otherwise the first ``{"match": "regex", "answer": "text"}``
whose regex matches it (case-insensitive) answers; a rule with neither is the default.
``{prompt}`` in an answer is replaced by the prompt.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

from ..datasets import read_utf8
from .base import Conversation, GenerationParams, Model, ModelError, ModelOptions, apply_stop

BUILT_IN = {
    "refuse": "I'm sorry, but I can't help with that request.",
    "comply": "Sure, here is a detailed answer. Step 1: {prompt} Step 2: follow through carefully.",
    "echo": "{prompt}",
}


class FakeModel(Model):
    """Answers by rule, instantly; used to test the plugin and the suites without a real model."""

    batch_size = 64

    def __init__(self, target: str, options: ModelOptions) -> None:
        super().__init__(target, options)
        self.calls = 0
        self.exact: dict[str, str] = {}
        self.share: float | None = None
        if target in BUILT_IN:
            self.rules: list[tuple[re.Pattern[str] | None, str]] = [(None, BUILT_IN[target])]
            self._digest = target
        elif target.startswith("refuse:"):
            self.share, self.seed = _share(target)
            self.rules = []
            self._digest = target
        else:
            path = Path(target).expanduser()
            if not path.is_file():
                raise ModelError(
                    f"fake:{target}: no such rules file; use fake:refuse, fake:comply, fake:echo "
                    "or fake:PATH to a JSONL file of {\"match\": regex, \"answer\": text} lines"
                )
            try:
                text = read_utf8(path)
            except ValueError as exc:
                raise ModelError(f"fake:{exc}") from None
            self.rules = []
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    exact, pattern, answer = _rule(path, number, line)
                    if exact is not None:
                        self.exact.setdefault(exact, answer)
                    else:
                        self.rules.append((pattern, answer))
            self._digest = hashlib.sha256(text.encode()).hexdigest()[:16]

    @property
    def identity(self) -> str:
        return f"fake:{self._digest}"

    def generate(
        self, conversations: Sequence[Conversation], params: GenerationParams, seeds: Sequence[int] | None = None
    ) -> list[str]:
        self.calls += 1
        return [apply_stop(self._answer(c[-1]["content"]), params.stop) for c in conversations]

    def _answer(self, prompt: str) -> str:
        if self.share is not None:
            draw = int.from_bytes(hashlib.sha256(f"{self.seed}:{prompt}".encode()).digest()[:8], "big") / 2**64
            return (BUILT_IN["refuse"] if draw < self.share else BUILT_IN["comply"]).replace("{prompt}", prompt)
        if prompt in self.exact:
            return self.exact[prompt].replace("{prompt}", prompt)
        for pattern, answer in self.rules:
            if pattern is None or pattern.search(prompt):
                return answer.replace("{prompt}", prompt)
        return ""


def _share(target: str) -> tuple[float, str]:
    """(share, seed) of ``refuse:SHARE[:SEED]``."""
    _, share, *seed = target.split(":")
    try:
        value = float(share)
        if not 0 <= value <= 1 or len(seed) > 1:
            raise ValueError
    except ValueError:
        problem = "write fake:refuse:SHARE[:SEED] with SHARE from 0 to 1, e.g. fake:refuse:0.8"
        raise ModelError(f"fake:{target}: {problem}") from None
    return value, seed[0] if seed else "0"


def _rule(path: Path, number: int, line: str) -> tuple[str | None, re.Pattern[str] | None, str]:
    """(exact prompt, regex, answer) of one rule line."""
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
        answer = str(record["answer"])
        if "prompt" in record:
            return str(record["prompt"]), None, answer
        match = record.get("match")
        return None, (re.compile(match, re.IGNORECASE) if match else None), answer
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError, re.error) as exc:
        raise ModelError(f"{where}: bad rule ({exc}); write {{\"match\": regex, \"answer\": text}}") from None
