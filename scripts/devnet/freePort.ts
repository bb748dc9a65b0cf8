import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'

/**
 * A TCP port on 127.0.0.1 that was free a moment ago, for a process started later to listen on.
 *
 * Picked below the kernel's ephemeral range where it can be read (Linux), not by listening on port 0: a port the OS
 * hands out for port 0 comes from the same range as every outgoing connection's source port, so between this pick and
 * the child's bind (seconds, while it loads a model) another connection on a busy machine could take it, and the child
 * exits with EADDRINUSE. Below the range only another listener can take it. Elsewhere, or when no port there is free
 * after a few tries, the OS picks.
 *
 * A port handed out is remembered in `handedOut` and never handed out again: a devnet picks its nodes' ports, then its
 * chain's and its API's, and binds none of them until the processes start, so a later pick could draw a port that is
 * still free only because its owner has not bound it yet (the chain then took node-1's port, and node-1 exited).
 */
export async function freePort(
  random: () => number = Math.random,
  ephemeral: EphemeralRange | undefined = ephemeralRange(),
  handedOut: Set<number> = portsHandedOut
): Promise<number> {
  const below = portsBelowEphemeral(ephemeral)
  if (below !== undefined) {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const port = below.low + Math.floor(random() * (below.high - below.low + 1))
      if (handedOut.has(port)) continue
      // Held before the probe, so a concurrent call cannot draw it while this one waits on the listen.
      handedOut.add(port)
      if (await isPortFree(port)) return port
      handedOut.delete(port)
    }
  }
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const port = await listenBriefly(0)
    if (handedOut.has(port)) continue
    handedOut.add(port)
    return port
  }
  throw new Error('no free port on 127.0.0.1 that this process has not already handed out')
}

/** Every port this process's `freePort` has handed out (a few per devnet; a process starts only so many). */
const portsHandedOut = new Set<number>()

/** Whether `port` on 127.0.0.1 can be listened on now. */
export async function isPortFree(port: number): Promise<boolean> {
  return await listenBriefly(port).then(() => true, () => false)
}

export interface EphemeralRange {
  readonly low: number
  readonly high: number
}

/** The kernel's range for outgoing connections' source ports (`net.ipv4.ip_local_port_range`), where it can be read. */
export function ephemeralRange(file = '/proc/sys/net/ipv4/ip_local_port_range'): EphemeralRange | undefined {
  try {
    const [low, high] = readFileSync(file, 'utf8').trim().split(/\s+/u).map(Number)
    if (low === undefined || high === undefined || !Number.isInteger(low) || !Number.isInteger(high) || low > high) return undefined
    return { low, high }
  } catch {
    return undefined
  }
}

/** Ports from 10,000 up to just below the ephemeral range (none when the range starts too low to leave 1,000). */
export function portsBelowEphemeral(ephemeral: EphemeralRange | undefined): EphemeralRange | undefined {
  const low = 10_000
  if (ephemeral === undefined || ephemeral.low - 1 - low < 1_000) return undefined
  return { low, high: ephemeral.low - 1 }
}

function listenBriefly(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
