"""`coder serve`: a local workbench to explain a sentence, browse events, edit a codebook
with the effect on a corpus shown at once, and run benchmarks.

The pages call library functions only (explain, codebook validation and loading, coding of
cached parses, the benchmark runner). :mod:`coder.serve.workbench` holds the state, with its
collaborators :mod:`~coder.serve.editing` (codebook, save, undo), :mod:`~coder.serve.corpus`,
:mod:`~coder.serve.event_tables` and :mod:`~coder.serve.benchmark_jobs`;
:mod:`coder.serve.app` is the web layer, one module of :mod:`coder.serve.pages` a page.
"""

from coder.serve.config import ServeConfig, WorkbenchError
from coder.serve.workbench import Workbench

__all__ = ("ServeConfig", "Workbench", "WorkbenchError", "create_app")


def create_app(bench: Workbench, **kwargs):
    from coder.serve.app import create_app as make

    return make(bench, **kwargs)
