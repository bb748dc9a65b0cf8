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
   * Whether a node's ETH address is registered, staked and not slashed below the minimum and,
   * when `peerId` is given, registered with that libp2p peer id (so one stake backs one peer),
   * from cache; an address not seen before is looked up in the background and counts as not
   * active until the chain says otherwise.
   */
  isNodeActive(address: string, peerId?: string): boolean
  refresh(): Promise<void>
  stop(): void
}

/** Registry lookups of unknown addresses at once; more wait for the next heartbeat. */
const MAX_LOOKUPS_IN_FLIGHT = 16

/**
 * The orchestrator's cached reading of the registries: which model is active and which nodes are
 * staked. Chain reads stay off the request path; registry events trigger a refresh, and a timer
 * catches anything events miss.
 */
export async function createChainView(components: { suite: SuiteContracts; chainId: number; logger: Logger; refreshIntervalMs?: number }): Promise<ChainView> {
  const { suite } = components
  const log = components.logger.child({ component: 'orchestrator:chain' })
  // Per address: whether it may serve, and the peer id it registered. Only active entries are
  // kept across refreshes: anyone can mint addresses, so unknown ones must not pile up.
  const active = new Map<string, { active: boolean; peerId?: string }>()
  let lookupsInFlight = 0
  let activeModelHash: string | undefined
  let activeModelTrainer: string | undefined

  const lookup = async (address: string): Promise<void> => {
    const isActive = await suite.NodeRegistry.isActive(address)
    active.set(address, isActive ? { active: true, peerId: (await suite.NodeRegistry.getNode(address)).peerId } : { active: false })
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
    for (const [address, entry] of active) if (!entry.active) active.delete(address)
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
    isNodeActive(address, peerId) {
      const key = address.toLowerCase()
      const known = active.get(key)
      if (known === undefined) {
        // Bounded: a flood of fresh addresses costs a few chain reads at a time, not one each.
        if (lookupsInFlight >= MAX_LOOKUPS_IN_FLIGHT) return false
        active.set(key, { active: false })
        lookupsInFlight += 1
        lookup(key).catch(() => active.delete(key)).finally(() => { lookupsInFlight -= 1 })
        return false
      }
      return known.active && (peerId === undefined || known.peerId === peerId)
    },
    refresh,
    stop() {
      clearInterval(timer)
      for (const subscription of subscriptions) subscription.off()
    }
  }
}
