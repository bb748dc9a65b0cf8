// Picks the safety screen's three fused thresholds (English, other Latin-script, non-Latin) on spent held-out sets that
// detection never trained on (issue 11, round eighty: heldout/v87/DECISION.md), and says by leaving each set out in turn
// whether such a pick carries over. Every message is routed once through the shipped router (routeAsync, the path of
// `maia route` and every MAIA turn); its fused score minus the threshold it was held to is its margin
// (languageOperatingPoint.ts). Prints the pick's shifts, the thresholds they give, and the counts in sample and left out.
//   npx tsx bench/router/operatingPointOnSpent.ts --sets v81,v82,v83,v84,v85,v86 [--target 0.01] [--max-shift 3] [--step 0.1]
// Round eighty ran it on v81–v86 at a target of 1.0% against the thresholds 0.416141 / −0.058218 / −0.65 and shipped
// its pick (T48: shifts 0.7 / 0.4 / 0.2). Refuses the fresh one-shot set, development sets and sets detection trained on.
import { parseArgs } from 'node:util'
import { createIntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { getShippedLearnedSafetyScreen } from '../../orchestrator/maia/intent/safety/learned/learnedSafetyScreen.ts'
import { loadSentenceSafetyModel } from '../../orchestrator/maia/intent/safety/learned/sentenceSafetyModel.ts'
import { fusedThresholdForLanguage, messageLanguage } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'
import { DEV_SETS } from './devSets.ts'
import { refuseFreshSet } from './freshSet.ts'
import { LANGUAGE_GROUPS, leaveOneSetOut, NO_SHIFT, countsAt, pickOperatingPoint, type LanguageShifts, type OperatingCounts, type ScoredMessage } from './languageOperatingPoint.ts'
import { loadHeldOutSet } from './loadHeldOutSet.ts'

const { values } = parseArgs({ options: { sets: { type: 'string' }, target: { type: 'string', default: '0.01' }, 'max-shift': { type: 'string', default: '3' }, step: { type: 'string', default: '0.1' } } })
if (values.sets === undefined) throw new Error('name the calibration sets: --sets v81,v82,… (spent sets detection never trained on)')
const names = values.sets.split(',').map((name) => name.trim()).filter((name) => name.length > 0)
const options = { targetFalseAlarms: Number(values.target), maxShift: Number(values['max-shift']), step: Number(values.step) }
for (const [flag, value] of Object.entries(options)) if (!Number.isFinite(value) || value < 0) throw new Error(`${flag} must be a number ≥ 0, not ${String(value)}`)
refuseFreshSet(names, 'used to pick thresholds')
const trainedOn = new Set(getShippedLearnedSafetyScreen().meta.trainedOn.sets)
for (const name of names) {
  if (DEV_SETS.some((set) => set.name === name)) throw new Error(`${name} is a development set: the screen trained on it, so its scores say nothing of the operating point`)
  if (trainedOn.has(name)) throw new Error(`${name} is in the shipped detection's trainedOn: its scores are training scores`)
}

const failures: string[] = []
const router = createIntentRouter({ logger: { error: (details, message) => failures.push(`${message}: ${String(details.err)}`) } })
await router.routeAsync('warm up: load the learned screen and the sentence encoder')
const messages: ScoredMessage[] = []
for (const name of names) {
  const set = await loadHeldOutSet(name, () => {})
  const texts = [...set.crisis.map((message) => ({ text: message.text, crisis: true })), ...set.ordinary.map((text) => ({ text, crisis: false }))]
  for (const { text, crisis } of texts) {
    const decision = await router.routeAsync(text)
    const { fused, threshold } = decision.screen as { fused?: number; threshold?: number }
    messages.push({ set: name, crisis, flagged: decision.intent === 'safety_escalation', margin: fused !== undefined && threshold !== undefined ? fused - threshold : undefined, language: messageLanguage(text) })
  }
  process.stderr.write(`routed ${name} (${texts.length} messages)\n`)
}
// The router falls back to rules and n-grams where the encoder fails: such scores are not the sentence screen's.
if (failures.length > 0) throw new Error(`the sentence encoder failed ${failures.length} times: rerun with the cores free (first: ${failures[0]})`)

const show = (counts: OperatingCounts): string => `${counts.caught}/${counts.crises} crises, ${counts.alarms}/${counts.ordinary} false alarms (${(100 * counts.alarms / Math.max(1, counts.ordinary)).toFixed(2)}%)`
const showShifts = (shifts: LanguageShifts): string => LANGUAGE_GROUPS.map((language) => `${language} −${shifts[language]}`).join(', ')
const meta = loadSentenceSafetyModel().meta
console.log(`calibration sets ${names.join(', ')}; target ${(100 * options.targetFalseAlarms).toFixed(2)}% false alarms; shifts 0–${options.maxShift} by ${options.step}`)
console.log(`at the shipped thresholds: ${show(countsAt(messages, NO_SHIFT))}`)
for (const language of LANGUAGE_GROUPS) console.log(`  ${language.padEnd(12)} ${show(countsAt(messages.filter((message) => message.language === language), NO_SHIFT))}`)
const picked = pickOperatingPoint(messages, options)
console.log(`\npicked (in sample): ${showShifts(picked.shifts)} → ${show(picked.counts)}`)
for (const language of LANGUAGE_GROUPS) {
  const before = fusedThresholdForLanguage(meta, language)
  console.log(`  ${language.padEnd(12)} threshold ${before} → ${Number((before - picked.shifts[language]).toFixed(6))}; ${show(countsAt(messages.filter((message) => message.language === language), picked.shifts))}`)
}
console.log('\nleft out in turn (picked on the other sets, counted on the one left out):')
const held = leaveOneSetOut(messages, options)
for (const result of held) console.log(`  ${result.set}: ${showShifts(result.shifts)}; ${show(result.before)} → ${show(result.after)}`)
const sum = (of: readonly OperatingCounts[]): OperatingCounts => of.reduce((a, b) => ({ caught: a.caught + b.caught, crises: a.crises + b.crises, alarms: a.alarms + b.alarms, ordinary: a.ordinary + b.ordinary }))
console.log(`  all: ${show(sum(held.map((result) => result.before)))} → ${show(sum(held.map((result) => result.after)))}`)
// The loaded sentence encoder keeps the event loop alive: a one-shot bench exits when done.
process.exit(0)
