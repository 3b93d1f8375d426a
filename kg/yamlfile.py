"""Reading the package's own YAML data files (rules, names, lexicon, confidences).

``yaml.safe_load`` parses in pure Python: about 0.5 s for kg/rules and the lexicon, paid by every
process that extracts (and serially by ``kg build --jobs N`` before its workers start). libyaml's
``CSafeLoader`` has the same constructors and resolvers and parses several times faster;
tests/test_yamlfile.py checks that both give equal data for every shipped file.
"""
from __future__ import annotations

from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: str | Path):
    """The data of one YAML file, as ``yaml.safe_load`` reads it."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - safe loader
