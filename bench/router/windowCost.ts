// What sentence windows cost routeAsync (issue 11, round thirty-one: the flooding cost of windows):
//   npx tsx bench/router/windowCost.ts [--long 3] [--twelve 20] [--characters 65000] [--run-windows on|off]
// Two routers in the same process and run, sentence windows off and on, route the same messages: `--long`
// pasted messages of about `--characters` characters each (development sets' ordinary messages joined, a
// distinct slice per message, so no window is a cache hit of another message's) and `--twelve` messages of
// twelve sentences (the most that are windowed in full: 23 windows). Per message: wall time, main-thread
// CPU (process.threadCpuUsage) and whole-process CPU (the encoder's worker thread included). Prints the
// on / off ratio of each, measured in this run. Round thirty-two: also the same pastes as run-ons (every sentence
// end removed: one sentence, read in runs of words when run windows are on; `--run-windows` sets them, default the
// router's). Round forty-one: also the same pastes with the script changing at every word (a word of a non-Latin
// development message after each word: since round forty every change of script starts a clause, so this is the
// most clauses a paste of that length can make).
import { parseArgs } from 'node:util'
import { createIntentRouter, type IntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { runWindowsOption } from './runWindowsOption.ts'
import { runOn } from './padMessages.ts'
import { sentencesOf } from '../../orchestrator/maia/intent/safety/sentenceWindows.ts'
import { format, median } from '../lib.ts'
import { DEV_SETS } from './devSets.ts'

const { values } = parseArgs({ options: { long: { type: 'string', default: '3' }, twelve: { type: 'string', default: '20' }, characters: { type: 'string', default: '65000' }, 'run-windows': { type: 'string', default: 'default' } } })
const runWindows = runWindowsOption(values['run-windows'])
const longCount = Number(values.long)
const twelveCount = Number(values.twelve)
const characters = Number(values.characters)
if (![longCount, twelveCount, characters].every((value) => Number.isInteger(value) && value >= 0)) throw new Error('--long, --twelve and --characters are whole numbers')

// Ordinary messages of one sentence each, with a sentence end, in set order: a calm paste.
const calm = DEV_SETS.flatMap((set) => set.ordinary).map((text) => text.trim()).filter((text) => sentencesOf(text).length === 1).map((text) => (/[.!?]$/u.test(text) ? text : `${text}.`))
let next = 0
const take = (): string => calm[next++ % calm.length]!
const longMessages = Array.from({ length: longCount }, () => {
  const parts: string[] = []
  for (let length = 0; length < characters; length += parts.at(-1)!.length + 1) parts.push(take())
  return parts.join(' ')
})
// Words of the development sets' ordinary messages with no Latin letter, taken in turn across the messages.
const otherScriptWords = DEV_SETS.flatMap((set) => set.ordinary).join(' ').split(/\s+/u).filter((word) => /\p{L}/u.test(word) && !/\p{Script=Latin}/u.test(word))
let nextWord = 0
const withScriptChangingEveryWord = (message: string): string => {
  let mixed = ''
  for (const word of message.split(' ')) {
    if (mixed.length >= message.length) break
    mixed += `${word} ${otherScriptWords[nextWord++ % otherScriptWords.length]!} `
  }
  return mixed.trim()
}
const twelveMessages = Array.from({ length: twelveCount }, () => Array.from({ length: 12 }, take).join(' '))

interface Cost { wallMs: number; mainCpuMs: number; processCpuMs: number }

async function cost(router: IntentRouter, message: string): Promise<Cost> {
  const wall = performance.now()
  const main = process.threadCpuUsage()
  const whole = process.cpuUsage()
  await router.routeAsync(message)
  const mainDone = process.threadCpuUsage(main)
  const wholeDone = process.cpuUsage(whole)
  return { wallMs: performance.now() - wall, mainCpuMs: (mainDone.user + mainDone.system) / 1000, processCpuMs: (wholeDone.user + wholeDone.system) / 1000 }
}

const routers = { off: createIntentRouter({ sentenceWindows: false }), on: createIntentRouter({ sentenceWindows: true, ...runWindows }) }
for (const router of Object.values(routers)) await router.routeAsync('warm up: load the classifier, the learned screen and the sentence encoder. And a second sentence.')

for (const [label, messages] of [[`pasted messages of ~${characters} characters`, longMessages], ['messages of 12 sentences', twelveMessages], [`the pasted messages as run-ons (no sentence end)`, longMessages.map(runOn)], ['the pasted messages with the script changing at every word', longMessages.map(withScriptChangingEveryWord)]] as const) {
  if (messages.length === 0) continue
  const costs: Record<'off' | 'on', Cost[]> = { off: [], on: [] }
  // Alternate the routers message by message, so that drift on a shared machine falls on both.
  for (const message of messages) for (const name of ['off', 'on'] as const) costs[name].push(await cost(routers[name], message))
  const medianOf = (name: 'off' | 'on', field: keyof Cost): number => median(costs[name].map((entry) => entry[field]))
  console.log(`\n${label} (${messages.length}; median of each)`)
  for (const field of ['wallMs', 'mainCpuMs', 'processCpuMs'] as const) {
    const off = medianOf('off', field)
    const on = medianOf('on', field)
    console.log(`  ${field.padEnd(13)} windows off ${format(off, 1).padStart(8)}  on ${format(on, 1).padStart(8)}  on/off ${format(on / off, 2)}`)
  }
}
// The loaded sentence encoder keeps the event loop alive: a one-shot bench exits when done.
process.exit(0)
