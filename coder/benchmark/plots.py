"""Matplotlib figures (Agg backend) for the HTML report, returned as base64 PNG strings."""

from __future__ import annotations

import base64
import io

MAX_CLASSES = 40  # bars/heatmap rows beyond this are the least frequent classes, dropped


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def _png(fig) -> str:
    plt = _pyplot()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def f1_bars(level: str, per_class: dict[str, dict]) -> str | None:
    """Horizontal bars of per-class F1 (with support in the label), biggest classes first."""
    rows = sorted(per_class.items(), key=lambda kv: (-kv[1]["support"], kv[0]))[:MAX_CLASSES]
    if not rows:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 0.28 * len(rows) + 1.2))
    labels = [f"{name} (n={v['support']})" for name, v in rows]
    values = [v["f1"] for _, v in rows]
    ax.barh(range(len(rows)), values, color="#4878a8")
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("F1")
    ax.set_title(f"Per-class F1 — {level}")
    return _png(fig)


def confusion_heatmap(level: str, confusion: dict[str, dict[str, int]]) -> str | None:
    """Gold (rows) × predicted (columns) counts, ∅ = missed / spurious."""
    totals: dict[str, int] = {}
    for gold, row in confusion.items():
        for pred, n in row.items():
            totals[gold] = totals.get(gold, 0) + n
            totals[pred] = totals.get(pred, 0) + n
    if not totals:
        return None
    names = sorted(sorted(totals), key=lambda k: -totals[k])[:MAX_CLASSES]
    names = sorted(names)
    index = {n: i for i, n in enumerate(names)}
    matrix = [[0] * len(names) for _ in names]
    for gold, row in confusion.items():
        for pred, n in row.items():
            if gold in index and pred in index:
                matrix[index[gold]][index[pred]] += n
    plt = _pyplot()
    size = 0.3 * len(names) + 2
    fig, ax = plt.subplots(figsize=(size + 1, size))
    image = ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(names)), names, rotation=90, fontsize=7)
    ax.set_yticks(range(len(names)), names, fontsize=7)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(f"Confusion — {level}")
    if len(names) <= 25:
        for i, row in enumerate(matrix):
            for j, n in enumerate(row):
                if n:
                    ax.text(j, i, str(n), ha="center", va="center", fontsize=6,
                            color="white" if n > max(map(max, matrix)) / 2 else "black")
    fig.colorbar(image, ax=ax, fraction=0.04)
    return _png(fig)


def confidence_curve(block: dict) -> str | None:
    """Precision and recall at each confidence threshold (a report's ``confidence`` block)."""
    rows = block.get("thresholds") or []
    if not rows:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 3.6))
    x = [r["threshold"] for r in rows]
    ax.plot(x, [r["precision"] for r in rows], marker="o", label="precision", color="#4878a8")
    ax.plot(x, [r["recall"] for r in rows], marker="s", label="recall", color="#d07a3a")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("minimum confidence")
    ax.set_title(f"Events kept at each confidence threshold — {block.get('level', '')}")
    ax.legend(loc="lower left")
    ax.grid(alpha=0.3)
    return _png(fig)
