import type { ChainHealth } from '../chain/index.ts'
import type { SettlementBackoff } from './createSettlementScheduler.ts'
import type { SessionPayments } from './payments/SessionPayments.ts'
import type { EpochSettler } from './settlement/EpochSettler.ts'
import type { ReceiptStore } from './settlement/ReceiptStore.ts'
import type { UsageTokenizer } from './usageBounds.ts'

/** What the orchestrator needs of the economy: payments, receipts and reward settlement. */
export interface EconomyInit {
  payments?: SessionPayments
  receipts: ReceiptStore
  settler?: EpochSettler
  requirePayment?: boolean
  /** Settle an epoch (redeem vouchers, post the rewards root) this often; never when absent. */
  epochIntervalMs?: number
  /** The most charged per 1,000 tokens whatever a node announces (`DEFAULT_MAX_PRICE_PER_1K_TOKENS`, 10^16, when absent). */
  maxPricePer1kTokens?: bigint
  /** The serving model's tokenizer (`--tokenizer-model`): tightens the usage bounds of its nodes' receipts. */
  tokenizer?: UsageTokenizer
  /** Whether the chain answers (shared with payments and the chain view); reported by `GET /v1/settlement`. */
  health?: ChainHealth
  /** Backoff of settlement retries after a failed step (default 5 s doubling to 5 min, ±20%). */
  settlementBackoff?: Partial<SettlementBackoff>
}
