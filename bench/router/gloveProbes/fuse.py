# Round eleven probe (issue 11): fuses leave-one-set-out scores and reports them like safetyLoso.ts. See README.md.
# usage: fuse.py base_dump.json [extra_scores.json weight] ; prints LOSO union & learned-alone like safetyLoso.ts
import json, sys, numpy as np
base = json.load(open(sys.argv[1]))
extra = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else None
w = float(sys.argv[3]) if len(sys.argv) > 3 else 0.5
mode = sys.argv[4] if len(sys.argv) > 4 else 'logit'
target = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0175
floor = 0.005
def logit(p): p = min(max(p, 1e-6), 1-1e-6); return np.log(p/(1-p))
for s in base:
    if extra is not None:
        e = extra[s['set'] + '\t' + s['text']]
        s['fused'] = (1-w)*logit(s['score']) + w*logit(e) if mode == 'logit' else (1-w)*s['score'] + w*e
    else: s['fused'] = s['score']
    s['rc'] = s['rule'] and s['floorScore'] >= floor
sets = list(dict.fromkeys(s['set'] for s in base))
def thr(pool, t):
    neg = sorted([s['fused'] for s in pool if not s['positive'] and not s['rc']], reverse=True)
    total = sum(1 for s in pool if not s['positive']); ra = sum(1 for s in pool if not s['positive'] and s['rc'])
    allowed = int(np.floor(t*total)) - ra
    return 1e9 if allowed < 0 else (neg[allowed] if allowed < len(neg) else -1e9) + 1e-9
def thr_alone(pool, t):
    neg = sorted([s['fused'] for s in pool if not s['positive']], reverse=True)
    return neg[int(np.floor(t*len(neg)))] + 1e-9
tot = dict(c=0, n=0, a=0, o=0, l=0, la=0)
line = []
for h in sets:
    mine = [s for s in base if s['set'] == h]; pool = [s for s in base if s['set'] != h]
    T = thr(pool, target); TA = thr_alone(pool, 0.015)
    cr = [s for s in mine if s['positive']]; od = [s for s in mine if not s['positive']]
    c = sum(1 for s in cr if s['rc'] or s['fused'] >= T); a = sum(1 for s in od if s['rc'] or s['fused'] >= T)
    l = sum(1 for s in cr if s['fused'] >= TA); la = sum(1 for s in od if s['fused'] >= TA)
    tot = dict(c=tot['c']+c, n=tot['n']+len(cr), a=tot['a']+a, o=tot['o']+len(od), l=tot['l']+l, la=tot['la']+la)
    if h in ('v8','v9','v10') or '-v' in sys.argv: line.append(f"{h} U {100*c/len(cr):.1f}%/{100*a/len(od):.1f}% L {100*l/len(cr):.1f}%/{100*la/len(od):.1f}%")
print(' | '.join(line), f"|| ALL U {100*tot['c']/tot['n']:.1f}% ({tot['c']}/{tot['n']}) FA {100*tot['a']/tot['o']:.2f}%  L@1.5 {100*tot['l']/tot['n']:.1f}% FA {100*tot['la']/tot['o']:.2f}%")
