import { join } from 'node:path'
import { Writable } from 'node:stream'
import { Level } from 'level'
import { pino, type Logger } from 'pino'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import type { GenerationParameters } from '../../../node/backend/InferenceBackend.ts'
import { startProviderNode, type ProviderNode } from '../../../node/startProviderNode.ts'
import { createLevelSessionLedger } from '../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import { createResponderRouting } from '../../../orchestrator/maia/intent/createResponderRouting.ts'
import { seededRandom } from '../../../orchestrator/maia/intent/random.ts'
import { ROUTE_POLICY_PHASES } from '../../../orchestrator/maia/intent/routePolicy.ts'
import { createLevelUserMemory } from '../../../orchestrator/maia/memory/createLevelUserMemory.ts'
import { createMemoryCipher } from '../../../orchestrator/maia/memory/memoryCipher.ts'
import { createEstimatedTokenCounter } from '../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { startOrchestrator, type Orchestrator } from '../../../orchestrator/startOrchestrator.ts'
import { DEFAULT_PRICE_TABLE } from '../../../shared/config/priceTable.ts'
import { loadOrCreateIdentity } from '../../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import { peerNetworking, temporaryDirectory } from '../../helpers/network.ts'

/** Two applications on one orchestrator, each with its own API key, and the operator's key. */
export const APP_A_KEY = 'app-a-key-0123456789'
export const APP_B_KEY = 'app-b-key-9876543210'
export const OPERATOR_KEY = 'operator-key-5555555555'

/** Every JSON line a pino logger wrote, parsed, at every level from debug up. */
export function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>>; text: () => string } {
  const lines: Array<Record<string, unknown>> = []
  const raw: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line)
        lines.push(JSON.parse(line) as Record<string, unknown>)
      }
      done()
    }
  })
  return { logger: pino({ level: 'debug' }, sink), lines, text: () => raw.join('\n') }
}

export interface MaiaNetwork {
  orchestrator: Orchestrator
  node: ProviderNode
  db: Level<string, string>
  /** Where the orchestrator's level database lives (memory and the session ledger). */
  dbPath: string
  /** Every prompt the one provider node received, in order. */
  prompts: GenerationParameters[]
  stop(): Promise<void>
}

/**
 * The real orchestrator with the real MAIA pipeline (router and safety screen, encrypted memory and
 * session ledger in level; no library, no Claude) and one scripted provider node that records
 * every prompt it is sent. Apps A and B each hold a key; the operator holds the admin key. The
 * per-key storage budgets are the production defaults unless given.
 */
export async function startMaiaNetwork(options: { logger?: Logger; memoryBytesPerKey?: number; sessionBytesPerKey?: number; carefulSessionBytesPerKey?: number; markerBytesPerKey?: number; carefulMarkerBytesPerKey?: number } = {}): Promise<MaiaNetwork> {
  const directory = await temporaryDirectory('maia-attack-memory-')
  const dbPath = join(directory.path, 'store')
  const db = new Level<string, string>(dbPath)
  await db.open()
  const counter = createEstimatedTokenCounter()
  const prompts: GenerationParameters[] = []
  const orchestrator = await startOrchestrator({
    ...peerNetworking('memory'),
    identity: await loadOrCreateIdentity(join(directory.path, 'orchestrator')),
    logger: options.logger ?? silentLogger(),
    apiKeys: [APP_A_KEY, APP_B_KEY],
    adminApiKeys: [OPERATOR_KEY],
    http: { host: '127.0.0.1', port: 0 },
    recordMaxAgeMs: 3_000,
    maia: {
      ...createResponderRouting({ claudeAvailable: false, random: seededRandom(1), policy: ROUTE_POLICY_PHASES['2'] }),
      identity: 'You are MAIA, a warm companion for inner work. SYSTEM-SECRET-CANARY-7731.',
      budgets: { identity: 500, wisdom: 0, memory: 300, conversation: 1_000 },
      counter,
      memory: createLevelUserMemory({ store: db.sublevel<string, string>('memory', {}), cipher: createMemoryCipher(new Uint8Array(32).fill(3)), now: Date.now, bytesPerKey: options.memoryBytesPerKey }),
      ledger: createLevelSessionLedger({ store: db.sublevel<string, string>('sessions', {}), now: Date.now, sessionBytesPerKey: options.sessionBytesPerKey, carefulSessionBytesPerKey: options.carefulSessionBytesPerKey, markerBytesPerKey: options.markerBytesPerKey, carefulMarkerBytesPerKey: options.carefulMarkerBytesPerKey }),
      priceTable: DEFAULT_PRICE_TABLE
    }
  })
  const node = await startRecordingNode(orchestrator, join(directory.path, 'node'), prompts)
  return {
    orchestrator, node, db, dbPath, prompts,
    async stop() {
      await node.stop().catch(() => {})
      await orchestrator.stop().catch(() => {})
      await db.close().catch(() => {})
      await directory.remove()
    }
  }
}

/**
 * A scripted provider node (over the in-memory transport) that records every prompt into `prompts`,
 * started once `orchestrator` can route to it.
 */
export async function startRecordingNode(orchestrator: Orchestrator, dataDir: string, prompts: GenerationParameters[], heartbeatIntervalMs = 300): Promise<ProviderNode> {
  const node = await startProviderNode({
    identity: await loadOrCreateIdentity(dataDir),
    backend: createScriptedBackend({ modelName: 'scripted', contextSize: 8_192, reply: (parameters) => { prompts.push(parameters); return 'Let us sit with that together.' } }),
    logger: silentLogger(),
    ...peerNetworking('memory'),
    bootstrap: orchestrator.multiaddrs.map((address) => address.includes('/p2p/') ? address : `${address}/p2p/${orchestrator.peer.peerId.toString()}`),
    heartbeatIntervalMs
  })
  const deadline = Date.now() + 15_000
  while (orchestrator.table.routable().length < 1) {
    if (Date.now() > deadline) throw new Error('the scripted node never announced')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return node
}

/** One Anthropic-shaped call with raw fetch (so the test controls every header), returning status and parsed body. */
export async function askMaia(url: string, key: string, messages: Array<{ role: 'user' | 'assistant'; content: string }>, headers: Record<string, string> = {}): Promise<{ status: number; text: string; body: unknown }> {
  const response = await fetch(`${url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key, ...headers },
    body: JSON.stringify({ model: 'maia', max_tokens: 64, messages })
  })
  const body = await response.json() as { content?: Array<{ type: string; text?: string }> }
  return { status: response.status, text: body.content?.map((block) => block.text ?? '').join('') ?? '', body }
}
