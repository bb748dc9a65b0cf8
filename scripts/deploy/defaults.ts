import { parseUnits } from 'ethers'

/** Governance, staking and payment parameters of a suite deployment. */
export interface SuiteParameters {
  /** Hard cap of the $MAIA supply (base units, 18 decimals). */
  tokenCap: bigint
  /** Supply minted at deployment to `initialHolder`. */
  initialSupply: bigint
  /** Receives the initial supply; defaults to the deployer. */
  initialHolder?: string
  /** Seconds between queueing a passed proposal and executing it. */
  timelockMinDelay: number
  /** Seconds between a proposal and the start of its vote. */
  votingDelay: number
  /** Seconds a vote lasts. */
  votingPeriod: number
  /** Votes needed to propose. */
  proposalThreshold: bigint
  /** Quorum, percent of the supply at the vote's snapshot. */
  quorumPercent: number
  /** Minimum stake of an active node. */
  minStake: bigint
  /**
   * Seconds an unstaked amount waits before withdrawal (and stays slashable). Must exceed
   * `votingDelay + votingPeriod + timelockMinDelay`, so a node that unbonds as soon as a governance
   * slash is proposed is still staked when the proposal can execute (`deploySuite` checks it).
   */
  unbondingPeriod: number
  /** Treasury share of session payments, basis points. */
  feeBps: number
  /** Seconds a user's withdrawal waits, so pending vouchers can still be redeemed. */
  withdrawalDelay: number
  /**
   * Most each slasher granted at deployment (not the timelock, which is unbounded) may slash per
   * `NodeRegistry.SLASH_PERIOD` (one day), over all nodes.
   */
  slasherCapPerPeriod: bigint
  /** Most one slash by such a slasher may take, basis points of the node's stake plus unbonding stake. */
  slasherMaxSlashBps: number
}

const DAY = 24 * 60 * 60

/**
 * The defaults, applied once by `deploySuite`: production-like delays (local chains fast-forward
 * time with `evm_increaseTime`).
 */
export const DEFAULT_SUITE_PARAMETERS: Readonly<Required<Omit<SuiteParameters, 'initialHolder'>>> = {
  tokenCap: parseUnits('1000000000', 18),
  initialSupply: parseUnits('100000000', 18),
  timelockMinDelay: 2 * DAY,
  votingDelay: 1 * DAY,
  votingPeriod: 7 * DAY,
  proposalThreshold: 0n,
  quorumPercent: 4,
  minStake: parseUnits('1000', 18),
  // Longer than a governance slash takes (1 + 7 + 2 = 10 days), with 4 days to spare.
  unbondingPeriod: 14 * DAY,
  feeBps: 1_000,
  withdrawalDelay: 1 * DAY,
  slasherCapPerPeriod: parseUnits('10000', 18),
  slasherMaxSlashBps: 1_000
}
