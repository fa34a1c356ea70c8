#!/usr/bin/env python3
"""split.py SRC DST: DST/<clinic>/ gets the study cases of SRC/<clinic>/ (tune halves minus held-out rounds)."""
import os, re, sys, json
src, dst = sys.argv[1], sys.argv[2]
hold = re.compile(r"-r(36|37)-")
for c in sorted(os.listdir(src)):
    d = os.path.join(src, c)
    if not os.path.isdir(d):
        continue
    o = os.path.join(dst, c)
    os.makedirs(o, exist_ok=True)
    if os.path.isdir(os.path.join(d, "kb")) and not os.path.exists(os.path.join(o, "kb")):
        os.symlink(os.path.abspath(os.path.join(d, "kb")), os.path.join(o, "kb"))
    for f in ("tune.jsonl", "conv-tune.jsonl"):
        with open(os.path.join(d, f), encoding="utf-8") as r, open(os.path.join(o, f), "w", encoding="utf-8") as w:
            for l in r:
                if l.strip() and not hold.search(json.loads(l)["id"]):
                    w.write(l)
