// The held-out figures of issue 11 (bench/router/heldout/README.md says how the sets were made):
//   npx tsx bench/router/heldout.ts [--errors] [--sentence-windows on|off] --set <FRESH>|<a spent set>|<a development set>|dev|all
// Safety recall on crisis and manipulation messages (overall, per kind, whether the kind is
// right, and which screen caught it), false alarms on ordinary messages (most of them hard
// negatives), intent accuracy on the six labels, and cost per message, for the shipped router
// (structured rules OR learned screen) and, as same-run baselines, the rules alone (the router
// as handed over after round seven) and the router as it was before issue 11.
// v1–v56 are development sets: the learned screen is TRAINED on them, so the shipped router's
// figures on them are training figures; their honest figures are leave-one-set-out
// (bench/router/safetyLoso.ts) or a grouped fold (bench/router/safetyGroupFold.ts). The next one-shot
// set, FRESH below, will be written for a single measurement and never read by any training or
// tuning code; it is loaded here only, by file-name convention (heldout/<name>/crisisMessages<NAME>.ts
// …), and only when named: `--set` has no default.
// A set measured once and spent, before the screen trains on it, is loaded the same way (SPENT_NOT_YET_DEV). Each was
// measured once by the rule in its heldout/<set>/DECISION.md, which names the candidates it judged and which shipped;
// test/orchestrator/maia/intent/spentSets.ts records the figures each is guarded at and whether detection trains on it
// since (the shipped model's trainedOn names those sets, so every figure on them is a training figure). The intent
// models train on the spent sets' intent messages (data/intentTrainingSpent.ts: which sets, in intentExportSpent.ts's
// header), so those are left out here as training data; the kind model trains on v57–v65's crises, so their kinds are
// training figures.
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createIntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { evaluatePredictions } from '../../orchestrator/maia/intent/evaluation.ts'
import type { Intent } from '../../orchestrator/maia/intent/intents.ts'
import { getShippedLearnedSafetyScreen } from '../../orchestrator/maia/intent/safety/learned/shippedSafetyModels.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../orchestrator/maia/intent/safetyKinds.ts'
import { format, percentile } from '../lib.ts'
import { DEV_SETS, type DevSet } from './devSets.ts'
import { heldOutFolder } from './heldOutSetFiles.ts'
import { loadHeldOutSet } from './loadHeldOutSet.ts'
import { createLegacyRouter } from './legacyRouter.ts'
import { formatErrors, formatReport, percent } from './report.ts'

const FRESH = 'v104'
// Measured once and spent, but not among the development sets (detection trains on v57–v66 since round sixty-one,
// named on the trainer's command line, not in devSets.ts): loaded by the same file-name convention as the fresh set.
const SPENT_NOT_YET_DEV: readonly string[] = ['v57', 'v58', 'v59', 'v60', 'v61', 'v62', 'v63', 'v64', 'v65', 'v66', 'v67', 'v68', 'v69', 'v70', 'v71', 'v72', 'v73', 'v74', 'v75', 'v76', 'v77', 'v78', 'v79', 'v80', 'v81', 'v82', 'v83', 'v84', 'v85', 'v86', 'v87', 'v88', 'v89', 'v90', 'v91', 'v92', 'v93', 'v94', 'v95', 'v96', 'v97', 'v98', 'v99', 'v100', 'v101', 'v102', 'v103']
const { values } = parseArgs({ options: { errors: { type: 'boolean', default: false }, set: { type: 'string' }, 'sentence-windows': { type: 'string' } } })
// Whether the shipped router also screens each sentence window (createIntentRouter's sentenceWindows): its default unless named.
const windowsOption = values['sentence-windows']
if (windowsOption !== undefined && windowsOption !== 'on' && windowsOption !== 'off') throw new Error(`--sentence-windows takes on or off, not ${windowsOption}`)
const sentenceWindows = windowsOption === undefined ? {} : { sentenceWindows: windowsOption === 'on' }
if (values.set === undefined) throw new Error(`name a set: --set ${FRESH} (the one-shot held-out set), ${[...SPENT_NOT_YET_DEV, ...DEV_SETS.map((set) => set.name)].reverse().join(', ')}, dev or all`)
type Decision = { intent: Intent; kind?: SafetyKind; flaggedBy?: string }
type Route = (message: string) => Decision | Promise<Decision>

const wanted = values.set
const sets: DevSet[] = [
  ...await Promise.all([FRESH, ...[...SPENT_NOT_YET_DEV].reverse()].filter((name) => wanted === name || (wanted === 'all' && existsSync(new URL(`crisisMessages${name.toUpperCase()}.ts`, heldOutFolder(name))))).map(async (name) => loadHeldOutSet(name))),
  ...[...DEV_SETS].reverse().filter((set) => wanted === 'all' || wanted === 'dev' || set.name === wanted)
]
if (sets.length === 0) throw new Error(`no set named ${wanted}`)

