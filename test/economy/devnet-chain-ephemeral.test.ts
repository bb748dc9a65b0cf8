import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JsonRpcProvider, Wallet } from 'ethers'
import { afterAll, describe, expect, it } from 'vitest'
import { EPHEMERAL_CHAIN_NOTICE, prepareDevnetEconomy, type DevnetEconomy } from '../../scripts/devnet/prepareDevnetEconomy.ts'
import { temporaryDirectory } from '../helpers/network.ts'

// Issue 12, §3: a devnet chain that restarts empty loses everything; `maia up` must say so, and
// must not keep orchestrator records that belonged to the discarded chain.
describe('the devnet chain is ephemeral, and says so', () => {
  const running: DevnetEconomy[] = []
  afterAll(async () => {
    for (const economy of running) await economy.stopChain()
  })

  it('announces on every start that the chain state is discarded, and clears the previous run\'s records', async () => {
    const directory = await temporaryDirectory('maia-devnet-ephemeral-')
    try {
      const model = join(directory.path, 'model.gguf')
      await writeFile(model, 'not really a model')
      await mkdir(join(directory.path, 'logs'), { recursive: true })
      const nodes = [{ wallet: new Wallet(Wallet.createRandom().privateKey), peerId: '12D3KooWEphemeralDevnetNode' }]
      const start = async (): Promise<{ economy: DevnetEconomy; said: string[] }> => {
        const said: string[] = []
        const economy = await prepareDevnetEconomy({ dataDir: directory.path, model, chain: 'local', orchestrator: Wallet.createRandom().address, nodes, status: (message) => said.push(message) })
        running.push(economy)
        return { economy, said }
      }

      const first = await start()
      expect(first.said).toContain(EPHEMERAL_CHAIN_NOTICE)
      // The orchestrator records payments and settlement against this chain...
      await mkdir(join(directory.path, 'orchestrator', 'store'), { recursive: true })
      await writeFile(join(directory.path, 'orchestrator', 'store', 'CURRENT'), 'records of the first chain')
      await first.economy.stopChain()

      // ...and a restart starts an empty chain, says so, and drops those records with it.
      const second = await start()
      expect(second.said).toContain(EPHEMERAL_CHAIN_NOTICE)
      expect(EPHEMERAL_CHAIN_NOTICE).toMatch(/^the devnet chain is ephemeral: its state .* is discarded on restart/)
      await expect(readdir(join(directory.path, 'orchestrator', 'store'))).rejects.toMatchObject({ code: 'ENOENT' })
      const provider = new JsonRpcProvider(second.economy.rpcUrl, undefined, { staticNetwork: true })
      try {
        // The node's approve and register of this bootstrap only: the first chain's two are gone.
        expect(await provider.getTransactionCount(first.economy.nodes[0]!)).toBe(2)
      } finally {
        provider.destroy()
      }
    } finally {
      await directory.remove()
    }
  }, 120_000)
})
