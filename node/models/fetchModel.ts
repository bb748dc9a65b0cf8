import type { Logger } from 'pino'
import { manifestId, type ChunkManifest, type Sha256Hex } from './chunkManifest.ts'
import { downloadChunks, type ChunkSource } from './downloadChunks.ts'
import { InsufficientDiskSpaceError, ModelHashMismatchError, ModelUnavailableError, NotHeldError } from './errors.ts'
import { fetchFromUri } from './fetchFromUri.ts'
import type { ModelStore } from './ModelStore.ts'
import type { PartialModelFile } from './PartialModelFile.ts'
import { requestManifest, type StreamOpener } from './requestFromPeer.ts'

/** Where a fetch stands, for a progress bar. */
export interface FetchProgress {
  stage: 'manifest' | 'chunks' | 'verifying' | 'uri'
  /** Bytes held (chunks), verified (verifying) or downloaded (uri) so far. */
  bytes: number
  totalBytes: number
  /** Peers the chunks come from. */
  peers: number
}

export interface FetchModelSettings {
  requestsPerPeer: number
  stallMs: number
  haveRefreshMs: number
  idleGiveUpMs: number
  /** Peers asked for the manifest (and so, at most, sources of chunks). */
  manifestPeers: number
  /** How often peers that did not hold the file are asked again during a download (they may have started fetching it). */
  discoverMs: number
  /** Times chunks found corrupt on disk at the final check are fetched again before giving up. */
  repairRounds: number
}

export interface FetchModelInit extends FetchModelSettings {
  store: ModelStore
  opener: StreamOpener
  /** Peers that may hold the file. */
  peers: () => ChunkSource[]
  /** Peers caught serving a manifest that lied: never asked again while the service runs. */
  distrusted: Set<string>
  random: () => number
  logger: Logger
}

export interface FetchModelParameters {
  /** The file's SHA-256 (the on-chain `ggufSha256`). */
  sha256: Sha256Hex
  /** The registry URI, used when no peer can serve the file. */
  uri?: string
  signal?: AbortSignal
  onProgress?: (progress: FetchProgress) => void
}

export interface FetchModelResult {
  /** A complete file whose SHA-256 is `sha256`; undefined when only the caller's loader can resolve `uri` (e.g. `hf:`). */
  path: string | undefined
  source: 'store' | 'peers' | 'uri'
}

interface Candidate {
  manifest: ChunkManifest
  vouchers: ChunkSource[]
}

/**
 * Gets the model file whose SHA-256 is `sha256`: from the store when held, else from peers
 * (see {@link downloadChunks}), else from the registry URI.
 *
 * Why the manifest is trusted as it is: only the file's SHA-256 is on chain, so a manifest (the
 * chunk hashes) cannot be checked until the whole file is. It is a pure function of the file,
 * so every honest peer serves the same one; the node asks several peers, downloads with the
 * manifest most of them vouch for, takes chunks only from peers that vouched for it, and checks
 * the whole file's SHA-256 at the end. If that fails, every chunk matched a manifest that lied:
 * its vouchers are distrusted and the next manifest is tried, keeping every chunk both
 * manifests hash the same (a lie about a few chunks costs a few chunks). No wrong file is ever
 * renamed into place.
 */
export async function fetchModel(init: FetchModelInit, parameters: FetchModelParameters): Promise<FetchModelResult> {
  const { sha256 } = parameters
  const { store } = init
  const log = init.logger.child({ sha256 })
  const held = await store.find(sha256)
  if (held !== undefined) return { path: held, source: 'store' }

  let reason = 'no peer holds it'
  try {
    const path = await fetchFromPeers(init, parameters, log)
    if (path !== undefined) return { path, source: 'peers' }
  } catch (error) {
    parameters.signal?.throwIfAborted()
    reason = error instanceof Error ? error.message : String(error)
    log.warn({ reason }, 'could not fetch the model from peers')
  }
  if (parameters.uri === undefined) throw new ModelUnavailableError(sha256, `${reason}, and there is no registry URI`)
  log.info({ uri: parameters.uri, reason }, 'fetching the model from its registry URI')
  const path = await fetchFromUri({
    uri: parameters.uri, sha256, store,
    ...(parameters.signal === undefined ? {} : { signal: parameters.signal }),
    onProgress: (bytes, totalBytes) => parameters.onProgress?.({ stage: 'uri', bytes, totalBytes, peers: 0 })
  })
  return { path, source: 'uri' }
}