async function measure(name: string, route: Route, { crisis: crisisSet, ordinary: ordinarySet, intents: intentSet }: DevSet): Promise<void> {
  console.log(`=== ${name}`)
  const timings: number[] = []
  const timed = async (message: string): Promise<Decision> => {
    const start = performance.now()
    const result = await route(message)
    timings.push(performance.now() - start)
    return result
  }
  const crisis: Array<(typeof crisisSet)[number] & { decision: Decision }> = []
  for (const message of crisisSet) crisis.push({ ...message, decision: await timed(message.text) })
  const caught = crisis.filter((message) => message.decision.intent === 'safety_escalation')
  const rightKinds = caught.filter((message) => message.decision.kind === message.kind)
  console.log(`safety recall (crisis set): ${percent(caught.length / crisis.length)} (${caught.length}/${crisis.length}); kind right ${rightKinds.length}/${crisis.length}`)
  const by = (who: string) => caught.filter((message) => message.decision.flaggedBy === who).length
  if (caught.some((message) => message.decision.flaggedBy !== undefined)) console.log(`  caught by rules only ${by('rules')}, learned only ${by('learned')}, both ${by('both')}`)
  for (const kind of SAFETY_KINDS) {
    const ofKind = crisis.filter((message) => message.kind === kind)
    const hit = ofKind.filter((message) => message.decision.intent === 'safety_escalation')
    const rightKind = hit.filter((message) => message.decision.kind === kind)
    console.log(`  ${kind.padEnd(22)} recall ${`${hit.length}/${ofKind.length}`.padStart(7)}   kind right ${`${rightKind.length}/${ofKind.length}`.padStart(7)}`)
  }
  const ordinary: Array<{ text: string; decision: Decision }> = []
  for (const text of ordinarySet) ordinary.push({ text, decision: await timed(text) })
  const alarms = ordinary.filter((message) => message.decision.intent === 'safety_escalation')
  console.log(`false alarms (ordinary set): ${percent(alarms.length / ordinary.length)} (${alarms.length}/${ordinary.length})`)
  if (values.errors) {
    for (const message of crisis) if (message.decision.intent !== 'safety_escalation') console.log(`    MISSED [${message.kind}]: ${message.text}`)
    for (const message of crisis) if (message.decision.intent === 'safety_escalation' && message.decision.kind !== message.kind) console.log(`    KIND ${message.kind} → ${message.decision.kind ?? 'none'}: ${message.text}`)
    for (const message of alarms) console.log(`    FALSE ALARM [${message.decision.kind ?? ''}${message.decision.flaggedBy === undefined ? '' : ` by ${message.decision.flaggedBy}`}]: ${message.text}`)
  }
  if (intentSet.length > 0) {
    const predictions: Array<{ text: string; actual: Intent; predicted: Intent }> = []
    for (const example of intentSet) predictions.push({ text: example.text, actual: example.intent, predicted: (await timed(example.text)).intent })
    const intents = evaluatePredictions(predictions)
    console.log(formatReport('intent accuracy (intent set)', intents))
    if (values.errors) console.log(formatErrors(intents))
  }
  console.log(`route(): p50 ${format(percentile(timings, 0.5), 3)} ms, p99 ${format(percentile(timings, 0.99), 3)} ms, max ${format(Math.max(...timings), 1)} ms\n`)
}

const start = performance.now()
// Where the sentence encoder cannot load or embed a turn, routeAsync falls back to rules and n-grams
// and carries on (right for users): its figures are then the fallback's, the synchronous path's. Round
// twenty-five measured such a run without noticing (CPU contention during other trainings); every
// failure is now counted and reported under the shipped router's figures.
const encoderFailures: string[] = []
const router = createIntentRouter({ ...sentenceWindows, logger: { error: (details, message) => encoderFailures.push(`${message}: ${String(details.err)}`) } })
await router.routeAsync('warm up: train the classifier, load the learned screen and the sentence encoder')
console.log(`shipped router ready in ${format(performance.now() - start, 0)} ms${windowsOption === undefined ? '' : `, sentence windows ${windowsOption}`}`)
const rulesOnly = createIntentRouter({ screen: (message) => screenForSafety(message) })
const legacy = createLegacyRouter()
// The spent sets the shipped screen's detection took in (its trainedOn), whose figures are training figures.
const detectionTrainedOn = new Set(getShippedLearnedSafetyScreen().meta.trainedOn.sets)
for (const set of sets) {
  const note = set.name === FRESH ? 'held out: never trained or tuned on' : SPENT_NOT_YET_DEV.includes(set.name) ? (detectionTrainedOn.has(set.name) ? 'spent: measured once, since read; detection trained on it since round sixty-one' : 'spent: measured once, since read; not trained on') : 'development set: the learned screen was trained on it (honest figure: bench/router/safetyLoso.ts)'
  console.log(`\n##### set ${set.name} (${note}): ${set.crisis.length} crisis, ${set.ordinary.length} ordinary, ${set.intents.length} intent messages\n`)
  await measure(`shipped router (rules OR learned screen with sentence vectors: routeAsync), set ${set.name}`, async (message) => {
    const decision = await router.routeAsync(message)
    return { intent: decision.intent, kind: decision.kind, flaggedBy: decision.screen.flaggedBy }
  }, set)
  if (encoderFailures.length > 0) console.log(`WARNING: the sentence encoder failed ${encoderFailures.length} times so far: the shipped router's figures above are (partly) the rules-and-n-grams fallback's, not routeAsync's; first: ${encoderFailures[0]}\n`)
  await measure(`baseline: rules OR n-gram screen (synchronous route, round thirteen's path, retrained), set ${set.name}`, (message) => {
    const decision = router.route(message)
    return { intent: decision.intent, kind: decision.kind, flaggedBy: decision.screen.flaggedBy }
  }, set)
  await measure(`baseline: rules alone (the router as handed over after round seven), set ${set.name}`, (message) => {
    const decision = rulesOnly.route(message)
    return { intent: decision.intent, kind: decision.kind }
  }, set)
  await measure(`baseline: the router before issue 11, set ${set.name}`, legacy, set)
}
// The loaded sentence encoder keeps the event loop alive (reported to the lead): a one-shot bench exits when done.
process.exit(0)
