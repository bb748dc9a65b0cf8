# Round eleven probe (issue 11): mean+max(+negated mean) pooled GloVe vectors → 1-hidden-layer MLP (dropout, weight decay, Adam), leave-one-set-out. See README.md.
import json, numpy as np, sys
rng = np.random.default_rng(7)
rows = json.load(open('/tmp/r11/data.json'))
V = np.load('/tmp/r11/glove100k.npy'); words = json.load(open('/tmp/r11/glove100k_words.json'))
NW = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
V = V[:NW]; V = V / np.linalg.norm(V, axis=1, keepdims=True)
idx = {w:i for i,w in enumerate(words[:NW])}
CON = dict(dont='not',didnt='not',doesnt='not',wont='not',cant='not',couldnt='not',wouldnt='not',shouldnt='not',isnt='not',arent='not',wasnt='not',werent='not',havent='not',hasnt='not',im='i',ive='i',youre='you',thats='that',wanna='want',gonna='going')
for k,v in CON.items():
    if k not in idx and v in idx: idx[k]=idx[v]
D=100
def embed(tokens):
    ids=[]; neg=[]
    for t in tokens:
        n = t.startswith('~'); b = t[1:] if n else t
        i = idx.get(b)
        if i is not None: ids.append(i); neg.append(n)
    if not ids: return np.zeros(3*D+1, np.float32)
    M = V[ids]; negm = np.array(neg)
    mean = M.mean(0); mx = M.max(0)
    nmean = M[negm].mean(0) if negm.any() else np.zeros(D, np.float32)
    return np.concatenate([mean, mx, nmean, [len(ids)/(len(tokens)+1e-9)]]).astype(np.float32)
X = np.stack([embed(r['tokens']) for r in rows]); y = np.array([r['positive'] for r in rows], np.float32)
sets = np.array([r['set'] for r in rows]); roles = np.array([r['role'] for r in rows])
H = int(sys.argv[2]) if len(sys.argv) > 2 else 128
def train(Xt, yt, epochs=25, lr=2e-3, wd=1e-4, drop=0.2):
    n, d = Xt.shape
    W1 = rng.normal(0, np.sqrt(2/d), (d, H)).astype(np.float32); b1 = np.zeros(H, np.float32)
    W2 = rng.normal(0, np.sqrt(1/H), (H,)).astype(np.float32); b2 = np.float32(0)
    params = [W1, b1, W2, np.array([b2])]
    m = [np.zeros_like(p) for p in params]; v = [np.zeros_like(p) for p in params]; t = 0
    for ep in range(epochs):
        perm = rng.permutation(n)
        for s in range(0, n, 32):
            bi = perm[s:s+32]; xb = Xt[bi]; yb = yt[bi]
            mask_in = (rng.random(xb.shape) > drop) / (1-drop)
            xd = xb * mask_in
            h = xd @ params[0] + params[1]; a = np.maximum(h, 0)
            mask_h = (rng.random(a.shape) > drop) / (1-drop); ad = a * mask_h
            z = ad @ params[2] + params[3][0]; p = 1/(1+np.exp(-z))
            g = (p - yb) / len(bi)
            gW2 = ad.T @ g; gb2 = g.sum()
            ga = np.outer(g, params[2]) * mask_h * (h > 0)
            gW1 = xd.T @ ga; gb1 = ga.sum(0)
            grads = [gW1 + wd*params[0], gb1, gW2 + wd*params[2], np.array([gb2])]
            t += 1
            for i,(pp,gg) in enumerate(zip(params, grads)):
                m[i] = 0.9*m[i] + 0.1*gg; v[i] = 0.999*v[i] + 0.001*gg*gg
                pp -= lr * (m[i]/(1-0.9**t)) / (np.sqrt(v[i]/(1-0.999**t)) + 1e-8)
    def score(Xs):
        a = np.maximum(Xs @ params[0] + params[1], 0); return 1/(1+np.exp(-(a @ params[2] + params[3][0])))
    return score
dev = [s for s in dict.fromkeys(sets) if s != 'base']
out = {}
for held in dev:
    tr = sets != held
    sc = train(X[tr], y[tr])
    te = (sets == held) & (roles != 'intent')
    for i, s in zip(np.where(te)[0], sc(X[te])): out[held + '\t' + rows[i]['text']] = float(s)
    print(held, 'done', flush=True)
json.dump(out, open(f'/tmp/r11/mlp_{NW}_{H}.json', 'w'))
