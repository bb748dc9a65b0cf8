import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLevelSessionLedger } from '../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import type { SessionLedger } from '../../../orchestrator/economy/accounting/SessionLedger.ts'
import type { NetworkGenerationParameters, NetworkGenerationResult } from '../../../orchestrator/inference/NetworkInference.ts'
import type { ClaudeGenerator } from '../../../orchestrator/maia/createClaudeGenerator.ts'
import { createMaiaResponder, type CuratorCredit, type MaiaResponderComponents, type PassageUse } from '../../../orchestrator/maia/createMaiaResponder.ts'
import type { RetrievedChunk } from '../../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import type { UserMemory } from '../../../orchestrator/maia/memory/index.ts'
import { createEstimatedTokenCounter } from '../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { silentLogger } from '../../../shared/log/index.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

const ALICE = '0x00000000000000000000000000000000000A11CE'
const BOB = '0x0000000000000000000000000000000000000B0B'

function chunk(ordinal: number, curator: string): RetrievedChunk {
  const text = `Passage ${ordinal}: the shadow is the part of us we refuse to see, and meeting it is the start of wholeness.`
  return { id: `book.md#${ordinal}`, source: 'book.md', title: 'Book', author: 'Author', text, tokens: 30, start: ordinal * 200, end: ordinal * 200 + text.length, topics: [], curator }
}

const INTENTS: Record<string, { intent: string; route: 'template' | 'claude' | 'network' }> = {
  checkin: { intent: 'elemental_check_in', route: 'template' },
  deep: { intent: 'complex_synthesis', route: 'claude' },
  shadow: { intent: 'shadow_work', route: 'network' }
}

const passagesOf = (credits: readonly CuratorCredit[]): number => credits.reduce((sum, credit) => sum + credit.passages, 0)

// Issue 11: a passage that reaches a user earns its curator's share on every route — a template's
// quote, a Claude prompt, a network prompt — and the session ledger counts exactly what was credited.
describe('curator credits on every route agree with the ledger', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let ledger: SessionLedger
  let localCredits: PassageUse[]
  let networkCredits: CuratorCredit[][]
  let responder: ReturnType<typeof createMaiaResponder>

  beforeEach(async () => {
    directory = await temporaryDirectory()
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
    ledger = createLevelSessionLedger({ store: db.sublevel<string, string>('sessions', {}), now: Date.now })
    localCredits = []
    networkCredits = []
    const memory = { observe: async () => {}, select: async () => [], export: async () => ({ facts: [], summaries: [] }), delete: async () => 0 } as unknown as UserMemory
    const claude: ClaudeGenerator = {
      generate: async (_input, { onToken }) => {
        onToken('A synthesis.')
        return { model: 'claude', text: 'A synthesis.', stopReason: 'end_turn', stopSequence: null, usage: { inputTokens: 900, outputTokens: 40, cacheReadTokens: 0, cacheWriteTokens: 0 } }
      }
    }
    const components: MaiaResponderComponents = {
      classify: (message) => ({ intent: INTENTS[message.split(' ')[0]!]!.intent }),
      routeFor: (intent) => Object.values(INTENTS).find((entry) => entry.intent === intent)!.route,
      renderTemplate: (_intent, context) => `As ${context.quote?.author ?? 'someone'} wrote: ${context.quote?.text ?? ''}`,
      renderSafety: () => 'Please call a crisis line.',
      knowledge: { search: async () => ({ chunks: [chunk(1, ALICE), chunk(2, BOB), chunk(3, ALICE)], totalTokens: 90 }) },
      memory,
      ledger,
      network: {
        generate: async (parameters: NetworkGenerationParameters, { onToken }) => {
          networkCredits.push([...parameters.context?.curators ?? []])
          onToken('Let us look at it.')
          const usage = { inputTokens: 700, outputTokens: 30 }
          return { text: 'Let us look at it.', usage, final: { type: 'final', stopReason: 'end_turn', stopSequence: null, usage } } as unknown as NetworkGenerationResult
        }
      },
      claude,
      counter: createEstimatedTokenCounter(),
      identity: 'You are MAIA.',
      budgets: { identity: 200, wisdom: 1_500, memory: 100, conversation: 500 },
      networkModel: () => ({ name: 'open-model', hash: `0x${'11'.repeat(32)}`, nodes: 1, contextSize: 8_192 }),
      creditPassages: async (use) => {
        if (use.sessionId === 'broke') throw new Error('voucher exhausted')
        localCredits.push(use)
        return 1n
      },
      logger: silentLogger()
    }
    responder = createMaiaResponder(components)
  })
  afterEach(async () => {
    await db.close()
    await directory.remove()
  })

  const ask = (sessionId: string, content: string) => responder.generate(
    { model: 'maia', maxTokens: 64, stop: [], messages: [{ role: 'user', content }], payment: { digest: `0x${'ab'.repeat(32)}`, payer: ALICE } },
    { sessionId }, { onToken: () => {}, signal: new AbortController().signal })

  it('credits the quote, the Claude prompt and the network prompt, and the ledger records the same passages', async () => {
    expect((await ask('paid', 'checkin feeling fiery')).route).toBe('template')
    expect((await ask('paid', 'deep weave Jung and the Stoics')).route).toBe('claude')
    expect((await ask('paid', 'shadow why do I project')).route).toBe('network')

    const byRoute = (route: 'template' | 'claude') => localCredits.filter((use) => use.route === route)
    // Each credit carries the tokens of the curator's passages that reached the user (curators are paid by them).
    const tokens = expect.any(Number) as number
    expect(byRoute('template').map((use) => use.curators)).toEqual([[{ account: ALICE, passages: 1, tokens }]])
    expect(byRoute('claude').map((use) => use.curators)).toEqual([[{ account: ALICE, passages: 2, tokens }, { account: BOB, passages: 1, tokens }]])
    expect(networkCredits).toEqual([[{ account: ALICE, passages: 2, tokens }, { account: BOB, passages: 1, tokens }]])
    for (const use of localCredits) expect(use.curators.reduce((sum, credit) => sum + (credit.tokens ?? 0), 0)).toBe(use.passageTokens)
    expect(networkCredits[0]![0]!.tokens).toBe(2 * networkCredits[0]![1]!.tokens!)
    expect(localCredits.every((use) => use.payment?.digest === `0x${'ab'.repeat(32)}` && use.passageTokens > 0)).toBe(true)

    const record = (await ledger.get('paid'))!
    expect(record.byRoute.template.curatorPassages).toBe(passagesOf(byRoute('template')[0]!.curators))
    expect(record.byRoute.claude.curatorPassages).toBe(passagesOf(byRoute('claude')[0]!.curators))
    expect(record.byRoute.network.curatorPassages).toBe(passagesOf(networkCredits[0]!))
    // The passages' tokens are kept by intent, for the phase report's full-library replay.
    expect(record.byIntent?.complex_synthesis?.byRoute.claude?.passageTokens).toBe(byRoute('claude')[0]!.passageTokens)
    expect(record.byIntent?.shadow_work?.byRoute.network?.passageTokens).toBeGreaterThan(0)
  })

  it('still answers when the curation fee cannot be charged, and counts no passages the curators were not credited for', async () => {
    const answer = await ask('broke', 'checkin feeling fiery')
    expect(answer.text).toMatch(/^As Author wrote: Passage 1/)
    expect(localCredits).toEqual([])
    const record = (await ledger.get('broke'))!
    expect(record.byRoute.template).toMatchObject({ requests: 1, curatorPassages: 0 })
  })
})
