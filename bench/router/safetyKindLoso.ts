// Leave-one-set-out measurement of the KIND a crisis message is given (issue 11, round twenty-three):
// the kind picks the fixed reply (crisis lines, emergency now, medical safety, a refusal), so a wrong
// kind is a wrong reply even when the message is caught. For each development set, the kind models
// are trained on the shipped training data and the OTHER sets' kinded crises, then every crisis
// message of the held set is given a kind by each variant:
//   shipped           the rules' most urgent kind (KIND_PRIORITY) when a rule fires, else the n-gram
//                     kind model (one-vs-rest over features folded to 2^16, as trainSafetyModel.ts);
//   ngram             the n-gram kind model alone;
//   vector            a one-vs-rest logistic regression over the sentence vector alone;
//   fused w           w·(n-gram kind log-odds) + (1−w)·(vector kind log-odds), alone;
//   rules→fused w     the rules' kinds when a rule fires, the fused model choosing AMONG the kinds the
//                     rules found (the priority only breaks what the model cannot); else fused;
//   override w m      the rules' priority kind, unless the fused model's best kind beats it by more
//                     than m in log-odds; else fused.
// Kind accuracy is reported over all crisis messages (the kind the person would get if escalated),
// per set, per true kind, by language group and by script (Latin / non-Latin), with the commonest confusions. Detection is untouched.
//   npx tsx bench/router/safetyKindLoso.ts --composed 40 [--only v22,v23 | --hold v20,v21,v22,v23] [--ngram-only] [--errors <variant>[,<variant>…]] [--without-eighth-batch] [--without-ninth-batch] [--without-tenth-batch] [--without-eleventh-batch]
import { parseArgs } from 'node:util'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { foldFeatures, hashedFeatures, type HashedVector } from '../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { trainBinaryLogisticRegression, type BinaryModel } from '../../orchestrator/maia/intent/safety/learned/BinaryLogisticRegression.ts'
import { denseLogit, trainDenseLogisticRegression, type DenseModel } from '../../orchestrator/maia/intent/safety/learned/DenseLogisticRegression.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../orchestrator/maia/intent/safetyKinds.ts'
import { binaryExamples, DEV_SETS, type BinaryExample, type DevSet } from './devSets.ts'
import { safetyBaseExamples } from './safetyBaseExamples.ts'
import { languageGroup } from './safetyLanguageGroup.ts'
import { scriptGroup } from './safetyScriptGroup.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { composed: { type: 'string', default: '40' }, only: { type: 'string' }, hold: { type: 'string' }, errors: { type: 'string' }, 'without-eighth-batch': { type: 'boolean', default: false }, 'without-ninth-batch': { type: 'boolean', default: false }, 'without-tenth-batch': { type: 'boolean', default: false }, 'without-eleventh-batch': { type: 'boolean', default: false }, 'ngram-only': { type: 'boolean', default: false } } })
const KIND_BITS = 16
// Unit sentence vectors × √512, as the screen's dense models are trained (trainSafetyModel.ts).
const SENTENCE_INPUT_SCALE = 22.6

const base: BinaryExample[] = safetyBaseExamples(Number(values.composed), { eighthBatch: !values['without-eighth-batch'], ninthBatch: !values['without-ninth-batch'], tenthBatch: !values['without-tenth-batch'], eleventhBatch: !values['without-eleventh-batch'] })
const kindedOf = (examples: readonly BinaryExample[]) => examples.filter((example): example is BinaryExample & { kind: SafetyKind } => example.positive && example.kind !== undefined)
const baseKinded = kindedOf(base)
const setKinded = new Map(DEV_SETS.map((set) => [set.name, kindedOf(binaryExamples(set))]))
const texts = [...new Set([...baseKinded, ...[...setKinded.values()].flat()].map((example) => example.text))]
const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
const vectorList = await sentenceVectors(texts)
const vectorOf = new Map(texts.map((text, index) => [text, vectorList[index]!.map((value) => value * SENTENCE_INPUT_SCALE)]))
const featureCache = new Map<string, HashedVector>()
const folded = (text: string): HashedVector => { let vector = featureCache.get(text); if (!vector) { vector = foldFeatures(hashedFeatures(text), KIND_BITS); featureCache.set(text, vector) } return vector }
const sparseLogit = (model: BinaryModel, vector: HashedVector): number => {
  let z = model.bias
  for (let entry = 0; entry < vector.indices.length; entry++) z += (model.weights.get(vector.indices[entry]!) ?? 0) * vector.values[entry]!
  return z
}
console.log(`${baseKinded.length} kinded training crises, ${texts.length} texts with vectors (${elapsed()})`)

