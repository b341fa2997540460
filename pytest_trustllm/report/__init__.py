"""Reports of the checked metrics: the terminal table and the JSON file."""

from .json import write_json
from .terminal import summary_lines

__all__ = ["summary_lines", "write_json"]
