import type { BaseContract } from 'ethers'
import type { Logger } from 'pino'
import type { SuiteContracts } from '../../shared/chain/index.ts'
import { createChainHealth, type ChainHealth } from './createChainHealth.ts'

/**
 * How current the cached view is: `fresh` (refreshed lately), `stale` (no successful refresh for
 * `staleAfterMs`: cached answers still serve, loudly), `expired` (none for `maxStaleMs`: no node is
 * eligible until the chain answers, since a slashed or unstaked node can no longer be told apart).
 */
export type ChainViewFreshness = 'fresh' | 'stale' | 'expired'

export interface ChainViewStatus {
  freshness: ChainViewFreshness
  /** Wall-clock ms of the last successful refresh. */
  lastRefreshAt: number
  lastError?: string
}

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
  /**
   * {@link isNodeActive}, but an address not seen before is answered once its lookup completes
   * (false when too many are in flight), so a node's first heartbeat need not wait for its next.
   */
  whenNodeActive?(address: string, peerId?: string): Promise<boolean>
  /** How current the cached view is; absent on views that never go stale (test doubles). */
  status?(): ChainViewStatus
  refresh(): Promise<void>
  stop(): void
}

/** Registry lookups of unknown addresses at once; more wait for the next heartbeat. */
const MAX_LOOKUPS_IN_FLIGHT = 16
export const DEFAULT_REFRESH_INTERVAL_MS = 5_000
/** Missed refresh intervals after which the view is `stale`. */
export const DEFAULT_STALE_AFTER_INTERVALS = 6
/**
 * Longest a view may go without a successful refresh and still admit nodes: as long as payments
 * keep charging open sessions through an outage (`OutagePolicy.maxOfflineChargingMs`).
 */
export const DEFAULT_MAX_STALE_MS = 10 * 60_000

export interface ChainViewInit {
  suite: SuiteContracts
  chainId: number
  logger: Logger
  refreshIntervalMs?: number
  /** No successful refresh for this long: `stale` (default 6 refresh intervals). */
  staleAfterMs?: number
  /** No successful refresh for this long: `expired`, no node eligible (default 10 minutes). */
  maxStaleMs?: number
  /** Shared record of whether the chain answers (one of its own when absent). */
  health?: ChainHealth
  now?: () => number
}

/**
 * The orchestrator's cached reading of the registries: which model is active and which nodes are
 * staked. Chain reads stay off the request path; registry events trigger a refresh, and a timer
 * catches anything events miss. The cache never outlives the chain silently: see
 * {@link ChainViewFreshness}.
 */
