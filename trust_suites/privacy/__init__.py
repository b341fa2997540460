"""Privacy suites: keeping private facts private, judging information flows, not leaking PII."""
