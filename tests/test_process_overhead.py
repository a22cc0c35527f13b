"""Fixed costs of a coder process: what it loads that coding does not need."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import MODELS


@pytest.mark.slow
def test_loading_the_parser_does_not_import_torch_dynamo_and_parses_the_same():
    # stanza's trainers build training optimizers while loading; torch's first optimizer
    # would import torch._dynamo (~1 CPU s) only to mark a method as not traced
    script = f"""
import sys
from coder.parse import Parser, RawDocument
parser = Parser({str(MODELS)!r})
assert "torch._dynamo" not in sys.modules, "the parser load imported torch._dynamo"
[doc] = parser.parse([RawDocument("d", "Police arrested two protesters in Rampur.")])
arrested = doc.sentences[0].tokens[1]
assert (arrested.lemma, arrested.deprel) == ("arrest", "root"), arrested
import torch
fn = torch.optim.Optimizer.add_param_group.__wrapped__
assert not hasattr(fn, "__dynamo_disable"), "the load left its shortcut behind"
torch.optim.Adam([torch.nn.Parameter(torch.zeros(2))])  # an optimizer made later: torch's own way
assert "torch._dynamo" in sys.modules
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().endswith("ok")
