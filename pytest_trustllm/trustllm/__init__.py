"""TrustLLM's published benchmark as tests: its files (``files``), its rules reimplemented per dimension
(``ethics``, ``fairness``, ``privacy``, ``robustness``, ``safety``, ``truthfulness``), the bridge to the
``trust`` fixture (``scoring``) and its leaderboard (``leaderboard``). The suite is ``trust_suites/trustllm``."""
