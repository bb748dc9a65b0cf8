import { Wallet } from 'ethers'
import { describe, expect, it } from 'vitest'
import { capabilityAnnouncer } from '../../../node/announce/capabilityAnnouncer.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import { CAPABILITY_TOPIC } from '../../../shared/protocol/constants.ts'
import type { UnsignedCapabilityRecord } from '../../../shared/protocol/index.ts'

const describeNode = (): Omit<UnsignedCapabilityRecord, 'timestamp'> => ({
  version: 1, peerId: '12D3KooWExamplePeerIdForTheAnnouncerTest00000000', ethAddress: `0x${'1'.repeat(40)}`,
  binding: { ethSignature: `0x${'2'.repeat(128)}1b`, peerSignature: 'AA==' } as UnsignedCapabilityRecord['binding'],
  model: { hash: `0x${'a'.repeat(64)}`, name: 'm' }, contextSize: 2048, maxConcurrent: 1, queueDepth: 0, inFlight: 0, tokensPerSecond: 0, pricePer1kTokens: '1'
})

function fakePubsub() {
  const subscribed: string[] = []
  const published: string[] = []
  const events = new EventTarget()
  return {
    subscribed, published, events,
    subscribe: (topic: string) => { subscribed.push(topic) },
    publish: async (topic: string) => { published.push(topic); return { recipients: [] } },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events)
  }
}
const subscriptionChange = (topic: string, subscribe: boolean) => new CustomEvent('subscription-change', { detail: { peerId: {}, subscriptions: [{ topic, subscribe }] } })

describe('capability announcer: publishing without relaying others\' heartbeats', () => {
  const clock = { now: () => 1_700_000_000_000, setInterval: () => 1, clearInterval: () => {} }

  it('publishes heartbeats without joining the topic by default (a node routes nothing)', async () => {
    const pubsub = fakePubsub()
    const announcer = capabilityAnnouncer({ wallet: new Wallet(Wallet.createRandom().privateKey), describe: describeNode, logger: silentLogger(), clock })({ pubsub: pubsub as never })
    announcer.start()
    announcer.afterStart?.()
    await announcer.announce()
    expect(pubsub.published).toContain(CAPABILITY_TOPIC)
    expect(pubsub.subscribed).toEqual([])
    announcer.stop()
  })

  it('joins the topic\'s mesh when asked to relay', () => {
    const pubsub = fakePubsub()
    const announcer = capabilityAnnouncer({ wallet: new Wallet(Wallet.createRandom().privateKey), describe: describeNode, logger: silentLogger(), clock, relay: true })({ pubsub: pubsub as never })
    announcer.start()
    announcer.afterStart?.()
    expect(pubsub.subscribed).toEqual([CAPABILITY_TOPIC])
    announcer.stop()
  })

  it('announces at once when a peer subscribes to the capability topic (an orchestrator that just connected), not at the next heartbeat', async () => {
    const pubsub = fakePubsub()
    const announcer = capabilityAnnouncer({ wallet: new Wallet(Wallet.createRandom().privateKey), describe: describeNode, logger: silentLogger(), clock })({ pubsub: pubsub as never })
    announcer.start()
    announcer.afterStart?.()
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
    await settle()
    const before = pubsub.published.length
    pubsub.events.dispatchEvent(subscriptionChange('another-topic', true))
    pubsub.events.dispatchEvent(subscriptionChange(CAPABILITY_TOPIC, false))
    await settle()
    expect(pubsub.published.length).toBe(before)
    pubsub.events.dispatchEvent(subscriptionChange(CAPABILITY_TOPIC, true))
    await settle()
    expect(pubsub.published.length).toBe(before + 1)
    // Not while announcing is off (unstaked), and not after the peer stopped.
    announcer.setAnnouncing(false)
    pubsub.events.dispatchEvent(subscriptionChange(CAPABILITY_TOPIC, true))
    await settle()
    expect(pubsub.published.length).toBe(before + 1)
    announcer.setAnnouncing(true)
    await settle()
    const restarted = pubsub.published.length
    announcer.stop()
    pubsub.events.dispatchEvent(subscriptionChange(CAPABILITY_TOPIC, true))
    await settle()
    expect(pubsub.published.length).toBe(restarted)
  })
})
