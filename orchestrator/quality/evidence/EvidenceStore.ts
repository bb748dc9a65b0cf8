import type { EvidenceBundle } from './evidenceBundle.ts'

/** A kept evidence bundle, under the hash a slashing transaction cites. */
export interface StoredEvidence {
  hash: `0x${string}`
  bundle: EvidenceBundle
}

/** Evidence bundles kept for anyone to re-verify (served by `GET /v1/quality/evidence/:hash`). */
export interface EvidenceStore {
  /** Keeps a bundle (idempotent: the same bundle gets the same hash) and returns its hash. */
  put(bundle: EvidenceBundle): Promise<`0x${string}`>
  get(hash: string): Promise<StoredEvidence | undefined>
  /** The bundles against one node, newest first. */
  listByNode(peerId: string, options?: { limit?: number }): Promise<StoredEvidence[]>
}
