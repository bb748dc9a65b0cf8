import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Wallet } from 'ethers'
import { afterAll, describe, expect, it } from 'vitest'
import { connectNodeToChain, followChain } from '../../../node/chain/followChain.ts'
import type { ProviderNode } from '../../../node/startProviderNode.ts'
import { prepareDevnetEconomy, type DevnetEconomy } from '../../../scripts/devnet/prepareDevnetEconomy.ts'
import type { NodeConfig } from '../../../shared/config/index.ts'
import { silentLogger } from '../../../shared/log/index.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

// A node that followed the chain used to exit 1 on every clean stop: unsubscribing uninstalled
// its event filters with a request that closing the RPC then cancelled, unhandled.
describe('following the chain', () => {
  const running: DevnetEconomy[] = []
  afterAll(async () => {
    for (const economy of running) await economy.stopChain()
  })

  it('lets a node that follows the chain stop without an unhandled rejection', async () => {
    const directory = await temporaryDirectory('maia-devnet-follow-')
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown): void => { unhandled.push(reason) }
    process.on('unhandledRejection', onUnhandled)
    try {
      const model = join(directory.path, 'model.gguf')
      await writeFile(model, 'not really a model')
      await mkdir(join(directory.path, 'logs'), { recursive: true })
      const wallet = new Wallet(Wallet.createRandom().privateKey)
      const economy = await prepareDevnetEconomy({
        dataDir: directory.path, model, chain: 'local', orchestrator: Wallet.createRandom().address,
        nodes: [{ wallet, peerId: '12D3KooWFollowingDevnetNode' }], status: () => {}
      })
      running.push(economy)
      const chain = await connectNodeToChain({ chainRpc: economy.rpcUrl, deployment: economy.deploymentFile } as NodeConfig, wallet.address, silentLogger())
      let serving: boolean | undefined
      const node = { backend: { modelHash: '0x00' }, setServing: (value: boolean) => { serving = value } } as unknown as ProviderNode
      const unfollow = followChain(chain.gate, node, { load: () => Promise.reject(new Error('not used')), logger: silentLogger() })
      // Subscribed to the registries' events and checked once (not on the active model: not serving).
      await expect.poll(() => serving, { timeout: 10_000 }).toBe(false)
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      // As the node's lifecycle stops it: unfollow, stop the node (a moment), then close the RPC.
      unfollow()
      await new Promise((resolve) => setImmediate(resolve))
      chain.close()
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
      await directory.remove()
    }
  }, 90_000)
})
