import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Level } from 'level'
import type { Logger } from 'pino'
import { createLevelSessionLedger } from '../economy/index.ts'
import { createClaudeGenerator } from './createClaudeGenerator.ts'
import type { MaiaInit } from './MaiaInit.ts'
import { lazyLibraryTokens } from './countLibraryTokens.ts'
import { DEFAULT_INDEX_DIRECTORY } from './knowledge/index.ts'
import { resolveLibraryDirectory } from './knowledge/index.ts'
import { openLibraryKnowledgeBase } from './knowledge/index.ts'
import { loadSentenceEncoder } from './sentenceEncoder/index.ts'
import { createLevelUserMemory } from './memory/index.ts'
import { createMemoryCipher } from './memory/index.ts'
import { createResponderRouting } from './intent/index.ts'
import { parseRoutePolicy, ROUTE_POLICY_PHASES } from './intent/index.ts'
import { createTokenCounter } from './tokens/index.ts'
import type { OrchestratorConfig } from '../../shared/config/index.ts'
import { loadOrCreateSecret } from '../../shared/keys/index.ts'
import type { ProgressReporter } from '../../shared/log/index.ts'

const DEFAULT_IDENTITY_FILE = fileURLToPath(new URL('./prompt/identity.md', import.meta.url))

/**
 * The MAIA pipeline's composition root: storage (level), the memory cipher, the token counter,
 * the knowledge base (built from the library on first start), the router, and Claude when a key
 * is configured. Returns what `startOrchestrator` takes, and how to release it all.
 */
export async function createMaiaPipeline(config: OrchestratorConfig, components: { db: Level<string, string>; logger: Logger; progress: ProgressReporter; env: NodeJS.ProcessEnv }): Promise<{ maia: MaiaInit; close(): Promise<void> }> {
  const { db } = components
  const secret = config.memorySecret !== undefined
    ? new Uint8Array(Buffer.from(config.memorySecret, 'hex'))
    : await loadOrCreateSecret(join(config.dataDir, 'memory.secret'))
  const counter = await createTokenCounter({ modelPath: config.tokenizerModel, logger: components.logger })
  const library = await resolveLibraryDirectory(config.libraryDir)
  const { knowledgeBase } = await openLibraryKnowledgeBase({
    directory: config.knowledgeDir ?? DEFAULT_INDEX_DIRECTORY,
    library,
    tokenCounter: counter,
    logger: components.logger,
    // Dense retrieval with the bundled sentence encoder, built in the background (lexical serves
    // until it is ready); MAIA_DENSE_RETRIEVAL=off keeps retrieval lexical (tests, small machines).
    // It starts a minute after the orchestrator, not during its start-up (encoding a library takes
    // minutes of a core the first time; the vectors are cached beside the index after that).
    ...(components.env.MAIA_DENSE_RETRIEVAL === 'off' ? {} : { passageEncoder: loadSentenceEncoder, passageEncoderDelayMs: 60_000 }),
    ...(config.libraryCurator === undefined ? {} : { curator: config.libraryCurator }),
    onProgress: ({ documents, totalDocuments }) => components.progress.update('Indexing the library', documents / totalDocuments)
  })
  components.progress.done()
  const claudeApiKey = config.claudeApiKey ?? components.env.ANTHROPIC_API_KEY
  const claude = claudeApiKey === undefined ? undefined : createClaudeGenerator({
    apiKey: claudeApiKey, model: config.claudeModel, baseURL: config.claudeBaseUrl, timeoutMs: config.claudeTimeoutMs, logger: components.logger
  })
  const routing = createResponderRouting({
    claudeAvailable: claude !== undefined,
    logger: components.logger,
    policy: parseRoutePolicy(config.routingPolicy ?? {}, 'routingPolicy', ROUTE_POLICY_PHASES[config.routingPhase])
  })
  const maia: MaiaInit = {
    ...routing,
    modelName: config.maiaModelName,
    identity: await readFile(config.identityFile ?? DEFAULT_IDENTITY_FILE, 'utf8'),
    budgets: config.budgets,
    counter,
    knowledge: knowledgeBase,
    memory: createLevelUserMemory({ store: db.sublevel<string, string>('memory', {}), cipher: createMemoryCipher(secret), now: Date.now, bytesPerKey: config.memoryBytesPerKey }),
    ledger: createLevelSessionLedger({
      store: db.sublevel<string, string>('sessions', {}), now: Date.now,
      sessionBytesPerKey: config.sessionBytesPerKey, carefulSessionBytesPerKey: config.carefulSessionBytesPerKey,
      markerBytesPerKey: config.markerBytesPerKey, carefulMarkerBytesPerKey: config.carefulMarkerBytesPerKey
    }),
    claude,
    escalateToClaude: config.claudeEscalation && claude !== undefined,
    priceTable: config.prices,
    libraryTokens: lazyLibraryTokens(library, counter)
  }
  return {
    maia,
    async close() {
      await knowledgeBase.close()
      await counter.dispose()
    }
  }
}
