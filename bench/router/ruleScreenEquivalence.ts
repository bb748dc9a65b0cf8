// Whether the rule screen (screenForSafety) still decides every known message exactly as it did: records its whole
// returned object, JSON-serialised, for each message of the training data (every array export of
// orchestrator/maia/intent/data/) and of the development and spent sets v1–v65, then compares against a recording.
// Run before a change that must not change any decision (a speed-up), and after:
//   npx tsx bench/router/ruleScreenEquivalence.ts --record /tmp/ruleScreen.before.json
//   npx tsx bench/router/ruleScreenEquivalence.ts --compare /tmp/ruleScreen.before.json
// The fresh one-shot sets (v66 onwards) are never loaded: only the sets named below are imported.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { DEV_SETS_AS_WRITTEN } from './devSets.ts'
import { heldOutSetFiles } from './heldOutSetFiles.ts'

const SPENT_SETS: readonly string[] = ['v57', 'v58', 'v59', 'v60', 'v61', 'v62', 'v63', 'v64', 'v65']

const { values } = parseArgs({ options: { record: { type: 'string' }, compare: { type: 'string' } } })
if ((values.record === undefined) === (values.compare === undefined)) throw new Error('give exactly one of --record <file> or --compare <file>')

/** The texts an exported value holds: strings, and the `text` of labelled examples, at any depth of arrays. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(textsIn)
  if (typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string') return [value.text]
  return []
}

async function trainingTexts(): Promise<string[]> {
  const folder = new URL('../../orchestrator/maia/intent/data/', import.meta.url)
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).sort()
  const texts: string[] = []
  for (const file of files) {
    const module = await import(new URL(file, folder).href) as Record<string, unknown>
    for (const exported of Object.values(module)) texts.push(...textsIn(exported))
  }
  return texts
}

async function setTexts(): Promise<string[]> {
  const written = DEV_SETS_AS_WRITTEN.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)])
  const spent = await Promise.all(SPENT_SETS.map(async (name) => {
    const { crisis, ordinary, intents = [] } = await heldOutSetFiles(name)
    return [...crisis.map((message) => message.text), ...ordinary, ...intents.map((example) => example.text)]
  }))
  return [...written, ...spent.flat()]
}

const messages = [...new Set([...await trainingTexts(), ...await setTexts()])]
const outputs: Record<string, string> = Object.fromEntries(messages.map((message) => [message, JSON.stringify(screenForSafety(message))]))
const flagged = Object.values(outputs).filter((output) => output.startsWith('{"flagged":true')).length

if (values.record !== undefined) {
  writeFileSync(values.record, JSON.stringify(outputs))
  console.log(`recorded the screen's output on ${messages.length} distinct messages (${flagged} flagged) to ${values.record}`)
} else if (values.compare !== undefined) {
  const recorded = JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, string>
  const missing = Object.keys(recorded).filter((message) => !(message in outputs))
  const differing = messages.filter((message) => message in recorded && recorded[message] !== outputs[message])
  for (const message of differing.slice(0, 10)) console.log(`DIFFERS: ${JSON.stringify(message.slice(0, 120))}\n  was ${recorded[message]}\n  now ${outputs[message]}`)
  const compared = messages.filter((message) => message in recorded).length
  console.log(`compared ${compared} of ${messages.length} messages (${flagged} flagged): ${differing.length} differences, ${missing.length} recorded messages not found`)
  if (differing.length > 0 || missing.length > 0) process.exitCode = 1
}
