"""Resistance to misuse: copyright; propaganda, cyberattacks, social engineering are groups of safety/test_misuse.py."""
