import { Wallet } from 'ethers'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { createChainSlasher } from '../../../orchestrator/chain/index.ts'
import { nodeRegistrationConsent } from '../../../shared/chain/nodeRegistration.ts'
import { MAIA, type Suite } from '../../contracts/support/suite.ts'
import { useSuiteFixture } from '../../contracts/support/useSuiteFixture.ts'

const EVIDENCE = `0x${'e1'.repeat(32)}` as const
const OTHER_EVIDENCE = `0x${'e2'.repeat(32)}` as const
const THIRD_EVIDENCE = `0x${'e3'.repeat(32)}` as const

describe('the orchestrator slashes through its bounded slasher role, citing evidence', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })
  const nodeKey = Wallet.createRandom()
  const node = nodeKey.address
  const stake = 1_000n * MAIA

  it('slashes its policy share of the stake, cites the evidence hash, and stops at the daily cap', async () => {
    const consent = await nodeRegistrationConsent(nodeKey, s.registry, { provider: s.providers[0].address, peerId: '12D3KooWLiar' })
    await (await s.registry.connect(s.providers[0]).register(node, '12D3KooWLiar', '{}', stake, consent.deadline, consent.signature)).wait()
    // Governance bounds this slasher: 150 MAIA a day, at most 10% of a node's stake per slash.
    await (await s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, 150n * MAIA, 1_000)).wait()
    const slasher = createChainSlasher({ registry: s.registry.connect(s.slasher), slasherAddress: s.slasher.address, policy: { shareBps: 2_000 }, logger: pino({ level: 'silent' }) })

    const first = await slasher.slash({ ethAddress: node, evidenceHash: EVIDENCE, reason: 'failed verification' })
    // The policy asked for 20%; the contract allows 10% per slash: 100 MAIA.
    expect(first?.amount).toBe(100n * MAIA)
    const events = await s.registry.queryFilter(s.registry.filters.NodeSlashed(node, undefined, EVIDENCE))
    expect(events).toHaveLength(1)
    expect(events[0]!.args.amount).toBe(100n * MAIA)

    // 50 MAIA of today's cap are left: the next slash (for another proven lie, so other evidence:
    // the registry lets a bounded slasher cite one evidence hash per node once) is lowered to fit.
    const second = await slasher.slash({ ethAddress: node, evidenceHash: OTHER_EVIDENCE, reason: 'again' })
    expect(second?.amount).toBe(50n * MAIA)
    expect(await slasher.slash({ ethAddress: node, evidenceHash: THIRD_EVIDENCE, reason: 'cap spent' })).toBeUndefined()
    const status = await s.registry.nodeStatus(node)
    expect(status.slashedTotal).toBe(150n * MAIA)
    expect(status.stake).toBe(stake - 150n * MAIA)
  })

  it('sends nothing for a node with no stake', async () => {
    await (await s.registry.connect(s.timelock).setSlasherLimit(s.slasher.address, 150n * MAIA, 1_000)).wait()
    const slasher = createChainSlasher({ registry: s.registry.connect(s.slasher), slasherAddress: s.slasher.address, logger: pino({ level: 'silent' }) })
    expect(await slasher.slash({ ethAddress: Wallet.createRandom().address, evidenceHash: EVIDENCE, reason: 'unknown' })).toBeUndefined()
  })
})
