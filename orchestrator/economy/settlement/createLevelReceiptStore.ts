import type { LevelStore } from '../../LevelStore.ts'
import type { AbstractBatchOperation, AbstractBatchOptions } from 'abstract-level'
import { getAddress } from 'ethers'
import type { Logger } from 'pino'
import { assertReceiptSignature, receiptDigest } from '../../../shared/protocol/index.ts'
import { countersignDigest, type Countersigner } from './countersign.ts'
import { CorruptSettlementRecordError, EpochNotFoundError, EpochNotPostedError, InvalidReceiptEntryError } from './errors.ts'
import type {
  EpochPosting,
  EpochRecord,
  EpochTransaction,
  ReceiptCounts,
  ReceiptEntryInput,
  ReceiptStore,
  RecordResult,
  SealBuilder,
  StoredReceipt
} from './ReceiptStore.ts'
import {
  decodeEpochRecord,
  decodeStoredReceipt,
  encodeEpochRecord,
  encodeStoredReceipt,
  issuesOf,
  receiptEntryInputSchema,
  type DecodeResult
} from './schemas.ts'
import { createSerialQueue } from './serialQueue.ts'
import { standingWhenServed, type RewardStanding } from './rewardWeighting.ts'

/** A string-keyed, string-valued sublevel of the orchestrator's database: `db.sublevel<string, string>('settlement', {})`. */
/** The sublevel settlement persists into. */
export type SettlementLevel = LevelStore

/** Components of {@link createLevelReceiptStore}. */
export interface LevelReceiptStoreComponents {
  /** Its own sublevel: the store owns every key in it. */
  store: SettlementLevel
  /** The orchestrator's key; countersigns every recorded receipt. */
  countersigner: Countersigner
  /** Milliseconds since the Unix epoch. */
  now: () => number
  logger: Logger
  /**
   * fsync every write (LevelDB `sync: true`). A kill -9 loses nothing either way (the OS holds the
   * write); `sync` also survives power loss, at a disk flush per receipt. Default true.
   */
  sync?: boolean
  /**
   * The nodes' standing (reputation): read when each receipt is recorded and stored with it, so it is
   * weighed at settlement by the standing it was served in. Absent: nothing is stored, and receipts
   * are weighed by the standing at settlement.
   */
  standing?: RewardStanding
}

// Key layout, all in one sublevel so that one array batch covers every change of a step:
//   r:<digest>            the stored receipt (JSON)
//   u:<digest>            '' while the receipt awaits an epoch (the unassigned index)
//   a:<epoch>:<digest>    '' once sealed into <epoch> (the per-epoch index)
//   e:<epoch>             the epoch record (JSON)
// Epoch numbers are zero-padded to 20 digits (uint64) so keys sort numerically.
const RECEIPT = 'r:'
const UNASSIGNED = 'u:'
const ASSIGNED = 'a:'
const EPOCH = 'e:'
/** The first key after every key of a prefix (':' + 1 = ';'). */
const upperBound = (prefix: string): string => prefix.slice(0, -1) + ';'
const epochKey = (epoch: number): string => EPOCH + epoch.toString().padStart(20, '0')
const assignedPrefix = (epoch: number): string => `${ASSIGNED}${epoch.toString().padStart(20, '0')}:`

type Operation = AbstractBatchOperation<SettlementLevel, string, string>

/**
 * {@link ReceiptStore} in `level`. Writes go through one serial queue (read-check-write must not
 * interleave) and each state change is a single array batch, so a crash leaves the old state or the new
 * one, never a receipt both unassigned and sealed.
 *
 * @example
 * const db = new Level<string, string>(path.join(dataDir, 'store'))
 * const store = createLevelReceiptStore({
 *   store: db.sublevel<string, string>('settlement', {}), countersigner: orchestratorWallet, now: Date.now, logger
 * })
 * await store.record({ receipt, sessionId, user, amount: 3n * 10n ** 15n, trainer, curators: [{ account, passages: 2 }] })
 */
