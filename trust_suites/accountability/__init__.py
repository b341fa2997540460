"""Accountability: owning one's mistakes, holding a right answer, and not claiming actions never taken."""
