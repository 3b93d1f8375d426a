"""kg.yamlfile reads the shipped YAML data files with libyaml: the data must equal yaml.safe_load's."""
from pathlib import Path

import pytest
import yaml

from kg.yamlfile import load_yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*(ROOT / "kg" / "rules").glob("*.yaml"), *(ROOT / "ontology").glob("*.yaml")])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_same_data_as_safe_load(path):
    assert load_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_files_found():
    assert any(p.name == "relations.yaml" for p in FILES) and any(p.name == "lexicon.yaml" for p in FILES)
