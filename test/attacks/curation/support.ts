import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Wallet } from 'ethers'
import { Level } from 'level'
import { createPassageCredits } from '../../../orchestrator/economy/createPassageCredits.ts'
import type { Reservation, SessionPayments } from '../../../orchestrator/economy/payments/SessionPayments.ts'
import { createLevelReceiptStore } from '../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import { computeEpochEarnings } from '../../../orchestrator/economy/settlement/earnings.ts'
import type { ReceiptStore } from '../../../orchestrator/economy/settlement/ReceiptStore.ts'
import type { MaiaResponderComponents } from '../../../orchestrator/maia/MaiaResponder.ts'
import { buildPrompt, type UsedPassages } from '../../../orchestrator/maia/promptMaterials.ts'
import type { KnowledgeBase, SourceDocument } from '../../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { collectDocuments } from '../../../orchestrator/maia/knowledge/collectDocuments.ts'
import { openKnowledgeBase } from '../../../orchestrator/maia/knowledge/openKnowledgeBase.ts'
import { createEstimatedTokenCounter } from '../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import { temporaryDirectory } from '../../helpers/network.ts'
import type { ChatMessage } from '../../../shared/protocol/index.ts'
import { createLevelSessionLedger } from '../../../orchestrator/economy/accounting/createLevelSessionLedger.ts'
import type { ChatGenerationRequest, NetworkInference, ServedModel } from '../../../orchestrator/inference/index.ts'
import { NoNodesAvailableError } from '../../../orchestrator/inference/index.ts'
import type { ClaudeGenerator } from '../../../orchestrator/maia/createClaudeGenerator.ts'
import { createMaiaResponder } from '../../../orchestrator/maia/createMaiaResponder.ts'
import type { PassageUse } from '../../../orchestrator/maia/MaiaResponder.ts'
import { createResponderRouting } from '../../../orchestrator/maia/intent/createResponderRouting.ts'
import { seededRandom } from '../../../orchestrator/maia/intent/random.ts'
import { ROUTE_POLICY_PHASES } from '../../../orchestrator/maia/intent/routePolicy.ts'
import { createLevelUserMemory } from '../../../orchestrator/maia/memory/createLevelUserMemory.ts'
import { createMemoryCipher } from '../../../orchestrator/maia/memory/memoryCipher.ts'

export { temporaryDirectory }

/** Curators in these attacks: an honest one, and one who wants more than her due. */
export const ALICE = Wallet.createRandom().address
export const MALLORY = Wallet.createRandom().address

export const counter = createEstimatedTokenCounter()

/** One file of a curator's submission: its MANIFEST.tsv row and its text. */
export interface LibraryFile {
  file: string
  title: string
  author: string
  curator?: string
  text: string
}

/** Writes `files` and their MANIFEST.tsv into `directory` (what a curator hands the operator). */
export async function writeLibrary(directory: string, files: readonly LibraryFile[]): Promise<string> {
  await mkdir(directory, { recursive: true })
  const rows = ['file\ttitle\tauthor\tcurator', ...files.map((entry) => `${entry.file}\t${entry.title}\t${entry.author}\t${entry.curator ?? ''}`)]
  await writeFile(join(directory, 'MANIFEST.tsv'), `${rows.join('\n')}\n`)
  for (const entry of files) {
    await mkdir(join(directory, entry.file, '..'), { recursive: true })
    await writeFile(join(directory, entry.file), entry.text)
  }
  return directory
}

/** The real knowledge base (lexical retrieval, as an orchestrator without an encoder serves), in `directory`. */
export async function openTestKnowledge(directory: string): Promise<KnowledgeBase> {
  return await openKnowledgeBase({ directory, tokenCounter: counter, wordVectors: null })
}

/** `maia knowledge ingest <paths>` as the CLI does it: collectDocuments then ingest. */
export async function ingestPaths(knowledge: KnowledgeBase, paths: readonly string[], curator?: string): Promise<SourceDocument[]> {
  const documents = await collectDocuments(paths, curator === undefined ? {} : { curator })
  await knowledge.ingest(documents)
  return documents
}

