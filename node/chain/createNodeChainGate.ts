import type { Logger } from 'pino'
import type { SuiteContracts } from '../../shared/chain/index.ts'

export interface ActiveModel {
  id: bigint
  name: string
  sha256: string
  uri: string
}

export interface NodeEligibility {
  eligible: boolean
  /** Why not, in words a provider can act on. */
  reason?: string
  registeredAndStaked: boolean
  activeModel: ActiveModel | undefined
}

export interface NodeChainGate {
  check(modelHash: string): Promise<NodeEligibility>
  /** Resolves once the node may serve `modelHash()` (re-read on every check), logging why it waits. */
  waitUntilEligible(modelHash: () => string, options?: { signal?: AbortSignal }): Promise<NodeEligibility>
  /**
   * Re-checks every `intervalMs` (and whenever the registries emit a relevant event), calling
   * `onChange` when eligibility or the active model changes. Returns a stop function.
   */
  follow(modelHash: () => string, onChange: (eligibility: NodeEligibility) => void | Promise<void>): () => void
}

/**
 * What the chain says about this node: it may serve only while its ETH address is registered and
 * staked in `NodeRegistry` and its model's SHA-256 is the one `ModelRegistry` marks active.
 */
export function createNodeChainGate(components: { suite: SuiteContracts; address: string; logger: Logger; intervalMs?: number }): NodeChainGate {
  const { suite, address } = components
  const log = components.logger.child({ component: 'node:chain' })
  const intervalMs = components.intervalMs ?? 2_000

  const check = async (modelHash: string): Promise<NodeEligibility> => {
    const [registeredAndStaked, activeId] = await Promise.all([suite.NodeRegistry.isActive(address), suite.ModelRegistry.activeModelId()])
    let activeModel: ActiveModel | undefined
    if (activeId !== 0n) {
      const [id, model] = await suite.ModelRegistry.activeModel()
      activeModel = { id, name: model.name, sha256: model.ggufSha256.toLowerCase(), uri: model.uri }
    }
    if (!registeredAndStaked) return { eligible: false, reason: `ETH address ${address} is not registered and staked in NodeRegistry (maia stake register)`, registeredAndStaked, activeModel }
    if (activeModel === undefined) return { eligible: false, reason: 'ModelRegistry has no active model yet (governance must activate one)', registeredAndStaked, activeModel }
    if (activeModel.sha256 !== modelHash.toLowerCase()) {
      return { eligible: false, reason: `this node's model ${modelHash} is not the active model ${activeModel.sha256} (${activeModel.name}, ${activeModel.uri})`, registeredAndStaked, activeModel }
    }
    return { eligible: true, registeredAndStaked, activeModel }
  }

  return {
    check,
    async waitUntilEligible(modelHash, options = {}) {
      let lastReason: string | undefined
      for (;;) {
        const eligibility = await check(modelHash())
        if (eligibility.eligible) return eligibility
        if (eligibility.reason !== lastReason) log.warn({ reason: eligibility.reason }, 'not serving yet')
        lastReason = eligibility.reason
        await new Promise((resolve) => setTimeout(resolve, intervalMs))
        options.signal?.throwIfAborted()
      }
    },
    follow(modelHash, onChange) {
      let previous = ''
      let running = false
      const tick = async (): Promise<void> => {
        if (running) return
        running = true
        try {
          const eligibility = await check(modelHash())
          const key = `${eligibility.eligible}|${eligibility.activeModel?.sha256 ?? ''}`
          if (key !== previous) {
            previous = key
            await onChange(eligibility)
          }
        } catch (error) {
          log.warn({ err: error instanceof Error ? error.message : String(error) }, 'chain check failed; will retry')
        } finally {
          running = false
        }
      }
      const timer = setInterval(() => { void tick() }, intervalMs)
      // Events make changes visible at once; the interval catches anything they miss.
      const onEvent = (): void => { void tick() }
      void suite.ModelRegistry.on(suite.ModelRegistry.filters.ModelActivated(), onEvent)
      void suite.NodeRegistry.on(suite.NodeRegistry.filters.NodeSlashed(address), onEvent)
      void tick()
      return () => {
        clearInterval(timer)
        void suite.ModelRegistry.off(suite.ModelRegistry.filters.ModelActivated(), onEvent)
        void suite.NodeRegistry.off(suite.NodeRegistry.filters.NodeSlashed(address), onEvent)
      }
    }
  }
}
