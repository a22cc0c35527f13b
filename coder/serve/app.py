"""The workbench's web layer (Starlette + Jinja2, every asset served from this package):
requests become calls of :class:`coder.serve.workbench.Workbench`, results become pages."""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from coder.serve import svg, table
from coder.serve.workbench import Workbench, WorkbenchError

HERE = Path(__file__).resolve().parent
TOKEN_FIELD = "token"
TOKEN_HEADER = "x-coder-token"


def create_app(bench: Workbench, *, allowed_hosts: list[str] | None = None) -> Starlette:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["qs"] = lambda d: urlencode(d)
    templates.env.globals["token"] = bench.token
    templates.env.globals["quad_names"] = table.QUAD_NAMES

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("nav", name.split(".")[0])
        return templates.TemplateResponse(request, name, context, status_code=status)

    def error(request: Request, exc: WorkbenchError | str, status: int | None = None) -> Response:
        message = str(exc)
        code = status or getattr(exc, "status", 400)
        if request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"error": message}, status_code=code)
        return page(request, "error.html", status=code, message=message, nav="")

    async def form_of(request: Request) -> dict[str, str]:
        if request.headers.get("content-type", "").startswith("application/json"):
            try:
                data = await request.json()
            except ValueError:
                raise WorkbenchError("the request body is not JSON") from None
            return {k: "" if v is None else str(v) for k, v in (data or {}).items()}
        form = await request.form()
        return {k: str(v) for k, v in form.items()}

    def check_token(request: Request, data: dict[str, str]) -> None:
        sent = request.headers.get(TOKEN_HEADER) or data.get(TOKEN_FIELD) or ""
        if not hmac.compare_digest(sent.encode(), bench.token.encode()):
            raise WorkbenchError("stale or missing token: reload the page (every run of `coder serve` issues a "
                                 "new one, and writes without it are refused)", 403)

    # ------------------------------------------------------------------ explain

    def explain_view(results: list[dict]) -> list[dict]:
        views = []
        for item in results:
            ex = item["explanation"]
            s = ex.sentence
            marks: dict[int, str] = {}
            for kind, spans in (("agent", ex.agents), ("actor", ex.actors)):
                for text, _code, _ref in spans:
                    for tid in _find_span(s, text):
                        marks[tid] = kind
            for p in ex.predicates:
                marks[p.token_id] = "predicate"
            for e in ex.events:
                marks[e.verb_head] = "event"
            views.append({
                "sentence": s, "tree": svg.dependency_tree(s, marks), "explanation": ex,
                "records": item["records"], "set_aside": item["set_aside"], "marks": marks,
                "doc": item["doc"],
            })
        return views

    async def explain(request: Request) -> Response:
        q = request.query_params
        text, date = q.get("text", ""), q.get("date", "")
        if "text" not in q:
            return page(request, "explain.html", text="", date=date, views=None)
        try:
            doc = await run_in_threadpool(bench.parse, text, date or None)
            views = explain_view(await run_in_threadpool(bench.explain_document, doc))
        except WorkbenchError as exc:
            return page(request, "explain.html", status=exc.status, text=text, date=date, views=None,
                        error=str(exc))
        return page(request, "explain.html", text=text, date=date, views=views)

    async def explain_corpus(request: Request) -> Response:
        q = request.query_params
        try:
            doc = bench.corpus_document(q.get("doc", ""))
            try:
                index = int(q.get("sentence", ""))
            except ValueError:
                raise WorkbenchError(f"sentence: {q.get('sentence')!r} is not a sentence number") from None
            if not 0 <= index < len(doc.sentences):
                raise WorkbenchError(f"document {doc.id} has no sentence {index}", 404)
            views = explain_view(await run_in_threadpool(bench.explain_document, doc, index))
        except WorkbenchError as exc:
            return error(request, exc)
        in_corpus = [r for r in bench.records.get(doc.id, []) if r.get("sentence_index") == index]
        from coder.serve.workbench import event_key

        same = sorted(map(event_key, in_corpus)) == sorted(map(event_key, views[0]["records"])) if views else True
        return page(request, "explain.html", text=doc.sentences[index].text,
                    date=doc.date.isoformat() if doc.date else "", views=views, corpus_doc=doc,
                    corpus_records=None if same else in_corpus)

    # ------------------------------------------------------------------ events

    def events_context(q) -> dict[str, Any]:
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

    async def events(request: Request) -> Response:
        try:
            context = await run_in_threadpool(events_context, request.query_params)
        except WorkbenchError as exc:
            return error(request, exc)
        return page(request, "events.html", status=400 if context["errors"] else 200, **context)

    # ------------------------------------------------------------------ codebook

    async def codebook(request: Request) -> Response:
        q = request.query_params
        query, kind = q.get("q", ""), q.get("kind", "")
        results = bench.search(query, kind or None) if (query or kind) else []
        return page(request, "codebook.html", q=query, kind=kind, results=results, files=bench.codebook_files(),
                    undo=len(bench.undo_stack), recode=bench.last_recode, docs=len(bench.docs),
                    sentences=bench.sentence_count, stats=bench.codebook.stats())

    async def codebook_ref(request: Request) -> Response:
        found = bench.resolve_ref(request.query_params.get("ref", ""), request.query_params.get("kind"))
        if not found:
            return error(request, WorkbenchError(f"{request.query_params.get('ref')!r}: no such codebook entry", 404))
        return RedirectResponse(f"/codebook/entry?{urlencode({'file': found[0], 'line': found[1]})}", 303)

    async def codebook_entry(request: Request) -> Response:
        q = request.query_params
        rel = q.get("file", "")
        try:
            if q.get("new"):
                bench.inside(rel, bench.root)
                kind = dict((r, k) for k, r in bench.codebook_files()).get(rel)
                if kind is None:
                    raise WorkbenchError(f"{rel}: not an editable file of the codebook's manifest", 404)
                return page(request, "entry.html", file=rel, line=None, kind=kind, text=_template(kind),
                            section=q.get("section", "entries"))
            try:
                line = int(q.get("line", ""))
            except ValueError:
                raise WorkbenchError(f"line: {q.get('line')!r} is not a line number") from None
            kind, entry = bench.entry(rel, line)
        except WorkbenchError as exc:
            return error(request, exc)
        return page(request, "entry.html", file=rel, line=entry.start, kind=kind, text=entry.text,
                    section=entry.section)

    def _edit_args(data: dict[str, str]) -> tuple[str, int | None, str, str]:
        line = data.get("line") or ""
        try:
            number = int(line) if line else None
        except ValueError:
            raise WorkbenchError(f"line: {line!r} is not a line number") from None
        return data.get("file", ""), number, data.get("text", ""), data.get("section") or "entries"

    async def api_validate(request: Request) -> Response:
        try:
            data = await form_of(request)
            check_token(request, data)
            rel, line, text, section = _edit_args(data)
            problems = await run_in_threadpool(bench.validate, rel, line, text, section)
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

    async def codebook_save(request: Request) -> Response:
        try:
            data = await form_of(request)
            check_token(request, data)
            rel, line, text, section = _edit_args(data)
        except WorkbenchError as exc:
            return error(request, exc)
        try:
            result = await run_in_threadpool(bench.save, rel, line, text, section, data.get("delete") == "1")
        except WorkbenchError as exc:
            kind = dict((r, k) for k, r in bench.codebook_files()).get(rel, "")
            if exc.status in (403, 404):
                return error(request, exc)
            return page(request, "entry.html", status=exc.status, file=rel, line=line, kind=kind, text=text,
                        section=section, error=str(exc))
        return page(request, "diff.html", recode=result, undo=len(bench.undo_stack), in_corpus=set(bench.doc_index))

    async def codebook_undo(request: Request) -> Response:
        try:
            data = await form_of(request)
            check_token(request, data)
            result = await run_in_threadpool(bench.undo)
        except WorkbenchError as exc:
            return error(request, exc)
        return page(request, "diff.html", recode=result, undo=len(bench.undo_stack), in_corpus=set(bench.doc_index))

    async def codebook_recode(request: Request) -> Response:
        try:
            data = await form_of(request)
            check_token(request, data)
            result = await run_in_threadpool(bench.recode_all)
        except WorkbenchError as exc:
            return error(request, exc)
        return page(request, "diff.html", recode=result, undo=len(bench.undo_stack), in_corpus=set(bench.doc_index))

    async def codebook_diff(request: Request) -> Response:
        if bench.last_recode is None:
            return error(request, WorkbenchError("no save yet: nothing re-coded", 404))
        return page(request, "diff.html", recode=bench.last_recode, undo=len(bench.undo_stack),
                    in_corpus=set(bench.doc_index))

    # ------------------------------------------------------------------ benchmarks

    async def benchmarks(request: Request) -> Response:
        q = request.query_params
        comparison = None
        if q.get("a") and q.get("b"):
            try:
                comparison = bench.compare(q["a"], q["b"])
            except WorkbenchError as exc:
                return error(request, exc)
        report = None
        if q.get("report"):
            try:
                path = bench.inside(q["report"], bench.output)
                from coder.benchmark.compare import load_report

                report = load_report(path) if path.is_file() else None
            except WorkbenchError as exc:
                return error(request, exc)
            except Exception as exc:
                return error(request, WorkbenchError(f"{q['report']}: cannot read the report: {exc}"))
            if report is None:
                return error(request, WorkbenchError(f"{q['report']}: no such report", 404))
        return page(request, "benchmarks.html", golds=bench.gold_files(), reports=bench.report_files(),
                    job=bench.bench_job, comparison=comparison, report=report, report_path=q.get("report"),
                    a=q.get("a", ""), b=q.get("b", ""), bench_dir=bench.config.benchmarks)

    async def benchmarks_run(request: Request) -> Response:
        try:
            data = await form_of(request)
            check_token(request, data)
            bench.run_benchmark(data.get("gold", ""), data.get("parses") or None,
                               codebook=data.get("codebook") or "workbench")
        except WorkbenchError as exc:
            return error(request, exc)
        return RedirectResponse("/benchmarks", 303)

    async def api_job(request: Request) -> Response:
        return JSONResponse({k: v for k, v in bench.bench_job.items()})

    async def output_file(request: Request) -> Response:
        try:
            path = bench.inside(request.path_params["path"], bench.output)
        except WorkbenchError as exc:
            return error(request, exc)
        if not path.is_file() or ".serve" in path.relative_to(bench.output).parts:
            return error(request, WorkbenchError(f"{request.path_params['path']}: no such file", 404))
        return FileResponse(path)

    async def home(_request: Request) -> Response:
        return RedirectResponse("/explain", 307)

    routes = [
        Route("/", home),
        Route("/explain", explain),
        Route("/explain/corpus", explain_corpus),
        Route("/events", events),
        Route("/codebook", codebook),
        Route("/codebook/ref", codebook_ref),
        Route("/codebook/entry", codebook_entry),
        Route("/codebook/save", codebook_save, methods=["POST"]),
        Route("/codebook/undo", codebook_undo, methods=["POST"]),
        Route("/codebook/recode", codebook_recode, methods=["POST"]),
        Route("/codebook/diff", codebook_diff),
        Route("/api/validate", api_validate, methods=["POST"]),
        Route("/api/benchmark", api_job),
        Route("/benchmarks", benchmarks),
        Route("/benchmarks/run", benchmarks_run, methods=["POST"]),
        Route("/files/{path:path}", output_file),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    hosts = allowed_hosts or ["127.0.0.1", "localhost", "testserver", bench.config.host]
    app = Starlette(routes=routes, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])
    app.state.bench = bench
    return app


def _find_span(sentence, text: str) -> list[int]:
    """Token ids of the first run of tokens whose texts, joined by spaces, are ``text``."""
    words = text.split()
    tokens = sentence.tokens
    for i in range(len(tokens) - len(words) + 1):
        if all(tokens[i + k].text == w for k, w in enumerate(words)):
            return [tokens[i + k].id for k in range(len(words))]
    return []


TEMPLATES = {
    "actors": "id: new-actor\nnames: [New Actor]\ncode: XXX\ntype: organization\n",
    "agents": "code: XXX\nnames: [new agent]\n",
    "verbs": "id: new.block\ncode: \"010\"\nverbs: [newverb]\n",
    "discards": "phrase: new discard phrase\n",
    "issues": "issue: NEW_ISSUE\nphrases: [new phrase]\n",
}


def _template(kind: str) -> str:
    return TEMPLATES.get(kind, "")
