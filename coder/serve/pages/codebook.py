"""The Codebook page: search, an entry opened by file and line (or by a ref from an
explanation), validated as you type, saved with the corpus re-coded at once, undone."""

from __future__ import annotations

from types import MappingProxyType
from typing import Callable
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from coder.serve.config import WorkbenchError
from coder.serve.event_diff import Recode
from coder.serve.web import Page

# the text a new entry of each kind of file starts from
NEW_ENTRY_TEXT = MappingProxyType({
    "actors": "id: new-actor\nnames: [New Actor]\ncode: XXX\ntype: organization\n",
    "agents": "code: XXX\nnames: [new agent]\n",
    "verbs": "id: new.block\ncode: \"010\"\nverbs: [newverb]\n",
    "discards": "phrase: new discard phrase\n",
    "issues": "issue: NEW_ISSUE\nphrases: [new phrase]\n",
})


class CodebookPage(Page):
    def routes(self) -> list[Route]:
        return [
            Route("/codebook", self.codebook),
            Route("/codebook/ref", self.codebook_ref),
            Route("/codebook/entry", self.codebook_entry),
            Route("/codebook/save", self.codebook_save, methods=["POST"]),
            Route("/codebook/undo", self.codebook_undo, methods=["POST"]),
            Route("/codebook/recode", self.codebook_recode, methods=["POST"]),
            Route("/codebook/diff", self.codebook_diff),
            Route("/api/validate", self.api_validate, methods=["POST"]),
        ]

    async def codebook(self, request: Request) -> Response:
        bench, q = self.bench, request.query_params
        query, kind = q.get("q", ""), q.get("kind", "")
        results = bench.search(query, kind or None) if (query or kind) else []
        return self.web.page(request, "codebook.html", q=query, kind=kind, results=results,
                             files=bench.codebook_files(), undo=len(bench.undo_stack), recode=bench.last_recode,
                             docs=len(bench.docs), sentences=bench.sentence_count, stats=bench.codebook.stats())

    async def codebook_ref(self, request: Request) -> Response:
        found = self.bench.resolve_ref(request.query_params.get("ref", ""), request.query_params.get("kind"))
        if not found:
            return self.web.error(request, WorkbenchError(f"{request.query_params.get('ref')!r}: no such codebook "
                                                          "entry", 404))
        return RedirectResponse(f"/codebook/entry?{urlencode({'file': found[0], 'line': found[1]})}", 303)

    async def codebook_entry(self, request: Request) -> Response:
        q = request.query_params
        rel = q.get("file", "")
        try:
            if q.get("new"):
                return self._new_entry(request, rel, q.get("section", "entries"))
            kind, entry = self.bench.entry(rel, line_number(q.get("line")))
        except WorkbenchError as exc:
            return self.web.error(request, exc)
        return self.web.page(request, "entry.html", file=rel, line=entry.start, kind=kind, text=entry.text,
                             section=entry.section)

    def _new_entry(self, request: Request, rel: str, section: str) -> Response:
        self.bench.inside(rel, self.bench.root)
        kind = self.bench.editor.kind_of(rel)
        if kind is None:
            raise WorkbenchError(f"{rel}: not an editable file of the codebook's manifest", 404)
        return self.web.page(request, "entry.html", file=rel, line=None, kind=kind,
                             text=NEW_ENTRY_TEXT.get(kind, ""), section=section)

    async def api_validate(self, request: Request) -> Response:
        try:
            rel, line, text, section = edit_fields(await self.web.signed_form(request))
            problems = await run_in_threadpool(self.bench.validate, rel, line, text, section)
        except WorkbenchError as exc:
            return JSONResponse({"error": str(exc)}, status_code=exc.status)
        errors = [p for p in problems if p.severity == "error"]
        # every error; warnings of the edited file only (an imported codebook has hundreds elsewhere)
        shown = [p for p in problems if p.severity == "error" or p.file == rel]
        return JSONResponse({"ok": not errors, "errors": len(errors), "warnings": len(problems) - len(errors),
                             "warnings_elsewhere": len(problems) - len(shown),
                             "problems": [{"severity": p.severity, "file": p.file, "line": p.line,
                                           "message": p.message, "path": p.path, "text": str(p)}
                                          for p in shown]})

    async def codebook_save(self, request: Request) -> Response:
        try:
            data = await self.web.signed_form(request)
            rel, line, text, section = edit_fields(data)
        except WorkbenchError as exc:
            return self.web.error(request, exc)
        try:
            result = await run_in_threadpool(self.bench.save, rel, line, text, section, data.get("delete") == "1")
        except WorkbenchError as exc:
            if exc.status in (403, 404):
                return self.web.error(request, exc)
            return self.web.page(request, "entry.html", status=exc.status, file=rel, line=line,
                                 kind=self.bench.editor.kind_of(rel) or "", text=text, section=section,
                                 error=str(exc))
        return self._diff_page(request, result)

    async def codebook_undo(self, request: Request) -> Response:
        return await self._recoding_write(request, self.bench.undo)

    async def codebook_recode(self, request: Request) -> Response:
        return await self._recoding_write(request, self.bench.recode_all)

    async def codebook_diff(self, request: Request) -> Response:
        if self.bench.last_recode is None:
            return self.web.error(request, WorkbenchError("no save yet: nothing re-coded", 404))
        return self._diff_page(request, self.bench.last_recode)

    async def _recoding_write(self, request: Request, write: Callable[[], Recode]) -> Response:
        """A write without fields (undo, re-code all), answered with the events it changed."""
        try:
            await self.web.signed_form(request)
            result = await run_in_threadpool(write)
        except WorkbenchError as exc:
            return self.web.error(request, exc)
        return self._diff_page(request, result)

    def _diff_page(self, request: Request, recode: Recode) -> Response:
        return self.web.page(request, "diff.html", recode=recode, undo=len(self.bench.undo_stack),
                             in_corpus=set(self.bench.doc_index))


def line_number(value: str | None) -> int:
    """A line number from a request field."""
    try:
        return int(value or "")
    except ValueError:
        raise WorkbenchError(f"line: {value!r} is not a line number") from None


def edit_fields(data: dict[str, str]) -> tuple[str, int | None, str, str]:
    """(file, line or None for a new entry, entry text, section) of an edit."""
    line = data.get("line") or ""
    return data.get("file", ""), line_number(line) if line else None, data.get("text", ""), \
        data.get("section") or "entries"
