import type { Logger } from 'pino'
import type { MaiaPeer } from '../../shared/p2p/index.ts'
import { CAPABILITY_TOPIC } from '../../shared/protocol/index.ts'
import { signCapabilityRecord, type UnsignedCapabilityRecord } from '../../shared/protocol/index.ts'
import type { Wallet } from 'ethers'

export interface CapabilityAnnouncer {
  /** Publishes a fresh record now (at start, and whenever capacity changes). */
  announce(): Promise<void>
  start(): void
  stop(): void
}

/**
 * Publishes the node's signed capability record on the capability topic at start and on every
 * heartbeat. `describe` is read each time so load figures are live.
 */
export function createCapabilityAnnouncer(components: {
  peer: MaiaPeer
  wallet: Wallet
  describe: () => Omit<UnsignedCapabilityRecord, 'timestamp'>
  intervalMs: number
  now: () => number
  logger: Logger
}): CapabilityAnnouncer {
  let timer: NodeJS.Timeout | undefined
  const announce = async (): Promise<void> => {
    const record = await signCapabilityRecord(components.wallet, { ...components.describe(), timestamp: components.now() })
    try {
      await components.peer.services.pubsub.publish(CAPABILITY_TOPIC, new TextEncoder().encode(JSON.stringify(record)))
    } catch (error) {
      components.logger.debug({ err: error }, 'capability announcement not delivered')
    }
  }
  return {
    announce,
    start() {
      components.peer.services.pubsub.subscribe(CAPABILITY_TOPIC)
      void announce()
      timer = setInterval(() => { void announce() }, components.intervalMs)
    },
    stop() {
      clearInterval(timer)
      timer = undefined
    }
  }
}
