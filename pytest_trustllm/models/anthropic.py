"""Anthropic's Messages API: ``anthropic:MODEL`` (``anthropic:MODEL@BASE_URL`` for a proxy).

The key is read from ``ANTHROPIC_API_KEY`` (or the variable named in ``api_key_env``).
System messages go to the separate ``system`` parameter. The current API version (sent by
the 2.x SDK) rejects ``temperature`` and ``top_p``, so they are not sent; they still enter
the cache key. Install the SDK with ``pip install 'pytest-trustllm[anthropic]'``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from .base import Conversation, GenerationParams
from .remote import SDKModel, malformed, out_of_tokens


class AnthropicModel(SDKModel):
    """A Claude model behind the Anthropic Messages API."""

    scheme = "anthropic"
    sdk_module = "anthropic"
    key_env = "ANTHROPIC_API_KEY"
    base_url_env = "ANTHROPIC_BASE_URL"

    def _make_client(self, sdk: ModuleType, key: str) -> Any:
        return sdk.Anthropic(api_key=key, base_url=self.base_url, max_retries=0, timeout=self.options.timeout)

    def _request(self, client: Any, conversation: Conversation, params: GenerationParams) -> str:
        system = "\n\n".join(m["content"] for m in conversation if m["role"] == "system")
        request: dict[str, Any] = {
            "model": self.model_name,
            "max_tokens": params.max_new_tokens,
            "messages": [{"role": m["role"], "content": m["content"]} for m in conversation if m["role"] != "system"],
        }
        if system:
            request["system"] = system
        if params.stop:
            request["stop_sequences"] = list(params.stop)
        message = client.messages.create(**request)
        blocks = getattr(message, "content", None)
        if not isinstance(blocks, list):
            raise malformed(f"anthropic:{self.model_name}", "no content")
        text = "".join(b.text for b in blocks if getattr(b, "type", None) == "text" and isinstance(b.text, str))
        if not text.strip() and getattr(message, "stop_reason", None) == "max_tokens":
            raise out_of_tokens(f"anthropic:{self.model_name}", params)
        return text
