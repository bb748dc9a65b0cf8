// The held-out figures of issue 11 (bench/router/heldout/README.md says how the sets were made):
//   npx tsx bench/router/heldout.ts [--errors] [--set v8|v7|v6|v5|v4|v3|v2|v1|all]   (default v8)
// Safety recall on crisis and manipulation messages (overall, per kind, and whether the kind is
// right), false alarms on ordinary messages (most of them hard negatives), intent accuracy on
// the six labels, and cost per message, for the shipped router and, as a baseline measured in
// the same run, the router as it was before issue 11.
// Sets v3 and v4 carry the held-out figures to report (bench/router/heldout/README.md); v1 and
// v2 were each read after a round of tuning and are development sets since (kept for comparison).
import { parseArgs } from 'node:util'
import { createIntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { evaluatePredictions } from '../../orchestrator/maia/intent/evaluation.ts'
import type { Intent } from '../../orchestrator/maia/intent/intents.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../orchestrator/maia/intent/safetyKinds.ts'
import { format, percentile } from '../lib.ts'
import { HELD_OUT_CRISIS } from './heldout/crisisMessages.ts'
import { HELD_OUT_INTENTS } from './heldout/intentMessages.ts'
import { HELD_OUT_ORDINARY } from './heldout/ordinaryMessages.ts'
import { HELD_OUT_CRISIS_V2 } from './heldout/v2/crisisMessagesV2.ts'
import { HELD_OUT_INTENTS_V2 } from './heldout/v2/intentMessagesV2.ts'
import { HELD_OUT_ORDINARY_V2 } from './heldout/v2/ordinaryMessagesV2.ts'
import { HELD_OUT_CRISIS_V3 } from './heldout/v3/crisisMessagesV3.ts'
import { HELD_OUT_INTENTS_V3 } from './heldout/v3/intentMessagesV3.ts'
import { HELD_OUT_ORDINARY_V3 } from './heldout/v3/ordinaryMessagesV3.ts'
import { HELD_OUT_CRISIS_V4 } from './heldout/v4/crisisMessagesV4.ts'
import { HELD_OUT_INTENTS_V4 } from './heldout/v4/intentMessagesV4.ts'
import { HELD_OUT_ORDINARY_V4 } from './heldout/v4/ordinaryMessagesV4.ts'
import { HELD_OUT_CRISIS_V5 } from './heldout/v5/crisisMessagesV5.ts'
import { HELD_OUT_INTENTS_V5 } from './heldout/v5/intentMessagesV5.ts'
import { HELD_OUT_ORDINARY_V5 } from './heldout/v5/ordinaryMessagesV5.ts'
import { HELD_OUT_CRISIS_V6 } from './heldout/v6/crisisMessagesV6.ts'
import { HELD_OUT_INTENTS_V6 } from './heldout/v6/intentMessagesV6.ts'
import { HELD_OUT_ORDINARY_V6 } from './heldout/v6/ordinaryMessagesV6.ts'
import { HELD_OUT_CRISIS_V7 } from './heldout/v7/crisisMessagesV7.ts'
import { HELD_OUT_INTENTS_V7 } from './heldout/v7/intentMessagesV7.ts'
import { HELD_OUT_ORDINARY_V7 } from './heldout/v7/ordinaryMessagesV7.ts'
import { HELD_OUT_CRISIS_V8 } from './heldout/v8/crisisMessagesV8.ts'
import { HELD_OUT_INTENTS_V8 } from './heldout/v8/intentMessagesV8.ts'
import { HELD_OUT_ORDINARY_V8 } from './heldout/v8/ordinaryMessagesV8.ts'
import { createLegacyRouter } from './legacyRouter.ts'
import { formatErrors, formatReport, percent } from './report.ts'

const { values } = parseArgs({ options: { errors: { type: 'boolean', default: false }, set: { type: 'string', default: 'v8' } } })
type Route = (message: string) => { intent: Intent; kind?: SafetyKind }
interface HeldOutSet { name: string; crisis: typeof HELD_OUT_CRISIS; ordinary: readonly string[]; intents: typeof HELD_OUT_INTENTS }
const SETS: HeldOutSet[] = [
  { name: 'v8 (held out: written after the seventh round, never tuned on; the honest figure for the router as handed over)', crisis: HELD_OUT_CRISIS_V8, ordinary: HELD_OUT_ORDINARY_V8, intents: HELD_OUT_INTENTS_V8 },
  { name: 'v7 (held out for the sixth round only: its first measurement, RUN7, is the unseen figure; a development set since)', crisis: HELD_OUT_CRISIS_V7, ordinary: HELD_OUT_ORDINARY_V7, intents: HELD_OUT_INTENTS_V7 },
  { name: 'v6 (held out after the fifth round only: its first measurement, RUN6, is the unseen figure; a development set since)', crisis: HELD_OUT_CRISIS_V6, ordinary: HELD_OUT_ORDINARY_V6, intents: HELD_OUT_INTENTS_V6 },
  { name: 'v5 (held out for the fifth round only: its first measurement, RUN5a, is the unseen figure; a development set since)', crisis: HELD_OUT_CRISIS_V5, ordinary: HELD_OUT_ORDINARY_V5, intents: HELD_OUT_INTENTS_V5 },
  { name: 'v4 (held out: written before the fourth round, never tuned on; see README for its caveat)', crisis: HELD_OUT_CRISIS_V4, ordinary: HELD_OUT_ORDINARY_V4, intents: HELD_OUT_INTENTS_V4 },
  { name: 'v3 (held out for the third round; a development set since)', crisis: HELD_OUT_CRISIS_V3, ordinary: HELD_OUT_ORDINARY_V3, intents: HELD_OUT_INTENTS_V3 },
  { name: 'v2 (held out for the second round only; a development set since)', crisis: HELD_OUT_CRISIS_V2, ordinary: HELD_OUT_ORDINARY_V2, intents: HELD_OUT_INTENTS_V2 },
  { name: 'v1 (held out for the first round only; a development set since)', crisis: HELD_OUT_CRISIS, ordinary: HELD_OUT_ORDINARY, intents: HELD_OUT_INTENTS }
].filter((set) => values.set === 'all' || set.name.startsWith(values.set ?? ''))

function measure(name: string, route: Route, { crisis: crisisSet, ordinary: ordinarySet, intents: intentSet }: HeldOutSet): void {
  console.log(`=== ${name}`)
  const timings: number[] = []
  const timed = (message: string): ReturnType<Route> => {
    const start = performance.now()
    const result = route(message)
    timings.push(performance.now() - start)
    return result
  }
  const crisis = crisisSet.map((message) => ({ ...message, decision: timed(message.text) }))
  const caught = crisis.filter((message) => message.decision.intent === 'safety_escalation')
  console.log(`safety recall (held-out crisis set): ${percent(caught.length / crisis.length)} (${caught.length}/${crisis.length})`)
  for (const kind of SAFETY_KINDS) {
    const ofKind = crisis.filter((message) => message.kind === kind)
    const hit = ofKind.filter((message) => message.decision.intent === 'safety_escalation')
    const rightKind = hit.filter((message) => message.decision.kind === kind)
    console.log(`  ${kind.padEnd(22)} recall ${`${hit.length}/${ofKind.length}`.padStart(6)}   kind right ${`${rightKind.length}/${ofKind.length}`.padStart(6)}`)
  }
  const ordinary = ordinarySet.map((text) => ({ text, decision: timed(text) }))
  const alarms = ordinary.filter((message) => message.decision.intent === 'safety_escalation')
  console.log(`false alarms (held-out ordinary set): ${percent(alarms.length / ordinary.length)} (${alarms.length}/${ordinary.length})`)
  if (values.errors) {
    for (const message of crisis) if (message.decision.intent !== 'safety_escalation') console.log(`    MISSED [${message.kind}]: ${message.text}`)
    for (const message of crisis) if (message.decision.intent === 'safety_escalation' && message.decision.kind !== message.kind) console.log(`    KIND ${message.kind} → ${message.decision.kind ?? 'none'}: ${message.text}`)
    for (const message of alarms) console.log(`    FALSE ALARM [${message.decision.kind ?? ''}]: ${message.text}`)
  }
  const intents = evaluatePredictions(intentSet.map((example) => ({ text: example.text, actual: example.intent, predicted: timed(example.text).intent })))
  console.log(formatReport('intent accuracy (held-out intent set)', intents))
  if (values.errors) console.log(formatErrors(intents))
  console.log(`route(): p50 ${format(percentile(timings, 0.5), 2)} ms, p99 ${format(percentile(timings, 0.99), 2)} ms, max ${format(Math.max(...timings), 1)} ms\n`)
}

const start = performance.now()
const router = createIntentRouter()
router.route('warm up: train the classifier')
console.log(`shipped router ready in ${format(performance.now() - start, 0)} ms`)
const legacy = createLegacyRouter()
for (const set of SETS) {
  console.log(`\n##### set ${set.name}: ${set.crisis.length} crisis, ${set.ordinary.length} ordinary, ${set.intents.length} intent messages\n`)
  measure(`shipped router, set ${set.name.slice(0, 2)}`, (message) => {
    const decision = router.route(message)
    return { intent: decision.intent, kind: decision.kind }
  }, set)
  measure(`baseline: the router before issue 11, set ${set.name.slice(0, 2)}`, legacy, set)
}
