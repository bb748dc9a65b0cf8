// Simulated traffic through the whole MAIA pipeline (router, library knowledge, memory,
// network node, Claude) and the resulting cost and sovereignty table, next to the same traffic
// sent entirely to Claude (the baseline, computed in the same run from the same token counts).
//   npx tsx bench/maia/session-costs.ts [--sessions 200] [--turns 4] [--claude on|off] [--phase 2|1b] [--sample-rate 0.1] [--json out.json]
//     [--prices '{"network":{"perMillion":0,"gpuPerHour":2.5,"serverPerMonth":150},"sessionsPerMonth":10000}']
// It ends with the seed's phase table (100% Anthropic, 1A, 1B, 2, 3) replayed from the recorded
// traffic, as `maia report` and `GET /v1/report/phases` print it (`--json` writes that report).
// The traffic mix is an assumption (printed), not a measurement of real users. In phase 2 (the
// default) the network answers every model turn and Claude is called only as the quality
// reference for the sampled share of network answers (through the real quality loop); that
// sampling cost is added to the sessions' cost.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Anthropic from '@anthropic-ai/sdk'
import { Level } from 'level'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { buildCostReport, formatCostReport, routeCostUsd } from '../../orchestrator/economy/accounting/costReport.ts'
import { buildPhaseReport, formatPhaseReport } from '../../orchestrator/economy/accounting/phaseReport.ts'
import { countLibraryTokens } from '../../orchestrator/maia/countLibraryTokens.ts'
import { createClaudeReference, createLevelEvidenceStore, DEFAULT_SAMPLE_RATE } from '../../orchestrator/quality/index.ts'
import { DEFAULT_ROUTING_PHASE, ROUTE_POLICY_PHASES, ROUTING_PHASES, type RoutingPhase } from '../../orchestrator/maia/intent/routePolicy.ts'
import { createLevelSessionLedger } from '../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { createClaudeGenerator } from '../../orchestrator/maia/createClaudeGenerator.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { openLibraryKnowledgeBase } from '../../orchestrator/maia/knowledge/openLibraryKnowledgeBase.ts'
import { createLevelUserMemory } from '../../orchestrator/maia/memory/createLevelUserMemory.ts'
import { createMemoryCipher } from '../../orchestrator/maia/memory/memoryCipher.ts'
import { DEFAULT_PROMPT_BUDGETS } from '../../orchestrator/maia/prompt/assemblePrompt.ts'
import { createResponderRouting } from '../../orchestrator/maia/intent/createResponderRouting.ts'
import { HELD_OUT_EXAMPLES } from '../../orchestrator/maia/intent/data/heldOut.ts'
import type { Intent } from '../../orchestrator/maia/intent/intents.ts'
import { seededRandom } from '../../orchestrator/maia/intent/random.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { DEFAULT_PRICE_TABLE, priceTableSchema } from '../../shared/config/priceTable.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { startFakeAnthropicServer } from '../../test/helpers/fakeAnthropicServer.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory } from '../../test/helpers/network.ts'

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '200' }, turns: { type: 'string', default: '4' }, claude: { type: 'string', default: 'on' }, phase: { type: 'string', default: DEFAULT_ROUTING_PHASE }, 'sample-rate': { type: 'string', default: String(DEFAULT_SAMPLE_RATE) }, json: { type: 'string' }, prices: { type: 'string' } } })
if (!(ROUTING_PHASES as string[]).includes(values.phase)) throw new Error(`--phase must be one of ${ROUTING_PHASES.join(', ')}`)
const phase = values.phase as RoutingPhase
// The price table (as the orchestrator config's `prices`), e.g. with the network model's fixed costs.
const prices = values.prices === undefined ? DEFAULT_PRICE_TABLE : priceTableSchema.parse(JSON.parse(values.prices))
const sampleRate = Number(values['sample-rate'])
const MIX: Record<Intent, number> = {
  elemental_check_in: 0.3, simple_reflection: 0.25, shadow_work: 0.2, complex_synthesis: 0.1, oracle_reading: 0.13, safety_escalation: 0.02
}
const random = seededRandom(7)
const pickIntent = (): Intent => {
  let roll = random()
  for (const [intent, share] of Object.entries(MIX) as Array<[Intent, number]>) {
    if ((roll -= share) <= 0) return intent
  }
  return 'simple_reflection'
}
const messagesOf = (intent: Intent): string[] => HELD_OUT_EXAMPLES.filter((example) => example.intent === intent).map((example) => example.text)
const reply = Array.from({ length: 180 }, (_, index) => `word${index}`).join(' ')

