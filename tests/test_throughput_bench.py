"""benchmarks/throughput.py's subprocess runner: the first-row time is the command's own."""

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("psutil")
SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "throughput.py"


def _throughput():
    spec = importlib.util.spec_from_file_location("throughput_bench", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_earlier_runs_output_is_not_read_as_the_first_row(tmp_path):
    out = tmp_path / "coded.csv"
    out.write_text("header\nrow from an earlier run\n")
    quiet = _throughput().Run([sys.executable, "-c", "import time; time.sleep(0.3)"], watch=out)
    assert quiet.first_row is None
    writer = ("import sys, time; time.sleep(0.3); "
              "open(sys.argv[1], 'w').write('header\\nrow\\n'); time.sleep(0.3)")
    run = _throughput().Run([sys.executable, "-c", writer, str(out)], watch=out)
    assert run.first_row is not None and run.first_row >= 0.25
