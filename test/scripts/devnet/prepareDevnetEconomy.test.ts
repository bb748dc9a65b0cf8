import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JsonRpcProvider, Wallet } from 'ethers'
import { afterAll, describe, expect, it } from 'vitest'
import { prepareDevnetEconomy, type DevnetEconomy } from '../../../scripts/devnet/prepareDevnetEconomy.ts'
import { connectSuite } from '../../../shared/chain/index.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

// Issue 13 (start-up): `maia up` builds the contracts while the chain starts, starts the
// orchestrator before the chain (it waits for the deployment file) and the nodes as soon as the
// suite is deployed, while the bootstrap stakes the nodes and votes the model in. These pin the
// order that makes that safe.
describe('the devnet economy starts its dependants early', () => {
  const running: DevnetEconomy[] = []
  afterAll(async () => {
    for (const economy of running) await economy.stopChain()
  })

  it('deploys only once the contracts are built, and hands out the deployment before the model is voted in', async () => {
    const directory = await temporaryDirectory('maia-devnet-early-')
    try {
      const model = join(directory.path, 'model.gguf')
      await writeFile(model, 'not really a model')
      await mkdir(join(directory.path, 'logs'), { recursive: true })
      const nodes = [{ wallet: new Wallet(Wallet.createRandom().privateKey), peerId: '12D3KooWEarlyDevnetNode' }]
      const events: string[] = []
      let finishBuild: () => void = () => {}
      const contractsReady = new Promise<void>((resolve) => { finishBuild = resolve })
      const seenAtDeployment: Array<Promise<string>> = []
      // A previous run's deployment names a chain that is gone: it must be gone before anyone is told where to look.
      await writeFile(join(directory.path, 'deployment.json'), '{"left": "by the previous run"}')
      const known: Array<{ rpcUrl: string; deploymentFile: string; fileExists: boolean; chainAnswered: boolean }> = []

      const preparing = prepareDevnetEconomy({
        dataDir: directory.path, model, chain: 'local', orchestrator: Wallet.createRandom().address, nodes,
        status: (message) => events.push(message.startsWith('contracts deployed') ? 'deployed' : message.startsWith('model maia-tiny activated') ? 'activated' : 'status'),
        contractsReady,
        onChainAddressKnown: (chain) => {
          events.push('onChainAddressKnown')
          known.push({ ...chain, fileExists: existsSync(chain.deploymentFile), chainAnswered: false })
          // The chain has not started yet: nothing answers at its address.
          void fetch(chain.rpcUrl, { method: 'POST', body: '{}' }).then(() => { known[0]!.chainAnswered = true }, () => {})
        },
        onDeployed: (chain) => {
          events.push('onDeployed')
          // What a process started now reads: the deployment file, whole.
          seenAtDeployment.push(readFile(chain.deploymentFile, 'utf8'))
        }
      })
      // The chain starts meanwhile; nothing is deployed until the build is done.
      await new Promise((resolve) => setTimeout(resolve, 2_500))
      expect(events).not.toContain('deployed')
      finishBuild()
      const economy = await preparing
      running.push(economy)

      expect(events.filter((event) => event !== 'status')).toEqual(['onChainAddressKnown', 'deployed', 'onDeployed', 'activated'])
      expect(known).toHaveLength(1)
      expect(known[0]!.fileExists).toBe(false)
      expect(known[0]!.chainAnswered).toBe(false)
      expect(known[0]!.rpcUrl).toBe(economy.rpcUrl)
      expect(known[0]!.deploymentFile).toBe(economy.deploymentFile)
      expect(seenAtDeployment).toHaveLength(1)
      const seen = JSON.parse(await seenAtDeployment[0]!) as { chainId: number; contracts: Record<string, { address: string }> }
      expect(seen.chainId).toBe(economy.deployment.chainId)
      expect(seen.contracts.NodeRegistry?.address).toBe(economy.deployment.contracts.NodeRegistry.address)
      const provider = new JsonRpcProvider(economy.rpcUrl, undefined, { staticNetwork: true })
      try {
        const suite = connectSuite(economy.deployment, provider)
        expect(await suite.ModelRegistry.activeModelId()).not.toBe(0n)
        expect(await suite.NodeRegistry.isActive(nodes[0]!.wallet.address)).toBe(true)
      } finally {
        provider.destroy()
      }
    } finally {
      await directory.remove()
    }
  }, 90_000)
})
