"""Score the extractor's building blocks against published third-party suites.

Reads the suites from ``--shared DIR`` (default: ../shared/external relative to
the repository, i.e. /work/shared/external) and skips cleanly when absent:

* Recognizers-Text Number specs: NumberModel values, NumberRangeModel bounds,
  and OrdinalModel (ordinals must NOT come out as count figures);
* Recognizers-Text DatePeriodParser: start/end against ``PastResolution``
  (news reports past events), on the cases our period rules recognise, and
  over all cases;
* CQE NewsQuant: value F1 (multiset match of numeric values per sentence),
  printed beside the published scores (CQE 91.9, quantulum3 73.1).

    python benchmarks/external.py [--shared /work/shared/external]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
import re
import sys
from collections import Counter
from pathlib import Path

from pipeline.extract.numbers import Kind, find_numbers
from pipeline.extract.periods import find_periods

logger = logging.getLogger(__name__)
REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared" / "external"
# Kinds that the claim rules never count, and that no quantity suite counts either.
NOT_QUANTITIES = {Kind.YEAR, Kind.DATE, Kind.TIME, Kind.ORDINAL, Kind.VAGUE, Kind.OTHER, Kind.SCORE}


def _load(path: Path):
    with open(path, encoding="utf-8-sig") as fh:
        return json.load(fh)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _multiset_match(pred: list, gold: list) -> int:
    gold = list(gold)
    hits = 0
    for p in pred:
        for i, g in enumerate(gold):
            if (isinstance(p, tuple) and isinstance(g, tuple) and all(_close(x, y) for x, y in zip(p, g))) or \
                    (not isinstance(p, tuple) and not isinstance(g, tuple) and _close(p, g)):
                hits += 1
                del gold[i]
                break
    return hits


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _values(text: str) -> list:
    out = []
    for n in find_numbers(text):
        if n.kind in NOT_QUANTITIES:
            continue
        out.append((n.value, n.value_high) if n.value_high is not None else n.value)
    return out


def number_model(root: Path, supported_only: bool) -> dict:
    cases = _load(root / "recognizers-text" / "Number" / "NumberModel.json")
    tp = npred = ngold = 0
    used = 0
    for c in cases:
        if supported_only and "python" in (c.get("NotSupported") or "").lower():
            continue
        used += 1
        gold = []
        for r in c.get("Results", []):
            try:
                gold.append(float(r["Resolution"]["value"]))
            except (KeyError, ValueError):
                continue
        pred = [v[0] if isinstance(v, tuple) else v for v in _values(c["Input"])]
        tp += _multiset_match(pred, gold)
        npred += len(pred)
        ngold += len(gold)
    p, r, f = _prf(tp, npred, ngold)
    return {"cases": used, "P": p, "R": r, "F1": f}


_RANGE = re.compile(r"^([\[(])\s*([-\d.e+]*)\s*,\s*([-\d.e+]*)\s*([\])])$")


def number_range_model(root: Path) -> dict:
    cases = _load(root / "recognizers-text" / "Number" / "NumberRangeModel.json")
    total = correct = 0
    for c in cases:
        for r in c.get("Results", []):
            m = _RANGE.match(r["Resolution"]["value"])
            if not m:
                continue
            lo = float(m.group(2)) if m.group(2) else None
            hi = float(m.group(3)) if m.group(3) else None
            total += 1
            for n in find_numbers(c["Input"]):
                if n.kind in NOT_QUANTITIES:
                    continue
                if lo is not None and hi is not None:
                    ok = n.value_high is not None and _close(n.value, lo) and _close(n.value_high, hi)
                elif lo is not None:
                    ok = n.qualifier.value == "at_least" and _close(n.value, lo)
                else:
                    ok = n.qualifier.value == "at_most" and _close(n.value, hi)
                if ok:
                    correct += 1
                    break
    return {"ranges": total, "correct": correct, "accuracy": correct / total if total else 0.0}


def ordinal_model(root: Path) -> dict:
    cases = _load(root / "recognizers-text" / "Number" / "OrdinalModel.json")
    total = leaked = 0
    for c in cases:
        for r in c.get("Results", []):
            total += 1
            s, e = r["Start"], r["End"] + 1
            for n in find_numbers(c["Input"]):
                if n.kind == Kind.COUNT and n.num_start < e and n.end > s:
                    leaked += 1
                    break
    return {"ordinals": total, "became_counts": leaked, "kept_out": (total - leaked) / total if total else 0.0}


def date_period(root: Path) -> dict:
    cases = _load(root / "recognizers-text" / "DateTime" / "DatePeriodParser.json")
    total = recognised = correct = 0
    per_kind: Counter = Counter()
    misses = []
    for c in cases:
        if "Context" not in c:
            continue  # no reference date given: nothing to resolve against
        ref = dt.datetime.fromisoformat(c["Context"]["ReferenceDateTime"])
        for r in c.get("Results", []):
            past = (r.get("Value") or {}).get("PastResolution") or {}
            if not past.get("startDate") or not past.get("endDate"):
                continue
            total += 1
            gs, ge = dt.date.fromisoformat(past["startDate"]), dt.date.fromisoformat(past["endDate"])
            s, e = r["Start"], r["Start"] + r["Length"]
            # Supported = our rules recognised the whole phrase (our span covers the suite's span);
            # a partial hit ("sept" inside "last sept") counts as unsupported, not as a wrong answer.
            found = [p for p in find_periods(c["Input"], ref) if p.start <= s + 1 and p.end >= e - 1]
            if not found:
                partial = [p for p in find_periods(c["Input"], ref) if p.start < e and p.end > s]
                if partial:
                    per_kind["partial"] += 1
                continue
            recognised += 1
            p = max(found, key=lambda p: p.end - p.start)
            # The suite's end is exclusive for whole units (a month ends on the 1st of the next)
            # and for rolling spans ending today; inclusive for day ranges.
            ok = p.start_date == gs and (p.end_date == ge or p.end_date + dt.timedelta(days=1) == ge)
            correct += ok
            per_kind[ok] += 1
            if not ok:
                misses.append(f"{r['Text']!r} ref={ref.date()} got {p.start_date}..{p.end_date} want {gs}..{ge}")
    return {"cases": total, "recognised": recognised, "correct": correct, "partial": per_kind["partial"],
            "accuracy_supported": correct / recognised if recognised else 0.0,
            "accuracy_all": correct / total if total else 0.0, "misses": misses}


def newsquant(root: Path) -> dict:
    data = _load(root / "cqe" / "NewsQuant.json")
    tp = npred = ngold = 0
    for x in data:
        gold = []
        for q in x["quantities"]:
            v = str(q["value"])
            m = re.fullmatch(r"(-?[\d.]+)\s*-\s*(-?[\d.]+)", v)
            gold.append((float(m.group(1)), float(m.group(2))) if m else float(v))
        pred = _values(x["text"])
        tp += _multiset_match(pred, gold)
        npred += len(pred)
        ngold += len(gold)
    p, r, f = _prf(tp, npred, ngold)
    return {"sentences": len(data), "gold": ngold, "pred": npred, "P": p, "R": r, "F1": f}


def published(root: Path) -> dict:
    out = {}
    path = root / "cqe" / "NewsQuant-published-scores.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("type") == "value":
                    out[row["model"]] = float(row["F1"])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder holding the external suites")
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args(argv)
    root = args.shared
    if not root.is_dir():
        print(f"external suites not found at {root}: skipped")
        return 0
    print(f"external suites: {root}")
    a = number_model(root, supported_only=False)
    b = number_model(root, supported_only=True)
    print(f"Recognizers NumberModel value P/R/F1: all {a['cases']} cases {a['P']:.3f}/{a['R']:.3f}/{a['F1']:.3f}; "
          f"python-supported {b['cases']} cases {b['P']:.3f}/{b['R']:.3f}/{b['F1']:.3f}")
    r = number_range_model(root)
    print(f"Recognizers NumberRangeModel bounds+hedge: {r['correct']}/{r['ranges']} = {r['accuracy']:.3f} "
          f"(all cases; the suite marks python NotSupported on nearly all)")
    o = ordinal_model(root)
    print(f"Recognizers OrdinalModel: {o['ordinals']} ordinals, {o['became_counts']} became count figures "
          f"-> kept out {o['kept_out']:.3f}")
    d = date_period(root)
    print(f"Recognizers DatePeriodParser PastResolution: recognised {d['recognised']}/{d['cases']} periods; "
          f"accuracy on recognised (supported) {d['accuracy_supported']:.3f}; over all {d['accuracy_all']:.3f} "
          f"({d['partial']} more only partly recognised)")
    if args.show_misses:
        for m in d["misses"]:
            print("   miss", m)
    n = newsquant(root)
    pub = published(root)
    pub_s = ", ".join(f"{k} {v:.1f}" for k, v in pub.items())
    print(f"CQE NewsQuant value P/R/F1: {n['P']:.3f}/{n['R']:.3f}/{n['F1']:.3f} "
          f"({n['sentences']} sentences, {n['gold']} gold, {n['pred']} predicted) | published value F1: {pub_s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
