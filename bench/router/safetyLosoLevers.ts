// Leave-one-set-out measurement of further sentence-vector levers for the safety screen (issue 11,
// round sixteen), on top of the held-out scores of bench/router/safetyLosoVectors.ts (LOSO_DUMP):
//   knn   top-k mean cosine to the training crises minus top-k mean cosine to the training ordinary
//         messages (training = shipped data + the OTHER development sets);
//   mlp   a one-hidden-layer perceptron on the sentence vector (seeded, Adam), per fold;
//   blend / blend+knn / blend+mlp / ngram+mlp   linear fusions of the log-odds, weights chosen per
//         held-out set on the OTHER sets' pooled held-out scores (best union recall at the target).
// Every variant is in union with the rules (the dump's rule flags, rule floor applied) and its
// threshold is chosen on the other sets' held-out scores at the pooled false-alarm target.
//   npx tsx bench/router/safetyLosoLevers.ts --fold-scores /tmp/maia-use-cache/loso-r16.json --composed 40 [--target-fa 0.0175,0.02] [--knn-k 5] [--mlp-hidden 32] [--mlp-epochs 6] [--mlp-seed 16] [--no-knn] [--no-mlp] [--without-fourth-batch] [--without-fifth-batch] [--without-sixth-batch] [--without-seventh-batch] [--without-eighth-batch] [--without-ninth-batch] [--errors ngram+mlp]
// Round seventeen: --rules-now re-screens with the current rules (a dumped rule flag survives only
// if today's rules still flag the message: rule changes that only remove flags, measured without
// re-running the n-gram folds; safetyRulesNow.ts, at --rule-floor, default 0.005); --hard-negatives <fraction>:<copies> trains each fold's perceptron
// twice, the second time with the top-scoring <fraction> of its training negatives repeated
// <copies> more times; --mlp-seed 16,17,18 averages an ensemble's log-odds; --families a,b keeps only those fusions; --mlp-scores <file> caches the
// perceptron's fold scores (read when it exists, written otherwise). Per set from v11 on and per
// language group (English / not English, by function words: safetyLanguageGroup.ts) are reported.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { sentenceMlpLogit, trainSentenceMlp } from '../../orchestrator/maia/intent/safety/learned/SentenceMlp.ts'
import { ruleFlagNow } from './safetyRulesNow.ts'
import { hardNegativeCopies } from './safetyHardNegatives.ts'
import { languageGroup } from './safetyLanguageGroup.ts'
import { binaryExamples, DEV_SETS, type BinaryExample } from './devSets.ts'
import { safetyBaseExamples } from './safetyBaseExamples.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { 'fold-scores': { type: 'string' }, composed: { type: 'string', default: '40' }, 'target-fa': { type: 'string', default: '0.0175,0.02' }, 'knn-k': { type: 'string', default: '5' }, 'mlp-hidden': { type: 'string', default: '32' }, 'mlp-epochs': { type: 'string', default: '6' }, 'no-mlp': { type: 'boolean', default: false }, 'without-fourth-batch': { type: 'boolean', default: false }, 'without-fifth-batch': { type: 'boolean', default: false }, 'without-sixth-batch': { type: 'boolean', default: false }, 'without-seventh-batch': { type: 'boolean', default: false }, 'without-eighth-batch': { type: 'boolean', default: false }, 'without-ninth-batch': { type: 'boolean', default: false }, 'no-knn': { type: 'boolean', default: false }, 'mlp-seed': { type: 'string', default: '16' }, errors: { type: 'string' }, 'rules-now': { type: 'boolean', default: false }, 'rule-floor': { type: 'string', default: '0.005' }, 'hard-negatives': { type: 'string' }, families: { type: 'string' }, 'mlp-scores': { type: 'string' } } })
if (values['fold-scores'] === undefined) throw new Error('--fold-scores <LOSO_DUMP of safetyLosoVectors.ts> is required')
const k = Number(values['knn-k'])
const scoreSchema = z.object({ set: z.string(), text: z.string(), positive: z.boolean(), kind: z.string().optional(), ngram: z.number(), vector: z.number(), concat: z.number(), rule: z.boolean() })
const dumped = z.array(scoreSchema).parse(JSON.parse(readFileSync(values['fold-scores'], 'utf8')))
const setNames = [...new Set(dumped.map((s) => s.set))]
const base = safetyBaseExamples(Number(values.composed), { fourthBatch: !values['without-fourth-batch'], fifthBatch: !values['without-fifth-batch'], sixthBatch: !values['without-sixth-batch'], seventhBatch: !values['without-seventh-batch'], eighthBatch: !values['without-eighth-batch'], ninthBatch: !values['without-ninth-batch'] })
const sources: Array<{ name: string; examples: BinaryExample[] }> = [{ name: 'base', examples: base }, ...DEV_SETS.map((set) => ({ name: set.name, examples: binaryExamples(set) }))]
const texts = [...new Set([...sources.flatMap((source) => source.examples.map((example) => example.text)), ...dumped.map((s) => s.text)])]
const started = performance.now()
const vectorList = await sentenceVectors(texts)
const vectorOf = new Map(texts.map((text, index) => [text, vectorList[index]!]))
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
console.log(`${dumped.length} held-out scores over ${setNames.join(',')}; ${texts.length} texts with vectors (${elapsed()})`)

