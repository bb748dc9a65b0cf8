import type { RewardsTree } from '../../../shared/chain/index.ts'
import type { Receipt } from '../../../shared/protocol/index.ts'

/** A knowledge-base curator whose passages were used in the prompt of a served inference. */
export interface CuratorCredit {
  /** The curator's payout address. */
  account: string
  /** How many of the curator's retrieved passages the prompt used (> 0). */
  passages: number
  /**
   * Tokens of those passages that reached the user: the curators' share splits by them. Absent in
   * records written before it was kept, which split by `passages` as they did.
   */
  tokens?: number
}

/**
 * What the orchestrator hands to {@link ReceiptStore.record} after an inference completes. The
 * boundary schema (`receiptEntryInputSchema`) validates it; amounts may be a bigint or a decimal string.
 */
export interface ReceiptEntryInput {
  /** The node's EIP-712 receipt, signature included. */
  receipt: Receipt
  /** The user session the inference was served in. */
  sessionId: string
  /** The paying user's address, when the session was paid by a voucher. */
  user?: string
  /** The voucher digest that paid: the receipt earns only once that voucher is redeemed. */
  paymentDigest?: string
  /** What the user was charged for this inference, in $MAIA base units. */
  amount: bigint | string
  /** Who receives the provider share; defaults to the node's ETH address (`receipt.node`). */
  provider?: string
  /** The trainer who submitted the model (`ModelRegistry`), if known. */
  trainer?: string
  /** Curators of the library passages used in the prompt. */
  curators?: CuratorCredit[]
}

/**
 * The node's standing when a receipt was served, stored with it (in the same write) so the receipt is
 * weighed by it at settlement rather than by whatever the node's standing is when the epoch is sealed
 * (see `rewardWeighting.ts`).
 */
export interface ServedStanding {
  /** The node's reward multiplier then, in [0, 1], in steps of 1 / `WEIGHT_SCALE`. */
  rewardMultiplier: number
  /** How many lies the node had been proven to tell by then; absent when the standing counts none. */
  provenLies?: number
}

/** A verified, countersigned receipt as stored. Addresses are checksummed. */
export interface StoredReceipt {
  /** EIP-712 digest of the receipt (`receiptDigest`): the store's key. */
  digest: string
  receipt: Receipt
  /**
   * The orchestrator's countersignature: a raw secp256k1 signature over `digest` itself (no EIP-191
   * prefix), `wallet.signingKey.sign(digest).serialized`; check with `ethers.recoverAddress(digest, sig)`.
   */
  countersignature: string
  /** The orchestrator address that countersigned. */
  orchestrator: string
  sessionId: string
  user?: string
  /** The voucher digest that paid, when a voucher did. */
  paymentDigest?: string
  /** Charged amount in $MAIA base units (0 when the voucher failed redemption: nothing reached the pool). */
  amount: bigint
  /** The node's ETH address (`receipt.node`). */
  node: string
  /** Payee of the provider share. */
  provider: string
  /** The model's GGUF SHA-256 (`receipt.modelHash`). */
  modelHash: string
  trainer?: string
  curators: CuratorCredit[]
  /** Milliseconds since the epoch, from the injected clock. */
  recordedAt: number
  /**
   * The node's standing when the receipt was recorded. Absent in receipts recorded before it was kept,
   * or by a store given no standing: those are weighed by the node's multiplier at settlement.
   */
  servedStanding?: ServedStanding
  /** The epoch the receipt was sealed into; absent while it awaits settlement. */
  epoch?: number
  /**
   * The weight its share of the epoch's pool was computed with (in steps of 1 / `WEIGHT_SCALE`),
   * written with `epoch` when sealed, so anyone can recompute the epoch's root from its stored
   * receipts (`settledWeight`). Absent while unsealed, and in receipts sealed before it was kept.
   */
  settledWeight?: number
}

/** What {@link ReceiptStore.record} did. */
export interface RecordResult {
  digest: string
  /** True when the digest was already stored: nothing was written. */
  duplicate: boolean
}

/** `sealed`: assigned and persisted, root not yet confirmed on chain. `posted`: the chain holds the root. */
export type EpochStatus = 'sealed' | 'posted'

/** The signed `postRoot` transaction, persisted before it is broadcast so a restart can rebroadcast it. */
export interface EpochTransaction {
  hash: string
  raw: string
}

