import { peerIdFromString } from '@libp2p/peer-id'
import type { AbortOptions, PeerId, Stream } from '@libp2p/interface'
import { closeStream } from '../../shared/p2p/index.ts'
import { FrameChannel, INFERENCE_FRAMING_PROTOCOL, INFERENCE_PROTOCOL, INFERENCE_QUEUED_ACCEPT_PROTOCOL, INFERENCE_SESSION_PROTOCOL } from '../../shared/protocol/index.ts'

/** One stream lent to one request. */
export interface InferenceStreamLease {
  readonly peerId: string
  readonly stream: Stream
  readonly channel: FrameChannel
  /** Whether the stream carried an earlier request: one that fails before answering may just have been closed by the node meanwhile. */
  readonly reused: boolean
  /** Whether the stream may carry the next request after this one's final frame ({@link INFERENCE_SESSION_PROTOCOL}). */
  readonly sequential: boolean
  /** Whether requests on it may name their frame interval ({@link INFERENCE_FRAMING_PROTOCOL} or newer). */
  readonly framing: boolean
}

/** Lends each request a stream to its node and takes it back after the request. */
export interface InferenceStreams {
  /**
   * An idle stream to `peerId` that carried earlier requests, or a new one (`fresh`: always a new one).
   * A new stream offers {@link INFERENCE_QUEUED_ACCEPT_PROTOCOL}, then {@link INFERENCE_FRAMING_PROTOCOL},
   * then {@link INFERENCE_SESSION_PROTOCOL}, and takes {@link INFERENCE_PROTOCOL} from nodes that serve
   * none of them. The orchestrator reads all four alike: an `accepted` frame at position 0 re-arms
   * the same first-token deadline the request started with.
   */
  acquire(peerId: string, options: { signal: AbortSignal; fresh?: boolean }): Promise<InferenceStreamLease>
  /**
   * Takes a stream back. `finished`: its request read the final frame and nothing else, so a
   * sequential stream may wait for the next request; any other stream is closed (aborted streams stay aborted).
   */
  release(lease: InferenceStreamLease, finished: boolean): Promise<void>
  /** Idle streams kept now, for tests and metrics. */
  idleCount(peerId?: string): number
  /** Closes every idle stream and stops the sweep. */
  close(): void
}

export interface InferenceStreamsInit {
  /** Keep streams for the next request (default true); false: one stream per request, as `/maia/infer/1.0.0` has it. */
  reuse?: boolean
  /** Idle streams kept per node at most; more are closed as they come back. */
  maxIdlePerPeer?: number
  /**
   * An idle stream older than this is closed. Below the node's own limit (DEFAULT_SESSION_IDLE_MS,
   * 60 s), so a node rarely closes a stream just as a request is put on it (and when it does,
   * the request is sent again on a new stream).
   */
  idleMs?: number
  /** How long a node that answered with `/maia/infer/1.0.0` is not offered 1.1.0 again (it may upgrade). */
  legacyRecheckMs?: number
  now?: () => number
}

export const DEFAULT_MAX_IDLE_STREAMS_PER_PEER = 64
export const DEFAULT_IDLE_STREAM_MS = 30_000
/** Outbound inference streams allowed per connection (libp2p's default is 64 per protocol; idle ones count). */
const MAX_OUTBOUND_STREAMS = 1_024

interface IdleStream {
  lease: InferenceStreamLease
  since: number
}

/** The part of a libp2p node the streams need. */
export interface InferenceStreamDialer {
  dialProtocol(peer: PeerId, protocols: string | string[], options?: AbortOptions & { maxOutboundStreams?: number }): Promise<Stream>
}

/**
 * Streams to nodes, kept open between requests where the node serves `/maia/infer/1.1.0`.
 *
 * Each stream carries one request at a time, so a node can only ever answer the request in flight
 * on it: a stream whose last answer was followed by anything (an extra frame, half a frame) is
 * closed, never lent again, and a stream that broke fails only its own request. Idle streams are
 * taken most recent first (the likeliest to be alive) and are bounded per node and in age.
 */
