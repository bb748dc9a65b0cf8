// CPU of reading one inference request on the node, each path in the same run: the schema
// (`decodeFrame(bytes, inferenceRequestSchema)`, zod) vs `decodeInferenceRequest` (the same answers,
// a well-formed request checked by hand), for a short chat and for a MAIA-sized prompt (a system
// prompt with ~8k tokens of passages). Two regimes:
// - warm: back-to-back calls, the code hot in every cache (an orchestrator-scale request rate);
// - paced: one call every --gap ms, as a node serving one request at a time meets them: between two
//   requests the process sleeps, and the code and data are cold again when the next one arrives.
// The paths alternate within each regime, so drift hits both.
//   npx tsx bench/protocol-decode.ts [--count 2000] [--paced 60] [--gap 20]
import { parseArgs } from 'node:util'
import { decodeInferenceRequest } from '../shared/protocol/decodeInferenceRequest.ts'
import { decodeFrame } from '../shared/protocol/frameCodec.ts'
import { inferenceRequestSchema } from '../shared/protocol/inference.ts'
import { format, median } from './lib.ts'

const { values } = parseArgs({ options: { count: { type: 'string', default: '2000' }, paced: { type: 'string', default: '60' }, gap: { type: 'string', default: '20' } } })
const count = Number(values.count)
const paced = Number(values.paced)
const gapMs = Number(values.gap)

const id = `0x${'ab'.repeat(32)}`
const passage = 'And the light shineth in darkness; and the darkness comprehended it not. '.repeat(6)
const requests = {
  'short chat': { type: 'request', id, messages: [{ role: 'system', content: 'You are MAIA.' }, { role: 'user', content: 'Tell me about the meeting of the conscious mind and the shadow.' }], maxTokens: 64, temperature: 0, topP: 1, stop: [] },
  'MAIA prompt (~8k tokens)': {
    type: 'request', id, maxTokens: 512, temperature: 0.7, topP: 0.95, stop: ['\n\nUser:'],
    messages: [
      { role: 'system', content: `You are MAIA.\n\n${Array.from({ length: 40 }, (_, index) => `[${index + 1}] ${passage}`).join('\n\n')}` },
      ...Array.from({ length: 6 }, (_, index) => ({ role: index % 2 === 0 ? 'user' : 'assistant', content: `turn ${index}: ${passage.slice(0, 200)}` })),
      { role: 'user', content: 'What does it mean that the darkness did not understand the light?' }
    ]
  }
}
const paths = {
  schema: (bytes: Uint8Array): unknown => decodeFrame(bytes, inferenceRequestSchema, 'inference request'),
  'by hand': (bytes: Uint8Array): unknown => decodeInferenceRequest(bytes)
}
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

console.log(`CPU per request read (µs, median): warm = ${count} calls back to back per round (5 rounds, paths alternating); paced = one call every ${gapMs} ms (${paced} calls per path, alternating)`)
console.log(`${'request'.padEnd(26)} ${'bytes'.padStart(7)} ${'warm schema'.padStart(12)} ${'by hand'.padStart(9)} ${'ratio'.padStart(6)}   ${'paced schema'.padStart(13)} ${'by hand'.padStart(9)} ${'ratio'.padStart(6)}`)
for (const [name, request] of Object.entries(requests)) {
  const bytes = new TextEncoder().encode(JSON.stringify(request))
  const warm: Record<string, number[]> = { schema: [], 'by hand': [] }
  for (let round = 0; round < 5; round += 1) {
    for (const [path, decode] of Object.entries(paths)) {
      const started = performance.now()
      for (let index = 0; index < count; index += 1) decode(bytes)
      warm[path]!.push(((performance.now() - started) * 1000) / count)
    }
  }
  const cold: Record<string, number[]> = { schema: [], 'by hand': [] }
  for (let index = 0; index < paced; index += 1) {
    for (const [path, decode] of Object.entries(paths)) {
      await sleep(gapMs)
      const started = performance.now()
      decode(bytes)
      cold[path]!.push((performance.now() - started) * 1000)
    }
  }
  const [warmSchema, warmHand, coldSchema, coldHand] = [median(warm.schema!), median(warm['by hand']!), median(cold.schema!), median(cold['by hand']!)]
  console.log(`${name.padEnd(26)} ${String(bytes.byteLength).padStart(7)} ${format(warmSchema, 1).padStart(12)} ${format(warmHand, 1).padStart(9)} ${`x${format(warmHand / warmSchema, 2)}`.padStart(6)}   ${format(coldSchema, 1).padStart(13)} ${format(coldHand, 1).padStart(9)} ${`x${format(coldHand / coldSchema, 2)}`.padStart(6)}`)
}
