"""`coder serve`: a local workbench to explain a sentence, browse events, edit a codebook
with the effect on a corpus shown at once, and run benchmarks.

The pages call library functions only (explain, codebook validation and loading, coding of
cached parses, the benchmark runner); :mod:`coder.serve.workbench` holds the state and
:mod:`coder.serve.app` the web layer.
"""

from coder.serve.workbench import ServeConfig, Workbench, WorkbenchError

__all__ = ["ServeConfig", "Workbench", "WorkbenchError", "create_app"]


def create_app(bench: Workbench, **kwargs):
    from coder.serve.app import create_app as make

    return make(bench, **kwargs)
