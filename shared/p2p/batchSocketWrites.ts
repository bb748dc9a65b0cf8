import { Socket } from 'node:net'
import type { MultiaddrConnection, Transport, Upgrader } from '@libp2p/interface'

/** A libp2p transport factory, as `tcp()` returns it. */
type TransportFactory<Components> = (components: Components) => Transport

/**
 * Wraps a transport so that whatever its connections write in one go (one synchronous run of
 * sends, e.g. a Noise frame's length and ciphertext, or a yamux header and its data) leaves in one
 * system call.
 *
 * Why: `@libp2p/tcp` writes each buffer of a send on its own (`socket.write` per buffer), and Noise
 * hands it every frame as two buffers (a 2-byte length, then the ciphertext), so every yamux frame
 * (a 12-byte window update included) cost two `write` syscalls, two TCP segments with `noDelay`,
 * and often two wake-ups of the reader. Measured on the orchestrator of `bench/routing-throughput.ts`:
 * ~26 writes per routed request, most of its CPU. Corking the socket for the sends of one go turns
 * them into one `writev`. A connection whose socket cannot be reached (another transport: memory,
 * WebSockets) is left as it is.
 *
 * @example
 * createLibp2p({ transports: [batchSocketWrites(tcp())], ... })
 */
export function batchSocketWrites<Components>(transport: TransportFactory<Components>, options: CorkOptions = {}): TransportFactory<Components> {
  return (components) => {
    const inner = transport(components)
    const dial = inner.dial.bind(inner)
    const createListener = inner.createListener.bind(inner)
    inner.dial = (address, dialOptions) => dial(address, { ...dialOptions, upgrader: corkingUpgrader(dialOptions.upgrader, options) })
    inner.createListener = (listenerOptions) => createListener({ ...listenerOptions, upgrader: corkingUpgrader(listenerOptions.upgrader, options) })
    return inner
  }
}

export interface CorkOptions {
  /**
   * When the corked socket is written out. `'microtask'` (the default): once the sends of the
   * current synchronous run are done, before any other promise work queued after them. `'tick'`:
   * once the whole tick's synchronous and promise work is done (`process.nextTick`), which gathers
   * more but makes a frame wait for everything else the process does in that tick. On a node that
   * is the model's own bookkeeping between tokens: in traced runs the first token's frame waited
   * 0.21–0.27 ms between its send and the socket write, 0.05–0.06 ms with `'microtask'`
   * (`bench/network-vs-inprocess.ts --trace`), on the path of every reply's first token.
   */
  flushAfter?: 'microtask' | 'tick'
}

/** An upgrader that corks each raw connection it is handed before upgrading it as `upgrader` does. */
function corkingUpgrader(upgrader: Upgrader, options: CorkOptions): Upgrader {
  return new Proxy(upgrader, {
    get(target, property) {
      if (property === 'upgradeInbound') return (connection: MultiaddrConnection, upgradeOptions: Parameters<Upgrader['upgradeInbound']>[1]) => target.upgradeInbound(corkPerTick(connection, options), upgradeOptions)
      if (property === 'upgradeOutbound') return (connection: MultiaddrConnection, upgradeOptions: Parameters<Upgrader['upgradeOutbound']>[1]) => target.upgradeOutbound(corkPerTick(connection, options), upgradeOptions)
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}

/** The raw connection's send path, as `@libp2p/utils`' AbstractMultiaddrConnection has it. */
interface SocketConnection {
  socket?: unknown
  sendData?: (data: never) => unknown
}

/**
 * Corks the connection's socket at its first send and uncorks it once the sends queued with it are
 * done (see {@link CorkOptions.flushAfter}), so their buffers go out in one `writev`.
 * Back-pressure is unchanged: `socket.write` still reports a full buffer while corked.
 */
export function corkPerTick<Connection extends MultiaddrConnection>(connection: Connection, options: CorkOptions = {}): Connection {
  const raw = connection as unknown as SocketConnection
  const socket = raw.socket
  const sendData = raw.sendData
  if (!(socket instanceof Socket) || typeof sendData !== 'function') return connection
  const schedule = (options.flushAfter ?? 'microtask') === 'tick' ? process.nextTick : queueMicrotask
  let corked = false
  const uncork = (): void => {
    corked = false
    socket.uncork()
  }
  raw.sendData = (data: never) => {
    if (!corked && !socket.destroyed) {
      corked = true
      socket.cork()
      schedule(uncork)
    }
    return sendData.call(connection, data)
  }
  return connection
}
