// Development check of the safety screen on TRAINING/DEV data only (never the held-out sets):
//   npx tsx bench/router/devSafety.ts [--verbose]
import { LABELLED_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../orchestrator/maia/intent/data/safetyTraining.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { CRISIS_PHRASINGS, ORDINARY_PHRASINGS } from '../../test/orchestrator/maia/intent/fixtures/crisisPhrasings.ts'

const positives = [...SAFETY_TRAINING, ...CRISIS_PHRASINGS.map((text) => ({ text, kind: undefined })), ...LABELLED_EXAMPLES.filter((e) => e.intent === 'safety_escalation').map((e) => ({ text: e.text, kind: undefined }))]
const negatives = [...SAFETY_TRAINING_NEGATIVES, ...ORDINARY_PHRASINGS, ...LABELLED_EXAMPLES.filter((e) => e.intent !== 'safety_escalation').map((e) => e.text)]
let missed = 0, wrongKind = 0
for (const { text, kind } of positives) {
  const result = screenForSafety(text)
  if (!result.flagged) { missed++; console.log(`MISSED [${kind ?? '?'}] ${text}`) }
  else if (kind !== undefined && result.kind !== kind) { wrongKind++; console.log(`KIND ${kind} -> ${result.kind}: ${text}  {${result.matches.filter(m=>!m.negated).map(m=>m.rule).join('; ')}}`) }
}
let alarms = 0
for (const text of negatives) {
  const result = screenForSafety(text)
  if (result.flagged) { alarms++; console.log(`ALARM [${result.kind}] ${text}  {${result.matches.filter(m=>!m.negated).map(m=>`${m.rule}: "${m.phrase}"`).join('; ')}}`) }
}
console.log(`dev recall ${positives.length - missed}/${positives.length}, wrong kind ${wrongKind}, dev false alarms ${alarms}/${negatives.length}`)
const start = performance.now()
for (const text of [...positives.map((p) => p.text), ...negatives]) screenForSafety(text)
console.log(`${((performance.now() - start) / (positives.length + negatives.length)).toFixed(3)} ms/message`)