interface Row { set: string; text: string; kind: SafetyKind; ruleKind?: SafetyKind; ruleKinds: SafetyKind[]; ngram: number[]; vector: number[] }
const rows: Row[] = []
// --hold v20,v21,… (round twenty-three): one grouped fold instead, trained without every named set (cheaper).
const folds: DevSet[][] = values.hold !== undefined ? [DEV_SETS.filter((set) => values.hold!.split(',').includes(set.name))] : DEV_SETS.filter((set) => values.only === undefined || values.only.split(',').includes(set.name)).map((set) => [set])
for (const fold of folds) {
  const training = [...baseKinded, ...DEV_SETS.filter((set) => !fold.includes(set)).flatMap((set) => setKinded.get(set.name)!)]
  const ngramModels = SAFETY_KINDS.map((kind) => trainBinaryLogisticRegression(training.map((example) => folded(example.text)), training.map((example) => example.kind === kind)))
  // --ngram-only (round twenty-four): the shipped and n-gram variants only, without the vector models' minutes of training.
  const vectorModels: DenseModel[] = values['ngram-only'] ? [] : SAFETY_KINDS.map((kind) => trainDenseLogisticRegression(training.map((example) => vectorOf.get(example.text)!), training.map((example) => example.kind === kind)))
  for (const held of fold) for (const message of held.crisis) {
    const verdict = screenForSafety(message.text)
    const ruleKinds = [...new Set(verdict.matches.filter((match) => !match.negated).map((match) => match.kind))]
    rows.push({ set: held.name, text: message.text, kind: message.kind, ...(verdict.kind === undefined ? {} : { ruleKind: verdict.kind }), ruleKinds, ngram: ngramModels.map((model) => sparseLogit(model, folded(message.text))), vector: vectorModels.length === 0 ? ngramModels.map(() => 0) : vectorModels.map((model) => denseLogit(model, vectorOf.get(message.text)!)) })
  }
  console.log(`${fold.map((set) => set.name).join('+')} done (${elapsed()})`)
}

const argmaxAmong = (scores: number[], allowed: readonly SafetyKind[]): SafetyKind => allowed.reduce((best, kind) => (scores[SAFETY_KINDS.indexOf(kind)]! > scores[SAFETY_KINDS.indexOf(best)]! ? kind : best))
const fusedScores = (row: Row, w: number) => row.ngram.map((value, index) => w * value + (1 - w) * row.vector[index]!)
type Variant = (row: Row) => SafetyKind
const variants: Record<string, Variant> = {
  shipped: (row) => row.ruleKind ?? argmaxAmong(row.ngram, SAFETY_KINDS),
  ngram: (row) => argmaxAmong(row.ngram, SAFETY_KINDS),
  ...(values['ngram-only'] ? {} : { vector: (row: Row) => argmaxAmong(row.vector, SAFETY_KINDS) })
}
for (const w of values['ngram-only'] ? [] : [0.3, 0.5, 0.7]) {
  variants[`fused ${w}`] = (row) => argmaxAmong(fusedScores(row, w), SAFETY_KINDS)
  variants[`rules then fused ${w}`] = (row) => row.ruleKind ?? argmaxAmong(fusedScores(row, w), SAFETY_KINDS)
  variants[`rules→fused ${w}`] = (row) => argmaxAmong(fusedScores(row, w), row.ruleKinds.length > 0 ? row.ruleKinds : SAFETY_KINDS)
  for (const margin of [1, 2, 4]) {
    variants[`override ${w} m${margin}`] = (row) => {
      const scores = fusedScores(row, w)
      const best = argmaxAmong(scores, SAFETY_KINDS)
      if (row.ruleKind === undefined) return best
      return scores[SAFETY_KINDS.indexOf(best)]! - scores[SAFETY_KINDS.indexOf(row.ruleKind)]! > margin ? best : row.ruleKind
    }
  }
}

const pct = (a: number, b: number) => `${(100 * a / Math.max(1, b)).toFixed(1)}% (${a}/${b})`
const setNames = [...new Set(rows.map((row) => row.set))]
console.log(`\nkind accuracy over ${rows.length} crisis messages of ${setNames.join(',')} (leave one set out)`)
for (const [name, variant] of Object.entries(variants)) {
  const right = (row: Row) => variant(row) === row.kind
  const perKind = SAFETY_KINDS.map((kind) => { const of = rows.filter((row) => row.kind === kind); return `${kind} ${of.filter(right).length}/${of.length}` }).join('  ')
  const perLanguage = [...['English', 'not English'].map((group) => { const of = rows.filter((row) => languageGroup(row.text) === group); return `${group} ${pct(of.filter(right).length, of.length)}` }),
    ...['Latin', 'non-Latin'].map((group) => { const of = rows.filter((row) => scriptGroup(row.text) === group); return `${group} script ${pct(of.filter(right).length, of.length)}` })].join('; ')
  const recent = setNames.filter((set) => Number(set.slice(1)) >= 18).map((set) => { const of = rows.filter((row) => row.set === set); return `${set} ${of.filter(right).length}/${of.length}` }).join(' ')
  console.log(`${name}: ALL ${pct(rows.filter(right).length, rows.length)} | ${perLanguage} | ${recent}\n    ${perKind}`)
  if (values.errors?.split(',').includes(name) === true) {
    const confusions = new Map<string, number>()
    for (const row of rows) if (!right(row)) confusions.set(`${row.kind} → ${variant(row)}`, (confusions.get(`${row.kind} → ${variant(row)}`) ?? 0) + 1)
    console.log(`    confusions: ${[...confusions].sort((a, b) => b[1] - a[1]).map(([pair, count]) => `${pair} ${count}`).join('; ')}`)
    const shipped = variants.shipped!
    for (const row of rows) if (right(row) !== (shipped(row) === row.kind)) console.log(`    ${right(row) ? 'NOW RIGHT' : 'NOW WRONG'} ${row.set} [${row.kind}] shipped ${shipped(row)} → ${variant(row)} (rules: ${row.ruleKinds.join(',') || 'none'}): ${row.text}`)
  }
}
