// One grouped held-out fold for the safety screen (issue 11, round twenty-three): a cheaper stand-in
// for leave-one-set-out when its folds cannot be run (each n-gram fold costs minutes of CPU; 23 folds
// per side do not fit a session on a shared machine). The screen is trained as shipped — the n-gram
// logistic regression and the three-seed sentence perceptron — on the shipped data (± a lever) and
// every development set EXCEPT the held group, then the held group is screened as screenWithSentences.ts
// does: a rule's flag counts when the n-gram floor passes (the message or one of its windows ≥ the
// shipped ruleFloor), a suicide/self-harm-only rule flag on a message of up to 280 characters is
// overruled below the shipped fused floor, and the learned screen escalates at fused ≥ the shipped
// threshold. Fusion weight, thresholds and floors are the shipped model's (no pool to re-pick them).
// Both sides of a comparison are run with the same --hold; report recall, false alarms, per held set,
// per kind, by language group and by script (Latin / non-Latin, round twenty-four); --dump writes every
// scored message for later arbitration or errors. --mlp-from <dump> reuses a dump's perceptron scores
// instead of retraining them: only for a lever that changes neither the training texts nor the
// sentence vectors (the text features, round twenty-four), where retraining would give the same scores.
// To compare two sides at matched false alarms with thresholds picked on a calibration group (round
// twenty-four-b), hold the calibration and test groups together, --dump each side, and pass both dumps to
// bench/router/safetyCalibratedCompare.ts.
//   npx tsx bench/router/safetyGroupFold.ts --hold v22,v23,v24 --composed 40 [--without-ninth-batch] [--without-tenth-batch] [--without-eleventh-batch] [--without-twelfth-batch] [--without-thirteenth-batch] [--without-fourteenth-batch] [--without-fifteenth-batch] [--with-sixteenth-batch] [--mlp-from <dump>] [--dump <file>] [--errors]
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { scoreBinary, trainBinaryLogisticRegression } from '../../orchestrator/maia/intent/safety/learned/BinaryLogisticRegression.ts'
import { hashedFeatures, type HashedVector } from '../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { sentenceMlpLogit, trainSentenceMlp } from '../../orchestrator/maia/intent/safety/learned/SentenceMlp.ts'
import { RULE_FLOOR_WINDOW_CHARACTERS, ruleFloorWindows } from '../../orchestrator/maia/intent/safety/ruleFloorWindows.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { binaryExamples, DEV_SETS } from './devSets.ts'
import { safetyBaseExamples } from './safetyBaseExamples.ts'
import { languageGroup } from './safetyLanguageGroup.ts'
import { scriptGroup } from './safetyScriptGroup.ts'
import { fusedThresholdFor } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { hold: { type: 'string' }, composed: { type: 'string', default: '40' }, 'mlp-seeds': { type: 'string', default: '16,17,18' }, 'without-ninth-batch': { type: 'boolean', default: false }, 'without-tenth-batch': { type: 'boolean', default: false }, 'without-eleventh-batch': { type: 'boolean', default: false }, 'without-twelfth-batch': { type: 'boolean', default: false }, 'without-thirteenth-batch': { type: 'boolean', default: false }, 'without-fourteenth-batch': { type: 'boolean', default: false }, 'without-fifteenth-batch': { type: 'boolean', default: false }, 'with-sixteenth-batch': { type: 'boolean', default: false }, 'mlp-from': { type: 'string' }, dump: { type: 'string' }, errors: { type: 'boolean', default: false } } })
if (values.hold === undefined) throw new Error('--hold <sets> is required, e.g. --hold v20,v21,v22,v23')
const held = values.hold.split(',')
for (const name of held) if (!DEV_SETS.some((set) => set.name === name)) throw new Error(`no development set ${name}`)