/**
 * The prompt the responder builds for `question` (buildPrompt, real assemblePrompt and packing)
 * and the passages it credits, with a wisdom budget of `wisdomTokens`.
 */
export async function promptFor(knowledge: KnowledgeBase, question: string, wisdomTokens = 1_500): Promise<Awaited<ReturnType<typeof buildPrompt>>> {
  const components = {
    knowledge, counter, identity: 'You are MAIA, a warm companion for inner work.',
    memory: { select: async () => [] }
  } as unknown as MaiaResponderComponents
  return await buildPrompt(components, [{ role: 'user', content: question }], question, [], {}, 'sess-attack', { identity: 500, wisdom: wisdomTokens, memory: 0, conversation: 1_000 }, new AbortController().signal, silentLogger())
}

/** A session's payments that accept every charge (only `reserve` is used by passage credits). */
function acceptingPayments(): SessionPayments {
  return {
    reserve: async (digest: string, amount: bigint): Promise<Reservation> => ({ digest, amount, commit: async (actual: bigint) => actual, release: () => {} })
  } as Pick<SessionPayments, 'reserve'> as SessionPayments
}

export const PRICE_PER_1K = 10n ** 15n
export const FEE_BPS = 1_000

/** The real credits path: passage credits signed into a level receipt store, then one epoch's earnings. */
export interface CreditLedger {
  receipts: ReceiptStore
  /** Records the credit of a Claude answer that used `passages` (as createMaiaResponder does). */
  credit(passages: UsedPassages): Promise<bigint>
  /** What the unsettled receipts earn each account in one epoch (computeEpochEarnings, fee 10%). */
  earnings(): Promise<Map<string, bigint>>
  close(): Promise<void>
}

export async function openCreditLedger(): Promise<CreditLedger> {
  const directory = await temporaryDirectory('maia-attack-curation-ledger-')
  const db = new Level<string, string>(join(directory.path, 'store'))
  await db.open()
  const orchestrator = Wallet.createRandom()
  const receipts = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: orchestrator, now: Date.now, logger: silentLogger(), sync: false })
  const credits = createPassageCredits({ wallet: orchestrator, chainId: 31337, receipts, payments: acceptingPayments(), pricePer1kTokens: PRICE_PER_1K, logger: silentLogger() })
  const payment = { digest: `0x${'ab'.repeat(32)}`, payer: Wallet.createRandom().address }
  let sessions = 0
  return {
    receipts,
    credit: async (passages) => await credits.record({ route: 'claude', sessionId: `sess-${sessions++}`, payment, curators: passages.curators, passageTokens: passages.tokens }),
    earnings: async () => computeEpochEarnings(await receipts.unassigned(), { feeBps: FEE_BPS }),
    async close() {
      await db.close()
      await directory.remove()
    }
  }
}

/** Share (0..1) of `total` that `part` is, to 3 decimals. */
export function share(part: bigint | number, total: bigint | number): number {
  const p = Number(part)
  const t = Number(total)
  return t === 0 ? 0 : Math.round((p / t) * 1000) / 1000
}

/** Passages of `curator` in a prompt's credits. */
export function passagesOf(passages: UsedPassages, curator: string): number {
  return passages.curators.filter((credit) => credit.account.toLowerCase() === curator.toLowerCase()).reduce((sum, credit) => sum + credit.passages, 0)
}

/** Prose of ~n sentences on a theme, varied so that chunks differ (an honest curator's book). */
export function book(theme: string, sentences: number, seed = 0): string {
  const verbs = ['teaches', 'reveals', 'asks', 'softens', 'opens', 'tests', 'quiets', 'heals']
  const objects = ['the grieving heart', 'the restless mind', 'the soul in exile', 'the proud will', 'the patient seeker', 'the frightened child within']
  const lines: string[] = []
  for (let index = 0; index < sentences; index += 1) {
    const k = index + seed
    lines.push(`The ${theme} ${verbs[k % verbs.length]} ${objects[(k * 7) % objects.length]} in the ${['morning', 'night', 'desert', 'garden', 'storm'][k % 5]} of its ${index + 1}th trial.`)
    if (index % 6 === 5) lines.push('')
  }
  return lines.join(' ').replace(/  /g, '\n\n')
}

