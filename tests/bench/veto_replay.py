#!/usr/bin/env python3
"""Replays bench_model --critical's second opinion on the rules' critical flags (issue 12, veto25;
model.c veto_learn .. veto_held_out) offline on its BENCH_VETO_DUMP, so its keys and its scope can
be tried in seconds, not a bench run each. The learner, the five groups of sets, the inner round and
the margins are model.c's: "--keys rules" reproduces the table bench_model prints, "--keys parts" the
one BENCH_VETO_PARTS=1 prints (session 37: both to the flag). The dump holds development sets only
(bench_model leaves the blind rounds out); the texts printed are theirs.

  --keys rules|parts|parts-alone|no-kind|no-view   the second opinion's keys (default rules: its own
                 and the danger models' view; parts: also the parts model's keys, their pairs and
                 "rule: NAME"; parts-alone: its parts alone, "part: NAME"; no-kind, no-view:
                 parts-alone with the kind or the view left out)
  --guard none|threat|down|both   flags never scored, besides a person in crisis: a threat, violence
                 or a child at risk fired ("threat"), a person down now in @person_down's words
                 told with up to three words between ("down": an approximation by pattern, the
                 classifier has no such key)
  --nested K1,K2,...   choose the keys per held-out set inside the folds (the most false removed by
                 the inner round, ties to the first named)
  --show         list the flags scored above -1 nats, most sure first

Usage (from the repository root, after a build):
  BENCH_VETO_DUMP=/tmp/veto.jsonl build/tests/bench_model --critical >/dev/null
  python3 tests/bench/veto_replay.py /tmp/veto.jsonl --keys parts --guard threat --show"""
import argparse, collections, json, math, re

MARGINS = [0, 0.5, 1, 1.5, 2, 3, 4]  # model.c veto_margins
ALPHA = 0.5  # VETO_ALPHA
SHIFTS = [-4, -2, -1, -0.5, 0, 0.5, 1, 2]
THREAT = ('fired: threat', 'fired: violence', 'fired: child')
DOWN = re.compile(r"bewusteloos|buiten bewustzijn|reageert niet|niet wakker te krijgen|ademt (niet|nauwelijks)"
                  r"|bloedt|(ligt|lag|liggen) (\w+ ){0,3}op (de|het) (grond|vloer|straat)|kan niet (meer )?opstaan"
                  r"|niet meer opstaan|in elkaar gezakt|onwel|flauwgevallen|roept om hulp|reanim|ambulance|\b112\b", re.I)


def nines(p):  # classify.c nines
    q = 1 - p
    return 8 if q <= 1e-8 else 0 if q >= 1 else int(math.floor(-math.log10(q)))


def view(r):  # ll_danger_view_keys
    k = ['parts: %d' % nines(r['pd'] + r['ps']) if r['nparts'] else 'parts: none']
    if not r['nwords']:
        return k + ['words: none']
    return k + ['words danger: %d' % nines(r['wd']), 'words suicidal: %d' % nines(r['ws'])]


def parts(r, all_keys=True):  # the parts model's keys, or its parts alone ("part: NAME")
    return [k for k in r['keys'] if all_keys or k.startswith('part: ')]


KEYS = {
    'rules': lambda r: r['vkeys'] + view(r),
    'parts': lambda r: r['vkeys'] + view(r) + parts(r),
    'parts-alone': lambda r: r['vkeys'] + view(r) + parts(r, False),
    'no-kind': lambda r: [k for k in r['vkeys'] if not k.startswith('kind')] + view(r) + parts(r, False),
    'no-view': lambda r: r['vkeys'] + parts(r, False),
}


