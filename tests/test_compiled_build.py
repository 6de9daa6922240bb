"""The compiled build (``setup.py``, ``make install-compiled``) gives the same answers.

mypyc compiles the same source, but it checks type annotations at run time and may treat
edge cases of Python differently; a compiled detector that disagreed with the source would be
a second detector. So the package is compiled into a temporary folder and a child process
that must import the compiled modules streams real-shaped posts — every labelled fixture and
case table, plus generated captions — through ``analyze_lines`` under three rulebooks; its
output must equal this process's, line for line.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from scrapers.detection.stream import analyze_lines

ROOT = Path(__file__).resolve().parent.parent


def _load_throughput() -> ModuleType:
    """``bench/throughput.py``: its generated captions and its one way to build the package."""
    spec = importlib.util.spec_from_file_location("bench_throughput",
                                                  ROOT / "bench" / "throughput.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_throughput"] = module
    spec.loader.exec_module(module)
    return module


throughput = _load_throughput()
JURISDICTIONS = ("nl", "us", "de")
CHILD = """
import json, sys
import scrapers.detection.engine as engine
from scrapers.detection.stream import analyze_lines
if not engine.__file__.endswith(".so"):
    raise SystemExit(f"not compiled: {engine.__file__}")
lines = sys.stdin.read().splitlines()
out = [line for jurisdiction in json.loads(sys.argv[1])
       for line in analyze_lines(lines, jurisdiction)]
sys.stdout.write("\\n".join(out))
"""


def _inputs() -> list[str]:
    paths = [*sorted((ROOT / "tests/fixtures/detection/text").glob("*.jsonl")),
             *sorted((ROOT / "bench/data").glob("*_??.jsonl"))]
    lines = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if isinstance(record.get("text"), str):
                keep = {key: record[key] for key in ("id", "text", "links") if key in record}
                lines.append(json.dumps(keep, ensure_ascii=False))
    rng = random.Random(7)  # and the benchmark's own generated captions
    lines += [json.dumps(throughput.make_post(rng, n), ensure_ascii=False) for n in range(3000)]
    return lines


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("gcc") is None, reason="the compiled build needs gcc")
def test_compiled_build_answers_as_the_source_does(tmp_path: Path) -> None:
    target = tmp_path / "compiled"
    build = throughput.build_compiled(target)
    assert build.returncode == 0, build.stderr[-3000:]
    assert list((target / "scrapers" / "detection").glob("engine.*.so")), "engine not compiled"

    lines = _inputs()
    assert len(lines) > 10_000
    child = subprocess.run([sys.executable, "-c", CHILD, json.dumps(JURISDICTIONS)],
                           input="\n".join(lines), env={**os.environ, "PYTHONPATH": str(target)},
                           capture_output=True, text=True, check=False, cwd=tmp_path)
    assert child.returncode == 0, child.stderr[-3000:]
    expected = [out for jurisdiction in JURISDICTIONS
                for out in analyze_lines(lines, jurisdiction)]
    got = child.stdout.split("\n")
    assert len(got) == len(expected)
    differing = [(want, have) for want, have in zip(expected, got, strict=True) if want != have]
    assert not differing, differing[:3]
