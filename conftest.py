"""Settings for this repository's own test runs.

The plugin itself is loaded through its pytest11 entry point (pip install -e .);
nothing else is needed here.
"""
