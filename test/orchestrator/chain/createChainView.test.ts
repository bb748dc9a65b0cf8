import { describe, expect, it } from 'vitest'
import { createChainView } from '../../../orchestrator/chain/createChainView.ts'
import type { SuiteContracts } from '../../../shared/chain/index.ts'
import { silentLogger } from '../../../shared/log/index.ts'

const STAKED = '0x00000000000000000000000000000000000000aa'
const UNKNOWN = '0x00000000000000000000000000000000000000bb'
const PEER = '12D3KooWStaked'

/** The registries as the chain view reads them: one staked node; lookups answer when released. */
function fakeSuite(options: { failLookups?: boolean } = {}) {
  const calls = { isActive: 0 }
  const waiting: Array<() => void> = []
  const registry = {
    isActive: async (address: string) => {
      calls.isActive += 1
      await new Promise<void>((resolve) => waiting.push(resolve))
      if (options.failLookups === true) throw new Error('chain unreachable')
      return address.toLowerCase() === STAKED
    },
    getNode: async () => ({ peerId: PEER }),
    on: async () => {},
    off: async () => {}
  }
  const models = { activeModelId: async () => 0n, activeModel: async () => { throw new Error('no active model') }, on: async () => {}, off: async () => {} }
  const suite = { NodeRegistry: registry, ModelRegistry: models } as unknown as SuiteContracts
  const release = (): void => { for (const resolve of waiting.splice(0)) resolve() }
  return { suite, calls, release }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

describe('createChainView.whenNodeActive', () => {
  it("answers a node's first heartbeat once its registration is read, instead of refusing it", async () => {
    const { suite, release } = fakeSuite()
    const view = await createChainView({ suite, chainId: 31337, logger: silentLogger() })
    try {
      expect(view.isNodeActive(STAKED, PEER)).toBe(false) // not known yet: the lookup starts
      const answer = view.whenNodeActive!(STAKED, PEER)
      await settle()
      release()
      expect(await answer).toBe(true)
      expect(view.isNodeActive(STAKED, PEER)).toBe(true)
    } finally {
      view.stop()
    }
  })

  it('never admits an unregistered address or a peer other than the registered one', async () => {
    const { suite, release } = fakeSuite()
    const view = await createChainView({ suite, chainId: 31337, logger: silentLogger() })
    try {
      const unknown = view.whenNodeActive!(UNKNOWN, PEER)
      const otherPeer = view.whenNodeActive!(STAKED, '12D3KooWOther')
      await settle()
      release()
      expect(await unknown).toBe(false)
      expect(await otherPeer).toBe(false)
    } finally {
      view.stop()
    }
  })

  it('reads an address once however many heartbeats wait for it', async () => {
    const { suite, calls, release } = fakeSuite()
    const view = await createChainView({ suite, chainId: 31337, logger: silentLogger() })
    try {
      const answers = [view.whenNodeActive!(STAKED, PEER), view.whenNodeActive!(STAKED, PEER), view.whenNodeActive!(STAKED.toUpperCase().replace('0X', '0x'), PEER)]
      await settle()
      release()
      expect(await Promise.all(answers)).toEqual([true, true, true])
      expect(calls.isActive).toBe(1)
    } finally {
      view.stop()
    }
  })

  it('refuses when the lookup fails, and looks the address up again at its next heartbeat', async () => {
    const { suite, calls, release } = fakeSuite({ failLookups: true })
    const view = await createChainView({ suite, chainId: 31337, logger: silentLogger() })
    try {
      const first = view.whenNodeActive!(STAKED, PEER)
      await settle()
      release()
      expect(await first).toBe(false)
      const second = view.whenNodeActive!(STAKED, PEER)
      await settle()
      release()
      expect(await second).toBe(false)
      expect(calls.isActive).toBe(2)
    } finally {
      view.stop()
    }
  })

  it('admits no node once the view has expired', async () => {
    const { suite, calls } = fakeSuite()
    let now = 0
    const view = await createChainView({ suite, chainId: 31337, logger: silentLogger(), now: () => now, refreshIntervalMs: 1_000, maxStaleMs: 10_000 })
    try {
      now = 60_000
      expect(await view.whenNodeActive!(STAKED, PEER)).toBe(false)
      expect(calls.isActive).toBe(0)
    } finally {
      view.stop()
    }
  })
})
