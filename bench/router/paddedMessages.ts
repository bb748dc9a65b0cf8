// The padding bench of issue 11: how the router does when a crisis message is one sentence among calm ones.
//   npx tsx bench/router/paddedMessages.ts --set <name> [--errors] [--windows both|on|off] [--long] [--run-on] [--run-windows on|off]
// Each crisis message of the set is routed bare, with one of the set's own non-safety intent messages
// before it, and with one after it; each ordinary message bare and with one before it (padMessages.ts).
// Two routers in the same run: sentence windows off (the whole message only, as before round thirty) and on
// (createIntentRouter's sentenceWindows: safety/screenEveryWindow.ts); `--windows on` runs only the second.
// `--long` adds a long-padding mode (`--long-only`: that mode alone) (round thirty-one): each message after enough fillers that the whole
// has more than 12 sentences (longPadMessages). `--run-on` (`--run-on-only`) adds a run-on mode (round thirty-two): a filler and
// the message joined with every sentence end removed (runOnPadMessages); `--run-windows off` turns the windows' runs of
// words off (createIntentRouter's runWindows). A held-out set is loaded by file-name
// convention from heldout/<name>/ (crisisMessages<NAME>.ts, ordinaryMessages<NAME>.ts, intentMessages<NAME>.ts),
// like heldout.ts (heldOutSetFiles.ts); a development set from devSets.ts (training figures). Each padded
// false-alarm figure is followed by its split: messages holding a filler the router escalates on its own, and the rest.
import { parseArgs } from 'node:util'
import { createIntentRouter, type IntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { runWindowsOption } from './runWindowsOption.ts'
import { scriptGroup } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'
import { DEV_SETS, type DevSet } from './devSets.ts'
import { heldOutSetFiles } from './heldOutSetFiles.ts'
import { longPadMessages, padMessages, runOnPadMessages } from './padMessages.ts'
import { percent } from './report.ts'

const { values } = parseArgs({ options: { set: { type: 'string' }, errors: { type: 'boolean', default: false }, windows: { type: 'string', default: 'both' }, long: { type: 'boolean', default: false }, 'long-only': { type: 'boolean', default: false }, 'run-on': { type: 'boolean', default: false }, 'run-on-only': { type: 'boolean', default: false }, 'run-windows': { type: 'string', default: 'default' } } })
const runOnOnly = values['run-on-only']
const runWindowChoice = runWindowsOption(values['run-windows'])
const longOnly = values['long-only'] || values['run-on-only']
if (!['both', 'on', 'off'].includes(values.windows)) throw new Error('--windows both, on or off')
if (values.set === undefined || !/^v\d+$/u.test(values.set)) throw new Error('name a set: --set v35 (or any v<N> under bench/router/heldout/)')
const name = values.set

async function load(): Promise<DevSet> {
  const dev = DEV_SETS.find((set) => set.name === name)
  if (dev !== undefined) return dev
  const { crisis, ordinary, intents } = await heldOutSetFiles(name)
  if (intents === undefined) throw new Error(`set ${name} needs intentMessages${name.toUpperCase()}.ts: its intent messages are the fillers`)
  return { name, crisis, ordinary, intents }
}

const set = await load()
const crisis = set.crisis.map((message) => message.text)
const fillers = set.intents.filter((example) => example.intent !== 'safety_escalation').map((example) => example.text)
const padded = padMessages(crisis, set.ordinary, fillers)
const longPadded = longPadMessages(crisis, set.ordinary, fillers)
const runOnPadded = runOnPadMessages(crisis, set.ordinary, fillers)
const wantLong = (values.long || values['long-only']) && !runOnOnly
const wantRunOn = values['run-on'] || runOnOnly
console.log(`set ${name}${DEV_SETS.some((dev) => dev.name === name) ? ' (a development set: training figures)' : ''}: ${crisis.length} crisis, ${set.ordinary.length} ordinary messages, ${fillers.length} fillers (the set's non-safety intent messages)`)

async function escalated(router: IntentRouter, messages: readonly string[]): Promise<boolean[]> {
  const out: boolean[] = []
  for (const message of messages) out.push((await router.routeAsync(message)).intent === 'safety_escalation')
  return out
}

const count = (flags: readonly boolean[], keep: (index: number) => boolean = () => true): number => flags.filter((flag, index) => flag && keep(index)).length
const latin = (texts: readonly string[]) => (index: number): boolean => scriptGroup(texts[index]!) === 'Latin'

for (const sentenceWindows of values.windows === 'both' ? [false, true] : [values.windows === 'on']) {
  const router = createIntentRouter({ sentenceWindows, ...runWindowChoice })
  await router.routeAsync('warm up: load the classifier, the learned screen and the sentence encoder')
  const started = performance.now()
  const [bare, prefixed, suffixed, ordinary, ordinaryPrefixed] = longOnly ? [[], [], [], [], []] : [
    await escalated(router, crisis), await escalated(router, padded.prefixed), await escalated(router, padded.suffixed),
    await escalated(router, set.ordinary), await escalated(router, padded.ordinaryPrefixed)
  ]
  const [longCrisis, longOrdinary] = wantLong ? [await escalated(router, longPadded.crisis), await escalated(router, longPadded.ordinary)] : [[], []]
  const [runOnCrisis, runOnOrdinary] = wantRunOn ? [await escalated(router, runOnPadded.crisis), await escalated(router, runOnPadded.ordinary)] : [[], []]
  // A filler the router escalates on its own makes every padded ordinary message holding it a false alarm of the
  // filler's, not of the message's padding (v43's long-padded false alarms: 62 of 69 in the 173 messages holding one
  // of its 3 such fillers): each padded false-alarm figure is split by it below.
  const fillerAlone = await escalated(router, fillers)
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  const line = (label: string, flags: readonly boolean[]) => `  ${label.padEnd(34)} ${percent(count(flags) / flags.length).padStart(6)} (${count(flags)}/${flags.length}); Latin ${count(flags, latin(crisis))}, non-Latin ${count(flags, (index) => !latin(crisis)(index))}`
  const fillersAlone = fillerAlone.filter(Boolean).length
  const byFiller = (flags: readonly boolean[], used: readonly (readonly number[])[]): string => {
    const holding = (index: number): boolean => used[index]!.some((filler) => fillerAlone[filler])
    const held = flags.filter((_, index) => holding(index)).length
    return `    of them in the ${held} messages holding a filler escalated alone (${fillersAlone} of ${fillers.length} fillers): ${count(flags, holding)}; in the other ${flags.length - held}: ${count(flags, (index) => !holding(index))}`
  }
  console.log(`\n=== routeAsync, sentence windows ${sentenceWindows ? 'ON' : 'off'}${sentenceWindows && runWindowChoice.runWindows === false ? ' (runs of words off)' : ''}, set ${name} (${seconds} s)`)
  if (!longOnly) {
    console.log(line('crisis recall, bare', bare))
    console.log(line('crisis recall, a filler before', prefixed))
    console.log(line('crisis recall, a filler after', suffixed))
    console.log(`  ${'crisis recall, the lower padded'.padEnd(34)} ${Math.min(count(prefixed), count(suffixed))}/${crisis.length}`)
    console.log(`  ${'false alarms, bare'.padEnd(34)} ${percent(count(ordinary) / ordinary.length).padStart(6)} (${count(ordinary)}/${ordinary.length})`)
    console.log(`  ${'false alarms, a filler before'.padEnd(34)} ${percent(count(ordinaryPrefixed) / ordinaryPrefixed.length).padStart(6)} (${count(ordinaryPrefixed)}/${ordinaryPrefixed.length})`)
    console.log(byFiller(ordinaryPrefixed, padded.ordinaryFillers))
  }
  if (wantLong) {
    console.log(line('crisis recall, long-padded', longCrisis))
    console.log(`  ${'false alarms, long-padded'.padEnd(34)} ${percent(count(longOrdinary) / longOrdinary.length).padStart(6)} (${count(longOrdinary)}/${longOrdinary.length})`)
    console.log(byFiller(longOrdinary, longPadded.ordinaryFillers))
  }
  if (wantRunOn) {
    console.log(line('crisis recall, run-on padded', runOnCrisis))
    console.log(`  ${'false alarms, run-on padded'.padEnd(34)} ${percent(count(runOnOrdinary) / runOnOrdinary.length).padStart(6)} (${count(runOnOrdinary)}/${runOnOrdinary.length})`)
    console.log(byFiller(runOnOrdinary, runOnPadded.ordinaryFillers))
  }
  if (values.errors) {
    for (const [index, flag] of prefixed.entries()) if (!flag) console.log(`    MISSED, filler before [${set.crisis[index]!.kind}]: ${padded.prefixed[index]}`)
    for (const [index, flag] of suffixed.entries()) if (!flag) console.log(`    MISSED, filler after [${set.crisis[index]!.kind}]: ${padded.suffixed[index]}`)
    for (const [index, flag] of ordinary.entries()) if (flag) console.log(`    FALSE ALARM, bare: ${set.ordinary[index]}`)
    for (const [index, flag] of ordinaryPrefixed.entries()) if (flag) console.log(`    FALSE ALARM, filler before: ${padded.ordinaryPrefixed[index]}`)
    for (const [index, flag] of longCrisis.entries()) if (!flag) console.log(`    MISSED, long-padded [${set.crisis[index]!.kind}]: ${longPadded.crisis[index]}`)
    for (const [index, flag] of longOrdinary.entries()) if (flag) console.log(`    FALSE ALARM, long-padded: ${longPadded.ordinary[index]}`)
    for (const [index, flag] of runOnCrisis.entries()) if (!flag) console.log(`    MISSED, run-on padded [${set.crisis[index]!.kind}]: ${runOnPadded.crisis[index]}`)
    for (const [index, flag] of runOnOrdinary.entries()) if (flag) console.log(`    FALSE ALARM, run-on padded: ${runOnPadded.ordinary[index]}`)
  }
}
