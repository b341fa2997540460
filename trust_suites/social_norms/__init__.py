"""Trustworthy LLMs' "social norm" category (toxicity: safety/test_toxicity.py; emotional awareness: ethics/)."""
