"""Pages per second, exceptions and verdicts over every saved page in ``web-pages/``.

Each page goes through the full detector as a web post
(``analyze(Post(text="", html=..., platform="web"))``).  The same pages are also
run through main-content extraction alone (``extract_page``) in the same process,
so the printed split says how much of the time is extraction and how much the
rest of the analysis.  Every page must be analysed without an exception.

Usage: ``.venv/bin/python bench/pages.py [--corpora DIR] [--limit N]``
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluate import Counts  # noqa: E402  (bench/ is on sys.path when run as a script)

from scrapers.detection import Detector  # noqa: E402
from scrapers.detection.html import decode_html, extract_page  # noqa: E402
from scrapers.models import Post  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
RESULTS = Path(__file__).resolve().parent / "results"
WARM_UP = 20
LABELS = Path(__file__).resolve().parent / "data" / "pages_labels.jsonl"


def page_labels(path: Path = LABELS) -> dict[str, dict[str, object]]:
    """Hand labels for some pages: file name → ``{commercial, disclosed?, note}``."""
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {row["file"]: row for row in rows}


def page_files(corpora: Path) -> list[Path]:
    folder = corpora / "web-pages"
    return sorted(folder.glob("eval/*.html")) + sorted(folder.glob("cache/*.html"))


def page_urls(corpora: Path) -> dict[str, str]:
    """File name → original URL, from ``evaldata.json`` where it says so."""
    path = corpora / "web-pages" / "evaldata.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        Path(v["file"]).name: url
        for url, v in data.items()
        if isinstance(v, dict) and "file" in v
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--jurisdiction", default="nl")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    files = page_files(args.corpora)[: args.limit or None]
    if not files:
        print(f"no pages under {args.corpora / 'web-pages'}")
        return 1
    urls = page_urls(args.corpora)
    documents = [(f.name, decode_html(f.read_bytes())) for f in files]
    total_chars = sum(len(d) for _, d in documents)

    detector = Detector(args.jurisdiction)
    for name, document in documents[:WARM_UP]:  # lazy imports, compiled patterns, tables
        detector.analyze(Post(text="", html=document, platform="web", url=urls.get(name)))

    verdicts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    flagged: list[tuple[str, str, str]] = []
    errors: list[tuple[str, str]] = []
    labels = page_labels()
    commercial, disclosed = Counts(), Counts()
    # Interleaved, page by page, so that load from other processes hits both timings alike.
    extract_seconds = full_seconds = 0.0
    for name, document in documents:
        url = urls.get(name)
        started = time.perf_counter()
        extract_page(document, url=url)
        middle = time.perf_counter()
        try:
            verdict = detector.analyze(Post(text="", html=document, platform="web", url=url))
        except Exception:  # counted and printed: the target is zero
            errors.append((name, traceback.format_exc(limit=3)))
            continue
        finally:
            extract_seconds += middle - started
            full_seconds += time.perf_counter() - middle
        verdicts[verdict.verdict] += 1
        kinds.update(verdict.kinds)
        truth = labels.get(name)
        if truth is not None:
            commercial.add(bool(truth["commercial"]), verdict.commercial)
            if "disclosed" in truth:
                disclosed.add(bool(truth["disclosed"]), verdict.disclosed)
        if verdict.verdict != "organic":
            flagged.append((name, verdict.verdict, verdict.explanation))

    pages = len(documents)
    print(f"pages: {pages} ({total_chars / 1e6:.1f} M characters), {args.jurisdiction} rules")
    print(f"full analysis:   {pages / full_seconds:8.1f} pages/s ({full_seconds:.1f} s)")
    print(f"extraction only: {pages / extract_seconds:8.1f} pages/s ({extract_seconds:.1f} s)")
    share = extract_seconds / full_seconds if full_seconds else 0.0
    print(f"split: extraction {share:.0%} of full-analysis time, the rest {1 - share:.0%}")
    print(f"exceptions: {len(errors)}")
    for name, trace in errors[:10]:
        print(f"  {name}:\n{trace}")
    labelled = {"commercial": commercial.to_dict(), "disclosed": disclosed.to_dict()}
    for key, score in labelled.items():
        print(
            f"hand-labelled pages, {key}: n={score['items']} P {score['precision']} "
            f"R {score['recall']} F1 {score['f1']} (tp {score['tp']} fp {score['fp']} "
            f"fn {score['fn']} tn {score['tn']})"
        )
    print("verdicts: " + ", ".join(f"{k} {v}" for k, v in verdicts.most_common()))
    print("kinds: " + (", ".join(f"{k} {v}" for k, v in kinds.most_common()) or "-"))
    for name, outcome, explanation in flagged[:60]:
        print(f"  {outcome:<18} {name}: {explanation[:110]}")
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        summary = {
            "pages": pages, "exceptions": len(errors),
            "pages_per_second": round(pages / full_seconds, 2),
            "extract_pages_per_second": round(pages / extract_seconds, 2),
            "verdicts": dict(verdicts), "kinds": dict(kinds), "labelled": labelled,
            "flagged": [{"file": n, "verdict": v, "explanation": e} for n, v, e in flagged],
        }
        (RESULTS / "pages.json").write_text(
            json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
