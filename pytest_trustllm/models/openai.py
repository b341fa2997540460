"""OpenAI Chat Completions, and any server that speaks it: ``openai:MODEL`` or ``openai:MODEL@BASE_URL``.

The base URL may also come from ``OPENAI_BASE_URL`` (or an alias in the settings), so
vLLM, llama.cpp's server, Ollama or TGI work as ``openai:NAME@http://localhost:8000/v1``.
The key is read from ``OPENAI_API_KEY`` (or the variable named in ``api_key_env``); a
custom base URL needs none. Install the SDK with ``pip install 'pytest-trustllm[openai]'``.
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any

from .base import Conversation, GenerationParams
from .remote import SDKModel, malformed, out_of_tokens

_NAMING = {"id", "owned_by", "created", "root", "parent", "meta"}
"""Fields of a ``GET /models`` entry that name the weights (vLLM's ``root`` is the checkpoint, llama.cpp's ``meta``
its size and shape); ``permission`` and the like change with every request and are left out."""
_REVISION_WORDS = ("revision", "digest", "sha", "hash", "version", "checkpoint")


class OpenAIModel(SDKModel):
    """A chat model behind the OpenAI Chat Completions API."""

    scheme = "openai"
    sdk_module = "openai"
    key_env = "OPENAI_API_KEY"
    base_url_env = "OPENAI_BASE_URL"

    def _make_client(self, sdk: ModuleType, key: str) -> Any:
        return sdk.OpenAI(api_key=key, base_url=self.base_url, max_retries=0, timeout=self.options.timeout)

    def _served(self) -> dict[str, Any] | None:
        """This model's entry in the server's ``GET /models``: id, owner, and fields naming the weights.

        vLLM and llama.cpp report the time of the request as ``created``; a time that close to
        now says nothing about the weights and is left out.
        """
        try:
            _, client = self._connect()
            listing = client.with_options(timeout=min(self.options.timeout, 10.0)).models.list()
            entries = [m.to_dict() if hasattr(m, "to_dict") else dict(m) for m in listing.data]
        except Exception:  # no listing (404, a server that is down): the name and URL key the answers
            return None
        entry = next((e for e in entries if e.get("id") == self.model_name), None)
        if entry is None:
            return None
        kept = {k: v for k, v in entry.items() if k in _NAMING or any(word in k.lower() for word in _REVISION_WORDS)}
        if isinstance(kept.get("created"), int | float) and abs(time.time() - kept["created"]) < 600:
            del kept["created"]
        return kept

    def _request(self, client: Any, conversation: Conversation, params: GenerationParams) -> str:
        request: dict[str, Any] = {
            "model": self.model_name,
            "messages": [{"role": m["role"], "content": m["content"]} for m in conversation],
            # max_tokens, not max_completion_tokens: OpenAI-compatible servers know only the former.
            "max_tokens": params.max_new_tokens,
            "temperature": params.temperature,
            "top_p": params.top_p,
            "seed": params.seed,
        }
        if params.stop:
            request["stop"] = list(params.stop)
        completion = client.chat.completions.create(**request)
        choices = getattr(completion, "choices", None)
        if not isinstance(choices, list) or not choices:
            raise malformed(f"openai:{self.model_name}", "no choices")
        message = getattr(choices[0], "message", None)
        if message is None:
            raise malformed(f"openai:{self.model_name}", "no message")
        content = getattr(message, "content", None)
        text = content if isinstance(content, str) else ""
        if not text.strip() and getattr(choices[0], "finish_reason", None) == "length":
            raise out_of_tokens(f"openai:{self.model_name}", params)
        return text
