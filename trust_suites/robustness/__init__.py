"""Robustness: natural noise, perturbed instructions, interventions, and the other robustness subcategories."""
