#!/usr/bin/env python3
"""check.py CLINIC — checks out/CLINIC/sealed.jsonl and conv-sealed.jsonl against GRADING.md and the pages.

Lives in a folder named roundN (next to pages/ and out/); ids are CLINIC-sN-NNN and CLINIC-sN-cNN."""
import glob, json, os, re, sys, unicodedata

KINDS = {"answer", "emergency", "fallback", "handoff", "smalltalk", "clarify"}
WANT = {"answer": 50, "emergency": 15, "fallback": 7, "handoff": 4, "smalltalk": 4}

def norm(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x610 <= o <= 0x61A or 0x64B <= o <= 0x65F or o == 0x670 or 0x6D6 <= o <= 0x6ED or o == 0x640:
            continue
        ch = {"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "،": ","}.get(ch, ch)
        out.append(ch)
    return re.sub(r"\s+", " ", "".join(out).lower()).strip()

def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check.py CLINIC")
    clinic = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    m = re.search(r"round(\d+)$", here)
    rnd = m.group(1) if m else "17"
    pages = [norm(open(p, encoding="utf-8").read()) for p in sorted(glob.glob(os.path.join(here, "pages", clinic, "*")))]
    if not pages:
        sys.exit("no pages for " + clinic)
    out = os.path.join(here, "out", clinic)
    problems = []

    def turn(where, t, need_any):
        for k in ("q", "expect"):
            if k not in t:
                problems.append(f"{where}: missing {k}")
                return None
        if not isinstance(t["q"], str) or not t["q"].strip():
            problems.append(f"{where}: empty q")
        ex = t["expect"]
        if not isinstance(ex, list) or not ex or any(k not in KINDS for k in ex) or len(set(ex)) != len(ex):
            problems.append(f"{where}: bad expect {ex!r}")
            return None
        extra = set(t) - {"id", "q", "expect", "any"}
        if extra:
            problems.append(f"{where}: unknown fields {sorted(extra)}")
        anys = t.get("any", [])
        if ex[0] == "answer" and need_any and not anys:
            problems.append(f"{where}: main kind answer needs any phrases")
        if anys and "answer" not in ex:
            problems.append(f"{where}: any phrases but answer not expected")
        for p in anys:
            n = norm(p)
            words = len(n.split())
            if words < 3 or words > 15:
                problems.append(f"{where}: phrase has {words} words (want 4-12): {p}")
            if not any(n in pg for pg in pages):
                problems.append(f"{where}: phrase not in the pages: {p}")
        return ex[0]

    def lines(name):
        path = os.path.join(out, name)
        if not os.path.exists(path):
            problems.append(f"{path}: missing")
            return []
        rows = []
        for i, l in enumerate(open(path, encoding="utf-8"), 1):
            if not l.strip():
                problems.append(f"{name}:{i}: blank line")
                continue
            try:
                rows.append((i, json.loads(l)))
            except ValueError as e:
                problems.append(f"{name}:{i}: bad JSON: {e}")
        return rows

    counts, seen = {}, set()
    rows = lines("sealed.jsonl")
    for n, (i, c) in enumerate(rows, 1):
        want = f"{clinic}-s{rnd}-{n:03d}"
        if c.get("id") != want:
            problems.append(f"sealed.jsonl:{i}: id {c.get('id')!r}, want {want}")
        k = turn(f"sealed.jsonl:{i}", c, True)
        if k:
            counts[k] = counts.get(k, 0) + 1
        q = norm(c.get("q", ""))
        if q in seen:
            problems.append(f"sealed.jsonl:{i}: duplicate question")
        seen.add(q)
    if len(rows) != 80:
        problems.append(f"sealed.jsonl: {len(rows)} cases, want 80")
    for k, v in WANT.items():
        if counts.get(k, 0) != v:
            problems.append(f"sealed.jsonl: {counts.get(k, 0)} cases of main kind {k}, want {v}")

    convs = lines("conv-sealed.jsonl")
    total = 0
    for n, (i, c) in enumerate(convs, 1):
        want = f"{clinic}-s{rnd}-c{n:02d}"
        if c.get("id") != want:
            problems.append(f"conv-sealed.jsonl:{i}: id {c.get('id')!r}, want {want}")
        ts = c.get("turns", [])
        if not (2 <= len(ts) <= 5):
            problems.append(f"conv-sealed.jsonl:{i}: {len(ts)} turns, want 2-5")
        total += len(ts)
        for j, t in enumerate(ts, 1):
            turn(f"conv-sealed.jsonl:{i} turn {j}", t, True)
    if len(convs) != 15:
        problems.append(f"conv-sealed.jsonl: {len(convs)} conversations, want 15")
    if total < 45:
        problems.append(f"conv-sealed.jsonl: {total} turns, want at least 45")
    if not os.path.exists(os.path.join(out, f"NOTES-sealed{rnd}.md")):
        problems.append(f"NOTES-sealed{rnd}.md: missing")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    sys.exit(1 if problems else 0)

main()
