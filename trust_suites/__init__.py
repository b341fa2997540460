"""The trust suites of pytest-trustllm: one test module per subcategory, grouped by dimension.

Run them with ``pytest --model=SPEC --pyargs trust_suites`` (installed) or ``pytest trust_suites/`` (checkout).
"""
