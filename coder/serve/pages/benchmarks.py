"""The Benchmarks page: run `coder benchmark` on a gold file in the background, follow the
run, view a report and compare two."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from coder.serve.config import WorkbenchError
from coder.serve.web import Page


class BenchmarksPage(Page):
    def routes(self) -> list[Route]:
        return [
            Route("/api/benchmark", self.api_job),
            Route("/benchmarks", self.benchmarks),
            Route("/benchmarks/run", self.benchmarks_run, methods=["POST"]),
        ]

    async def benchmarks(self, request: Request) -> Response:
        bench, q = self.bench, request.query_params
        try:
            comparison = bench.compare(q["a"], q["b"]) if q.get("a") and q.get("b") else None
            report = bench.read_report(q["report"]) if q.get("report") else None
        except WorkbenchError as exc:
            return self.web.error(request, exc)
        return self.web.page(request, "benchmarks.html", golds=bench.gold_files(), reports=bench.report_files(),
                             job=bench.bench_job, comparison=comparison, report=report,
                             report_path=q.get("report"), a=q.get("a", ""), b=q.get("b", ""),
                             bench_dir=bench.config.benchmarks)

    async def benchmarks_run(self, request: Request) -> Response:
        try:
            data = await self.web.signed_form(request)
            self.bench.run_benchmark(data.get("gold", ""), data.get("parses") or None,
                                     codebook=data.get("codebook") or "workbench")
        except WorkbenchError as exc:
            return self.web.error(request, exc)
        return RedirectResponse("/benchmarks", 303)

    async def api_job(self, request: Request) -> Response:
        return JSONResponse({k: v for k, v in self.bench.bench_job.items()})
