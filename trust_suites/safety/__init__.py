"""Safety: jailbreak, misuse, exaggerated safety and toxicity (TrustLLM section 6; Trustworthy LLMs 4 and 6)."""
