// What the quicker screens of a conversation's older turns cost (screenConversation.ts: turns beyond the full screen's
// budget get `classifyQuickly`, then `classifyLightly`):
//   npx tsx bench/router/quickScreen.ts [--turns 50] [--characters 4500] [--repeats 3]
// One router, the same turns, in this run: `route` (what classifyQuickly was: the rules, the n-gram screen and the
// intent classifier) against `screenQuickly` (the escalation alone: the intent classifier runs only when it can
// escalate) and `screenLightly` (the n-gram model alone). The turns are development sets' ordinary messages joined, a
// distinct slice per turn: varied everyday text, which opens most rules' gates (a repeated calm sentence costs ~30
// times less). Prints each one's median time per `--turns` turns and its ratio to route's, and how many turns
// screenQuickly escalates differently from route (0 expected). Then one turn's quick and light screens at each of
// `--lengths` characters (the quick screen's rules cost more than linearly: why QUICKLY_SCREENED_TURN_CHARACTERS).
import { parseArgs } from 'node:util'
import { createIntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { DEV_SETS } from './devSets.ts'
import { median } from '../lib.ts'

const { values } = parseArgs({ options: { turns: { type: 'string', default: '50' }, characters: { type: 'string', default: '4500' }, repeats: { type: 'string', default: '3' }, lengths: { type: 'string', default: '1000,4500,8000,16000,40000' } } })
const [turnCount, characters, repeats] = [values.turns, values.characters, values.repeats].map(Number) as [number, number, number]
if (![turnCount, characters, repeats].every((value) => Number.isInteger(value) && value > 0)) throw new Error('--turns, --characters and --repeats are whole numbers above 0')

const calm = DEV_SETS.flatMap((set) => set.ordinary).map((text) => text.trim()).filter((text) => text !== '')
let next = 0
function turn(length = characters): string {
  let text = ''
  while (text.length < length) text += `${calm[next++ % calm.length]} `
  return text.slice(0, length)
}

const router = createIntentRouter()
router.route('warm up the models')
const timings = { route: [] as number[], screenQuickly: [] as number[], screenLightly: [] as number[] }
let disagreements = 0
for (let repeat = 0; repeat < repeats; repeat++) {
  const turns = Array.from({ length: turnCount }, () => turn())
  let started = performance.now()
  const routed = turns.map((text) => router.route(text).intent === 'safety_escalation')
  timings.route.push(performance.now() - started)
  started = performance.now()
  const screened = turns.map((text) => router.screenQuickly(text).escalate)
  timings.screenQuickly.push(performance.now() - started)
  started = performance.now()
  for (const text of turns) router.screenLightly(text)
  timings.screenLightly.push(performance.now() - started)
  disagreements += routed.filter((escalate, index) => escalate !== screened[index]).length
}
const routeMs = median(timings.route)
const quickMs = median(timings.screenQuickly)
const lightMs = median(timings.screenLightly)
console.log(`${turnCount} turns of ${characters} characters, median of ${repeats}: route ${routeMs.toFixed(0)} ms; screenQuickly ${quickMs.toFixed(0)} ms (ratio ${(quickMs / routeMs).toFixed(2)}); screenLightly ${lightMs.toFixed(0)} ms (ratio ${(lightMs / routeMs).toFixed(3)}); screenQuickly's escalations that differ from route's: ${disagreements}`)

// One turn of each length, quick then light, median of --repeats distinct turns.
const lengths = values.lengths.split(',').map(Number)
if (!lengths.every((length) => Number.isInteger(length) && length > 0)) throw new Error('--lengths is a comma-separated list of whole numbers above 0')
for (const length of lengths) {
  const quick: number[] = []
  const light: number[] = []
  for (let repeat = 0; repeat < repeats; repeat++) {
    // Distinct texts: the learned screen keeps the features of the message it scored last.
    const [quickText, lightText] = [turn(length), turn(length)]
    let started = performance.now()
    router.screenQuickly(quickText)
    quick.push(performance.now() - started)
    started = performance.now()
    router.screenLightly(lightText)
    light.push(performance.now() - started)
  }
  console.log(`one turn of ${length} characters: screenQuickly ${median(quick).toFixed(0)} ms (${(median(quick) / (length / 1000)).toFixed(1)} ms per 1,000 characters), screenLightly ${median(light).toFixed(1)} ms`)
}
