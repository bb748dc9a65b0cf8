import { serviceCapabilities, type Connection, type PeerId, type Startable, type StreamHandler, type StreamHandlerOptions } from '@libp2p/interface'
import { multiaddr } from '@multiformats/multiaddr'
import type { Logger } from 'pino'
import { peerIdOfAddress } from '../../shared/p2p/index.ts'
import type { ChunkManifest, Sha256Hex } from './chunkManifest.ts'
import {
  DEFAULT_DISCOVER_MS, DEFAULT_HAVE_REFRESH_MS, DEFAULT_MANIFEST_PEERS, DEFAULT_MAX_INBOUND_STREAMS, DEFAULT_MAX_UPLOADS, DEFAULT_MAX_UPLOADS_PER_PEER,
  DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_REQUESTS_PER_PEER, DEFAULT_STALL_TIMEOUT_MS, DEFAULT_UPLOAD_TIMEOUT_MS, MODEL_PROTOCOL
} from './constants.ts'
import type { ChunkSource } from './downloadChunks.ts'
import { fetchModel, type FetchModelParameters, type FetchModelResult } from './fetchModel.ts'
import { ModelStore } from './ModelStore.ts'
import type { PeerTarget } from './requestFromPeer.ts'
import { serveModelStream, UploadSlots } from './serveModelStream.ts'

export interface ModelDistributionInit {
  /** Where models are kept (`--models-dir`). */
  directory: string
  logger: Logger
  /** Serve held files and chunks to other peers (default true); a node that only downloads passes false. */
  serve?: boolean
  /** More peers that may hold models, as multiaddrs (`/p2p/<id>` included), beside every connected peer. */
  peers?: readonly string[]
  /** Peers never fetched from nor served (besides those that send a manifest that lies). */
  isAllowed?: (peerId: string) => boolean
  /** Chunk size of manifests this node builds (default 8 MiB). */
  chunkSize?: number
  /** Serving limits: uploads at once in all and per peer, inbound model streams per connection. */
  maxUploads?: number
  maxUploadsPerPeer?: number
  maxInboundStreams?: number
  requestTimeoutMs?: number
  uploadTimeoutMs?: number
  /** Downloading: chunk requests per peer, how long a chunk may go without bytes, peers asked for a manifest. */
  requestsPerPeer?: number
  stallTimeoutMs?: number
  manifestPeers?: number
  haveRefreshMs?: number
  /** How often peers without the file are asked again during a download (default 2 s). */
  discoverMs?: number
  /** How long a download waits when no peer holds a missing chunk before trying the registry URI. */
  idleGiveUpMs?: number
  /** Chunk choice and peer order (default Math.random; tests pass a seeded one). */
  random?: () => number
  onChunkServed?: (event: { peer: string; index: number; bytes: number }) => void
}

/** The parts of libp2p the service uses. */
export interface ModelDistributionComponents {
  registrar: {
    handle(protocol: string, handler: StreamHandler, options?: StreamHandlerOptions): Promise<void>
    unhandle(protocol: string): Promise<void>
  }
  connectionManager: {
    openStream(peer: PeerTarget, protocol: string, options?: { signal?: AbortSignal }): Promise<import('@libp2p/interface').Stream>
    getConnections(peerId?: PeerId): Connection[]
  }
}

export interface ModelDistribution extends Startable {
  readonly store: ModelStore
  /** Chunk uploads in progress. */
  readonly uploads: number
  /** Serves a complete file the node already has (its `--model`), after reading it once for its manifest. */
  seed(path: string, options?: { sha256?: Sha256Hex; signal?: AbortSignal; onProgress?: (bytes: number, total: number) => void }): Promise<ChunkManifest>
  /**
   * Gets a model file by SHA-256: held, from peers, or from the registry URI. Concurrent calls
   * for one file share one download.
   */
  fetch(parameters: FetchModelParameters): Promise<FetchModelResult>
}

class ModelDistributionService implements ModelDistribution {
  readonly [Symbol.toStringTag] = '@maia/model-distribution'
  readonly [serviceCapabilities] = ['@maia/model-distribution']
  readonly store: ModelStore
  readonly #components: ModelDistributionComponents
  readonly #init: ModelDistributionInit
  readonly #slots: UploadSlots
  readonly #distrusted = new Set<string>()
  readonly #fetching = new Map<Sha256Hex, Promise<FetchModelResult>>()
  #serving = false

