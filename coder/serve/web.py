"""What every page handler shares: the workbench, the templates, pages and error answers, and
the form of a write checked against the run's token."""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute
from starlette.templating import Jinja2Templates

from coder.serve.config import WorkbenchError
from coder.serve.table import QUAD_NAMES
from coder.serve.workbench import Workbench

HERE = Path(__file__).resolve().parent
TOKEN_FIELD = "token"
TOKEN_HEADER = "x-coder-token"


class Web:
    """The workbench behind the pages and the helpers every page handler uses."""

    def __init__(self, bench: Workbench):
        self.bench = bench
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.filters["qs"] = lambda d: urlencode(d)
        self.templates.env.globals["token"] = bench.token
        self.templates.env.globals["quad_names"] = QUAD_NAMES

    def page(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("nav", name.split(".")[0])
        return self.templates.TemplateResponse(request, name, context, status_code=status)

    def error(self, request: Request, exc: WorkbenchError | str, status: int | None = None) -> Response:
        """The refusal as JSON for the API and for JSON clients, else as the error page."""
        message = str(exc)
        code = status or getattr(exc, "status", 400)
        if request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"error": message}, status_code=code)
        return self.page(request, "error.html", status=code, message=message, nav="")

    async def signed_form(self, request: Request) -> dict[str, str]:
        """The fields of a write (form or JSON), refused unless it carries this run's token."""
        data = await form_of(request)
        sent = request.headers.get(TOKEN_HEADER) or data.get(TOKEN_FIELD) or ""
        if not hmac.compare_digest(sent.encode(), self.bench.token.encode()):
            raise WorkbenchError("stale or missing token: reload the page (every run of `coder serve` issues a "
                                 "new one, and writes without it are refused)", 403)
        return data


class Page:
    """A page's handlers (methods) over the workbench; :meth:`routes` lists their addresses."""

    def __init__(self, web: Web):
        self.web = web
        self.bench = web.bench

    def routes(self) -> list[BaseRoute]:
        raise NotImplementedError


async def form_of(request: Request) -> dict[str, str]:
    """A request's fields as strings, from a JSON body or a form."""
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = await request.json()
        except ValueError:
            raise WorkbenchError("the request body is not JSON") from None
        return {k: "" if v is None else str(v) for k, v in (data or {}).items()}
    form = await request.form()
    return {k: str(v) for k, v in form.items()}
