import { join } from 'node:path'
import type { Level } from 'level'
import { createLevelSessionLedger } from '../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { createClaudeGenerator } from '../../orchestrator/maia/createClaudeGenerator.ts'
import type { MaiaInit } from '../../orchestrator/startOrchestrator.ts'
import { SAMPLE_LIBRARY_DIRECTORY } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import type { KnowledgeBase } from '../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { openLibraryKnowledgeBase } from '../../orchestrator/maia/knowledge/openLibraryKnowledgeBase.ts'
import { createLevelUserMemory } from '../../orchestrator/maia/memory/createLevelUserMemory.ts'
import { createMemoryCipher } from '../../orchestrator/maia/memory/memoryCipher.ts'
import { createResponderRouting } from '../../orchestrator/maia/intent/createResponderRouting.ts'
import { seededRandom } from '../../orchestrator/maia/intent/random.ts'
import { ROUTE_POLICY_PHASES, type RoutingPhase } from '../../orchestrator/maia/intent/routePolicy.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { DEFAULT_PRICE_TABLE } from '../../shared/config/priceTable.ts'
import { silentLogger } from '../../shared/log/logger.ts'

/**
 * The MAIA pipeline as the end-to-end tests run it: the sample library (optionally credited to a
 * curator), memory and the session ledger in `db`, and Claude through the fake Messages API at
 * `claudeUrl` (key `sk-test`), routed by the seed phase `routingPhase` (1b: Claude answers synthesis
 * and oracle readings; 2: the network does). Close `knowledge` when done.
 */
export async function createTestMaia(options: { directory: string; db: Level<string, string>; claudeUrl: string; curator?: string; routingPhase: RoutingPhase }): Promise<{ maia: MaiaInit; knowledge: KnowledgeBase }> {
  const counter = createEstimatedTokenCounter()
  const knowledge = (await openLibraryKnowledgeBase({
    directory: join(options.directory, 'knowledge'), library: SAMPLE_LIBRARY_DIRECTORY, tokenCounter: counter,
    ...(options.curator === undefined ? {} : { curator: options.curator })
  })).knowledgeBase
  const maia: MaiaInit = {
    ...createResponderRouting({ claudeAvailable: true, random: seededRandom(1), policy: ROUTE_POLICY_PHASES[options.routingPhase] }),
    identity: 'You are MAIA, a warm companion for inner work.',
    budgets: { identity: 500, wisdom: 1_500, memory: 300, conversation: 1_000 },
    counter,
    knowledge,
    memory: createLevelUserMemory({ store: options.db.sublevel<string, string>('memory', {}), cipher: createMemoryCipher(new Uint8Array(32).fill(1)), now: Date.now }),
    ledger: createLevelSessionLedger({ store: options.db.sublevel<string, string>('sessions', {}), now: Date.now }),
    claude: createClaudeGenerator({ apiKey: 'sk-test', model: 'claude-sonnet-5-5', baseURL: options.claudeUrl, logger: silentLogger(), maxRetries: 1, timeoutMs: 5_000 }),
    priceTable: DEFAULT_PRICE_TABLE
  }
  return { maia, knowledge }
}