/** What a responder test drives: the real MAIA responder over a knowledge base, with credits counted. */
export interface TestResponder {
  responder: ReturnType<typeof createMaiaResponder>
  /** Every passage use the responder asked to credit (createPassageCredits' input). */
  credited: PassageUse[]
  /** The prompts the (stub) network was sent. */
  networkPrompts: ChatMessage[][]
  /** The real router and safety screen on any text. */
  classify(text: string): Promise<{ intent: string; kind?: string }>
  ask(content: string, session?: string): Promise<{ text: string; route: string; intent: string } | { error: Error }>
  close(): Promise<void>
}

/**
 * The real responder (createMaiaResponder) with the real router and safety screen
 * (createResponderRouting, phase 2), level memory and session ledger, `knowledge`, and a `claude`
 * generator when given. The network records its prompts and answers "…" (or throws when `networkFails`).
 */
export async function startTestResponder(knowledge: KnowledgeBase, options: { claude?: ClaudeGenerator; networkFails?: boolean; phase?: '1b' | '2' } = {}): Promise<TestResponder> {
  const directory = await temporaryDirectory('maia-attack-curation-responder-')
  const db = new Level<string, string>(join(directory.path, 'store'))
  await db.open()
  const credited: PassageUse[] = []
  const networkPrompts: ChatMessage[][] = []
  const network = {
    generate: async (parameters: { messages: ChatMessage[] }, { onToken }: { onToken: (text: string) => void }) => {
      networkPrompts.push(parameters.messages)
      if (options.networkFails === true) throw new NoNodesAvailableError({ model: 'maia' })
      onToken('Let us sit with that.')
      const usage = { inputTokens: 10, outputTokens: 5 }
      return { text: 'Let us sit with that.', final: { usage, stopReason: 'end_turn', stopSequence: null }, usage, segments: [], peerId: 'p', failedAttempts: [] }
    }
  } as unknown as NetworkInference
  const routing = createResponderRouting({ claudeAvailable: options.claude !== undefined, random: seededRandom(1), policy: ROUTE_POLICY_PHASES[options.phase ?? '2'] })
  const responder = createMaiaResponder({
    ...routing,
    knowledge, counter, network,
    identity: 'You are MAIA, a warm companion for inner work.',
    budgets: { identity: 500, wisdom: 1_500, memory: 300, conversation: 1_000 },
    memory: createLevelUserMemory({ store: db.sublevel<string, string>('memory', {}), cipher: createMemoryCipher(new Uint8Array(32).fill(5)), now: Date.now }),
    ledger: createLevelSessionLedger({ store: db.sublevel<string, string>('sessions', {}), now: Date.now }),
    networkModel: () => ({ hash: `0x${'11'.repeat(32)}`, contextSize: 8_192 }) as ServedModel,
    creditPassages: async (use) => { credited.push(use); return 1n },
    ...(options.claude === undefined ? {} : { claude: options.claude }),
    logger: silentLogger()
  })
  let sessions = 0
  return {
    responder, credited, networkPrompts, classify: async (text) => await routing.classify(text),
    async ask(content, session) {
      try {
        return await responder.generate(
          { model: 'maia', messages: [{ role: 'user', content }], maxTokens: 64, stop: [], payment: { digest: `0x${'cd'.repeat(32)}`, payer: MALLORY } } as unknown as ChatGenerationRequest,
          { sessionId: session ?? `sess-${sessions++}`, apiKeyId: 'app' },
          { onToken: () => {}, signal: new AbortController().signal })
      } catch (error) {
        return { error: error as Error }
      }
    },
    async close() {
      await db.close()
      await directory.remove()
    }
  }
}
