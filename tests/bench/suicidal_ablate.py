#!/usr/bin/env python3
"""How much of the suicidal families' recall hangs on single lines (issue 12): for each term line of a
suicidal or self-harm family, the development statements (tests/data/eval/suicidal-dev*.jsonl, never a
frozen set) found by a family that are lost when that line alone is removed. A line whose removal loses
one statement serves that statement alone: a phrase fitted to it, not a class. Lines that are a rule's
only terms are reported with every statement (the rule no longer loads). Prints one line per term line,
most lost first: LOST [rule] | line | set:line ...

Usage (from the repository root, after a build): python3 tests/bench/suicidal_ablate.py config"""
import glob, os, re, shutil, subprocess, sys, tempfile
cfg = sys.argv[1]
sets = sorted(glob.glob('tests/data/eval/suicidal-dev*.jsonl'))
keys = ('unless:', 'frame:', 'theme:', 'negation:', 'sentences:', 'window:', 'advice:', 'reach:', 'with:', 'context:', 'asked:', 'compounds:')
def found(d):
    got = set()
    for f in sets:
        out = subprocess.run(['build/tests/bench_quality', '-F', '-d', d, '-D', f], capture_output=True, text=True).stdout
        for ln in out.splitlines():
            p = ln.split('\t')
            if len(p) >= 4 and p[1] == 'true' and p[2] == 'critical' and re.search(r'"(suicidal statement: |self-harm: )', p[3]):
                got.add((os.path.basename(f), p[0]))
    return got
lines = open(os.path.join(cfg, 'urgency.conf')).read().split('\n')
tmp = tempfile.mkdtemp()
for f in os.listdir(cfg):
    shutil.copy(os.path.join(cfg, f), tmp)
full = found(tmp)
print('found', len(full), file=sys.stderr)
rule = None
res = []
for i, l in enumerate(lines):
    if l.startswith('['):
        rule = l if ('suicidal statement' in l or 'self-harm' in l) and l.startswith('[critical') else None
        continue
    if not rule or not l.strip() or l.startswith('#') or l.startswith('@') or l.startswith(keys):
        continue
    open(os.path.join(tmp, 'urgency.conf'), 'w').write('\n'.join(lines[:i] + lines[i + 1:]))
    lost = full - found(tmp)
    res.append((len(lost), rule, l[:90], sorted(lost)))
for n, r, l, lost in sorted(res, key=lambda x: -x[0]):
    print(n, r, '|', l, '|', ' '.join('%s:%s' % (a.replace('suicidal-', '').replace('.jsonl', ''), b) for a, b in lost))
