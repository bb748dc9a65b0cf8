import type { LevelStore } from '../../LevelStore.ts'
import { evidenceBundleSchema, hashEvidence } from './evidenceBundle.ts'
import type { EvidenceStore, StoredEvidence } from './EvidenceStore.ts'

/**
 * Evidence bundles in `level`: `bundle:<hash>` holds the bundle (validated again when read, so a
 * corrupted store never serves a bundle that is not one), `node:<peerId>:<createdAt>:<hash>`
 * indexes them by node in time order.
 */
export function createLevelEvidenceStore(components: { store: LevelStore }): EvidenceStore {
  const { store } = components
  const read = async (hash: string): Promise<StoredEvidence | undefined> => {
    const text = await store.get(`bundle:${hash.toLowerCase()}`)
    if (text === undefined) return undefined
    return { hash: hash.toLowerCase() as `0x${string}`, bundle: evidenceBundleSchema.parse(JSON.parse(text)) }
  }
  return {
    async put(bundle) {
      const checked = evidenceBundleSchema.parse(bundle)
      const hash = hashEvidence(checked)
      await store.batch([
        { type: 'put', key: `bundle:${hash}`, value: JSON.stringify(checked) },
        { type: 'put', key: `node:${checked.node.peerId}:${String(checked.createdAt).padStart(16, '0')}:${hash}`, value: hash }
      ])
      return hash
    },
    get: read,
    async listByNode(peerId, options = {}) {
      const hashes: string[] = []
      for await (const hash of store.values({ gte: `node:${peerId}:`, lt: `node:${peerId}:\xff`, reverse: true, limit: options.limit ?? 100 })) hashes.push(hash)
      const found = await Promise.all(hashes.map(read))
      return found.filter((entry): entry is StoredEvidence => entry !== undefined)
    }
  }
}
