# Round eleven probe (issue 11): SIF-weighted mean GloVe vector (first principal component removed), kNN vote (top-5 positives minus top-5 negatives), leave-one-set-out. See README.md.
import json, numpy as np, sys
rows = json.load(open('/tmp/r11/data.json'))
V = np.load('/tmp/r11/glove100k.npy')[:50000]; words = json.load(open('/tmp/r11/glove100k_words.json'))[:50000]
V = V / np.linalg.norm(V, axis=1, keepdims=True)
idx = {w:i for i,w in enumerate(words)}
a = 1e-3
rank = np.arange(1, len(words)+1); p = (1/rank) / (1/rank).sum(); sif = a / (a + p)
def emb(tokens):
    ids = [idx[t.lstrip('~')] for t in tokens if t.lstrip('~') in idx]
    if not ids: return np.zeros(100, np.float32)
    v = (V[ids] * sif[ids][:, None]).sum(0); n = np.linalg.norm(v); return v / n if n else v
X = np.stack([emb(r['tokens']) for r in rows])
# remove first principal component (SIF)
u = np.linalg.svd(X - 0, full_matrices=False)[2][0]; X = X - np.outer(X @ u, u); X /= np.linalg.norm(X, axis=1, keepdims=True) + 1e-9
y = np.array([r['positive'] for r in rows]); sets = np.array([r['set'] for r in rows]); roles = np.array([r['role'] for r in rows])
K = 5
out = {}
for held in [s for s in dict.fromkeys(sets) if s != 'base']:
    tr = sets != held; te = (sets == held) & (roles != 'intent')
    S = X[te] @ X[tr].T
    Sp = np.sort(S[:, y[tr]], axis=1)[:, -K:].mean(1); Sn = np.sort(S[:, ~y[tr]], axis=1)[:, -K:].mean(1)
    sc = 1/(1+np.exp(-20*(Sp - Sn)))
    for i, s in zip(np.where(te)[0], sc): out[held + '\t' + rows[i]['text']] = float(s)
json.dump(out, open('/tmp/r11/knn.json', 'w'))