async function fetchFromPeers(init: FetchModelInit, parameters: FetchModelParameters, log: Logger): Promise<string | undefined> {
  const { sha256, signal } = parameters
  const { store } = init
  const candidates = await collectManifests(init, sha256, signal)
  if (candidates.length === 0) return undefined
  let lastError: Error | undefined
  let file: PartialModelFile | undefined
  for (const candidate of candidates) {
    const sources = candidate.vouchers.filter((source) => !init.distrusted.has(source.key))
    if (sources.length === 0) continue
    const room = await store.roomFor(candidate.manifest)
    if (!room.fits) {
      lastError = new InsufficientDiskSpaceError({ sha256, manifest: manifestId(candidate.manifest), neededBytes: room.neededBytes, freeBytes: room.freeBytes, directory: store.directory })
      log.warn({ manifest: manifestId(candidate.manifest), neededBytes: room.neededBytes, freeBytes: room.freeBytes, peers: sources.map((source) => source.key) }, 'a manifest announces a file larger than the free disk space; not fetching it')
      continue
    }
    const partial = await store.openPartial(candidate.manifest)
    file = partial
    const total = candidate.manifest.size
    let bytes = partial.have.count * candidate.manifest.chunkSize
    const report = (stage: FetchProgress['stage'], done: number): void => parameters.onProgress?.({ stage, bytes: Math.min(done, total), totalBytes: total, peers: sources.length })
    log.info({ manifest: manifestId(candidate.manifest), peers: sources.length, held: partial.have.count, chunks: partial.have.size }, 'fetching the model from peers')
    try {
      for (let round = 0; ; round += 1) {
        report('chunks', bytes)
        await downloadChunks({
          opener: init.opener, file: partial, sources, logger: log,
          requestsPerPeer: init.requestsPerPeer, stallMs: init.stallMs, haveRefreshMs: init.haveRefreshMs, idleGiveUpMs: init.idleGiveUpMs, random: init.random,
          ...(signal === undefined ? {} : { signal }),
          onChunk: (event) => { bytes += event.bytes; report('chunks', bytes) },
          discoverMs: init.discoverMs,
          // Peers that start fetching the same file after us serve the chunks they get: they join
          // the swarm once they serve the same manifest.
          discover: async (known) => {
            const id = manifestId(candidate.manifest)
            const found = await collectManifests(init, sha256, signal, known)
            return found.filter((other) => manifestId(other.manifest) === id).flatMap((other) => other.vouchers)
          }
        })
        const verified = await partial.verify({ ...(signal === undefined ? {} : { signal }), onProgress: (done: number) => report('verifying', done) })
        if (verified.sha256 === sha256) {
          const path = await store.complete(partial)
          log.info({ path }, 'model fetched from peers and verified')
          return path
        }
        if (verified.corruptChunks.length > 0 && round < init.repairRounds) {
          // Bytes on disk that no longer match their verified hash: the disk, not a peer, is wrong.
          log.warn({ chunks: verified.corruptChunks.length }, 'chunks corrupt on disk; fetching them again')
          await partial.drop(verified.corruptChunks)
          bytes = partial.have.count * candidate.manifest.chunkSize
          continue
        }
        for (const source of candidate.vouchers) init.distrusted.add(source.key)
        throw new ModelHashMismatchError(sha256, verified.sha256, `manifest ${manifestId(candidate.manifest)} from ${candidate.vouchers.map((source) => source.key).join(', ')}`)
      }
    } catch (error) {
      signal?.throwIfAborted()
      lastError = error instanceof Error ? error : new Error(String(error))
      log.warn({ reason: lastError.message }, 'this manifest did not yield the model')
      // The next candidate reopens the same partial file, keeping the chunks it shares.
    }
  }
  // Kept on disk to resume from, but no longer served: it may follow a manifest that lied.
  if (file !== undefined) await store.release(file)
  throw lastError ?? new ModelUnavailableError(sha256, 'every peer holding it is distrusted')
}

/** Asks every known peer (up to `manifestPeers`) for the manifest and groups them by the manifest they sent, most vouched first. */
async function collectManifests(init: FetchModelInit, sha256: Sha256Hex, signal: AbortSignal | undefined, exclude: ReadonlySet<string> = new Set()): Promise<Candidate[]> {
  const peers = init.peers().filter((source) => !init.distrusted.has(source.key) && !exclude.has(source.key))
  // Shuffled, so the same few peers are not always the ones asked.
  for (let index = peers.length - 1; index > 0; index -= 1) {
    const other = Math.floor(init.random() * (index + 1))
    ;[peers[index], peers[other]] = [peers[other]!, peers[index]!]
  }
  const asked = peers.slice(0, init.manifestPeers)
  const byId = new Map<string, Candidate>()
  await Promise.all(asked.map(async (source) => {
    try {
      const manifest = await requestManifest(init.opener, source.target, sha256, { signal: AbortSignal.any([AbortSignal.timeout(init.stallMs), ...(signal === undefined ? [] : [signal])]) })
      const id = manifestId(manifest)
      const candidate = byId.get(id) ?? { manifest, vouchers: [] }
      candidate.vouchers.push(source)
      byId.set(id, candidate)
    } catch (error) {
      if (!(error instanceof NotHeldError)) init.logger.debug({ peer: source.key, err: error }, 'no manifest from peer')
    }
  }))
  signal?.throwIfAborted()
  return [...byId.values()].sort((a, b) => b.vouchers.length - a.vouchers.length)
}
