"""Transparency: what a model says about itself: that it is an AI, its limits, and how it decided."""
