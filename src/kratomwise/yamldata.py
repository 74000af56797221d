"""Reading the packaged YAML data: one loader for every core package.

PyYAML's C loader (libyaml, in the PyPI wheels) is several times faster than the pure-Python
one, and start-up time of the command line is mostly spent parsing data files. Only safe
loading is ever used.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse ``text`` safely (raises yaml.YAMLError on malformed input)."""
    return yaml.load(text, Loader=_LOADER)
