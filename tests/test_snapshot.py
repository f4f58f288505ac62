"""`_schema.json` holds the whole schema: reading it back gives an equal Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from odatagen.edmx import load
from odatagen.snapshot import dumps, from_data, snapshot
from tests.conftest import CORPUS, CREATIO_SMALL

DOCUMENTS = sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", [CREATIO_SMALL, *DOCUMENTS], ids=lambda p: Path(p).name)
def test_snapshot_round_trips(path: Path) -> None:
    schema, _ = load(path.read_bytes(), path.name)
    text = dumps(snapshot(schema))
    assert from_data(json.loads(text)) == schema
    assert dumps(snapshot(from_data(json.loads(text)))) == text


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="format"):
        from_data({"format": 99})
