"""The home address and the files a page links to: reports and event files of the output
folder (never the workbench's own `.serve` folder), and the package's static assets."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from coder.serve.config import WorkbenchError
from coder.serve.web import HERE, Page


class FilesPage(Page):
    def home_route(self) -> Route:
        return Route("/", self.home)

    def routes(self) -> list[Route | Mount]:
        return [
            Route("/files/{path:path}", self.output_file),
            Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
        ]

    async def home(self, _request: Request) -> Response:
        return RedirectResponse("/explain", 307)

    async def output_file(self, request: Request) -> Response:
        output = self.bench.output
        try:
            path = self.bench.inside(request.path_params["path"], output)
        except WorkbenchError as exc:
            return self.web.error(request, exc)
        if not path.is_file() or ".serve" in path.relative_to(output).parts:
            return self.web.error(request, WorkbenchError(f"{request.path_params['path']}: no such file", 404))
        return FileResponse(path)