// A fold trains on the shipped data and the other sets of the dump (a set the dump's n-gram folds
// never trained on, e.g. a newer development set, is left out here too).
const trainsOn = (source: string, held: string): boolean => source !== held && (source === 'base' || setNames.includes(source))
// --- kNN: for every scored text, the top-k cosines to each source's positives and negatives.
const sourceMatrix = sources.map((source) => {
  const unique = new Map<string, boolean>()
  for (const example of source.examples) unique.set(example.text, (unique.get(example.text) ?? false) || example.positive)
  const entries = [...unique]
  const matrix = new Float32Array(entries.length * 512)
  entries.forEach(([text], row) => matrix.set(vectorOf.get(text)!, row * 512))
  return { name: source.name, matrix, positive: entries.map(([, positive]) => positive) }
})
function topK(into: number[], value: number): void {
  if (into.length < k) { into.push(value); into.sort((a, b) => b - a); return }
  if (value <= into[k - 1]!) return
  into[k - 1] = value; into.sort((a, b) => b - a)
}
// nearest[textIndex][sourceIndex] = { pos: top-k cosines, neg: top-k cosines }; cached by text (and k,
// sources) in KNN_CACHE, since the sources do not change between runs on the same training data.
const knnCacheFile = process.env.KNN_CACHE ?? `/tmp/maia-use-cache/knn-k${k}-${createHash('sha256').update(sourceMatrix.map((s) => `${s.name}:${s.positive.length}`).join(',')).digest('hex').slice(0, 12)}.json`
const knnCache: Record<string, Array<{ pos: number[]; neg: number[] }>> = existsSync(knnCacheFile) ? JSON.parse(readFileSync(knnCacheFile, 'utf8')) : {}
const nearest = dumped.map((s) => {
  if (values['no-knn']) return []
  const cached = knnCache[s.text]
  if (cached !== undefined) return cached
  const v = vectorOf.get(s.text)!
  const lists = sourceMatrix.map(({ matrix, positive }) => {
    const pos: number[] = []; const neg: number[] = []
    for (let row = 0; row < positive.length; row++) {
      let dot = 0
      const offset = row * 512
      for (let d = 0; d < 512; d++) dot += v[d]! * matrix[offset + d]!
      topK(positive[row] ? pos : neg, dot)
    }
    return { pos, neg }
  })
  knnCache[s.text] = lists
  return lists
})
if (!values['no-knn']) writeFileSync(knnCacheFile, JSON.stringify(knnCache))
console.log(`kNN neighbours ready (${elapsed()})`)
const knnScore = (index: number, held: string): number => {
  const pos: number[] = []; const neg: number[] = []
  nearest[index]!.forEach((lists, sourceIndex) => { if (trainsOn(sourceMatrix[sourceIndex]!.name, held)) { for (const x of lists.pos) topK(pos, x); for (const x of lists.neg) topK(neg, x) } })
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length)
  return mean(pos) - mean(neg)
}