/** How the root reached the chain. */
export interface EpochPosting {
  /** Absent only when the chain held our root without any transaction of ours on record. */
  transactionHash?: string
  blockNumber?: number
  gasUsed?: bigint
  /** True when a restart found the root already on chain (the crash came after sending). */
  foundOnChain: boolean
  postedAt: number
}

/** The JSON dump of an OpenZeppelin `StandardMerkleTree` of `[address, uint256]` leaves. */
export type RewardsTreeDump = ReturnType<RewardsTree['dump']>

/** One settled (or settling) epoch. */
export interface EpochRecord {
  epoch: number
  status: EpochStatus
  sealedAt: number
  /** Receipts sealed into this epoch. */
  receiptCount: number
  /** This epoch's pool inflow: what its receipts added to everyone's cumulative earnings. */
  pool: bigint
  /** Cumulative earnings per account (checksummed) since genesis, as in the tree. */
  cumulative: Map<string, bigint>
  root: string
  /** Sum of `cumulative`: the `total` argument of `postRoot`. */
  total: bigint
  /** The OpenZeppelin `StandardMerkleTree` dump, for claimants. */
  tree: RewardsTreeDump
  transaction?: EpochTransaction
  posted?: EpochPosting
}

/**
 * What a seal builder returns: the epoch's content, computed from the receipts it is given, and
 * optionally which receipts (as they are to be stored) the epoch takes; by default all it was given.
 * Receipts left out stay unassigned for a later epoch.
 */
export type SealedEpochContent = Pick<EpochRecord, 'pool' | 'cumulative' | 'root' | 'total' | 'tree'> & { receipts?: readonly StoredReceipt[] }

/** Computes the next epoch from the unassigned receipts and the previous epoch (undefined for the first). */
export type SealBuilder = (input: {
  epoch: number
  unassigned: readonly StoredReceipt[]
  previous: EpochRecord | undefined
}) => SealedEpochContent | undefined

/** Receipt and epoch counts. */
export interface ReceiptCounts {
  receipts: number
  unassigned: number
}

/**
 * Durable store of verified node receipts and of the epochs they were settled in. Every write is
 * serialized and each state change is one atomic batch, so a crash leaves either the old state or the
 * new one.
 *
 * @example
 * const { digest, duplicate } = await store.record({ receipt, sessionId, amount: 10n ** 15n })
 * const sealed = await store.sealEpoch(({ epoch, unassigned, previous }) => buildEpoch(unassigned, previous))
 */
export interface ReceiptStore {
  /**
   * Verifies the node's signature, countersigns and stores the entry under its digest. Recording a
   * digest that is already stored is a no-op (`duplicate: true`), whatever epoch it is in.
   *
   * @throws {InvalidReceiptEntryError} when the entry does not match the schema.
   * @throws {InvalidSignatureError} when the receipt was not signed by `receipt.node`.
   */
  record(entry: ReceiptEntryInput): Promise<RecordResult>
  get(digest: string): Promise<StoredReceipt | undefined>
  /** Receipts not yet sealed into an epoch, in digest order. */
  unassigned(): Promise<StoredReceipt[]>
  /** Receipts sealed into `epoch`, in digest order. */
  receiptsOfEpoch(epoch: number): Promise<StoredReceipt[]>
  counts(): Promise<ReceiptCounts>
  /**
   * Atomically (one batch) assigns every unassigned receipt to the next epoch and writes its record with
   * status `sealed`. Nothing is written when there are no unassigned receipts or `build` returns undefined.
   *
   * @throws {EpochNotPostedError} when the latest epoch is still `sealed`.
   */
  sealEpoch(build: SealBuilder): Promise<EpochRecord | undefined>
  getEpoch(epoch: number): Promise<EpochRecord | undefined>
  latestEpoch(): Promise<EpochRecord | undefined>
  latestPostedEpoch(): Promise<EpochRecord | undefined>
  /** Persists the signed `postRoot` transaction of a sealed epoch, before it is broadcast. */
  saveEpochTransaction(epoch: number, transaction: EpochTransaction): Promise<EpochRecord>
  /** Marks a sealed epoch `posted`. */
  markEpochPosted(epoch: number, posting: EpochPosting): Promise<EpochRecord>
}
