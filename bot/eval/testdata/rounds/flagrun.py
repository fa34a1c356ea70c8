#!/usr/bin/env python3
"""flagrun.py BINARY FILE... — runs E|clinic|msg / N|clinic|msg batteries through `faqbot ask --json`
(the home clinic's embedded pages, the others' eval corpus kb) and counts misses and alarms.
Run from /work/main (or a worktree)."""
import json, subprocess, sys
CL = ["botox", "dental", "derma", "eye", "physio"]
binary, files = sys.argv[1], sys.argv[2:]
cases = []
for f in files:
    for l in open(f, encoding="utf-8"):
        l = l.rstrip("\n")
        if not l.strip() or l.startswith("#"):
            continue
        p = l.split("|", 2)
        if len(p) == 3 and p[0] in ("E", "N"):
            for c in (CL if p[1] == "any" else [p[1]]):
                cases.append((p[0], c, p[2]))
res = {}
for c in CL:
    qs = [m for (_, cc, m) in cases if cc == c]
    if not qs:
        continue
    args = [binary, "ask", "--json"]
    if c != "botox":
        args += ["--kb", f"bot/eval/testdata/clinics/{c}/kb"]
    out = subprocess.run(args, input="\n".join(q.replace("\n", " ") for q in qs) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(qs), (c, len(out), len(qs))
    for q, o in zip(qs, out):
        res[(c, q)] = json.loads(o)["kind"]
em = sum(1 for (k, _, _) in cases if k == "E"); nn = len(cases) - em
miss = [(c, m) for (k, c, m) in cases if k == "E" and res[(c, m)] != "emergency"]
alarm = [(c, m) for (k, c, m) in cases if k == "N" and res[(c, m)] == "emergency"]
for c, m in miss:
    print("MISS", c, m)
for c, m in alarm:
    print("ALARM", c, m)
print(f"missed {len(miss)}/{em} alarmed {len(alarm)}/{nn}")
