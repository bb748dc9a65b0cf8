import { reputationKey } from '../../../orchestrator/quality/index.ts'
import { answerHonestly, type BenchEnvironment } from './environment.ts'
import { createLoopWorld } from './loopWorld.ts'
import { seededRandom } from './random.ts'
import { benchRequest, CONVERSATIONS, MAX_TOKENS, SAMPLING_SETTINGS } from './requests.ts'
import { benchNode } from './signing.ts'
import type { VerificationRecord } from './verificationLog.ts'

export interface HonestSetResult {
  readonly requests: number
  /** Different (prompt, answer text) pairs among them. */
  readonly distinctAnswers: number
  readonly verified: number
  readonly flagged: number
  readonly suspicious: number
  /** Reason codes of every non-honest verdict, counted. */
  readonly reasons: Readonly<Record<string, number>>
  readonly quarantined: boolean
  readonly slashed: boolean
  readonly records: readonly VerificationRecord[]
  /** Prompt tokens (as billed: prompt − 1) and completion tokens billed, per answer. */
  readonly promptTokens: readonly number[]
  readonly completionTokens: readonly number[]
  readonly generationMs: readonly number[]
  readonly byThreads: Readonly<Record<string, number>>
  /** The records of answers from the node on 1 thread (the verifier's own thread count): the cost ratio's basis. */
  readonly oneThreadRecords: readonly VerificationRecord[]
}

/**
 * The grid of honest requests: 6 sampling settings × 6 conversations × 3 lengths × stop "e" / none
 * (216), then seeds and prompt variants; every `twoThreadEvery`-th answer comes from a node on 2 threads (0: none).
 */
function honestRequest(index: number, seedBase: number, twoThreadEvery: number) {
  let rest = index
  const next = (size: number): number => { const value = rest % size; rest = Math.floor(rest / size); return value }
  const threads = twoThreadEvery > 0 && index % twoThreadEvery === twoThreadEvery - 1 ? 2 : 1
  const settings = SAMPLING_SETTINGS[next(SAMPLING_SETTINGS.length)]!
  const conversation = next(CONVERSATIONS.length)
  const maxTokens = MAX_TOKENS[next(MAX_TOKENS.length)]!
  const stop = next(2) === 1 ? ['e'] : []
  // Past the grid: another seed, and another wording of the prompt (greedy answers would repeat).
  return { drawn: benchRequest(`honest/${seedBase}/${index}`, conversation, settings, seedBase + rest, maxTokens, stop, rest), threads }
}

/**
 * `count` honest answers from the approved model (node on 1 or 2 threads), each served through
 * the real loop with a sample rate of 1 (every answer verified, not only 10%) and no peers, so
 * every verdict on an honest answer is seen; the honest node is staked, so a false `dishonest`
 * would be slashed for real. A node on 2 threads is slow on a loaded 2-core machine (llama.cpp's
 * threads wait on each other), hence only every `twoThreadEvery`-th answer.
 */
export async function runHonestSet(env: BenchEnvironment, count: number, seed: number, twoThreadEvery: number): Promise<HonestSetResult> {
  const node = benchNode(`honest-${seed}`)
  await env.chain.register(node.wallet, node.peerId)
  let clock = 1_700_000_000_000
  const world = createLoopWorld({
    db: env.db, name: `honest-${seed}`, random: seededRandom(seed), sampleRate: 1, verifier: env.verifier,
    askNode: async () => { throw new Error('the honest set asks no peers') },
    slasher: env.chain.slasher, approvedModelHash: env.models.approvedModelHash, logger: env.logger, now: () => clock
  })
  const start = env.log.records.length
  const promptTokens: number[] = []
  const completionTokens: number[] = []
  const generationMs: number[] = []
  const byThreads: Record<string, number> = {}
  const nodeThreads: number[] = []
  const distinct = new Set<string>()
  try {
    for (let index = 0; index < count; index++) {
      clock += 1_000
      const { drawn, threads } = honestRequest(index, seed, twoThreadEvery)
      const model = threads === 2 ? env.models.approvedTwoThreads : env.models.approved
      const { answer, signed } = await answerHonestly(env, model, node, { id: drawn.request.id, ...drawn.request.fields })
      promptTokens.push(answer.usage.promptTokens)
      completionTokens.push(answer.usage.completionTokens)
      generationMs.push(answer.generationMs)
      byThreads[threads] = (byThreads[threads] ?? 0) + 1
      nodeThreads.push(threads)
      distinct.add(JSON.stringify([drawn.request.fields.messages, answer.text]))
      world.loop.observe({ ...signed, request: { id: drawn.request.id, ...drawn.request.fields }, eligiblePeers: [node.peerId] })
      await world.loop.idle()
    }
  } finally {
    await world.loop.stop()
  }
  const records = env.log.since(start)
  // One verification per answer, in order (the loop verifies each before the next is served).
  if (records.length !== nodeThreads.length) throw new Error(`expected ${nodeThreads.length} verifications, saw ${records.length}`)
  const reasons: Record<string, number> = {}
  for (const record of records) if (record.verdict !== 'honest') for (const reason of record.reasons) reasons[reason] = (reasons[reason] ?? 0) + 1
  const key = reputationKey(node.wallet.address)
  return {
    requests: count,
    distinctAnswers: distinct.size,
    verified: records.length,
    flagged: records.filter((record) => record.verdict === 'dishonest').length,
    suspicious: records.filter((record) => record.verdict === 'suspicious').length,
    reasons,
    quarantined: world.reputation.get(key).integrityFailures > 0 || world.reputation.isQuarantined(key) || world.takeQuarantined().size > 0,
    slashed: world.slashes.length > 0 || (await env.chain.slashedTotal(node.wallet.address)) > 0n,
    records, promptTokens, completionTokens, generationMs, byThreads,
    oneThreadRecords: records.filter((_, index) => nodeThreads[index] === 1)
  }
}
