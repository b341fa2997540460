"""Fairness: stereotype recognition, agreement and queries, and gender stereotypes (TrustLLM, Trustworthy LLMs)."""
