import type { Logger } from 'pino'
import type { ChunkBitmap } from './ChunkBitmap.ts'
import { chunkCount, type ChunkManifest } from './chunkManifest.ts'
import { BUSY_BACKOFF_MS } from './constants.ts'
import { NotHeldError, PeerBusyError } from './errors.ts'
import type { PartialModelFile } from './PartialModelFile.ts'
import { requestChunk, requestHave, type PeerTarget, type StreamOpener } from './requestFromPeer.ts'

/** A peer a download takes chunks from. */
export interface ChunkSource {
  readonly key: string
  readonly target: PeerTarget
}

export interface DownloadChunksInit {
  opener: StreamOpener
  file: PartialModelFile
  sources: readonly ChunkSource[]
  logger: Logger
  requestsPerPeer: number
  stallMs: number
  haveRefreshMs: number
  /** How long the download waits with nothing in flight and no source holding a missing chunk. */
  idleGiveUpMs: number
  random: () => number
  signal?: AbortSignal
  onChunk?: (event: { index: number; bytes: number; peer: string }) => void
  onBytes?: (bytes: number) => void
  /**
   * Finds more sources while the download runs (peers that started holding the file since),
   * called every `discoverMs` with the peers already known (dropped ones included).
   */
  discover?: (known: ReadonlySet<string>) => Promise<ChunkSource[]>
  discoverMs?: number
  /** A source was dropped: it lied (wrong chunk), broke the protocol or stalled. */
  onDropped?: (peer: string, reason: Error) => void
}

interface SourceState {
  readonly source: ChunkSource
  have: ChunkBitmap | undefined
  inFlight: number
  backoffUntil: number
  refreshing: boolean
  lastHaveAt: number
}

interface Request {
  readonly source: SourceState
  readonly abort: AbortController
}

/** How many eligible chunks are looked at before picking the rarest: enough to spread peers, cheap on 100k chunks. */
const RAREST_SAMPLE = 32

/**
 * Fetches the chunks `file` lacks from `sources`, several peers at once:
 * - each peer gets up to `requestsPerPeer` chunk requests; it is asked which chunks it holds
 *   (again every `haveRefreshMs` while it is still downloading itself, so peers trade chunks);
 * - chunks are picked rarest-first among a random sample, so peers spread over the file;
 * - once every missing chunk is requested, idle peers race the slowest requests (work
 *   stealing): the first verified copy wins and the others are aborted;
 * - a peer whose chunk does not match the manifest, that breaks the protocol or stalls for
 *   `stallMs` is dropped; a busy one is left alone for a moment.
 * Resolves when the file holds every chunk; rejects when no source is left, or none holds
 * a missing chunk for `idleGiveUpMs`.
 */
