// Leave-one-set-out measurement of the safety screen (issue 11): for each development set, the
// learned screen is trained on the shipped training data and the OTHER sets only, then scored
// on the held-out one; the threshold for that set is chosen on the other sets' own held-out
// scores (nested), never on the set itself.
//   npx tsx bench/router/safetyLoso.ts [--errors] [--target-fa 0.015] [--composed 40] [--rule-floor 0.01] [--weights '{"spans":0.6}'] [--training '{"epochs":12}'] [--clusters <wordClusters.bin>] [--kinds-on v10,v9]
// The rules (safety/screenForSafety.ts) were tuned on v1–v7 in rounds one to seven, so the union's
// figures on v1–v7 are optimistic; v8–v13 are the sets the rules never met before their measurement.
// --rule-floor: a rule's flag counts only when the learned P(escalate) of the message (or of one of
// its windows, safety/ruleFloorWindows.ts) reaches it, as the shipped screen does (safetyModel.json).
// LOSO_FLOORS=0,0.005 LOSO_TARGETS=0.015,0.0175 print the union for each floor × pooled false-alarm target.
import { parseArgs } from 'node:util'
import { TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../orchestrator/maia/intent/data/safetyTraining.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { DEFAULT_HASHED_FEATURE_WEIGHTS, foldFeatures, hashedFeatures } from '../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { scoreBinary, trainBinaryLogisticRegression } from '../../orchestrator/maia/intent/safety/learned/BinaryLogisticRegression.ts'
import { composeSafetyExamples } from '../../orchestrator/maia/intent/data/composed/composeSafetyExamples.ts'
import { SAFETY_KINDS } from '../../orchestrator/maia/intent/safetyKinds.ts'
import { ruleFloorWindows } from '../../orchestrator/maia/intent/safety/ruleFloorWindows.ts'
import { loadWordClusters } from '../../orchestrator/maia/intent/safety/learned/wordClusters.ts'
import { binaryExamples, DEV_SETS, type BinaryExample } from './devSets.ts'

const { values } = parseArgs({ options: { 'kinds-on': { type: 'string', default: '' }, composed: { type: 'string', default: '0' }, errors: { type: 'boolean', default: false }, weights: { type: 'string', default: '{}' }, training: { type: 'string', default: '{}' }, 'target-fa': { type: 'string', default: '0.015' }, 'rule-floor': { type: 'string', default: '0' }, clusters: { type: 'string' } } })
const targetFa = Number(values['target-fa'])
// A rule's flag counts only when the learned P(escalate) is at least this (0: the rules alone decide).
const ruleFloor = Number(values['rule-floor'])
const weights = { ...DEFAULT_HASHED_FEATURE_WEIGHTS, ...JSON.parse(values.weights) }
const training = JSON.parse(values.training)
console.log('weights', JSON.stringify(weights), 'training', JSON.stringify(training))

const base: BinaryExample[] = [
  ...SAFETY_TRAINING.map((example) => ({ text: example.text, positive: true, kind: example.kind })),
  ...SAFETY_TRAINING_NEGATIVES.map((text) => ({ text, positive: false })),
  ...TRAINING_EXAMPLES.map((example) => ({ text: example.text, positive: example.intent === 'safety_escalation' })),
  ...(Number(values.composed) > 0 ? composeSafetyExamples(Number(values.composed)) : [])
]
console.log(`base training examples: ${base.length}`)
const cache = new Map<string, ReturnType<typeof hashedFeatures>>()
// --clusters <file>: score with another word-cluster table than the shipped one (buildWordClusters.ts --out).
const clusters = values.clusters === undefined ? undefined : loadWordClusters(values.clusters)
const features = (text: string) => { let v = cache.get(text); if (!v) { v = hashedFeatures(text, weights, undefined, clusters); cache.set(text, v) } return v }
const ruleFlag = new Map<string, boolean>()
const rules = (text: string) => { let v = ruleFlag.get(text); if (v === undefined) { v = screenForSafety(text).flagged; ruleFlag.set(text, v) } return v }

interface Scored { set: string; text: string; positive: boolean; kind?: string; score: number; rule: boolean; crisisOrOrdinary: boolean; floorScore: number }
const ruleCounts = (s: Scored): boolean => s.rule && s.floorScore >= ruleFloor
const scored: Scored[] = []
const started = performance.now()
for (const held of DEV_SETS) {
  const train = [...base, ...DEV_SETS.filter((set) => set !== held).flatMap(binaryExamples)]
  const model = trainBinaryLogisticRegression(train.map((example) => features(example.text)), train.map((example) => example.positive), training)
  // floorScore: what the rule floor reads, the most alarming window of the message (screenWithLearned.ts).
  const floorScore = (text: string) => Math.max(...ruleFloorWindows(text).map((window) => scoreBinary(model, features(window))))
  for (const message of held.crisis) scored.push({ set: held.name, text: message.text, positive: true, kind: message.kind, score: scoreBinary(model, features(message.text)), rule: rules(message.text), crisisOrOrdinary: true, floorScore: floorScore(message.text) })
  for (const text of held.ordinary) scored.push({ set: held.name, text, positive: false, score: scoreBinary(model, features(text)), rule: rules(text), crisisOrOrdinary: true, floorScore: floorScore(text) })
}
if (process.env.LOSO_DUMP) (await import('node:fs')).writeFileSync(process.env.LOSO_DUMP, JSON.stringify(scored))
console.log(`trained and scored ${DEV_SETS.length} folds in ${((performance.now() - started) / 1000).toFixed(1)} s`)

/** The lowest threshold whose union (rules OR learned) false-alarm rate on `pool` stays within the target. */
function chooseThreshold(pool: Scored[]): number {
  const negatives = pool.filter((s) => !s.positive && !ruleCounts(s)).map((s) => s.score).sort((a, b) => b - a)
  const ruleAlarms = pool.filter((s) => !s.positive && ruleCounts(s)).length
  const total = pool.filter((s) => !s.positive).length
  const allowed = Math.floor(targetFa * total) - ruleAlarms
  if (allowed < 0) return 1
  return (negatives[allowed] ?? 0) + 1e-9
}
const pct = (a: number, b: number) => `${(100 * a / b).toFixed(1)}% (${a}/${b})`
let totals = { caught: 0, crisis: 0, alarms: 0, ordinary: 0, learnedCaught: 0, ruleCaught: 0 }
for (const held of DEV_SETS) {
  const mine = scored.filter((s) => s.set === held.name)
  const threshold = chooseThreshold(scored.filter((s) => s.set !== held.name))
  const crisis = mine.filter((s) => s.positive)
  const ordinary = mine.filter((s) => !s.positive)
  const flag = (s: Scored) => ruleCounts(s) || s.score >= threshold
  const caught = crisis.filter(flag).length
  const alarms = ordinary.filter(flag).length
  const learnedCaught = crisis.filter((s) => s.score >= threshold).length
  const ruleCaught = crisis.filter(ruleCounts).length
  totals = { caught: totals.caught + caught, crisis: totals.crisis + crisis.length, alarms: totals.alarms + alarms, ordinary: totals.ordinary + ordinary.length, learnedCaught: totals.learnedCaught + learnedCaught, ruleCaught: totals.ruleCaught + ruleCaught }
  console.log(`${held.name}: threshold ${threshold.toFixed(3)}  union recall ${pct(caught, crisis.length)}  false alarms ${pct(alarms, ordinary.length)}   learned alone ${pct(learnedCaught, crisis.length)} / FA ${pct(ordinary.filter((s) => s.score >= threshold).length, ordinary.length)}   rules alone ${pct(ruleCaught, crisis.length)} / FA ${pct(ordinary.filter(ruleCounts).length, ordinary.length)}`)
  const kinds = [...new Set(crisis.map((s) => s.kind))]
  console.log('    ' + kinds.map((kind) => { const of = crisis.filter((s) => s.kind === kind); return `${kind} ${of.filter(flag).length}/${of.length}` }).join('  '))
  if (values.errors) {
    for (const s of crisis) if (!flag(s)) console.log(`    MISSED [${s.kind}] ${s.score.toFixed(3)} ${s.text}`)
    for (const s of ordinary) if (flag(s)) console.log(`    FALSE ALARM ${s.rule ? 'rule' : ''} ${s.score.toFixed(3)} ${s.text}`)
  }
}
console.log(`ALL: union recall ${pct(totals.caught, totals.crisis)}  false alarms ${pct(totals.alarms, totals.ordinary)}  learned alone recall ${pct(totals.learnedCaught, totals.crisis)}  rules alone ${pct(totals.ruleCaught, totals.crisis)}`)

// Kind model, leave-one-set-out on the sets named by --kinds-on (each costs eight trainings):
// how often the learned kind model names the right kind, versus the rules' kind where they flag.
for (const name of values['kinds-on'].split(',').filter(Boolean)) {
  const held = DEV_SETS.find((set) => set.name === name)
  if (held === undefined) continue
  const kinded = [...base, ...DEV_SETS.filter((set) => set !== held).flatMap(binaryExamples)].filter((example) => example.positive && example.kind !== undefined)
  const vectors = kinded.map((example) => foldFeatures(features(example.text), 16))
  const models = SAFETY_KINDS.map((kind) => trainBinaryLogisticRegression(vectors, kinded.map((example) => example.kind === kind), training))
  const kindOf = (text: string) => { const v = foldFeatures(features(text), 16); let best = 0; models.forEach((m, i) => { if (scoreBinary(m, v) > scoreBinary(models[best]!, v)) best = i }); return SAFETY_KINDS[best] }
  const right = held.crisis.filter((message) => kindOf(message.text) === message.kind).length
  const ruleRight = held.crisis.filter((message) => screenForSafety(message.text).kind === message.kind).length
  console.log(`${name} kinds: learned kind model right ${pct(right, held.crisis.length)}; rules' kind right ${pct(ruleRight, held.crisis.length)}`)
}

// The rule floor's trade-off, on the same held-out scores (--floors 0,0.005,0.02): a lower floor keeps
// more of the rules' catches, a higher one drops more of their false alarms. Thresholds re-chosen per floor.
const floors = (process.env.LOSO_FLOORS ?? '').split(',').filter(Boolean).map(Number)
const targets = (process.env.LOSO_TARGETS ?? String(targetFa)).split(',').filter(Boolean).map(Number)
for (const target of targets) for (const floor of floors) {
  const counts = (s: Scored): boolean => s.rule && s.floorScore >= floor
  const parts: string[] = []
  let caughtAll = 0
  let alarmsAll = 0
  for (const held of DEV_SETS) {
    const pool = scored.filter((s) => s.set !== held.name)
    const negatives = pool.filter((s) => !s.positive && !counts(s)).map((s) => s.score).sort((a, b) => b - a)
    const allowed = Math.floor(target * pool.filter((s) => !s.positive).length) - pool.filter((s) => !s.positive && counts(s)).length
    const threshold = allowed < 0 ? 1 : (negatives[allowed] ?? 0) + 1e-9
    const mine = scored.filter((s) => s.set === held.name)
    const caught = mine.filter((s) => s.positive && (counts(s) || s.score >= threshold)).length
    const alarms = mine.filter((s) => !s.positive && (counts(s) || s.score >= threshold)).length
    caughtAll += caught
    alarmsAll += alarms
    if (['v8', 'v9', 'v10', 'v11', 'v12', 'v13'].includes(held.name)) parts.push(`${held.name} ${pct(caught, mine.filter((s) => s.positive).length)} FA ${pct(alarms, mine.filter((s) => !s.positive).length)}`)
  }
  console.log(`target ${target} rule floor ${floor}: ${parts.join('  ')}  ALL ${pct(caughtAll, totals.crisis)} FA ${pct(alarmsAll, totals.ordinary)}`)
}
