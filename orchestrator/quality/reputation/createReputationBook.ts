import type { NodeReputation, ReputationBook } from './ReputationBook.ts'

export interface ReputationSettings {
  /** Beta prior: a new node starts at α / (α + β) (default 3 / 4: trusted, not proven). */
  priorAlpha: number
  priorBeta: number
  /** Lowest routing weight: a node at the floor still gets traffic, less of it. */
  routingFloor: number
  /** Evidence halves toward the prior over this long (default 3 days). */
  halfLifeMs: number
  /** A `dishonest` verdict adds this much failure mass (one proven lie outweighs many passes). */
  dishonestPenalty: number
  /** A `suspicious` verdict adds this much failure mass: enough to lower traffic, never to punish alone. */
  suspiciousPenalty: number
  /** How long a proven liar gets no traffic and no rewards. */
  quarantineMs: number
  /** A node whose mean falls below this (after `minSamples`) is quarantined too. */
  quarantineBelowMean: number
  minSamples: number
}

export const DEFAULT_REPUTATION: ReputationSettings = Object.freeze({
  priorAlpha: 3,
  priorBeta: 1,
  routingFloor: 0.2,
  halfLifeMs: 3 * 24 * 60 * 60 * 1000,
  dishonestPenalty: 20,
  suspiciousPenalty: 0.5,
  quarantineMs: 24 * 60 * 60 * 1000,
  quarantineBelowMean: 0.35,
  minSamples: 5
})

interface NodeState {
  alpha: number
  beta: number
  updatedAt: number
  integrityChecks: number
  integrityFailures: number
  qualitySum: number
  qualityCount: number
  quarantinedUntil: number
}

/**
 * A Beta reputation per node. A quality check adds its relative score (capped at 1) as success
 * mass and the rest as failure mass; an honest integrity check adds one success; `dishonest`
 * adds `dishonestPenalty` failures and quarantines at once. Between updates the evidence decays
 * toward the prior with `halfLifeMs`, so a node that reformed earns its way back.
 *
 * @example
 * const book = createReputationBook({ now: Date.now })
 * book.record(reputationKey(address), { kind: 'quality', relativeScore: 0.93 })
 * const weight = book.routingWeight(reputationKey(address))
 */
export function createReputationBook(components: { now: () => number; settings?: Partial<ReputationSettings> }): ReputationBook {
  const settings: ReputationSettings = { ...DEFAULT_REPUTATION, ...components.settings }
  const { now } = components
  const nodes = new Map<string, NodeState>()

  const fresh = (): NodeState => ({ alpha: settings.priorAlpha, beta: settings.priorBeta, updatedAt: now(), integrityChecks: 0, integrityFailures: 0, qualitySum: 0, qualityCount: 0, quarantinedUntil: 0 })
  const decayed = (state: NodeState): NodeState => {
    const elapsed = Math.max(0, now() - state.updatedAt)
    if (elapsed === 0) return state
    const keep = Math.pow(0.5, elapsed / settings.halfLifeMs)
    return {
      ...state,
      alpha: settings.priorAlpha + (state.alpha - settings.priorAlpha) * keep,
      beta: settings.priorBeta + (state.beta - settings.priorBeta) * keep,
      updatedAt: now()
    }
  }
  const view = (node: string, state: NodeState): NodeReputation => {
    const mean = state.alpha / (state.alpha + state.beta)
    const quarantined = state.quarantinedUntil > now()
    return {
      node, mean, alpha: state.alpha, beta: state.beta,
      samples: state.alpha + state.beta - settings.priorAlpha - settings.priorBeta,
      integrityChecks: state.integrityChecks,
      integrityFailures: state.integrityFailures,
      meanRelativeQuality: state.qualityCount === 0 ? null : state.qualitySum / state.qualityCount,
      quarantinedUntil: quarantined ? state.quarantinedUntil : 0,
      routingWeight: quarantined ? 0 : Math.max(settings.routingFloor, Math.min(1, mean)),
      rewardMultiplier: quarantined ? 0 : Math.min(1, mean / (settings.priorAlpha / (settings.priorAlpha + settings.priorBeta)))
    }
  }
  const stateOf = (node: string): NodeState => decayed(nodes.get(node) ?? fresh())

  return {
    record(node, outcome) {
      const state = stateOf(node)
      if (outcome.kind === 'integrity') {
        state.integrityChecks += 1
        if (outcome.verdict === 'honest') state.alpha += 1
        else if (outcome.verdict === 'suspicious') state.beta += settings.suspiciousPenalty
        else {
          state.integrityFailures += 1
          state.beta += settings.dishonestPenalty
          state.quarantinedUntil = now() + settings.quarantineMs
        }
      } else {
        const score = Number.isFinite(outcome.relativeScore) ? Math.max(0, outcome.relativeScore) : 0
        const success = Math.min(1, score)
        state.alpha += success
        state.beta += 1 - success
        state.qualitySum += score
        state.qualityCount += 1
      }
      const samples = state.alpha + state.beta - settings.priorAlpha - settings.priorBeta
      if (samples >= settings.minSamples && state.alpha / (state.alpha + state.beta) < settings.quarantineBelowMean) {
        state.quarantinedUntil = Math.max(state.quarantinedUntil, now() + settings.quarantineMs)
      }
      nodes.set(node, state)
      return view(node, state)
    },
    get: (node) => view(node, stateOf(node)),
    routingWeight: (node) => view(node, stateOf(node)).routingWeight,
    rewardMultiplier: (node) => view(node, stateOf(node)).rewardMultiplier,
    isQuarantined: (node) => (nodes.get(node)?.quarantinedUntil ?? 0) > now(),
    all: () => [...nodes.keys()].sort().map((node) => view(node, stateOf(node)))
  }
}
