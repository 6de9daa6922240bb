"""Campaign briefs in YAML and CSV, and clear errors for bad ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scrapers.audit.campaign import CampaignError, load_campaign

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "audit"


def test_yaml_and_csv_briefs_agree() -> None:
    from_yaml = load_campaign(FIXTURES / "campaign.yaml")
    from_csv = load_campaign(FIXTURES / "campaign.csv")
    assert [c.handle for c in from_yaml.creators] == [c.handle for c in from_csv.creators]
    assert from_yaml.creators[0].window(from_yaml) == (date(2026, 9, 1), date(2026, 10, 15))
    assert from_csv.creators[0].window(from_csv) == (date(2026, 9, 1), date(2026, 10, 15))
    assert from_csv.creators[1].platform == "youtube"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.yaml", "creators: []\n", "non-empty list"),
        ("b.yaml", "name: x\nstart: '2026-13-01'\ncreators: [a]\n", "not a date"),
        ("g.yaml", "start: 2026-13-01\ncreators: [a]\n", "not valid YAML"),
        ("c.yaml", "start: 2026-10-01\nend: 2026-09-01\ncreators: [a]\n", "before start"),
        ("d.yaml", "creators: [{platform: x}]\n", "needs a handle"),
        ("e.yaml", "creators: [a\n", "not valid YAML"),
        ("f.csv", "name,platform\nx,y\n", "'handle' column"),
    ],
)
def test_bad_briefs_say_why(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CampaignError, match=message):
        load_campaign(path)
