"""The evaluation harness's arithmetic: confusion counts, P/R/F1, grouping, targets, loaders."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from scrapers.models import Verdict

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_evaluate", BENCH / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_evaluate"] = module
    spec.loader.exec_module(module)
    return module


evaluate = _load()


def verdict(label: str, commercial: bool, disclosed: bool) -> Verdict:
    return Verdict(label, commercial, disclosed, 0.9, (), "nl", "nl-test", "nl")


def case(
    kind: str, commercial: bool, disclosed: bool, language: str = "nl", **extra: object
) -> object:
    return evaluate.Case(
        id=f"{kind}-{commercial}-{disclosed}",
        dataset="own",
        language=language,
        platform="instagram",
        kind=kind,
        text="",
        commercial=commercial,
        disclosed=disclosed,
        **extra,
    )


def test_counts_precision_recall_f1() -> None:
    counts = evaluate.Counts()
    for truth, predicted in [(1, 1), (1, 1), (1, 0), (0, 1), (0, 0), (0, 0)]:
        counts.add(bool(truth), bool(predicted))
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (2, 1, 1, 2)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(2 / 3)
    assert counts.accuracy == pytest.approx(4 / 6)


def test_counts_without_positives_are_undefined_not_zero() -> None:
    counts = evaluate.Counts()
    counts.add(False, False)
    assert counts.precision is None and counts.recall is None and counts.f1 is None
    assert counts.to_dict()["support"] == 0


def test_f1_is_zero_when_nothing_right() -> None:
    counts = evaluate.Counts()
    counts.add(True, False)
    counts.add(False, True)
    assert counts.f1 == 0.0


def test_scores_group_and_count_hard_negatives_and_disclosure_on_commercial() -> None:
    results = [
        (case("sponsored", True, True, verdict="disclosed"), verdict("disclosed", True, True)),
        (case("sponsored", True, False, "en"), verdict("disclosed", True, True)),
        (case("quotation", False, False, "en"), verdict("disclosed", True, True)),
        (case("not_sponsored", False, False), verdict("organic", False, False)),
    ]
    groups = evaluate.score(results, lambda c: c.language)
    assert set(groups) == {"en", "nl"}
    overall = evaluate.score(results)["all"].to_dict()
    assert overall["commercial"]["precision"] == pytest.approx(2 / 3, abs=1e-4)  # rounded to 4
    assert overall["commercial"]["recall"] == 1.0
    assert overall["hard_negatives"] == 2
    assert overall["hard_negatives_flagged"] == 1
    assert overall["hard_negatives_flagged_rate"] == 0.5
    assert overall["disclosure_right_on_commercial"] == 0.5
    assert overall["verdict_accuracy"] == 1.0


def test_targets_compare_in_the_right_direction() -> None:
    report = {
        "datasets": {
            "mathur_youtube": {
                "commercial_recall_with_links": 0.95,
                "disclosed": {"recall": 0.80},
            },
            "own": {
                "all": {
                    "commercial": {"f1": 0.91},
                    "hard_negatives_flagged_rate": 0.06,
                    "disclosure_right_on_commercial": None,
                }
            },
            "elecampane": {
                "all": {
                    "commercial": {"f1": 0.89},
                    "hard_negatives_flagged_rate": 0.05,
                    "disclosure_right_on_commercial": 0.95,
                }
            },
        }
    }
    met = {name: t["met"] for name, t in evaluate.targets(report).items()}
    assert met == {
        "mathur_youtube_commercial_recall_with_links": True,
        "mathur_youtube_disclosed_recall": False,
        "own_commercial_f1": True,
        "own_hard_negatives_flagged_rate_max": False,
        "own_disclosure_right_on_commercial": False,
        "elecampane_commercial_f1": False,
        "elecampane_hard_negatives_flagged_rate_max": True,
        "elecampane_disclosure_right_on_commercial": True,
    }


def test_front_matter_is_stripped() -> None:
    text = "---\ntitle: x\nlayout: post\n---\n\nBody text."
    assert evaluate._strip_front_matter(text) == "Body text."
    assert evaluate._strip_front_matter("No front matter") == "No front matter"


def test_mathur_loader_groups_sentences_and_labels_by_cluster(tmp_path: Path) -> None:
    folder = tmp_path / "mathur-affiliate-disclosures" / "youtube"
    folder.mkdir(parents=True)
    (folder / "clusters.csv").write_text(
        "id,sentence,ward_euclidean_cluster\n"
        "a,Great video,1\n"
        "a,Some links above are affiliate links.,385\n"
        "b,Buy it: http://amzn.to/x,2320\n",
        encoding="utf-8",
    )
    cases = {c.id: c for c in evaluate.load_mathur(tmp_path, "youtube")}
    assert cases["a"].text == "Great video\nSome links above are affiliate links."
    assert cases["a"].disclosed and cases["a"].note == "affiliate_link"
    assert not cases["b"].disclosed and cases["b"].has_links and not cases["a"].has_links


@pytest.mark.parametrize(("stem", "minimum"), [("cases", 60), ("heldout", 20), ("blind", 15)])
def test_case_tables_are_well_formed(stem: str, minimum: int) -> None:
    kinds = evaluate.HARD_NEGATIVE_KINDS | {
        "sponsored",
        "affiliate",
        "gifted",
        "advertorial",
        "organic",
    }
    for language in evaluate.LANGUAGES:
        rows = [
            json.loads(line)
            for line in (BENCH / "data" / f"{stem}_{language}.jsonl")
            .read_text("utf-8")
            .splitlines()
        ]
        assert len(rows) >= minimum, language
        assert all(row["lang"] == language for row in rows)
        assert len({r["id"] for r in rows}) == len(rows)
        for row in rows:
            assert row["kind"] in kinds, row["id"]
            assert row.get("text") or row.get("html"), row["id"]
            assert not (row["disclosed"] and not row["commercial"]), row["id"]
            if row["kind"] in evaluate.HARD_NEGATIVE_KINDS:
                assert not row["commercial"], row["id"]
        assert sum(r["kind"] in evaluate.HARD_NEGATIVE_KINDS for r in rows) >= minimum // 5
