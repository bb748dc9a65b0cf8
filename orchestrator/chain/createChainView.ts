import type { BaseContract } from 'ethers'
import type { Logger } from 'pino'
import type { SuiteContracts } from '../../shared/chain/connectSuite.ts'

export interface ChainView {
  /** The chain's id: receipts must be signed for it. */
  readonly chainId: number
  /** SHA-256 of the model governance marks active (lowercase 0x hex), once known. */
  readonly activeModelHash: string | undefined
  /** The trainer who submitted the active model. */
  readonly activeModelTrainer: string | undefined
  /**
   * Whether a node's ETH address is registered, staked and not slashed below the minimum, from
   * cache; an address not seen before is looked up in the background and counts as not active
   * until the chain says otherwise.
   */
  isNodeActive(address: string): boolean
  refresh(): Promise<void>
  stop(): void
}

/**
 * The orchestrator's cached reading of the registries: which model is active and which nodes are
 * staked. Chain reads stay off the request path; registry events trigger a refresh, and a timer
 * catches anything events miss.
 */
export async function createChainView(components: { suite: SuiteContracts; chainId: number; logger: Logger; refreshIntervalMs?: number }): Promise<ChainView> {
  const { suite } = components
  const log = components.logger.child({ component: 'orchestrator:chain' })
  const active = new Map<string, boolean>()
  let activeModelHash: string | undefined
  let activeModelTrainer: string | undefined

  const lookup = async (address: string): Promise<void> => {
    active.set(address, await suite.NodeRegistry.isActive(address))
  }
  const refresh = async (): Promise<void> => {
    const activeId = await suite.ModelRegistry.activeModelId()
    if (activeId === 0n) {
      activeModelHash = undefined
      activeModelTrainer = undefined
    } else {
      const [, model] = await suite.ModelRegistry.activeModel()
      if (model.ggufSha256.toLowerCase() !== activeModelHash) log.info({ model: model.name, sha256: model.ggufSha256 }, 'active model')
      activeModelHash = model.ggufSha256.toLowerCase()
      activeModelTrainer = model.trainer
    }
    await Promise.all([...active.keys()].map(lookup))
  }
  const safeRefresh = (): void => {
    refresh().catch((error: unknown) => log.warn({ err: error instanceof Error ? error.message : String(error) }, 'chain refresh failed; keeping the cached view'))
  }
  await refresh()
  const timer = setInterval(safeRefresh, components.refreshIntervalMs ?? 5_000)
  timer.unref()
  // Any of these events can change who may serve or what; each simply triggers a refresh.
  const subscriptions: Array<{ off: () => void }> = []
  const subscribe = (contract: BaseContract, event: string): void => {
    void contract.on(event, safeRefresh)
    subscriptions.push({ off: () => { void contract.off(event, safeRefresh) } })
  }
  subscribe(suite.ModelRegistry, 'ModelActivated')
  for (const event of ['NodeRegistered', 'NodeSlashed', 'UnstakeRequested', 'StakeIncreased', 'NodeDeregistered']) subscribe(suite.NodeRegistry, event)

  return {
    chainId: components.chainId,
    get activeModelHash() { return activeModelHash },
    get activeModelTrainer() { return activeModelTrainer },
    isNodeActive(address) {
      const key = address.toLowerCase()
      const known = active.get(key)
      if (known === undefined) {
        active.set(key, false)
        lookup(key).catch(() => active.delete(key))
        return false
      }
      return known
    },
    refresh,
    stop() {
      clearInterval(timer)
      for (const subscription of subscriptions) subscription.off()
    }
  }
}