const directory = await temporaryDirectory('maia-bench-')
const fake = await startFakeAnthropicServer({ apiKey: 'sk-bench', reply })
const db = new Level<string, string>(join(directory.path, 'store'))
await db.open()
const counter = createEstimatedTokenCounter()
const library = await resolveLibraryDirectory()
const { knowledgeBase } = await openLibraryKnowledgeBase({ directory: join(directory.path, 'knowledge'), library, tokenCounter: counter })
const claudeOn = values.claude === 'on'
const ledger = createLevelSessionLedger({ store: db.sublevel<string, string>('sessions', {}), now: Date.now })
const claude = claudeOn ? createClaudeGenerator({ apiKey: 'sk-bench', model: 'claude-sonnet-5-5', baseURL: fake.url, logger: silentLogger() }) : undefined
const reference = claude === undefined ? undefined : createClaudeReference(claude)
// Two nodes, so a sampled answer also has a peer to re-answer it.
const network = await startTestNetwork([0, 1].map(() => createScriptedBackend({ modelName: 'open-model', contextSize: 131_072, reply: () => reply })), {
  random: seededRandom(11),
  ...(sampleRate > 0 ? {
    quality: {
      sampleRate,
      evidence: createLevelEvidenceStore({ store: db.sublevel<string, string>('evidence', {}) }),
      ...(reference === undefined ? {} : { askReference: reference.ask, referenceUsage: reference.usage })
    }
  } : {}),
  maia: {
    ...createResponderRouting({ claudeAvailable: claudeOn, random: seededRandom(3), policy: ROUTE_POLICY_PHASES[phase] }),
    identity: 'You are MAIA. '.repeat(300),
    budgets: DEFAULT_PROMPT_BUDGETS,
    counter,
    knowledge: knowledgeBase,
    memory: createLevelUserMemory({ store: db.sublevel<string, string>('memory', {}), cipher: createMemoryCipher(new Uint8Array(32)), now: Date.now }),
    ledger,
    claude,
    priceTable: prices
  }
})
await network.waitForNodes(2)
const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY })
const sessions = Number(values.sessions)
const turns = Number(values.turns)
const started = performance.now()
for (let session = 0; session < sessions; session += 1) {
  const conversation: Array<{ role: 'user' | 'assistant'; content: string }> = []
  for (let turn = 0; turn < turns; turn += 1) {
    const options = messagesOf(pickIntent())
    conversation.push({ role: 'user', content: options[Math.floor(random() * options.length)]! })
    const message = await client.messages.create({ model: 'maia', max_tokens: 300, messages: conversation },
      { headers: { 'x-maia-user': `user-${session % 50}`, 'x-maia-session': `session-${session}` } })
    conversation.push({ role: 'assistant', content: message.content[0]?.type === 'text' ? message.content[0].text : '' })
  }
}
await network.orchestrator.quality?.loop.idle()
const seconds = (performance.now() - started) / 1000
const records = await ledger.all()
const report = buildCostReport(records, prices)
const phaseReport = buildPhaseReport(records, prices, { libraryTokens: await countLibraryTokens(library, counter) })
const counters = network.orchestrator.quality?.loop.counters()
const referenceUsage = reference?.usage()
const samplingUsd = referenceUsage === undefined ? 0 : routeCostUsd('claude', { requests: referenceUsage.answers, ...referenceUsage }, prices)
await network.stop()
await knowledgeBase.close()
await db.close()
await fake.close()
await directory.remove()

console.log(`library ${library}; ${sessions} sessions × ${turns} turns in ${seconds.toFixed(1)} s; Claude ${claudeOn ? 'on' : 'off'}; routing phase ${phase}; quality sample rate ${sampleRate}`)
console.log(`assumed mix: ${Object.entries(MIX).map(([intent, share]) => `${intent} ${(share * 100).toFixed(0)}%`).join(', ')}`)
console.log(formatCostReport(report))
const modelCalls = report.requestsByRoute.network + report.requestsByRoute.claude
console.log(`model calls: ${modelCalls} of ${report.requests} requests (${((modelCalls / report.requests) * 100).toFixed(1)}%); prompt+output tokens per model call: ${((report.tokensByRoute.network + report.tokensByRoute.claude) / Math.max(1, modelCalls)).toFixed(0)}`)
console.log(`ratio cost / all-Claude baseline: ${(report.costUsd.per1000Sessions / report.allClaudeBaselineUsd.per1000Sessions).toFixed(3)}`)
const samplingPer1000 = report.sessions === 0 ? 0 : (samplingUsd / report.sessions) * 1000
console.log(`quality sampling: ${counters?.sampled ?? 0} of ${counters?.served ?? 0} network answers sampled, ${counters?.peerAnswers ?? 0} peer re-answers, ${referenceUsage?.answers ?? 0} Claude reference answers (${(referenceUsage?.inputTokens ?? 0) + (referenceUsage?.outputTokens ?? 0) + (referenceUsage?.cacheWriteTokens ?? 0) + (referenceUsage?.cacheReadTokens ?? 0)} tokens, cache included): $${samplingUsd.toFixed(4)}, $${samplingPer1000.toFixed(2)} per 1,000 sessions`)
console.log(`cost per 1,000 sessions including sampling: $${(report.costUsd.per1000Sessions + samplingPer1000).toFixed(2)}; sessions answered without Anthropic: ${report.sovereigntyPercent.toFixed(1)}% (Claude's reference answers never reach the user)`)
console.log('')
console.log(formatPhaseReport(phaseReport))
if (values.json !== undefined) await writeFile(values.json, `${JSON.stringify(phaseReport, null, 2)}\n`)
