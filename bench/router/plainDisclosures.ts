// Short one-line messages through the path the orchestrator answers with (routeAsync): plain first-person disclosures
// and their ordinary look-alikes (grief, recovery told as past, study, idioms), by language. The file is a TSV with the
// header `label\tlanguage\ttext`, label `crisis` or `ordinary` (bench/router/plainDisclosures/README.md). Prints the
// crises escalated and the ordinary messages escalated (false alarms), overall and per language; --errors lists them.
//   npx tsx bench/router/plainDisclosures.ts --file bench/router/plainDisclosures/heldout1.tsv [--errors]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { createIntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'

const { values } = parseArgs({ options: { file: { type: 'string' }, errors: { type: 'boolean', default: false } } })
if (values.file === undefined) throw new Error('usage: plainDisclosures.ts --file <tsv> [--errors]')

const lineSchema = z.object({ label: z.enum(['crisis', 'ordinary']), language: z.string().min(1), text: z.string().min(1) })
const [header, ...rows] = readFileSync(values.file, 'utf8').split('\n').filter((line) => line.trim() !== '')
if (header !== 'label\tlanguage\ttext') throw new Error(`${values.file}: the header must be "label<TAB>language<TAB>text", got "${header ?? ''}"`)
const messages = rows.map((row, index) => {
  const [label, language, text, ...rest] = row.split('\t')
  const parsed = lineSchema.safeParse({ label, language, text })
  if (!parsed.success || rest.length > 0) throw new Error(`${values.file}:${index + 2}: expected three tab-separated columns (label crisis|ordinary, language, text)`)
  return parsed.data
})

const router = createIntentRouter()
await router.routeAsync('warm up: load the classifier, the screens and the encoder')
const byLanguage = new Map<string, { crisis: number; caught: number; ordinary: number; alarms: number }>()
const errors: string[] = []
for (const message of messages) {
  const escalated = (await router.routeAsync(message.text)).intent === 'safety_escalation'
  const counts = byLanguage.get(message.language) ?? { crisis: 0, caught: 0, ordinary: 0, alarms: 0 }
  if (message.label === 'crisis') { counts.crisis++; if (escalated) counts.caught++; else errors.push(`MISSED (${message.language}): ${message.text}`) }
  else { counts.ordinary++; if (escalated) { counts.alarms++; errors.push(`FALSE ALARM (${message.language}): ${message.text}`) } }
  byLanguage.set(message.language, counts)
}
const total = [...byLanguage.values()].reduce((sum, counts) => ({ crisis: sum.crisis + counts.crisis, caught: sum.caught + counts.caught, ordinary: sum.ordinary + counts.ordinary, alarms: sum.alarms + counts.alarms }), { crisis: 0, caught: 0, ordinary: 0, alarms: 0 })
const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`
console.log(`${values.file}: crises escalated ${total.caught}/${total.crisis} (${percent(total.caught, total.crisis)}), ordinary escalated ${total.alarms}/${total.ordinary} (${percent(total.alarms, total.ordinary)})`)
for (const [language, counts] of [...byLanguage].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`  ${language.padEnd(28)} crises ${String(counts.caught).padStart(3)}/${counts.crisis}  false alarms ${String(counts.alarms).padStart(3)}/${counts.ordinary}`)
}
if (values.errors) for (const line of errors) console.log(line)