class Veto:
    """One key set over the flags in scope: per-set counts, so a fit is the totals less the sets left out."""

    def __init__(self, rows, keys):
        self.rows = rows
        names = sorted({k for r in rows for k in keys(r)})
        at = {k: i for i, k in enumerate(names)}
        self.nk = len(names)
        self.ids = {id(r): sorted({at[k] for k in keys(r)}) for r in rows}
        self.sets = sorted({r['si'] for r in rows})
        self.n = {s: [0, 0] for s in self.sets}
        self.c = {s: collections.Counter() for s in self.sets}
        self.tn, self.tc = [0, 0], [[0, 0] for _ in names]
        for r in rows:
            y = int(not r['critical'])
            self.n[r['si']][y] += 1
            self.tn[y] += 1
            for i in self.ids[id(r)]:
                self.c[r['si']][(i, y)] += 1
                self.tc[i][y] += 1

    def learn(self, out):  # veto_learn over every set but those of out
        n, d = list(self.tn), collections.Counter()
        for s in out:
            if s in self.n:
                n[0] -= self.n[s][0]
                n[1] -= self.n[s][1]
                d.update(self.c[s])
        bias, w = math.log((n[1] + 1) / (n[0] + 1)), [0.0] * self.nk
        for k in range(self.nk):
            p1 = (self.tc[k][1] - d[(k, 1)] + ALPHA) / (n[1] + 2 * ALPHA)
            p0 = (self.tc[k][0] - d[(k, 0)] + ALPHA) / (n[0] + 2 * ALPHA)
            absent = math.log(1 - p1) - math.log(1 - p0)
            bias += absent
            w[k] = math.log(p1) - math.log(p0) - absent
        return bias, w

    def score(self, fit, r):
        return fit[0] + sum(fit[1][i] for i in self.ids[id(r)])

    def out(self, held, five, four):  # veto_split: the sets a fit leaves out
        return {s for s in self.sets if s == held or (five >= 0 and s % 5 == five) or (four >= 0 and (s // 5) % 4 == four)}

    def top(self, held, five):  # veto_top
        best, scored = -math.inf, self.out(held, five, -1)
        for g in range(5 if five < 0 else 4):
            fit = self.learn(self.out(held, g, -1) if five < 0 else self.out(held, five, g))
            for r in self.rows:
                grp = r['si'] % 5 if five < 0 else (r['si'] // 5) % 4
                if r['critical'] and r['si'] not in scored and grp == g:
                    best = max(best, self.score(fit, r))
        return best

    def threshold(self, held):  # veto_threshold, and the false flags its inner round removes
        lost, removed = [0] * len(MARGINS), [0] * len(MARGINS)
        for g in range(5):
            top, fit = self.top(held, g), self.learn(self.out(held, g, -1))
            for r in self.rows:
                if r['si'] != held and r['si'] % 5 == g:
                    x = self.score(fit, r)
                    for m, mg in enumerate(MARGINS):
                        if x > top + mg:
                            (lost if r['critical'] else removed)[m] += 1
        m = 0
        while m + 1 < len(MARGINS) and lost[m]:
            m += 1
        if lost[m]:
            return math.inf, 0
        return self.top(held, -1) + MARGINS[m], removed[m]

    def held_out(self):  # per held-out set: (inner false removed, {flag: score - threshold})
        res = {}
        for s in self.sets:
            th, removed = self.threshold(s)
            fit = self.learn({s})
            res[s] = (removed, {id(r): self.score(fit, r) - th for r in self.rows if r['si'] == s})
        return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dump')
    ap.add_argument('--keys', default='rules', choices=sorted(KEYS))
    ap.add_argument('--guard', default='none', choices=['none', 'threat', 'down', 'both'])
    ap.add_argument('--nested')
    ap.add_argument('--show', action='store_true')
    a = ap.parse_args()
    rows = [json.loads(ln) for ln in open(a.dump)]

    def scope(r):  # veto_scope, and the guard
        if not r['rules'] or r['crisis']:
            return False
        if a.guard in ('threat', 'both') and any(k.startswith(THREAT) for k in r['vkeys']):
            return False
        return not (a.guard in ('down', 'both') and DOWN.search(r['text']))

    rows = [r for r in rows if scope(r)]
    names = a.nested.split(',') if a.nested else [a.keys]
    runs = {k: Veto(rows, KEYS[k]).held_out() for k in names}
    score, chose = {}, collections.Counter()
    for s in sorted({r['si'] for r in rows}):
        best = max(names, key=lambda k: (runs[k][s][0], -names.index(k)))
        chose[best] += 1
        score.update(runs[best][s][1])
    by = {id(r): r for r in rows}
    print('flags in scope %d (%d false); keys %s, guard %s' % (len(rows), sum(not r['critical'] for r in rows),
                                                               ','.join(names), a.guard))
    if a.nested:
        print('chosen per set:', dict(chose))
    cells = []
    for d in SHIFTS:
        moved = [by[i] for i, x in score.items() if x > d]
        cells.append('D %g %d/%d (messages %d)' % (d, sum(r['critical'] for r in moved),
                                                   sum(not r['critical'] for r in moved),
                                                   sum(not r['critical'] and r['set'].startswith('messages') for r in moved)))
    print('the learned thresholds moved by D nats, found lost / false removed:', '  '.join(cells))
    for i, x in sorted(score.items(), key=lambda t: -t[1]):
        if a.show and x > -1:
            r = by[i]
            print('  %s %s %+.2f %s | %.100s' % ('LOST' if r['critical'] else 'REMOVED', r['set'], x, r['why'],
                                                 r['text'].replace('\n', ' ')))


if __name__ == '__main__':
    main()
