"""Truthfulness and reliability: misinformation, hallucination, sycophancy, adversarial factuality,
inconsistency and miscalibration (TrustLLM truthfulness; Trustworthy LLMs reliability)."""
