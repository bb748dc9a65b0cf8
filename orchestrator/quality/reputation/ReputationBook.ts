/** What one check of a node's answer found. */
export type QualityOutcome =
  /** Teacher-forced verification against the approved model: `dishonest` is proof of a lie. */
  | { kind: 'integrity'; verdict: 'honest' | 'suspicious' | 'dishonest' }
  /** How the answer compared with other nodes' answers to the same prompt: 1 is the peers' median, 0 nothing alike. */
  | { kind: 'quality'; relativeScore: number }

/** A node's standing, as routing, rewards and operators see it. */
export interface NodeReputation {
  /** The key the standing is kept under: the node's ETH address, lowercased (`reputationKey`). */
  node: string
  /** Posterior mean of the node's Beta(α, β) reputation, in [0, 1]. */
  mean: number
  alpha: number
  beta: number
  /** Checks counted (after decay), integrity and quality together. */
  samples: number
  integrityChecks: number
  integrityFailures: number
  /** Mean relative quality score over the node's sampled answers; null before the first. */
  meanRelativeQuality: number | null
  /** Until when (ms epoch) the node gets no traffic; 0 when it is not quarantined. */
  quarantinedUntil: number
  /** Weight in power-of-two-choices, in [floor, 1]. */
  routingWeight: number
  /** Multiplier of the node's receipts in the epoch's rewards, in [0, 1]. */
  rewardMultiplier: number
}

/**
 * Per-node reputation from quality sampling: a Beta posterior over "answers pass", decayed toward
 * the prior so old behaviour fades, with a bootstrap floor so new or rarely sampled nodes still get
 * traffic (a subnet that starves newcomers never learns about them).
 */
export interface ReputationBook {
  record(node: string, outcome: QualityOutcome): NodeReputation
  get(node: string): NodeReputation
  /** Weight in power-of-two-choices: never below the floor, so a new node is still tried. */
  routingWeight(node: string): number
  /** Multiplier of the node's receipts in the epoch's rewards (0 while quarantined for a proven lie). */
  rewardMultiplier(node: string): number
  isQuarantined(node: string): boolean
  all(): NodeReputation[]
}