interface Row { set: string; text: string; positive: boolean; kind?: string; rule: boolean; ngram: number; vector: number; concat: number; knn: number; mlp: number }
const logit = (p: number) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12))
const rows: Row[] = dumped.map((s, index) => ({ set: s.set, text: s.text, positive: s.positive, kind: s.kind, rule: values['rules-now'] ? ruleFlagNow(s, Number(values['rule-floor'])) : s.rule, ngram: logit(s.ngram), vector: logit(s.vector), concat: logit(s.concat), knn: values['no-knn'] ? 0 : knnScore(index, s.set), mlp: 0 }))
const mlpScoresFile = values['mlp-scores']
if (!values['no-mlp'] && mlpScoresFile !== undefined && existsSync(mlpScoresFile)) {
  const cached = z.array(z.number()).parse(JSON.parse(readFileSync(mlpScoresFile, 'utf8')))
  if (cached.length !== rows.length) throw new Error(`--mlp-scores ${mlpScoresFile} holds ${cached.length} scores for ${rows.length} rows`)
  rows.forEach((row, index) => { row.mlp = cached[index]! })
} else if (!values['no-mlp']) {
  const mlpOptions = { hidden: Number(values['mlp-hidden']), epochs: Number(values['mlp-epochs']) }
  const [fraction, copies] = (values['hard-negatives'] ?? '0:0').split(':').map(Number) as [number, number]
  for (const held of setNames) {
    const training = sources.filter((source) => trainsOn(source.name, held)).flatMap((source) => source.examples).map((example) => ({ vector: vectorOf.get(example.text)!, positive: example.positive }))
    const vectors = training.map((example) => example.vector); const labels = training.map((example) => example.positive)
    // --mlp-seed 16,17,18: an ensemble, the mean of the perceptrons' log-odds.
    const seeds = values['mlp-seed'].split(',').map(Number)
    const models = seeds.map((seed) => {
      let model = trainSentenceMlp(vectors, labels, { ...mlpOptions, seed })
      if (fraction > 0 && copies > 0) {
        const extra = hardNegativeCopies(vectors.map((vector) => sentenceMlpLogit(model, vector)), labels, fraction, copies)
        model = trainSentenceMlp([...vectors, ...extra.map((index) => vectors[index]!)], [...labels, ...extra.map(() => false)], { ...mlpOptions, seed })
      }
      return model
    })
    for (const row of rows) if (row.set === held) row.mlp = models.reduce((sum, model) => sum + sentenceMlpLogit(model, vectorOf.get(row.text)!), 0) / models.length
    console.log(`mlp ${held} done (${elapsed()})`)
  }
  if (mlpScoresFile !== undefined) writeFileSync(mlpScoresFile, JSON.stringify(rows.map((row) => row.mlp)))
}