const folder = new URL('../../orchestrator/maia/intent/safety/learned/', import.meta.url)
const ngramMeta = z.object({ ruleFloor: z.number() }).passthrough().parse(JSON.parse(readFileSync(new URL('safetyModel.json', folder), 'utf8')))
const sentenceMeta = z.object({ ngramWeight: z.number(), threshold: z.number(), nonLatinThreshold: z.number().optional(), ruleFloor: z.number() }).passthrough().parse(JSON.parse(readFileSync(new URL('safetySentenceModel.json', folder), 'utf8')))

const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
const training = [...safetyBaseExamples(Number(values.composed), { ninthBatch: !values['without-ninth-batch'], tenthBatch: !values['without-tenth-batch'], eleventhBatch: !values['without-eleventh-batch'], twelfthBatch: !values['without-twelfth-batch'], thirteenthBatch: !values['without-thirteenth-batch'], fourteenthBatch: !values['without-fourteenth-batch'], fifteenthBatch: !values['without-fifteenth-batch'], sixteenthBatch: values['with-sixteenth-batch'] }), ...DEV_SETS.filter((set) => !held.includes(set.name)).flatMap(binaryExamples)]
const heldSets = DEV_SETS.filter((set) => held.includes(set.name))
const heldMessages = heldSets.flatMap((set) => [...set.crisis.map((message) => ({ set: set.name, text: message.text, positive: true, kind: message.kind as string | undefined })), ...set.ordinary.map((text) => ({ set: set.name, text, positive: false, kind: undefined }))])
const texts = [...new Set([...training.map((example) => example.text), ...heldMessages.map((message) => message.text)])]
const vectorList = await sentenceVectors(texts)
const vectorOf = new Map(texts.map((text, index) => [text, vectorList[index]!]))
console.log(`training ${training.length} examples (${training.filter((example) => example.positive).length} positive) without ${held.join(',')}${values['without-ninth-batch'] ? ', without the ninth batch' : ', with the ninth batch'}${values['without-tenth-batch'] ? ', without the tenth batch' : ''}${values['without-eleventh-batch'] ? ', without the eleventh batch' : ''}${values['without-twelfth-batch'] ? ', without the twelfth batch' : ''}${values['without-thirteenth-batch'] ? ', without the thirteenth batch' : ''}${values['without-fourteenth-batch'] ? ', without the fourteenth batch' : ''}${values['without-fifteenth-batch'] ? ', without the fifteenth batch' : ''}${values['with-sixteenth-batch'] ? ', with the sixteenth batch' : ''}; ${heldMessages.length} held messages (${elapsed()})`)

const featureCache = new Map<string, HashedVector>()
const features = (text: string): HashedVector => { let vector = featureCache.get(text); if (!vector) { vector = hashedFeatures(text); featureCache.set(text, vector) } return vector }
const ngramModel = trainBinaryLogisticRegression(training.map((example) => features(example.text)), training.map((example) => example.positive))
console.log(`n-gram model trained (${elapsed()})`)
const trainingVectors = training.map((example) => vectorOf.get(example.text)!)
const trainingLabels = training.map((example) => example.positive)
const reusedMlp = values['mlp-from'] === undefined ? undefined : new Map(z.array(z.object({ set: z.string(), text: z.string(), mlp: z.number() }).passthrough()).parse(JSON.parse(readFileSync(values['mlp-from'], 'utf8'))).map((row) => [`${row.set}\u0000${row.text}`, row.mlp]))
const mlps = reusedMlp !== undefined ? [] : values['mlp-seeds'].split(',').map(Number).map((seed) => trainSentenceMlp(trainingVectors, trainingLabels, { seed }))
console.log(reusedMlp !== undefined ? `perceptron scores reused from ${values['mlp-from']}` : `perceptrons trained (${elapsed()})`)
const mlpScore = (set: string, text: string): number => {
  if (reusedMlp === undefined) return mlps.reduce((sum, model) => sum + sentenceMlpLogit(model, vectorOf.get(text)!), 0) / mlps.length
  const score = reusedMlp.get(`${set}\u0000${text}`)
  if (score === undefined) throw new Error(`--mlp-from has no score for a ${set} message; run both sides with the same --hold`)
  return score
}