export function createLevelReceiptStore(components: LevelReceiptStoreComponents): ReceiptStore {
  const { store, countersigner, now } = components
  const logger = components.logger.child({ component: 'orchestrator:settlement:store' })
  const queue = createSerialQueue()
  // classic-level honours `sync`; abstract-level's option type does not name it.
  const writeOptions: AbstractBatchOptions<string, string> & { sync: boolean } = { sync: components.sync ?? true }

  const decode = <T>(key: string, text: string, decoder: (text: string) => DecodeResult<T>): T => {
    const result = decoder(text)
    if (!result.ok) throw new CorruptSettlementRecordError({ key, issues: result.issues, cause: result.cause })
    return result.value
  }
  const getReceipt = async (digest: string): Promise<StoredReceipt | undefined> => {
    const key = RECEIPT + digest.toLowerCase()
    const text = await store.get(key)
    return text === undefined ? undefined : decode(key, text, decodeStoredReceipt)
  }
  const getEpoch = async (epoch: number): Promise<EpochRecord | undefined> => {
    const key = epochKey(epoch)
    const text = await store.get(key)
    return text === undefined ? undefined : decode(key, text, decodeEpochRecord)
  }
  const lastEpochs = async (limit: number): Promise<EpochRecord[]> => {
    const records: EpochRecord[] = []
    for await (const [key, text] of store.iterator({ gte: EPOCH, lt: upperBound(EPOCH), reverse: true, limit })) {
      records.push(decode(key, text, decodeEpochRecord))
    }
    return records
  }
  const receiptsUnder = async (prefix: string): Promise<StoredReceipt[]> => {
    const receipts: StoredReceipt[] = []
    for await (const key of store.keys({ gte: prefix, lt: upperBound(prefix) })) {
      const digest = key.slice(prefix.length)
      const receipt = await getReceipt(digest)
      if (receipt === undefined) throw new CorruptSettlementRecordError({ key, issues: ['index entry without a receipt'] })
      receipts.push(receipt)
    }
    return receipts
  }
  const countUnder = async (prefix: string): Promise<number> => {
    let count = 0
    for await (const _key of store.keys({ gte: prefix, lt: upperBound(prefix) })) count += 1
    return count
  }
  /** Read when the receipt is recorded and written in the same put, so no crash separates them. */
  const servedStandingOf = (node: string): Pick<StoredReceipt, 'servedStanding'> => {
    if (components.standing === undefined) return {}
    const servedStanding = standingWhenServed(components.standing, node)
    if (servedStanding === undefined) logger.warn({ node }, 'the node\'s reward multiplier is not in [0, 1]; its receipt is weighed at settlement')
    return servedStanding === undefined ? {} : { servedStanding }
  }
  const updateEpoch = (epoch: number, change: (record: EpochRecord) => EpochRecord): Promise<EpochRecord> =>
    queue.run(async () => {
      const record = await getEpoch(epoch)
      if (record === undefined) throw new EpochNotFoundError({ epoch })
      const next = change(record)
      await store.batch([{ type: 'put', key: epochKey(epoch), value: encodeEpochRecord(next) }], writeOptions)
      return next
    })

  return {
    async record(input: ReceiptEntryInput): Promise<RecordResult> {
      const parsed = receiptEntryInputSchema.safeParse(input)
      if (!parsed.success) throw new InvalidReceiptEntryError({ issues: issuesOf(parsed.error), cause: parsed.error })
      const entry = parsed.data
      assertReceiptSignature(entry.receipt)
      const digest = receiptDigest(entry.receipt).toLowerCase()
      const node = getAddress(entry.receipt.node.toLowerCase())
      return await queue.run(async () => {
        if ((await store.get(RECEIPT + digest)) !== undefined) {
          logger.debug({ digest }, 'duplicate receipt ignored')
          return { digest, duplicate: true }
        }
        const stored: StoredReceipt = {
          digest,
          receipt: entry.receipt,
          countersignature: countersignDigest(countersigner, digest),
          orchestrator: countersigner.address,
          sessionId: entry.sessionId,
          ...(entry.user === undefined ? {} : { user: entry.user }),
          ...(entry.paymentDigest === undefined ? {} : { paymentDigest: entry.paymentDigest.toLowerCase() }),
          amount: entry.amount,
          node,
          provider: entry.provider ?? node,
          modelHash: entry.receipt.modelHash,
          ...(entry.trainer === undefined ? {} : { trainer: entry.trainer }),
          curators: entry.curators ?? [],
          recordedAt: now(),
          ...servedStandingOf(node)
        }
        const operations: Operation[] = [
          { type: 'put', key: RECEIPT + digest, value: encodeStoredReceipt(stored) },
          { type: 'put', key: UNASSIGNED + digest, value: '' }
        ]
        await store.batch(operations, writeOptions)
        return { digest, duplicate: false }
      })
    },

    get: getReceipt,
    unassigned: () => receiptsUnder(UNASSIGNED),
    receiptsOfEpoch: (epoch) => receiptsUnder(assignedPrefix(epoch)),

    async counts(): Promise<ReceiptCounts> {
      return { receipts: await countUnder(RECEIPT), unassigned: await countUnder(UNASSIGNED) }
    },

    sealEpoch(build: SealBuilder): Promise<EpochRecord | undefined> {
      return queue.run(async () => {
        const [previous] = await lastEpochs(1)
        if (previous !== undefined && previous.status !== 'posted') throw new EpochNotPostedError({ epoch: previous.epoch })
        const unassigned = await receiptsUnder(UNASSIGNED)
        if (unassigned.length === 0) return undefined
        const epoch = (previous?.epoch ?? 0) + 1
        const built = build({ epoch, unassigned, previous })
        if (built === undefined) return undefined
        const { receipts: selected, ...content } = built
        const sealing = selected ?? unassigned
        const known = new Set(unassigned.map((receipt) => receipt.digest))
        if (sealing.length === 0 || sealing.some((receipt) => !known.has(receipt.digest))) return undefined
        const record: EpochRecord = { epoch, status: 'sealed', sealedAt: now(), receiptCount: sealing.length, ...content }
        const operations: Operation[] = [{ type: 'put', key: epochKey(epoch), value: encodeEpochRecord(record) }]
        for (const receipt of sealing) {
          operations.push(
            { type: 'del', key: UNASSIGNED + receipt.digest },
            { type: 'put', key: assignedPrefix(epoch) + receipt.digest, value: '' },
            { type: 'put', key: RECEIPT + receipt.digest, value: encodeStoredReceipt({ ...receipt, epoch }) }
          )
        }
        // The whole seal is this one batch: receipts move from unassigned to the epoch together with
        // the record that counts them.
        await store.batch(operations, writeOptions)
        logger.info({ epoch, receipts: sealing.length, root: record.root, total: record.total.toString() }, 'epoch sealed')
        return record
      })
    },

    getEpoch,
    async latestEpoch() {
      const [latest] = await lastEpochs(1)
      return latest
    },
    async latestPostedEpoch() {
      // Only the latest epoch can be unposted (sealEpoch refuses otherwise), so two records suffice.
      return (await lastEpochs(2)).find((record) => record.status === 'posted')
    },

    saveEpochTransaction(epoch: number, transaction: EpochTransaction) {
      return updateEpoch(epoch, (record) => ({ ...record, transaction }))
    },
    markEpochPosted(epoch: number, posting: EpochPosting) {
      return updateEpoch(epoch, (record) => ({ ...record, status: 'posted', posted: posting }))
    }
  }
}
