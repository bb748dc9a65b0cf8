/**
 * Receipts and epoch settlement: verified node receipts are countersigned and stored in `level`; each
 * epoch the cumulative earnings of providers, curators and trainers become a Merkle root posted to
 * `RewardsDistributor`, crash-safely.
 *
 * @example
 * const store = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: wallet, now: Date.now, logger })
 * await store.record({ receipt, sessionId, amount })
 * const settler = createEpochSettler({ store, distributor, wallet, feeBps, now: Date.now, logger })
 * await settler.settle()
 */
export * from './ReceiptStore.ts'
export * from './EpochSettler.ts'
export * from './createLevelReceiptStore.ts'
export * from './createEpochSettler.ts'
export * from './earnings.ts'
export * from './rewardWeighting.ts'
export * from './countersign.ts'
export * from './errors.ts'
export { postEpochRoot, describeFailure, type PostEpochRootComponents } from './postEpochRoot.ts'
