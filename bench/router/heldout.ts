// The held-out figures of issue 11 (bench/router/heldout/README.md says how the sets were made):
//   npx tsx bench/router/heldout.ts [--errors] [--sentence-windows on|off] --set <FRESH>|v76|v75|v74|v73|v72|v71|v70|v69|v68|v67|v66|v65|v64|v63|v62|v61|v60|v59|v58|v57|v56|v55|v54|v53|v52|v51|v50|v49|v48|v47|v46|v45|v44|v43|v42|v41|v40|v39|v38|v37|v36|v35|v34|v33|v32|v31|v30|v29|…|v1|dev|all
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
// A set measured once and spent, before the screen trains on it, is loaded the same way
// (SPENT_NOT_YET_DEV: v57, measured once on round forty-seven's router and on round forty-nine's candidates P18 and
// N18, which shipped: heldout/v57/DECISION.md; v58, measured once on round forty-nine's router and on round fifty's
// candidates N19 and Q19, neither shipped: heldout/v58/DECISION.md; v59, measured once on round forty-nine's router
// and on round fifty-one's candidates R20 and S20, neither shipped: heldout/v59/DECISION.md; v60, measured once on
// round forty-nine's router and on round fifty-two's candidate T21, which shipped: heldout/v60/DECISION.md; v61,
// measured once on round fifty-two's router and on round fifty-three's candidates C22 and D22, which changed no
// message: heldout/v61/DECISION.md; v62, measured once on round fifty-two's router and on round fifty-four's candidates
// N23 and P23 (v57–v61 trained on), neither shipped: heldout/v62/DECISION.md; v63, measured once on round fifty-two's
// router and on round fifty-five's candidate F24, which changed no message: heldout/v63/DECISION.md; v64, measured once
// on round fifty-two's router and on round fifty-six's candidates F27 and C27, of which C27 shipped:
// heldout/v64/DECISION.md; v65, measured once on round fifty-six's router and on round fifty-seven's candidate I28,
// which shipped: heldout/v65/DECISION.md; v66, measured once on round fifty-seven's router and on round fifty-eight's
// candidates K29, which shipped, and I29: heldout/v66/DECISION.md; v67, measured once on round fifty-eight's router and
// on round fifty-nine's candidate C30, which changed no message: heldout/v67/DECISION.md; v68, measured once on round fifty-eight's
// router and on round sixty's candidate O31 (thresholds re-picked on the spent sets), which did not ship: heldout/v68/DECISION.md;
// v69, measured once on round fifty-eight's router and on round sixty-one's candidate D31 (detection trained on the
// spent v57–v66, thresholds +0.35), which shipped: heldout/v69/DECISION.md; v70, measured once on round sixty-one's
// router and on round sixty-two's candidate S32 (detection also trained on v67–v69), which did not ship: heldout/v70/DECISION.md;
// v71, measured once on round sixty-one's router and on round sixty-three's candidate S33 (detection also trained on
// v67–v70), which shipped: heldout/v71/DECISION.md; v72, measured once on round sixty-three's router and on round
// sixty-four's candidates T34 (thresholds −0.5), which did not ship, and S34 (detection also trained on v71), which
// shipped: heldout/v72/DECISION.md; v73, measured once on round sixty-four's router and on round sixty-five's candidates
// S35 (detection also trained on v72), which did not ship, and I35 (v65–v72's intent messages join the intent models),
// which shipped: heldout/v73/DECISION.md; v74, measured once on round sixty-five's router and on round sixty-six's
// candidates E36 (English threshold 0.0), which did not ship, and S36 (detection also trained on v72 and v73) with I36
// (v73's intent messages join the intent models), which shipped: heldout/v74/DECISION.md; v75, measured once on round sixty-six's router and on round sixty-seven's
// candidates S37 (detection also trained on v74), which did not ship, and I37 (v74's intent messages join the intent
// models), which shipped: heldout/v75/DECISION.md; v76, measured once on round sixty-seven's router and on round sixty-eight's
// candidates S38, I38 and W38, none of which shipped: heldout/v76/DECISION.md). Since round fifty-seven the intent models
// train on v57–v64's intent messages (data/intentTrainingSpent.ts), so those are left out here as training data; since
// round fifty-eight the kind model trains on v57–v65's crises, so their kinds are training figures; since round
// sixty-one detection trains on v57–v66, since round sixty-three on v57–v70, since round sixty-four on v57–v71 and since
// round sixty-six on v57–v73 (the shipped model's trainedOn names them), so every figure on those is a training figure,
// and only v74–v76 are spent sets detection has not seen. Since round sixty-five the intent models train on v57–v72's
// intent messages, since round sixty-six on v57–v73's, since round sixty-seven on v57–v74's. v77 was written from outside by a helper (2026-12-05) and committed unread.
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createIntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { evaluatePredictions } from '../../orchestrator/maia/intent/evaluation.ts'
import type { Intent } from '../../orchestrator/maia/intent/intents.ts'
import { getShippedLearnedSafetyScreen } from '../../orchestrator/maia/intent/safety/learned/learnedSafetyScreen.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../orchestrator/maia/intent/safetyKinds.ts'
import { format, percentile } from '../lib.ts'
import { DEV_SETS, type DevSet } from './devSets.ts'
import { heldOutFolder } from './heldOutSetFiles.ts'
import { loadHeldOutSet } from './loadHeldOutSet.ts'
import { createLegacyRouter } from './legacyRouter.ts'
import { formatErrors, formatReport, percent } from './report.ts'

const FRESH = 'v77'
// Measured once and spent, but not among the development sets (detection trains on v57–v66 since round sixty-one,
// named on the trainer's command line, not in devSets.ts): loaded by the same file-name convention as the fresh set.
const SPENT_NOT_YET_DEV: readonly string[] = ['v57', 'v58', 'v59', 'v60', 'v61', 'v62', 'v63', 'v64', 'v65', 'v66', 'v67', 'v68', 'v69', 'v70', 'v71', 'v72', 'v73', 'v74', 'v75', 'v76']
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