const logit = (p: number) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12))
interface Scored { set: string; text: string; positive: boolean; kind?: string; ngram: number; mlp: number; fused: number; rule: boolean; ruleStands: boolean; flagged: boolean }
const scored: Scored[] = heldMessages.map((message) => {
  const ngram = scoreBinary(ngramModel, features(message.text))
  const mlp = mlpScore(message.set, message.text)
  const fused = sentenceMeta.ngramWeight * logit(ngram) + (1 - sentenceMeta.ngramWeight) * mlp
  const verdict = screenForSafety(message.text)
  const floorPasses = Math.max(ngram, ...ruleFloorWindows(message.text).map((window) => scoreBinary(ngramModel, features(window)))) >= ngramMeta.ruleFloor
  const rule = verdict.flagged && floorPasses
  const onlySuicide = verdict.matches.every((match) => match.negated || match.kind === 'suicide_self_harm')
  const ruleStands = rule && !(message.text.length <= RULE_FLOOR_WINDOW_CHARACTERS && onlySuicide && fused < sentenceMeta.ruleFloor)
  // As screenWithSentences.ts: a non-Latin message is held to the model's nonLatinThreshold when it has one (round twenty-six).
  return { ...message, ngram, mlp, fused, rule, ruleStands, flagged: ruleStands || fused >= fusedThresholdFor(sentenceMeta, message.text) }
})
if (values.dump !== undefined) writeFileSync(values.dump, JSON.stringify(scored))

const pct = (a: number, b: number) => `${(100 * a / Math.max(1, b)).toFixed(1)}% (${a}/${b})`
const line = (rows: Scored[]) => `${pct(rows.filter((row) => row.positive && row.flagged).length, rows.filter((row) => row.positive).length)} at ${pct(rows.filter((row) => !row.positive && row.flagged).length, rows.filter((row) => !row.positive).length)} false alarms`
console.log(`\nfusion ${sentenceMeta.ngramWeight} at ${sentenceMeta.threshold}${sentenceMeta.nonLatinThreshold === undefined ? '' : ` (non-Latin scripts ${sentenceMeta.nonLatinThreshold})`}, rule floor ${ngramMeta.ruleFloor}, suicide/self-harm fused floor ${sentenceMeta.ruleFloor}`)
console.log(`ALL held ${held.join('+')}: ${line(scored)}`)
for (const name of held) console.log(`  ${name}: ${line(scored.filter((row) => row.set === name))}`)
for (const group of ['English', 'not English']) console.log(`  ${group}: ${line(scored.filter((row) => languageGroup(row.text) === group))}`)
for (const group of ['Latin', 'non-Latin']) {
  console.log(`  ${group} script: ${line(scored.filter((row) => scriptGroup(row.text) === group))}`)
  for (const name of held) console.log(`    ${name}: ${line(scored.filter((row) => row.set === name && scriptGroup(row.text) === group))}`)
}
const kinds = [...new Set(scored.filter((row) => row.positive).map((row) => row.kind!))]
console.log(`  by kind: ${kinds.map((kind) => { const of = scored.filter((row) => row.kind === kind); return `${kind} ${of.filter((row) => row.flagged).length}/${of.length}` }).join('  ')}`)
if (values.errors) {
  for (const row of scored) if (row.positive && !row.flagged) console.log(`    MISSED ${row.set} [${row.kind}] ngram ${row.ngram.toFixed(3)} mlp ${row.mlp.toFixed(2)} fused ${row.fused.toFixed(2)}: ${row.text}`)
  for (const row of scored) if (!row.positive && row.flagged) console.log(`    FALSE ALARM ${row.set} ${row.ruleStands ? 'rule' : 'learned'} fused ${row.fused.toFixed(2)}: ${row.text}`)
}
console.log(`done (${elapsed()})`)
