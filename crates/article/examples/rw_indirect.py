#!/usr/bin/env python3
"""Token P/R/F1 of the parser's indirect speech (Article.indirect) on Corpus
Redewiedergabe, read at run time (the corpus is never copied into the repo).

Reuses the team's scorer (../shared/eval/rw_eval.py) to load the samples and
rebuild each text exactly as it does, so token offsets agree with it.

Gold: `indirect` STWR instances, medium speech and/or writing (pure thought
excluded), like the direct-speech main variant; "all" also counts thought.
Prediction: the tokens of each indirect quote's pieces.

    cargo build --release -p article
    python3 crates/article/examples/rw_indirect.py \
        --corpus ../shared/corpora/redewiedergabe-dev [--bin target/release/article]
"""

import argparse
import collections
import concurrent.futures
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_eval(path):
    spec = importlib.util.spec_from_file_location("rw_eval", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["rw_eval"] = mod
    spec.loader.exec_module(mod)
    return mod


def gold_tokens(sample, media):
    flags = set()
    inst = collections.defaultdict(set)
    for i, anns in enumerate(sample.stwr):
        for kind, med, sid in anns:
            if kind != "indirect":
                continue
            if media == "sw" and not (med & {"speech", "writing"}):
                continue
            flags.add(i)
            inst[sid].add(i)
    return flags, inst


def run(ev, binary, sample):
    text, _chars, tb, _roles, _toks = ev.rebuild(sample)
    art = ev.run_parser(binary, text)
    pred = set()
    spans = []
    for q in art.get("indirect", []):
        toks = set()
        for p in q["pieces"]:
            toks.update(ev.byte_range_tokens(tb, p["start"], p["end"]))
        pred |= toks
        spans.append(toks)
    return sample, pred, spans


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join("..", "shared", "corpora", "redewiedergabe-dev"))
    ap.add_argument("--bin", default=os.environ.get("ARTICLE_BIN", os.path.join("target", "release", "article")))
    ap.add_argument("--eval", default=os.path.join("..", "shared", "eval", "rw_eval.py"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    ev = load_eval(args.eval)
    samples = ev.load_corpus(args.corpus)
    counts = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # tp fp fn | span tp, gold, pred
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for sample, pred, spans in pool.map(lambda s: run(ev, args.bin, s), samples):
            group = ev.group_of(sample)
            for media in ("sw", "all"):
                gold, inst = gold_tokens(sample, media)
                for g in (group, "all"):
                    c = counts[(media, g)]
                    c[0] += len(gold & pred)
                    c[1] += len(pred - gold)
                    c[2] += len(gold - pred)
                    # span: a gold instance is found when >= 50 % of its tokens are predicted
                    # and the prediction overlapping it most lies >= 50 % inside gold.
                    c[4] += len(inst)
                    c[5] += len(spans)
                    for toks in inst.values():
                        best = max(spans, key=lambda s: len(s & toks), default=set())
                        if best and len(best & toks) * 2 >= len(toks) and len(best & gold) * 2 >= len(best):
                            c[3] += 1
    print(f"Indirect speech on {len(samples)} samples; parser {args.bin}")
    print(f"{'gold':<5} {'group':<12} {'tokP':>6} {'tokR':>6} {'tokF1':>6} | {'gold':>5} {'pred':>5} {'found':>5}")
    for media in ("sw", "all"):
        for g in ("fiction", "non-fiction", "all"):
            c = counts[(media, g)]
            p, r, f = prf(c[0], c[1], c[2])
            print(f"{media:<5} {g:<12} {p:6.3f} {r:6.3f} {f:6.3f} | {c[4]:5d} {c[5]:5d} {c[3]:5d}")


if __name__ == "__main__":
    main()
