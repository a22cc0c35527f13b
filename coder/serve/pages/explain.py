"""The Explain page: a typed sentence, or a sentence of the corpus, parsed and explained with
its dependency tree and the coder's own trace."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coder.serve.config import WorkbenchError
from coder.serve.event_diff import event_key
from coder.serve.svg import dependency_tree
from coder.serve.web import Page


class ExplainPage(Page):
    def routes(self) -> list[Route]:
        return [Route("/explain", self.explain), Route("/explain/corpus", self.explain_corpus)]

    async def explain(self, request: Request) -> Response:
        q = request.query_params
        text, date = q.get("text", ""), q.get("date", "")
        if "text" not in q:
            return self.web.page(request, "explain.html", text="", date=date, views=None)
        try:
            doc = await run_in_threadpool(self.bench.parse, text, date or None)
            views = explain_views(await run_in_threadpool(self.bench.explain_document, doc))
        except WorkbenchError as exc:
            return self.web.page(request, "explain.html", status=exc.status, text=text, date=date, views=None,
                                 error=str(exc))
        return self.web.page(request, "explain.html", text=text, date=date, views=views)

    async def explain_corpus(self, request: Request) -> Response:
        q = request.query_params
        try:
            doc = self.bench.corpus_document(q.get("doc", ""))
            index = sentence_number(q.get("sentence"), doc)
            views = explain_views(await run_in_threadpool(self.bench.explain_document, doc, index))
        except WorkbenchError as exc:
            return self.web.error(request, exc)
        in_corpus = [r for r in self.bench.records.get(doc.id, []) if r.get("sentence_index") == index]
        same = sorted(map(event_key, in_corpus)) == sorted(map(event_key, views[0]["records"])) if views else True
        return self.web.page(request, "explain.html", text=doc.sentences[index].text,
                             date=doc.date.isoformat() if doc.date else "", views=views, corpus_doc=doc,
                             corpus_records=None if same else in_corpus)


def sentence_number(value: str | None, doc) -> int:
    """The index of one of ``doc``'s sentences, from a query parameter."""
    try:
        index = int(value or "")
    except ValueError:
        raise WorkbenchError(f"sentence: {value!r} is not a sentence number") from None
    if not 0 <= index < len(doc.sentences):
        raise WorkbenchError(f"document {doc.id} has no sentence {index}", 404)
    return index


def explain_views(results: list[dict]) -> list[dict]:
    """What the page shows of each explained sentence: its tree with the marked words."""
    views = []
    for item in results:
        ex = item["explanation"]
        marks = token_marks(ex)
        views.append({
            "sentence": ex.sentence, "tree": dependency_tree(ex.sentence, marks), "explanation": ex,
            "records": item["records"], "set_aside": item["set_aside"], "marks": marks,
            "doc": item["doc"],
        })
    return views


def token_marks(ex) -> dict[int, str]:
    """A CSS class per token id: agent, actor, predicate or event (the last mark wins)."""
    marks: dict[int, str] = {}
    for kind, spans in (("agent", ex.agents), ("actor", ex.actors)):
        for text, _code, _ref in spans:
            for tid in find_span(ex.sentence, text):
                marks[tid] = kind
    for p in ex.predicates:
        marks[p.token_id] = "predicate"
    for e in ex.events:
        marks[e.verb_head] = "event"
    return marks


def find_span(sentence, text: str) -> list[int]:
    """Token ids of the first run of tokens whose texts, joined by spaces, are ``text``."""
    words = text.split()
    tokens = sentence.tokens
    for i in range(len(tokens) - len(words) + 1):
        if all(tokens[i + k].text == w for k, w in enumerate(words)):
            return [tokens[i + k].id for k in range(len(words))]
    return []