export function createInferenceStreams(dialer: InferenceStreamDialer, init: InferenceStreamsInit = {}): InferenceStreams {
  const reuse = init.reuse ?? true
  const maxIdle = init.maxIdlePerPeer ?? DEFAULT_MAX_IDLE_STREAMS_PER_PEER
  const idleMs = init.idleMs ?? DEFAULT_IDLE_STREAM_MS
  const legacyRecheckMs = init.legacyRecheckMs ?? 10 * 60_000
  const now = init.now ?? Date.now
  const idle = new Map<string, IdleStream[]>()
  const legacySince = new Map<string, number>()
  let sweep: NodeJS.Timeout | undefined

  const discard = (lease: InferenceStreamLease): Promise<void> => {
    lease.channel.dispose()
    return closeStream(lease.stream)
  }
  const reusable = (lease: InferenceStreamLease): boolean => {
    const { stream, channel } = lease
    return stream.status === 'open' && stream.writeStatus === 'writable' && stream.remoteWriteStatus === 'writable' && channel.unreadBytes === 0 && !channel.failed
  }
  const sweepIdle = (): void => {
    const oldest = now() - idleMs
    for (const [peerId, streams] of idle) {
      const kept = streams.filter((entry) => {
        if (entry.since >= oldest && reusable(entry.lease)) return true
        void discard(entry.lease)
        return false
      })
      if (kept.length === 0) idle.delete(peerId)
      else idle.set(peerId, kept)
    }
    if (idle.size === 0) {
      clearInterval(sweep)
      sweep = undefined
    }
  }

  return {
    async acquire(peerId, { signal, fresh = false }) {
      const streams = fresh ? undefined : idle.get(peerId)
      while (streams !== undefined && streams.length > 0) {
        const entry = streams.pop()!
        if (streams.length === 0) idle.delete(peerId)
        if (entry.since >= now() - idleMs && reusable(entry.lease)) return { ...entry.lease, reused: true }
        void discard(entry.lease)
      }
      const legacy = legacySince.get(peerId)
      const offerSession = reuse && (legacy === undefined || now() - legacy > legacyRecheckMs)
      const stream = await dialer.dialProtocol(peerIdFromString(peerId), offerSession ? [INFERENCE_QUEUED_ACCEPT_PROTOCOL, INFERENCE_FRAMING_PROTOCOL, INFERENCE_SESSION_PROTOCOL, INFERENCE_PROTOCOL] : INFERENCE_PROTOCOL, { signal, maxOutboundStreams: MAX_OUTBOUND_STREAMS })
      const framing = stream.protocol === INFERENCE_QUEUED_ACCEPT_PROTOCOL || stream.protocol === INFERENCE_FRAMING_PROTOCOL
      const sequential = framing || stream.protocol === INFERENCE_SESSION_PROTOCOL
      if (offerSession && !sequential) legacySince.set(peerId, now())
      if (sequential) legacySince.delete(peerId)
      return { peerId, stream, channel: new FrameChannel(stream), reused: false, sequential, framing }
    },
    async release(lease, finished) {
      const streams = idle.get(lease.peerId) ?? []
      if (!reuse || !finished || !lease.sequential || streams.length >= maxIdle || !reusable(lease)) {
        await discard(lease)
        return
      }
      streams.push({ lease, since: now() })
      idle.set(lease.peerId, streams)
      if (sweep === undefined) {
        sweep = setInterval(sweepIdle, Math.max(1_000, idleMs / 2))
        sweep.unref()
      }
    },
    idleCount(peerId) {
      if (peerId !== undefined) return idle.get(peerId)?.length ?? 0
      let count = 0
      for (const streams of idle.values()) count += streams.length
      return count
    },
    close() {
      clearInterval(sweep)
      sweep = undefined
      for (const streams of idle.values()) for (const entry of streams) void discard(entry.lease)
      idle.clear()
    }
  }
}
