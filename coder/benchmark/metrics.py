"""Metric arithmetic: per-record multiset matching of labels, then precision/recall/F1.

Conventions (the same as scikit-learn's with ``zero_division=0``):

* A record's gold labels and predicted labels are matched as multisets: a label found
  twice in gold and once in the prediction gives one true positive and one false negative.
* Per class ``c``: P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2PR/(P+R); 0 when undefined.
* micro: P, R and F1 from the summed tp/fp/fn over all classes.
* macro F1: the unweighted mean of per-class F1 over every class seen in gold or prediction.
* weighted F1: per-class F1 weighted by gold support (tp+fn); classes only predicted weigh 0.
* ``class_of`` maps a label to the class it is counted under (a dyad triple is counted
  under its event code), so matching stays exact while per-class tables stay readable.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterable, Sequence

NONE_CLASS = "∅"  # the confusion-matrix row/column for "nothing" (missed / spurious)


@dataclass
class ClassCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


@dataclass
class LevelScore:
    """Scores at one level (CAMEO code, root, PLOVER event, dyad…)."""

    classes: dict[str, ClassCounts] = field(default_factory=dict)
    confusion: dict[str, Counter] = field(default_factory=dict)  # gold class → predicted class

    @property
    def total(self) -> ClassCounts:
        out = ClassCounts()
        for c in self.classes.values():
            out.tp, out.fp, out.fn = out.tp + c.tp, out.fp + c.fp, out.fn + c.fn
        return out

    @property
    def f1_macro(self) -> float:
        seen = [c for c in self.classes.values() if c.tp + c.fp + c.fn]
        return sum(c.f1 for c in seen) / len(seen) if seen else 0.0

    @property
    def f1_weighted(self) -> float:
        support = sum(c.support for c in self.classes.values())
        return _ratio(sum(c.f1 * c.support for c in self.classes.values()), support)

    def summary(self) -> dict:
        total = self.total
        return {
            "precision": round(total.precision, 4),
            "recall": round(total.recall, 4),
            "f1_micro": round(total.f1, 4),
            "f1_macro": round(self.f1_macro, 4),
            "f1_weighted": round(self.f1_weighted, 4),
            "support": total.support,
            "predicted": total.tp + total.fp,
            "tp": total.tp, "fp": total.fp, "fn": total.fn,
        }

    def per_class(self) -> dict[str, dict]:
        return {
            name: {"precision": round(c.precision, 4), "recall": round(c.recall, 4),
                   "f1": round(c.f1, 4), "support": c.support, "predicted": c.tp + c.fp,
                   "tp": c.tp, "fp": c.fp, "fn": c.fn}
            for name, c in sorted(self.classes.items())
        }

    def confusion_dict(self) -> dict[str, dict[str, int]]:
        return {g: dict(sorted(row.items())) for g, row in sorted(self.confusion.items())}


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def f1_score(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


def match_multisets(gold: Iterable[Hashable], pred: Iterable[Hashable]
                    ) -> tuple[Counter, Counter, Counter]:
    """(matched, missed gold, extra predicted) multisets of one record."""
    g, p = Counter(gold), Counter(pred)
    matched = g & p
    return matched, g - matched, p - matched


def score_level(records: Iterable[tuple[Sequence[Hashable], Sequence[Hashable]]],
                class_of: Callable[[Hashable], str] = str,
                restrict: Callable[[str], bool] | None = None) -> LevelScore:
    """Score (gold labels, predicted labels) per record.

    ``restrict`` keeps only the classes it accepts (CASE 2021: the 25 ACLED sub-types);
    a prediction of a class outside it still counts as a miss for the gold label.
    """
    score = LevelScore()

    def counts(name: str) -> ClassCounts | None:
        if restrict is not None and not restrict(name):
            return None
        return score.classes.setdefault(name, ClassCounts())

    for gold, pred in records:
        matched, missed, extra = match_multisets(gold, pred)
        for label, n in matched.items():
            name = class_of(label)
            if (c := counts(name)) is not None:
                c.tp += n
            _confuse(score, name, name, n)
        for label, n in missed.items():
            if (c := counts(class_of(label))) is not None:
                c.fn += n
        for label, n in extra.items():
            if (c := counts(class_of(label))) is not None:
                c.fp += n
        _confuse_leftovers(score, [class_of(x) for x in missed.elements()],
                           [class_of(x) for x in extra.elements()])
    return score


def _confuse(score: LevelScore, gold: str, pred: str, n: int = 1) -> None:
    score.confusion.setdefault(gold, Counter())[pred] += n


def _confuse_leftovers(score: LevelScore, missed: list[str], extra: list[str]) -> None:
    """Pair a record's unmatched gold and predicted classes in sorted order (the usual
    single-label case pairs the one gold with the one prediction); the rest go to ∅."""
    missed, extra = sorted(missed), sorted(extra)
    for i in range(max(len(missed), len(extra))):
        _confuse(score, missed[i] if i < len(missed) else NONE_CLASS,
                 extra[i] if i < len(extra) else NONE_CLASS)


def accuracy(correct: int, total: int) -> dict:
    return {"correct": correct, "total": total, "accuracy": round(_ratio(correct, total), 4)}