export async function createChainView(components: ChainViewInit): Promise<ChainView> {
  const { suite } = components
  const now = components.now ?? Date.now
  const log = components.logger.child({ component: 'orchestrator:chain' })
  const health = components.health ?? createChainHealth({ logger: components.logger, now })
  const refreshIntervalMs = components.refreshIntervalMs ?? DEFAULT_REFRESH_INTERVAL_MS
  const staleAfterMs = components.staleAfterMs ?? refreshIntervalMs * DEFAULT_STALE_AFTER_INTERVALS
  const maxStaleMs = Math.max(staleAfterMs, components.maxStaleMs ?? DEFAULT_MAX_STALE_MS)
  // Per address: whether it may serve, and the peer id it registered. Only active entries are
  // kept across refreshes: anyone can mint addresses, so unknown ones must not pile up.
  const active = new Map<string, { active: boolean; peerId?: string }>()
  let lookupsInFlight = 0
  /** Lookups of addresses first seen in a heartbeat, by address, while they run. */
  const pendingLookups = new Map<string, Promise<void>>()
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
  let lastRefreshAt = now()
  let lastError: string | undefined
  let reported: ChainViewFreshness = 'fresh'
  const freshness = (): ChainViewFreshness => {
    const age = now() - lastRefreshAt
    return age > maxStaleMs ? 'expired' : age > staleAfterMs ? 'stale' : 'fresh'
  }
  /** Logs each change of freshness once, loudly when the view stops admitting nodes. */
  const report = (): ChainViewFreshness => {
    const current = freshness()
    if (current === reported) return current
    const context = { lastRefreshAt: new Date(lastRefreshAt).toISOString(), lastError }
    if (current === 'stale') log.warn(context, `chain view stale: no successful refresh for ${Math.round(staleAfterMs / 1000)} s; still admitting the nodes last seen staked for up to ${Math.round(maxStaleMs / 1000)} s`)
    else if (current === 'expired') log.error(context, 'chain view expired: the registries could not be read for too long; no node is eligible (paid or not) until the chain answers')
    else log.info({ lastRefreshAt: context.lastRefreshAt }, 'chain view fresh again')
    reported = current
    return current
  }
  let refreshing: Promise<void> | undefined
  let again: Promise<void> | undefined
  const runRefresh = (): Promise<void> => health.read('registry refresh', refresh, { timeoutMs: Math.max(refreshIntervalMs * 2, 1_000) })
    .then(() => { lastRefreshAt = now(); lastError = undefined })
    .finally(() => { refreshing = undefined; report() })
  /**
   * One refresh at a time (a hung chain must not pile them up), under the health's deadline; a
   * call during one runs once more after it, so an event is never answered by an older read.
   */
  const checkedRefresh = (): Promise<void> => {
    if (refreshing === undefined) {
      refreshing = runRefresh()
      return refreshing
    }
    again ??= refreshing.catch(() => {}).then(() => { again = undefined; return checkedRefresh() })
    return again
  }
  const safeRefresh = (): void => {
    checkedRefresh().catch((error: unknown) => {
      lastError = error instanceof Error ? error.message : String(error)
      // The first failure is news; later ones are in the freshness changes `report` logs.
      const level = freshness() === 'fresh' && health.snapshot().consecutiveFailures <= 1 ? 'warn' : 'debug'
      log[level]({ err: lastError, freshness: freshness() }, 'chain refresh failed; keeping the cached view')
    })
  }
  await checkedRefresh()
  const timer = setInterval(safeRefresh, refreshIntervalMs)
  timer.unref()
  // Any of these events can change who may serve or what; each simply triggers a refresh.
  const subscriptions: Array<{ off: () => void }> = []
  const subscribe = (contract: BaseContract, event: string): void => {
    void contract.on(event, safeRefresh)
    subscriptions.push({ off: () => { void contract.off(event, safeRefresh) } })
  }
  subscribe(suite.ModelRegistry, 'ModelActivated')
  for (const event of ['NodeRegistered', 'NodeSlashed', 'UnstakeRequested', 'StakeIncreased', 'NodeDeregistered']) subscribe(suite.NodeRegistry, event)

  /** Starts the lookup of an address not seen before; undefined when too many are in flight. */
  const startLookup = (key: string): Promise<void> | undefined => {
    // Bounded: a flood of fresh addresses costs a few chain reads at a time, not one each.
    if (lookupsInFlight >= MAX_LOOKUPS_IN_FLIGHT) return undefined
    active.set(key, { active: false })
    lookupsInFlight += 1
    const looking = lookup(key).catch(() => { active.delete(key) }).finally(() => {
      lookupsInFlight -= 1
      pendingLookups.delete(key)
    })
    pendingLookups.set(key, looking)
    return looking
  }
  const isNodeActive = (address: string, peerId?: string): boolean => {
    if (report() === 'expired') return false
    const key = address.toLowerCase()
    const known = active.get(key)
    if (known === undefined) {
      startLookup(key)
      return false
    }
    return known.active && (peerId === undefined || known.peerId === peerId)
  }

  return {
    chainId: components.chainId,
    get activeModelHash() { return activeModelHash },
    get activeModelTrainer() { return activeModelTrainer },
    isNodeActive,
    async whenNodeActive(address, peerId) {
      if (report() === 'expired') return false
      const key = address.toLowerCase()
      const looking = pendingLookups.get(key) ?? (active.has(key) ? undefined : startLookup(key))
      if (looking === undefined) return isNodeActive(address, peerId)
      await looking
      // The cache again, as the lookup left it (a failed lookup leaves the address unknown: not active).
      return active.get(key) !== undefined && isNodeActive(address, peerId)
    },
    status: () => ({ freshness: report(), lastRefreshAt, ...(lastError === undefined ? {} : { lastError }) }),
    refresh: checkedRefresh,
    stop() {
      clearInterval(timer)
      for (const subscription of subscriptions) subscription.off()
    }
  }
}
