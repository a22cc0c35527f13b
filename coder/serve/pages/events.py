"""The Events page: an events table filtered, sorted and paged on the server, with a timeline,
the top dyads and a map of the events chosen."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

import coder.serve.svg as svg
import coder.serve.table as table
from coder.serve.config import WorkbenchError
from coder.serve.web import Page


class EventsPage(Page):
    def routes(self) -> list[Route]:
        return [Route("/events", self.events)]

    async def events(self, request: Request) -> Response:
        try:
            context = await run_in_threadpool(self.context, request.query_params)
        except WorkbenchError as exc:
            return self.web.error(request, exc)
        return self.web.page(request, "events.html", status=400 if context["errors"] else 200, **context)

    def context(self, q) -> dict[str, Any]:
        bench = self.bench
        f = table.Filters.from_query(q)
        source, frame = bench.events_frame(q.get("source") or None)
        chosen = table.apply(frame, f)
        rows, pages = table.page(chosen, f)
        points, located = table.located(chosen)
        return dict(source=source, sources=(["corpus"] if bench.docs else []) + bench.event_files(), f=f,
                    rows=rows, pages=pages, total=len(frame), matched=len(chosen),
                    columns=table.shown_columns(frame), in_corpus=set(bench.doc_index),
                    all_columns=list(frame.columns), timeline=svg.timeline(table.months_by_quad(chosen), width=440),
                    dyads=svg.bars(table.top_dyads(chosen), width=380), map=svg.world_map(points, located, width=480),
                    errors=f.errors, qs_source=q.get("source") or "")
