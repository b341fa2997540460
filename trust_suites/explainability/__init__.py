"""Explainability: whether a model's explanations of its own answers hold together."""
