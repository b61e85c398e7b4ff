"""Score the claim extractor against the hand-annotated gold set.

Claims are matched on (article, metric, value, period); on matched claims the
claimant, subject and actor are checked.  The gold set has a development split
(used while tuning) and a held-out split (not looked at while tuning): both
are reported.

    python benchmarks/extraction.py [--gold benchmarks/data/gold/gold.jsonl] [--show]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
from pathlib import Path

from pipeline.extract import extract_claims
from pipeline.models import Article

logger = logging.getLogger(__name__)
GOLD = Path(__file__).resolve().parent / "data" / "gold" / "gold.jsonl"


def load_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_article(rec: dict) -> Article:
    return Article(article_id=rec["article_id"], outlet=rec.get("outlet"), headline=rec.get("headline"),
                   published_at=dt.datetime.fromisoformat(rec["published_at"]) if rec.get("published_at") else None,
                   body=rec["body"])


def _key(metric, value, start, end) -> tuple:
    return (metric, int(value), str(start) if start else None, str(end) if end else None)


def _norm(x):
    return " ".join(str(x).lower().split()) if x is not None else None


def score(records: list[dict], show: bool = False) -> dict:
    tp = fp = fn = 0
    vtp = vfp = vfn = 0
    ptp = pfp = pfn = 0
    attrs = {"claimant": [0, 0], "subject": [0, 0], "actor": [0, 0], "speaker": [0, 0], "qualifier": [0, 0],
             "location": [0, 0]}
    for rec in records:
        preds = extract_claims(to_article(rec))
        pmap: dict[tuple, object] = {}
        for c in preds:
            pmap.setdefault(_key(c.metric, c.value, c.period_start, c.period_end), c)
        gmap = {_key(g["metric"], g["value"], g["period_start"], g["period_end"]): g for g in rec["claims"]}
        hit = set(pmap) & set(gmap)
        tp += len(hit)
        fp += len(set(pmap) - hit)
        fn += len(set(gmap) - hit)
        pv, gv = {k[1] for k in pmap}, {k[1] for k in gmap}
        vtp += len(pv & gv)
        vfp += len(pv - gv)
        vfn += len(gv - pv)
        pp, gp = {k[1:] for k in pmap}, {k[1:] for k in gmap}
        ptp += len(pp & gp)
        pfp += len(pp - gp)
        pfn += len(gp - pp)
        for k in sorted(hit, key=str):
            g, p = gmap[k], pmap[k]
            for name in attrs:
                pv_ = getattr(p, name)
                pv_ = pv_.value if hasattr(pv_, "value") else pv_
                ok = _norm(pv_) == _norm(g.get(name))
                attrs[name][0] += ok
                attrs[name][1] += 1
                if show and not ok and name in ("claimant", "subject", "actor"):
                    print(f"  {rec['article_id']} {k} {name}: got {pv_!r} want {g.get(name)!r}")
        if show:
            for k in sorted(set(pmap) - hit, key=str):
                print(f"  {rec['article_id']} FP {k}  [{pmap[k].mention.text}]")
            for k in sorted(set(gmap) - hit, key=str):
                print(f"  {rec['article_id']} FN {k}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    vp = vtp / (vtp + vfp) if vtp + vfp else 0.0
    vr = vtp / (vtp + vfn) if vtp + vfn else 0.0
    pp_ = ptp / (ptp + pfp) if ptp + pfp else 0.0
    pr_ = ptp / (ptp + pfn) if ptp + pfn else 0.0
    return {"vp_f1": 2 * pp_ * pr_ / (pp_ + pr_) if pp_ + pr_ else 0.0,
            "articles": len(records), "gold": tp + fn, "pred": tp + fp, "tp": tp, "precision": p, "recall": r,
            "f1": f, "value_f1": 2 * vp * vr / (vp + vr) if vp + vr else 0.0,
            **{f"{k}_acc": (v[0] / v[1] if v[1] else 0.0) for k, v in attrs.items()}}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--show", action="store_true", help="print misses and attribute errors")
    ap.add_argument("--split", default=None, help="only this split (dev, heldout, heldout2, ... or all)")
    args = ap.parse_args(argv)
    records = load_gold(args.gold)
    splits = [args.split] if args.split else [*dict.fromkeys(r["split"] for r in records), "independent", "all"]
    print(f"gold set: {args.gold} ({len(records)} articles)")
    print("key = (article, metric, value, period); value+period-F1 ignores the metric; attribute accuracies on matched claims")
    for split in splits:
        if split == "independent":
            # heldout12 and later: written and annotated by helpers that never saw the extractor or the earlier gold
            recs = [r for r in records if re.fullmatch(r"heldout(\d+)", r["split"]) and int(r["split"][7:]) >= 12]
            if not recs:
                continue
        else:
            recs = records if split == "all" else [r for r in records if r["split"] == split]
        if args.show:
            print(f"-- {split}")
        s = score(recs, show=args.show and split != "all")
        print(f"{split:8s} articles={s['articles']:3d} gold={s['gold']:3d} pred={s['pred']:3d} "
              f"P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} | value-F1={s['value_f1']:.3f} "
              f"value+period-F1={s['vp_f1']:.3f} | "
              f"claimant={s['claimant_acc']:.2f} subject={s['subject_acc']:.2f} actor={s['actor_acc']:.2f} "
              f"speaker={s['speaker_acc']:.2f} qualifier={s['qualifier_acc']:.2f} location={s['location_acc']:.2f}")


if __name__ == "__main__":
    main()
