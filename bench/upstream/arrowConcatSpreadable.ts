// Minimal reproduction for apache-arrow (reported upstream from here): loading `apache-arrow`
// defines Symbol.isConcatSpreadable on its Vector/Table/RecordBatch prototypes, which turns off
// V8's fast Array.prototype.concat for the whole process (the "is concat spreadable" protector
// is per isolate and never re-arms). Every later `a = a.concat(b)` takes the slow path and builds
// a dictionary-mode array — node-llama-cpp grows a sequence's context tokens that way once per
// generated token, so token generation in a process that had loaded LanceDB slowed by 20–30%.
//   npx tsx bench/upstream/arrowConcatSpreadable.ts [--tokens 600] [--replies 200]
// Runs the same loop (an array grown one token at a time by concat, as node-llama-cpp does) in two
// fresh processes, one that imported apache-arrow first and one that did not, and prints the ratio.
import { fork } from 'node:child_process'
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'

const { values } = parseArgs({ options: { tokens: { type: 'string', default: '600' }, replies: { type: 'string', default: '200' }, child: { type: 'string' } } })
const tokens = Number(values.tokens)
const replies = Number(values.replies)

function growByConcat(): number[] {
  let context: number[] = []
  for (let token = 0; token < tokens; token += 1) context = context.concat([token])
  return context
}

if (values.child !== undefined) {
  if (values.child === 'arrow') await import('apache-arrow')
  setFlagsFromString('--allow-natives-syntax')
  const isDictionary = new Function('array', 'return %HasDictionaryElements(array)') as (array: unknown) => boolean
  for (let warm = 0; warm < 20; warm += 1) growByConcat()
  const started = performance.now()
  let last: number[] = []
  for (let reply = 0; reply < replies; reply += 1) last = growByConcat()
  process.send!({ msPerReply: (performance.now() - started) / replies, dictionary: isDictionary(last) })
} else {
  const run = (variant: 'plain' | 'arrow'): Promise<{ msPerReply: number; dictionary: boolean }> => new Promise((resolve, reject) => {
    const child = fork(import.meta.filename, ['--child', variant, '--tokens', String(tokens), '--replies', String(replies)], { execArgv: ['--import', 'tsx'] })
    child.once('message', (message) => { resolve(message as { msPerReply: number; dictionary: boolean }); child.kill() })
    child.once('error', reject)
  })
  const plain = await run('plain')
  const arrow = await run('arrow')
  console.log(`${tokens} tokens appended one at a time by concat, ${replies} replies, each side in a fresh process`)
  console.log(`without apache-arrow: ${plain.msPerReply.toFixed(3)} ms per reply (dictionary-mode result: ${plain.dictionary})`)
  console.log(`after import 'apache-arrow': ${arrow.msPerReply.toFixed(3)} ms per reply (dictionary-mode result: ${arrow.dictionary})`)
  console.log(`ratio x${(arrow.msPerReply / plain.msPerReply).toFixed(2)}`)
}
