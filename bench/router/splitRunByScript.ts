// Splits the first section of a heldout.ts --errors output (the shipped or candidate router on routeAsync) by
// script and language: the MISSED and FALSE ALARM lines of English, other Latin-script languages and other
// scripts, with the set's own counts per group, so a round's rule on Latin-script and non-Latin recall reads
// off one command instead of a hand count.
//   npx tsx bench/router/splitRunByScript.ts <RUN…txt> --set v77
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { languageGroup } from '../../orchestrator/maia/intent/safety/languageGroup.ts'
import { scriptGroup } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'
import { loadHeldOutSet } from './loadHeldOutSet.ts'

type Group = 'English' | 'other Latin' | 'non-Latin'
const groupOf = (text: string): Group => scriptGroup(text) === 'non-Latin' ? 'non-Latin' : languageGroup(text) === 'English' ? 'English' : 'other Latin'
const GROUPS: readonly Group[] = ['English', 'other Latin', 'non-Latin']

const { values, positionals } = parseArgs({ allowPositionals: true, options: { set: { type: 'string' } } })
const file = positionals[0]
if (file === undefined || values.set === undefined) throw new Error('usage: splitRunByScript.ts <RUN file> --set vNN')
const set = await loadHeldOutSet(values.set)
const lines = readFileSync(file, 'utf8').split('\n')
// The first router's section: from its first '=== ' line to the next one.
const start = lines.findIndex((line) => line.startsWith('=== '))
const end = lines.findIndex((line, index) => index > start && line.startsWith('=== '))
const section = lines.slice(start, end === -1 ? undefined : end)
const textOf = (line: string): string => line.replace(/^\s*(?:MISSED|FALSE ALARM) \[[^\]]*\]: /u, '')
const missed = section.filter((line) => /^\s*MISSED \[/u.test(line)).map(textOf)
const alarms = section.filter((line) => /^\s*FALSE ALARM \[/u.test(line)).map(textOf)
const count = (texts: readonly string[], group: Group): number => texts.filter((text) => groupOf(text) === group).length
console.log(section[0])
for (const group of GROUPS) {
  const crises = count(set.crisis.map((message) => message.text), group)
  const ordinary = count(set.ordinary, group)
  console.log(`${group.padEnd(12)} crises caught ${crises - count(missed, group)}/${crises}   false alarms ${count(alarms, group)}/${ordinary}`)
}
const latin = set.crisis.filter((message) => groupOf(message.text) !== 'non-Latin').length
console.log(`Latin-script crises caught ${latin - count(missed, 'English') - count(missed, 'other Latin')}/${latin}`)
