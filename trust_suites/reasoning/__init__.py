"""Reasoning: logical and causal reasoning with known answers (Trustworthy LLMs, explainability and reasoning)."""
