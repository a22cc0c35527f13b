"""The workbench's web layer (Starlette + Jinja2, every asset served from this package):
requests become calls of :class:`coder.serve.workbench.Workbench`, results become pages.
Each page's handlers live in their own module of :mod:`coder.serve.pages`."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from coder.serve.pages.benchmarks import BenchmarksPage
from coder.serve.pages.codebook import CodebookPage
from coder.serve.pages.events import EventsPage
from coder.serve.pages.explain import ExplainPage
from coder.serve.pages.files import FilesPage
from coder.serve.web import Web
from coder.serve.workbench import Workbench


def create_app(bench: Workbench, *, allowed_hosts: list[str] | None = None) -> Starlette:
    """The web application over ``bench``, answering only requests for ``allowed_hosts``
    (default: this machine and the host the workbench was started for)."""
    web = Web(bench)
    files = FilesPage(web)
    routes = [files.home_route(), *ExplainPage(web).routes(), *EventsPage(web).routes(),
              *CodebookPage(web).routes(), *BenchmarksPage(web).routes(), *files.routes()]
    hosts = allowed_hosts or ["127.0.0.1", "localhost", "testserver", bench.config.host]
    app = Starlette(routes=routes, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])
    app.state.bench = bench
    return app