export async function downloadChunks(init: DownloadChunksInit): Promise<void> {
  const { file } = init
  const manifest: ChunkManifest = file.manifest
  const count = chunkCount(manifest)
  const log = init.logger
  const sources = new Map<string, SourceState>(init.sources.map((source) => [source.key, { source, have: undefined, inFlight: 0, backoffUntil: 0, refreshing: false, lastHaveAt: 0 }]))
  const requests = new Map<number, Request[]>()
  const known = new Set(sources.keys())
  let discovering = false
  let lastDiscoveryAt = Date.now()
  const discover = (): void => {
    if (init.discover === undefined || discovering) return
    discovering = true
    init.discover(known)
      .then((found) => {
        for (const source of found) {
          if (known.has(source.key)) continue
          known.add(source.key)
          const state: SourceState = { source, have: undefined, inFlight: 0, backoffUntil: 0, refreshing: false, lastHaveAt: 0 }
          sources.set(source.key, state)
          log.debug({ peer: source.key }, 'new model source')
          refreshHave(state)
        }
      }, (error: unknown) => log.debug({ err: error }, 'source discovery failed'))
      .finally(() => { discovering = false; lastDiscoveryAt = Date.now() })
  }
  // A completion between two rounds must not be lost while the loop is not yet waiting.
  let woken = false
  let resolveWait: (() => void) | undefined
  const wake = (): void => { woken = true; resolveWait?.() }
  const settling = new Set<Promise<void>>()
  let failure: Error | undefined
  let lastProgressAt = Date.now()

  const drop = (state: SourceState, reason: Error): void => {
    if (!sources.delete(state.source.key)) return
    log.warn({ peer: state.source.key, reason: reason.message }, 'dropped a model source')
    init.onDropped?.(state.source.key, reason)
    for (const list of requests.values()) for (const request of list) if (request.source === state) request.abort.abort(reason)
  }

  const refreshHave = (state: SourceState): void => {
    if (state.refreshing || state.have?.complete === true) return
    state.refreshing = true
    requestHave(init.opener, state.source.target, manifest, { signal: AbortSignal.any([AbortSignal.timeout(init.stallMs), ...(init.signal === undefined ? [] : [init.signal])]) })
      .then((have) => { state.have = have }, (error: unknown) => {
        if (error instanceof PeerBusyError) state.backoffUntil = Date.now() + BUSY_BACKOFF_MS
        else if (!(init.signal?.aborted ?? false)) drop(state, error instanceof Error ? error : new Error(String(error)))
      })
      .finally(() => { state.refreshing = false; state.lastHaveAt = Date.now(); wake() })
  }

  const pick = (state: SourceState): number | undefined => {
    const have = state.have
    if (have === undefined) return undefined
    let best: number | undefined
    let bestAvailability = Number.POSITIVE_INFINITY
    let seen = 0
    const start = Math.floor(init.random() * count)
    for (let step = 0; step < count && seen < RAREST_SAMPLE; step += 1) {
      const index = (start + step) % count
      if (file.have.has(index) || requests.has(index) || !have.has(index)) continue
      seen += 1
      let availability = 0
      for (const other of sources.values()) if (other.have?.has(index) === true) availability += 1
      if (availability < bestAvailability) { best = index; bestAvailability = availability }
    }
    return best
  }

  /** The in-flight chunk this idle source should race: the one with fewest copies requested. */
  const steal = (state: SourceState): number | undefined => {
    let best: number | undefined
    let fewest = Number.POSITIVE_INFINITY
    for (const [index, list] of requests) {
      if (state.have?.has(index) !== true || list.some((request) => request.source === state)) continue
      if (list.length < fewest) { best = index; fewest = list.length }
    }
    return fewest < 2 ? best : undefined
  }

  const start = (state: SourceState, index: number): void => {
    const abort = new AbortController()
    const request: Request = { source: state, abort }
    const list = requests.get(index) ?? []
    list.push(request)
    requests.set(index, list)
    state.inFlight += 1
    const signal = init.signal === undefined ? abort.signal : AbortSignal.any([abort.signal, init.signal])
    const settled: Promise<void> = requestChunk(init.opener, state.source.target, manifest, index, { signal, stallMs: init.stallMs, ...(init.onBytes === undefined ? {} : { onBytes: init.onBytes }) })
      .then(async (bytes) => {
        if (file.have.has(index)) return
        // The race is won: the other copies of this chunk are no longer needed.
        for (const other of requests.get(index) ?? []) if (other !== request) other.abort.abort(new Error('another peer sent the chunk first'))
        await file.writeChunk(index, bytes)
        lastProgressAt = Date.now()
        init.onChunk?.({ index, bytes: bytes.byteLength, peer: state.source.key })
      }, (error: unknown) => {
        if (abort.signal.aborted || (init.signal?.aborted ?? false)) return
        if (error instanceof PeerBusyError) state.backoffUntil = Date.now() + BUSY_BACKOFF_MS
        else if (error instanceof NotHeldError) state.have?.clear(index)
        else drop(state, error instanceof Error ? error : new Error(String(error)))
      })
      .catch((error: unknown) => { failure ??= error instanceof Error ? error : new Error(String(error)) })
      .finally(() => {
        state.inFlight -= 1
        const left = (requests.get(index) ?? []).filter((other) => other !== request)
        if (left.length === 0) requests.delete(index)
        else requests.set(index, left)
        settling.delete(settled)
        wake()
      })
    settling.add(settled)
  }

  for (const state of sources.values()) refreshHave(state)
  try {
    while (!file.have.complete) {
      init.signal?.throwIfAborted()
      if (failure !== undefined) throw failure
      if (sources.size === 0) throw new Error('no model source left')
      const now = Date.now()
      if (now - lastDiscoveryAt >= (init.discoverMs ?? 2_000)) discover()
      for (const state of sources.values()) {
        if (state.have?.complete !== true && now - state.lastHaveAt >= init.haveRefreshMs) refreshHave(state)
        while (state.inFlight < init.requestsPerPeer && state.backoffUntil <= now) {
          const index = pick(state) ?? (state.inFlight === 0 ? steal(state) : undefined)
          if (index === undefined) break
          start(state, index)
        }
      }
      if (requests.size === 0 && now - lastProgressAt > init.idleGiveUpMs) throw new Error(`no source holds the ${count - file.have.count} missing chunks`)
      if (!woken) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(init.haveRefreshMs, BUSY_BACKOFF_MS))
          resolveWait = () => { clearTimeout(timer); resolve() }
        })
        resolveWait = undefined
      }
      woken = false
    }
  } finally {
    for (const list of requests.values()) for (const request of list) request.abort.abort(new Error('download ended'))
    // Chunks being written finish first, so the state saved below is the last word.
    await Promise.allSettled([...settling])
    await file.persist()
  }
}
