import { Socket } from 'node:net'
import type { MultiaddrConnection, Transport, Upgrader } from '@libp2p/interface'

/** A libp2p transport factory, as `tcp()` returns it. */
type TransportFactory<Components> = (components: Components) => Transport

/**
 * Wraps a transport so that whatever its connections write in one tick leaves in one system call.
 *
 * Why: `@libp2p/tcp` writes each buffer of a send on its own (`socket.write` per buffer), and Noise
 * hands it every frame as two buffers (a 2-byte length, then the ciphertext), so every yamux frame
 * (a 12-byte window update included) cost two `write` syscalls, two TCP segments with `noDelay`,
 * and often two wake-ups of the reader. Measured on the orchestrator of `bench/routing-throughput.ts`:
 * ~26 writes per routed request, most of its CPU. Corking the socket until the tick ends turns
 * them into one `writev`; nothing waits longer than the current tick. A connection whose socket
 * cannot be reached (another transport: memory, WebSockets) is left as it is.
 *
 * @example
 * createLibp2p({ transports: [batchSocketWrites(tcp())], ... })
 */
export function batchSocketWrites<Components>(transport: TransportFactory<Components>): TransportFactory<Components> {
  return (components) => {
    const inner = transport(components)
    const dial = inner.dial.bind(inner)
    const createListener = inner.createListener.bind(inner)
    inner.dial = (address, options) => dial(address, { ...options, upgrader: corkingUpgrader(options.upgrader) })
    inner.createListener = (options) => createListener({ ...options, upgrader: corkingUpgrader(options.upgrader) })
    return inner
  }
}

/** An upgrader that corks each raw connection it is handed before upgrading it as `upgrader` does. */
function corkingUpgrader(upgrader: Upgrader): Upgrader {
  return new Proxy(upgrader, {
    get(target, property) {
      if (property === 'upgradeInbound') return (connection: MultiaddrConnection, options: Parameters<Upgrader['upgradeInbound']>[1]) => target.upgradeInbound(corkPerTick(connection), options)
      if (property === 'upgradeOutbound') return (connection: MultiaddrConnection, options: Parameters<Upgrader['upgradeOutbound']>[1]) => target.upgradeOutbound(corkPerTick(connection), options)
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
 * Corks the connection's socket at its first send in a tick and uncorks it once the tick's
 * synchronous work is done (`process.nextTick`), so the tick's buffers go out in one `writev`.
 * Back-pressure is unchanged: `socket.write` still reports a full buffer while corked.
 */
export function corkPerTick<Connection extends MultiaddrConnection>(connection: Connection): Connection {
  const raw = connection as unknown as SocketConnection
  const socket = raw.socket
  const sendData = raw.sendData
  if (!(socket instanceof Socket) || typeof sendData !== 'function') return connection
  let corked = false
  const uncork = (): void => {
    corked = false
    socket.uncork()
  }
  raw.sendData = (data: never) => {
    if (!corked && !socket.destroyed) {
      corked = true
      socket.cork()
      process.nextTick(uncork)
    }
    return sendData.call(connection, data)
  }
  return connection
}
