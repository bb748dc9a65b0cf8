import { DEFAULT_PRICE_TABLE, type PriceTable } from '../../../shared/config/priceTable.ts'

/** What sampling costs per 1,000 sessions, and the assumptions it rests on. */
export interface SamplingCostAssumptions {
  readonly sessions: number
  readonly turnsPerSession: number
  readonly sampleRate: number
  /** Peers re-answering each sampled prompt (the sampler's default). */
  readonly peersPerSample: number
  /** Reference (Claude) calls per sample. */
  readonly referenceCallsPerSample: number
  /** Prompt and answer sizes (tokens) of one model turn. */
  readonly promptTokens: number
  readonly answerTokens: number
  /** The verifier's wall time per verified answer (1 thread: CPU time), milliseconds. */
  readonly verifyMs: number
  readonly verifierThreads: number
  /** Notional price of a CPU core hour for the verifier, USD (an assumption, not measured). */
  readonly cpuHourUsd: number
  readonly prices: PriceTable
}

export interface SamplingCost {
  readonly assumptions: SamplingCostAssumptions
  readonly requests: number
  readonly samples: number
  readonly verifications: number
  readonly peerTokens: number
  readonly peerUsd: number
  readonly referenceUsd: number
  readonly verifierCpuSeconds: number
  readonly verifierUsd: number
  readonly totalUsd: number
  /** What the sessions themselves cost on the network at the same sizes (the baseline). */
  readonly servingUsd: number
  readonly formula: string
}

export const DEFAULT_COST_ASSUMPTIONS = {
  sessions: 1_000, turnsPerSession: 4, sampleRate: 0.1, peersPerSample: 2, referenceCallsPerSample: 1,
  verifierThreads: 1, cpuHourUsd: 0.05, prices: DEFAULT_PRICE_TABLE
} as const

/**
 * requests = sessions × turns; samples = requests × rate;
 * peers = samples × peersPerSample × (prompt + answer) × network $/M;
 * reference = samples × calls × (prompt × Claude in $/M + answer × Claude out $/M);
 * verifier = samples × (1 + peersPerSample) verifications (the loop verifies every answer of a sample) × verify s × threads × $/core-hour.
 */
export function samplingCost(assumptions: SamplingCostAssumptions): SamplingCost {
  const a = assumptions
  const requests = a.sessions * a.turnsPerSession
  const samples = requests * a.sampleRate
  const tokensPerTurn = a.promptTokens + a.answerTokens
  const peerTokens = samples * a.peersPerSample * tokensPerTurn
  const peerUsd = peerTokens * a.prices.network.perMillion / 1e6
  const referenceUsd = samples * a.referenceCallsPerSample * (a.promptTokens * a.prices.claude.inputPerMillion + a.answerTokens * a.prices.claude.outputPerMillion) / 1e6
  const verifications = samples * (1 + a.peersPerSample)
  const verifierCpuSeconds = verifications * a.verifyMs / 1000 * a.verifierThreads
  const verifierUsd = verifierCpuSeconds / 3600 * a.cpuHourUsd
  const servingUsd = requests * tokensPerTurn * a.prices.network.perMillion / 1e6
  const formula = [
    `samples = ${a.sessions} sessions × ${a.turnsPerSession} turns × ${a.sampleRate} = ${samples}`,
    `peers = ${samples} × ${a.peersPerSample} × (${a.promptTokens} + ${a.answerTokens}) tok × $${a.prices.network.perMillion}/M = $${usd(peerUsd)}`,
    `reference = ${samples} × ${a.referenceCallsPerSample} × (${a.promptTokens} tok × $${a.prices.claude.inputPerMillion}/M + ${a.answerTokens} tok × $${a.prices.claude.outputPerMillion}/M) = $${usd(referenceUsd)}`,
    `verifier = ${samples} × ${1 + a.peersPerSample} answers × ${a.verifyMs.toFixed(1)} ms × ${a.verifierThreads} core = ${verifierCpuSeconds.toFixed(1)} core-s × $${a.cpuHourUsd}/core-h = $${usd(verifierUsd)}`,
    `total = $${usd(peerUsd + referenceUsd + verifierUsd)} (the sessions themselves: ${requests} × ${tokensPerTurn} tok × $${a.prices.network.perMillion}/M = $${usd(servingUsd)})`
  ].join('\n')
  return { assumptions, requests, samples, verifications, peerTokens, peerUsd, referenceUsd, verifierCpuSeconds, verifierUsd, totalUsd: peerUsd + referenceUsd + verifierUsd, servingUsd, formula }
}

function usd(value: number): string {
  return value >= 1 ? value.toFixed(2) : value.toPrecision(3)
}
