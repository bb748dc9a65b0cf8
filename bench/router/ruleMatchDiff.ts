// Which texts a change to the safety rules moves, before any fresh set is read (round eighty-eight): every spent text
// (the v-sets but the fresh one, the development sets, the one-line sets but the fresh ones, the screen's training
// negatives and crises, the intent examples) is screened by this tree's rules and by another tree's, and each text whose
// rule matches or flag differ is printed as a JSON line, with a count at the end. A rule change that moves no ordinary,
// intent or look-alike text cannot raise a false alarm on them.
//   npx tsx bench/router/ruleMatchDiff.ts --against /path/to/the/other/tree
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../orchestrator/maia/intent/data/safetyTraining.ts'
import { INTENT_ROUTER_TRAINING } from '../../orchestrator/maia/intent/data/index.ts'
import { screenForSafety, type SafetyScreenResult } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { DEV_SETS } from './devSets.ts'
import { freshSetName, isFreshOneLiner } from './freshSet.ts'
import { heldOutSetFiles } from './heldOutSetFiles.ts'
import { readOneLiners } from './oneLinerSet.ts'

const { values } = parseArgs({ options: { against: { type: 'string' } } })
if (values.against === undefined) throw new Error('usage: ruleMatchDiff.ts --against <the other tree>')
const other = (await import(join(values.against, 'orchestrator/maia/intent/safety/screenForSafety.ts'))) as { screenForSafety: (text: string) => SafetyScreenResult }

const matched = (result: SafetyScreenResult): string => result.matches.filter((match) => !match.negated).map((match) => match.rule).sort().join(' | ')
let texts = 0
let moved = 0
const check = (where: string, label: string, text: string): void => {
  texts++
  const here = screenForSafety(text)
  const there = other.screenForSafety(text)
  if (matched(here) === matched(there) && here.flagged === there.flagged) return
  moved++
  console.log(JSON.stringify({ where, label, flaggedThere: there.flagged, flaggedHere: here.flagged, there: matched(there), here: matched(here), text }))
}

const fresh = freshSetName()
const heldOut = new URL('./heldout/', import.meta.url)
for (const name of readdirSync(heldOut).filter((entry) => /^v\d+$/u.test(entry) && entry !== fresh).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))) {
  const set = await heldOutSetFiles(name)
  for (const text of set.ordinary) check(name, 'ordinary', text)
  for (const message of set.intents ?? []) check(`${name} intent`, message.intent, message.text)
  for (const message of set.crisis) check(name, `crisis: ${message.kind}`, message.text)
}
for (const set of DEV_SETS) {
  for (const text of set.ordinary) check(`development ${set.name}`, 'ordinary', text)
  for (const message of set.intents) check(`development ${set.name} intent`, message.intent, message.text)
  for (const message of set.crisis) check(`development ${set.name}`, `crisis: ${message.kind}`, message.text)
}
const oneLiners = new URL('./plainDisclosures/', import.meta.url)
for (const file of readdirSync(oneLiners).filter((entry) => entry.endsWith('.tsv') && !isFreshOneLiner(entry))) {
  for (const line of readOneLiners(join(oneLiners.pathname, file))) check(file, line.label === 'crisis' ? `crisis: ${line.kind ?? 'unnamed'}` : 'look-alike', line.text)
}
for (const text of SAFETY_TRAINING_NEGATIVES) check('training negatives', 'ordinary', text)
for (const example of SAFETY_TRAINING) check('training crises', `crisis: ${example.kind}`, example.text)
for (const example of INTENT_ROUTER_TRAINING) check('intent training', example.intent, example.text)
console.log(`${texts} texts screened; ${moved} moved (their rule matches or flag differ between the two trees)`)
