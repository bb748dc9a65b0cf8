/** One row of the seed's projected cost table (per 1,000 sessions). */
export interface SeedPhase {
  phase: string
  label: string
  /** Share of answers served without Anthropic, 0–1. */
  sovereignShare: number
  costPer1000Sessions: number
}

/**
 * The seed's projections, per 1,000 sessions: what the dashboard shows next to this network's
 * measured figures when `GET /v1/report/phases` (the replay of recorded traffic under each
 * phase's policy) does not answer.
 */
export const SEED_COST_TABLE: readonly SeedPhase[] = [
  { phase: 'anthropic', label: '100% Anthropic', sovereignShare: 0, costPer1000Sessions: 5_250 },
  { phase: '1A', label: 'Phase 1A', sovereignShare: 0.3, costPer1000Sessions: 1_575 },
  { phase: '1B', label: 'Phase 1B', sovereignShare: 0.7, costPer1000Sessions: 473 },
  { phase: '2', label: 'Phase 2', sovereignShare: 0.9, costPer1000Sessions: 600 },
  { phase: '3', label: 'Phase 3', sovereignShare: 1, costPer1000Sessions: 500 }
]
