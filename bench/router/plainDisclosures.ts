// Short one-line messages through the path the orchestrator answers with (routeAsync): plain first-person disclosures
// and their ordinary look-alikes (grief, recovery told as past, study, idioms), by language. The file is a TSV with the
// header `label\tlanguage\ttext` or `label\tkind\tlanguage\ttext`, label `crisis` or `ordinary` (bench/router/plainDisclosures/). Prints the
// crises escalated and the ordinary messages escalated (false alarms), overall, per language and (with a kind column)
// per kind of crisis; --errors lists them.
//   npx tsx bench/router/plainDisclosures.ts --file bench/router/plainDisclosures/heldout1.tsv [--errors]
import { parseArgs } from 'node:util'
import { createIntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { readOneLiners } from './oneLinerSet.ts'

const { values } = parseArgs({ options: { file: { type: 'string' }, errors: { type: 'boolean', default: false } } })
if (values.file === undefined) throw new Error('usage: plainDisclosures.ts --file <tsv> [--errors]')

const messages = readOneLiners(values.file)

// Where the sentence encoder cannot load, routeAsync falls back to rules and n-grams (right for users, wrong for a
// measurement of the shipped path): every such failure is counted and printed under the figures, as heldout.ts does
// (seen 2026-12-05: a worker thread started beside a training run once failed to load its TypeScript entry).
const encoderFailures: string[] = []
const router = createIntentRouter({ logger: { error: (details, message) => encoderFailures.push(`${message}: ${String(details.err)}`) } })
await router.routeAsync('warm up: load the classifier, the screens and the encoder')
const byLanguage = new Map<string, { crisis: number; caught: number; ordinary: number; alarms: number }>()
const errors: string[] = []
const byKind = new Map<string, { crisis: number; caught: number }>()
for (const message of messages) {
  const escalated = (await router.routeAsync(message.text)).intent === 'safety_escalation'
  const counts = byLanguage.get(message.language) ?? { crisis: 0, caught: 0, ordinary: 0, alarms: 0 }
  if (message.label === 'crisis') {
    counts.crisis++
    if (escalated) counts.caught++; else errors.push(`MISSED (${message.language}${message.kind === undefined ? '' : `, ${message.kind}`}): ${message.text}`)
    if (message.kind !== undefined) { const kind = byKind.get(message.kind) ?? { crisis: 0, caught: 0 }; kind.crisis++; if (escalated) kind.caught++; byKind.set(message.kind, kind) }
  }
  else { counts.ordinary++; if (escalated) { counts.alarms++; errors.push(`FALSE ALARM (${message.language}): ${message.text}`) } }
  byLanguage.set(message.language, counts)
}
const total = [...byLanguage.values()].reduce((sum, counts) => ({ crisis: sum.crisis + counts.crisis, caught: sum.caught + counts.caught, ordinary: sum.ordinary + counts.ordinary, alarms: sum.alarms + counts.alarms }), { crisis: 0, caught: 0, ordinary: 0, alarms: 0 })
const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`
console.log(`${values.file}: crises escalated ${total.caught}/${total.crisis} (${percent(total.caught, total.crisis)}), ordinary escalated ${total.alarms}/${total.ordinary} (${percent(total.alarms, total.ordinary)})`)
for (const [language, counts] of [...byLanguage].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`  ${language.padEnd(28)} crises ${String(counts.caught).padStart(3)}/${counts.crisis}  false alarms ${String(counts.alarms).padStart(3)}/${counts.ordinary}`)
}
for (const [kind, counts] of [...byKind].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  kind ${kind.padEnd(23)} crises ${String(counts.caught).padStart(3)}/${counts.crisis}`)
if (encoderFailures.length > 0) console.log(`WARNING: the sentence encoder failed ${encoderFailures.length} times: the figures above are (partly) the rules-and-n-grams fallback's, not routeAsync's; first: ${encoderFailures[0]}`)
if (values.errors) for (const line of errors) console.log(line)
