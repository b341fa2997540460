"""Built-in model aliases: short ``--model`` names for well-known models (config aliases override them)."""

from __future__ import annotations

BUILT_IN_ALIASES: dict[str, str] = {
    "llama2-7b": "hf:meta-llama/Llama-2-7b-chat-hf",
    "llama2-13b": "hf:meta-llama/Llama-2-13b-chat-hf",
    "llama2-70b": "hf:meta-llama/Llama-2-70b-chat-hf",
    "llama3-8b": "hf:meta-llama/Meta-Llama-3-8B-Instruct",
    "llama3.1-8b": "hf:meta-llama/Llama-3.1-8B-Instruct",
    "mistral-7b": "hf:mistralai/Mistral-7B-Instruct-v0.2",
    "qwen2.5-7b": "hf:Qwen/Qwen2.5-7B-Instruct",
    "gemma-2-9b": "hf:google/gemma-2-9b-it",
    "gpt-4o": "openai:gpt-4o",
    "gpt-4o-mini": "openai:gpt-4o-mini",
    "gpt-4.1-mini": "openai:gpt-4.1-mini",
    "claude-haiku-4-5": "anthropic:claude-haiku-4-5",
    "claude-sonnet-4-5": "anthropic:claude-sonnet-4-5",
}
"""Alias -> spec. ``smollm2`` (the packaged model) is resolved by the registry itself."""
