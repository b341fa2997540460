"""OpenAI Chat Completions, and any server that speaks it: ``openai:MODEL`` or ``openai:MODEL@BASE_URL``.

The base URL may also come from ``OPENAI_BASE_URL`` (or an alias in the settings), so
vLLM, llama.cpp's server, Ollama or TGI work as ``openai:NAME@http://localhost:8000/v1``.
The key is read from ``OPENAI_API_KEY`` (or the variable named in ``api_key_env``); a
custom base URL needs none. Install the SDK with ``pip install 'pytest-trustllm[openai]'``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from .base import Conversation, GenerationParams
from .remote import SDKModel, malformed, out_of_tokens


class OpenAIModel(SDKModel):
    """A chat model behind the OpenAI Chat Completions API."""

    scheme = "openai"
    sdk_module = "openai"
    key_env = "OPENAI_API_KEY"
    base_url_env = "OPENAI_BASE_URL"

    def _make_client(self, sdk: ModuleType, key: str) -> Any:
        return sdk.OpenAI(api_key=key, base_url=self.base_url, max_retries=0, timeout=self.options.timeout)

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
