import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ephemeralRange, freePort, isPortFree, portsBelowEphemeral } from '../../../scripts/devnet/freePort.ts'

/** The first port from `start` (within 100) that can be listened on now. */
async function firstFreePortFrom(start: number): Promise<number> {
  for (let candidate = start; candidate < start + 100; candidate += 1) if (await isPortFree(candidate)) return candidate
  throw new Error(`no free port in ${start}..${start + 99}`)
}

// A devnet picks its processes' ports before starting them. A port from the ephemeral range (listening on port 0) could
// be taken by any outgoing connection's source port before the child binds it; CI saw a devnet node exit early.
describe('freePort (scripts/devnet/freePort.ts)', () => {
  it('reads the kernel\'s ephemeral range, and nothing from a missing or garbled file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'maia-port-range-'))
    try {
      await writeFile(join(directory, 'range'), '32768\t60999\n')
      await writeFile(join(directory, 'garbled'), 'sixty\n')
      expect(ephemeralRange(join(directory, 'range'))).toEqual({ low: 32768, high: 60999 })
      expect(ephemeralRange(join(directory, 'garbled'))).toBeUndefined()
      expect(ephemeralRange(join(directory, 'missing'))).toBeUndefined()
    } finally {
      await rm(directory, { recursive: true })
    }
  })

  it('picks from 10,000 to just below the ephemeral range, and not at all when that leaves under 1,000 ports', () => {
    expect(portsBelowEphemeral({ low: 32768, high: 60999 })).toEqual({ low: 10000, high: 32767 })
    expect(portsBelowEphemeral({ low: 10500, high: 60999 })).toBeUndefined()
    expect(portsBelowEphemeral(undefined)).toBeUndefined()
  })

  it('returns a free port below the ephemeral range, passing over one that is taken', async () => {
    const ephemeral = { low: 32768, high: 60999 }
    const taken = createServer()
    // A listener on a port the picker will draw first.
    const first = await firstFreePortFrom(20000)
    await new Promise<void>((resolve) => taken.listen(first, '127.0.0.1', () => resolve()))
    try {
      const draws = [(first - 10000) / 22768, 0.9999]
      const port = await freePort(() => draws.shift() ?? 0.5, ephemeral)
      expect(port).not.toBe(first)
      expect(port).toBeGreaterThanOrEqual(10000)
      expect(port).toBeLessThan(32768)
      expect(await isPortFree(port)).toBe(true)
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })

  // startDevnet picks the nodes' ports, then the chain's and the API's, and binds none of them until the processes
  // start: a second pick that drew a port handed out a moment ago got it again (free: nobody listens yet), the chain
  // took it first and node-1 exited in libp2p's listen. A port handed out is not handed out again by this process.
  it('never hands out a port twice, though nothing listens on it yet', async () => {
    const ephemeral = { low: 32768, high: 60999 }
    const handedOut = new Set<number>()
    const free = await firstFreePortFrom(21000)
    const draw = (free - 10000) / 22768
    const first = await freePort(() => draw, ephemeral, handedOut)
    const draws = [draw, 0.9999]
    const second = await freePort(() => draws.shift() ?? 0.5, ephemeral, handedOut)
    expect(first).toBe(free)
    expect(second).not.toBe(first)
    expect(handedOut).toEqual(new Set([first, second]))
  })

  it('hands out different ports to two calls that draw the same one at once', async () => {
    const ephemeral = { low: 32768, high: 60999 }
    const handedOut = new Set<number>()
    const draw = (await firstFreePortFrom(22000) - 10000) / 22768
    const firstDraws = [draw]
    const secondDraws = [draw, 0.9999]
    const [first, second] = await Promise.all([
      freePort(() => firstDraws.shift() ?? 0.5, ephemeral, handedOut),
      freePort(() => secondDraws.shift() ?? 0.5, ephemeral, handedOut)
    ])
    expect(first).not.toBe(second)
    expect(handedOut).toEqual(new Set([first, second]))
  })

  it('by default remembers the ports it handed out across calls', async () => {
    const ports = await Promise.all(Array.from({ length: 50 }, () => freePort()))
    expect(new Set(ports).size).toBe(50)
  })

  it('lets the OS pick where the range cannot be read', async () => {
    const port = await freePort(Math.random, undefined)
    expect(port).toBeGreaterThan(0)
    expect(await isPortFree(port)).toBe(true)
  })
})