type Fuse = (row: Row) => number
function threshold(pool: Row[], fuse: Fuse, targetFa: number): number {
  const negatives = pool.filter((r) => !r.positive && !r.rule).map(fuse).sort((a, b) => b - a)
  const allowed = Math.floor(targetFa * pool.filter((r) => !r.positive).length) - pool.filter((r) => !r.positive && r.rule).length
  return allowed < 0 ? Infinity : (negatives[allowed] ?? -Infinity) + 1e-9
}
// A family of fusions; the member is chosen on the other sets' pooled held-out scores.
const grid = (weights: number[][], make: (w: number[]) => Fuse) => weights.map((w) => ({ w, fuse: make(w) }))
const W = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
const families: Record<string, Array<{ w: number[]; fuse: Fuse }>> = {
  ngram: grid([[1]], () => (r) => r.ngram),
  vector: grid([[1]], () => (r) => r.vector),
  concat: grid([[1]], () => (r) => r.concat),
  knn: grid([[1]], () => (r) => r.knn),
  mlp: grid([[1]], () => (r) => r.mlp),
  'blend 0.6 (shipped)': grid([[0.6]], () => (r) => 0.6 * r.ngram + 0.4 * r.vector),
  blend: grid(W.map((w) => [w]), ([w]) => (r) => w! * r.ngram + (1 - w!) * r.vector),
  'concat+vector': grid(W.map((w) => [w]), ([w]) => (r) => w! * r.concat + (1 - w!) * r.vector),
  'blend+knn': grid(W.flatMap((w) => [0, 2, 5, 10, 20, 40].map((c) => [w, c])), ([w, c]) => (r) => w! * r.ngram + (1 - w!) * r.vector + c! * r.knn),
  'ngram+mlp': grid(W.map((w) => [w]), ([w]) => (r) => w! * r.ngram + (1 - w!) * r.mlp),
  'blend+mlp': grid(W.flatMap((w) => [0, 0.25, 0.5, 0.75, 1].map((c) => [w, c])), ([w, c]) => (r) => w! * r.ngram + (1 - w!) * r.vector + c! * r.mlp),
  'blend+mlp+knn': grid(W.flatMap((w) => [0, 0.25, 0.5, 1].flatMap((c) => [0, 5, 20].map((e) => [w, c, e]))), ([w, c, e]) => (r) => w! * r.ngram + (1 - w!) * r.vector + c! * r.mlp + e! * r.knn)
}
const pct = (a: number, b: number) => `${(100 * a / b).toFixed(1)}% (${a}/${b})`
const REPORTED_KINDS = ['suicide_self_harm', 'manipulation', 'method_seeking']
for (const targetFa of values['target-fa'].split(',').map(Number)) {
  console.log(`\n######## pooled false-alarm target ${targetFa}`)
  for (const [name, family] of Object.entries(families)) {
    if (values.families !== undefined && !values.families.split(',').includes(name)) continue
    if ((values['no-mlp'] && name.includes('mlp')) || (values['no-knn'] && name.includes('knn')) || (name.startsWith('concat') && !dumped.some((s) => s.concat > 0))) continue
    let caught = 0; let crisisTotal = 0; let alarms = 0; let ordinaryTotal = 0
    const lines: string[] = []; const chosen: string[] = []
    const setFa: number[] = []
    const byLanguage = new Map<string, { caught: number; crisis: number; alarms: number; ordinary: number }>()
    for (const held of setNames) {
      const pool = rows.filter((r) => r.set !== held)
      let best = family[0]!; let bestCaught = -1
      for (const member of family) {
        const t = threshold(pool, member.fuse, targetFa)
        const c = pool.filter((r) => r.positive && (r.rule || member.fuse(r) >= t)).length
        if (c > bestCaught) { bestCaught = c; best = member }
      }
      const t = threshold(pool, best.fuse, targetFa)
      const flag = (r: Row) => r.rule || best.fuse(r) >= t
      const mine = rows.filter((r) => r.set === held)
      const crisis = mine.filter((r) => r.positive); const ordinary = mine.filter((r) => !r.positive)
      const c = crisis.filter(flag).length; const a = ordinary.filter(flag).length
      caught += c; crisisTotal += crisis.length; alarms += a; ordinaryTotal += ordinary.length
      setFa.push(a / ordinary.length)
      for (const r of mine) {
        const group = languageGroup(r.text)
        const tally = byLanguage.get(group) ?? { caught: 0, crisis: 0, alarms: 0, ordinary: 0 }
        if (r.positive) { tally.crisis++; if (flag(r)) tally.caught++ } else { tally.ordinary++; if (flag(r)) tally.alarms++ }
        byLanguage.set(group, tally)
      }
      if (family.length > 1) chosen.push(`${held}:${best.w.join('/')}`)
      if (Number(held.slice(1)) >= 11) {
        const kinds = REPORTED_KINDS.map((kind) => { const of = crisis.filter((r) => r.kind === kind); return `${kind} ${of.filter(flag).length}/${of.length}` }).join('  ')
        lines.push(`  ${held}: ${pct(c, crisis.length)} FA ${pct(a, ordinary.length)}   ${kinds}`)
      }
      if (values.errors === name) for (const r of ordinary) if (flag(r)) lines.push(`      FALSE ALARM ${held} ${r.rule ? 'rule ' : ''}ngram ${r.ngram.toFixed(2)} mlp ${r.mlp.toFixed(2)} ${r.text}`)
      if (values.errors === name) for (const r of crisis) if (!flag(r)) lines.push(`      MISSED ${held} [${r.kind}] ngram ${r.ngram.toFixed(2)} vector ${r.vector.toFixed(2)} knn ${r.knn.toFixed(3)} mlp ${r.mlp.toFixed(2)} ${r.text}`)
    }
    console.log(`${name}: ALL ${pct(caught, crisisTotal)} FA ${pct(alarms, ordinaryTotal)}${chosen.length > 0 ? `  chosen ${chosen.join(' ')}` : ''}`)
    console.log(lines.join('\n'))
    console.log(`  sets over 2% false alarms: ${setFa.filter((fa) => fa > 0.02).length}/${setFa.length} (highest ${(100 * Math.max(...setFa)).toFixed(1)}%)`)
    console.log(`  by language: ${[...byLanguage].map(([group, t]) => `${group} recall ${pct(t.caught, t.crisis)} FA ${pct(t.alarms, t.ordinary)}`).join('; ')}`)
  }
}
