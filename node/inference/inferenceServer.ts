import { serviceCapabilities, type Startable, type StreamHandler, type StreamHandlerOptions } from '@libp2p/interface'
import { INFERENCE_FRAMING_PROTOCOL, INFERENCE_PROTOCOL, INFERENCE_QUEUED_ACCEPT_PROTOCOL, INFERENCE_SESSION_PROTOCOL } from '../../shared/protocol/index.ts'
import { serveInferenceStream, type InferenceStreamInit } from './serveInferenceStream.ts'

/** Streams per connection beyond capacity that still get a `busy` answer rather than a reset. */
export const BUSY_ANSWER_HEADROOM = 256

/** Idle `/maia/infer/1.1.0` streams a connection may hold beyond those in use (the orchestrator keeps at most 64 per node). */
export const IDLE_SESSION_STREAMS = 64

export interface InferenceServerInit extends InferenceStreamInit {
  /**
   * Inbound `/maia/infer/1.0.0` streams allowed per connection: give room beyond capacity
   * (`maxConcurrent + maxQueued +` {@link BUSY_ANSWER_HEADROOM}) so that a full node answers
   * `busy` itself (the orchestrator backs off) instead of libp2p resetting the stream (which
   * reads as a dead node). Default: the queue's capacity plus the headroom.
   */
  maxInboundStreams?: number
}

/** The part of libp2p's registrar the server needs. */
export interface InferenceServerComponents {
  registrar: {
    handle(protocol: string, handler: StreamHandler, options?: StreamHandlerOptions): Promise<void>
    unhandle(protocol: string): Promise<void>
  }
}

export interface InferenceServer extends Startable {
  readonly protocol: string
  isStarted(): boolean
}

class InferenceServerService implements InferenceServer {
  readonly [Symbol.toStringTag] = '@maia/inference-server'
  readonly [serviceCapabilities] = ['@maia/inference-server']
  readonly protocol = INFERENCE_PROTOCOL
  readonly #components: InferenceServerComponents
  readonly #init: InferenceServerInit
  #started = false

  constructor(components: InferenceServerComponents, init: InferenceServerInit) {
    this.#components = components
    this.#init = init
  }

  /** The protocol that carries one request after another on a stream, served beside {@link protocol}. */
  readonly sessionProtocol = INFERENCE_SESSION_PROTOCOL

  /** {@link sessionProtocol} whose requests may name how long tokens are gathered into a frame. */
  readonly framingProtocol = INFERENCE_FRAMING_PROTOCOL

  /** {@link framingProtocol} where a request hears `accepted` only when it waits in line. */
  readonly queuedAcceptProtocol = INFERENCE_QUEUED_ACCEPT_PROTOCOL

  async start(): Promise<void> {
    const init = this.#init
    const options = { maxInboundStreams: init.maxInboundStreams ?? init.queue.maxConcurrent + init.queue.maxQueued + BUSY_ANSWER_HEADROOM }
    await this.#components.registrar.handle(this.protocol, (stream, connection) => serveInferenceStream(stream, connection, init), options)
    // Orchestrators keep these streams open between requests (up to 64 idle per connection by
    // default), so they get room for that beside the requests in flight.
    for (const protocol of [this.sessionProtocol, this.framingProtocol, this.queuedAcceptProtocol]) {
      const acceptedOnlyWhenQueued = protocol === this.queuedAcceptProtocol
      await this.#components.registrar.handle(protocol, (stream, connection) => serveInferenceStream(stream, connection, init, { sequential: true, acceptedOnlyWhenQueued }), {
        maxInboundStreams: options.maxInboundStreams + IDLE_SESSION_STREAMS
      })
    }
    this.#started = true
  }

  async stop(): Promise<void> {
    await this.#components.registrar.unhandle(this.protocol)
    await this.#components.registrar.unhandle(this.sessionProtocol)
    await this.#components.registrar.unhandle(this.framingProtocol)
    await this.#components.registrar.unhandle(this.queuedAcceptProtocol)
    this.#started = false
  }

  isStarted(): boolean {
    return this.#started
  }
}

/**
 * A libp2p service that serves `/maia/infer/1.0.0`, `/maia/infer/1.1.0` (one request after
 * another on a stream) and `/maia/infer/1.2.0` (the same, with a frame interval per request) from an inference backend while the peer
 * runs: the handler is registered in `start` and removed in `stop`, as js-libp2p's ping does.
 *
 * @example
 * const peer = await createPeer({ privateKey, listen, services: { inferenceServer: inferenceServer({ backend: () => backend, queue, wallet, chainId, throughput, logger, now }) } })
 */
export function inferenceServer(init: InferenceServerInit): (components: InferenceServerComponents) => InferenceServer {
  return (components) => new InferenceServerService(components, init)
}