  constructor(components: ModelDistributionComponents, init: ModelDistributionInit) {
    this.#components = components
    this.#init = init
    this.store = new ModelStore({ directory: init.directory, ...(init.chunkSize === undefined ? {} : { chunkSize: init.chunkSize }) })
    this.#slots = new UploadSlots(init.maxUploads ?? DEFAULT_MAX_UPLOADS, init.maxUploadsPerPeer ?? DEFAULT_MAX_UPLOADS_PER_PEER)
  }

  get uploads(): number {
    return this.#slots.inUse
  }

  async start(): Promise<void> {
    if (this.#init.serve === false) return
    const init = this.#init
    const isAllowed = (peer: string): boolean => !this.#distrusted.has(peer) && (init.isAllowed?.(peer) ?? true)
    await this.#components.registrar.handle(MODEL_PROTOCOL, (stream, connection) => serveModelStream(stream, connection, {
      store: this.store,
      slots: this.#slots,
      logger: init.logger,
      requestTimeoutMs: init.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      uploadTimeoutMs: init.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS,
      isAllowed,
      ...(init.onChunkServed === undefined ? {} : { onChunkServed: init.onChunkServed })
    }), { maxInboundStreams: init.maxInboundStreams ?? DEFAULT_MAX_INBOUND_STREAMS })
    this.#serving = true
  }

  async stop(): Promise<void> {
    if (this.#serving) await this.#components.registrar.unhandle(MODEL_PROTOCOL)
    this.#serving = false
    await this.store.close()
  }

  seed(path: string, options: { sha256?: Sha256Hex; signal?: AbortSignal; onProgress?: (bytes: number, total: number) => void } = {}): Promise<ChunkManifest> {
    return this.store.add(path, options)
  }

  fetch(parameters: FetchModelParameters): Promise<FetchModelResult> {
    const running = this.#fetching.get(parameters.sha256)
    if (running !== undefined) return running
    const init = this.#init
    const fetching = fetchModel({
      store: this.store,
      opener: this.#components.connectionManager,
      peers: () => this.#sources(),
      distrusted: this.#distrusted,
      random: init.random ?? Math.random,
      logger: init.logger.child({ component: 'node:models' }),
      requestsPerPeer: init.requestsPerPeer ?? DEFAULT_REQUESTS_PER_PEER,
      stallMs: init.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS,
      haveRefreshMs: init.haveRefreshMs ?? DEFAULT_HAVE_REFRESH_MS,
      idleGiveUpMs: init.idleGiveUpMs ?? 2 * (init.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS),
      manifestPeers: init.manifestPeers ?? DEFAULT_MANIFEST_PEERS,
      discoverMs: init.discoverMs ?? DEFAULT_DISCOVER_MS,
      repairRounds: 2
    }, parameters).finally(() => this.#fetching.delete(parameters.sha256))
    this.#fetching.set(parameters.sha256, fetching)
    return fetching
  }

  /** Every connected peer, and the configured model peers, once each (by peer id where known). */
  #sources(): ChunkSource[] {
    const sources = new Map<string, ChunkSource>()
    for (const connection of this.#components.connectionManager.getConnections()) {
      const key = connection.remotePeer.toString()
      if (!sources.has(key)) sources.set(key, { key, target: connection.remotePeer })
    }
    for (const address of this.#init.peers ?? []) {
      const target = multiaddr(address)
      const key = peerIdOfAddress(target) ?? address
      if (!sources.has(key)) sources.set(key, { key, target })
    }
    const isAllowed = this.#init.isAllowed
    return [...sources.values()].filter((source) => isAllowed === undefined || isAllowed(source.key))
  }
}

/**
 * A libp2p service that distributes model files over `/maia/model/1.0.0`: it serves the files
 * (and the chunks of downloads in progress) this node holds, with bounded uploads, and fetches
 * files by SHA-256 from several peers at once, hash-checked chunk by chunk and resumable,
 * falling back to the registry URI.
 *
 * @example
 * const peer = await createPeer({ privateKey, listen, services: { models: modelDistribution({ directory: modelsDir, logger }) } })
 * await peer.services.models.seed('./models/maia.gguf')
 * const { path } = await peer.services.models.fetch({ sha256: active.sha256, uri: active.uri, onProgress })
 */
export function modelDistribution(init: ModelDistributionInit): (components: ModelDistributionComponents) => ModelDistribution {
  return (components) => new ModelDistributionService(components, init)
}
