/**
 * Property test: random sequences of deposits, redemptions, withdrawals, stakes, unstakes, slashes,
 * epoch roots and claims never create or lose a token. After every step:
 *  - the balances of every holder add up to the (unchanged) total supply;
 *  - each contract holds exactly what its books say (payments: user balances; registry: stakes and
 *    unbonding stakes; rewards: at least what the current root still owes);
 *  - the payments books match an off-chain model of each user's balance, and the registry's total
 *    slashed per node matches the slashes made.
 */
import fc from 'fast-check'
import { Wallet, id, toBeHex, type Signer } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeRegistrationConsent } from '../../../shared/chain/nodeRegistration.ts'
import { buildRewardsTree } from '../../../shared/chain/rewardsTree.ts'
import { signVoucher, toRedemption, type Redemption } from '../../../shared/chain/voucher.ts'
import { DEFAULT_SUITE_PARAMETERS } from '../../../scripts/deploy/defaults.ts'
import { MAIA, connectChain, deployTestSuite, type Suite } from '../support/suite.ts'

const DAY = 24 * 3600
const MIN_STAKE = 10n * MAIA

type Command =
  | { kind: 'deposit'; user: number; amount: number }
  | { kind: 'redeem'; items: Array<{ user: number; percent: number }> }
  | { kind: 'replay' }
  | { kind: 'requestWithdrawal'; user: number; percent: number }
  | { kind: 'withdraw'; user: number }
  | { kind: 'register'; provider: number; extra: number }
  | { kind: 'unstake'; node: number; percent: number }
  | { kind: 'withdrawUnbonded'; node: number }
  | { kind: 'slash'; node: number; percent: number }
  | { kind: 'epoch'; weights: [number, number, number]; claimers: [boolean, boolean, boolean] }

const user = fc.integer({ min: 0, max: 2 })
const percent = fc.integer({ min: 0, max: 100 })
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('deposit' as const), user, amount: fc.integer({ min: 1, max: 1_000 }) }),
  fc.record({ kind: fc.constant('redeem' as const), items: fc.array(fc.record({ user, percent }), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('replay' as const) }),
  fc.record({ kind: fc.constant('requestWithdrawal' as const), user, percent: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant('withdraw' as const), user }),
  fc.record({ kind: fc.constant('register' as const), provider: fc.integer({ min: 0, max: 1 }), extra: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ kind: fc.constant('unstake' as const), node: fc.nat(), percent: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant('withdrawUnbonded' as const), node: fc.nat() }),
  fc.record({ kind: fc.constant('slash' as const), node: fc.nat(), percent: fc.integer({ min: 1, max: 100 }) }),
  fc.record({
    kind: fc.constant('epoch' as const),
    weights: fc.tuple(percent, percent, percent),
    claimers: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean())
  })
)

describe('token conservation under random operation sequences', () => {
  let connection: Awaited<ReturnType<typeof connectChain>>
  // The fixture's slasher may slash any share of a node, far beyond what a run can take in a day.
  const fixture = async (): Promise<Suite> =>
    await deployTestSuite(connection, { minStake: MIN_STAKE, slasherMaxSlashBps: 10_000, slasherCapPerPeriod: 1_000_000n * MAIA })

  beforeAll(async () => {
    connection = await connectChain()
  })
  afterAll(async () => {
    await connection.close()
  })

  it('never creates or loses tokens', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 4, maxLength: 16 }), async (commands) => {
        const s = await connection.networkHelpers.loadFixture(fixture)
        const run = new Run(s)
        await run.check()
        for (const c of commands) {
          await run.apply(c)
          await run.check()
        }
      }),
      { numRuns: 30, seed: 20_251_126, endOnFailure: true }
    )
  })
})

class Run {
  readonly #s: Suite
  readonly #modelBalances = [0n, 0n, 0n]
  readonly #nodes: Array<{ address: string; provider: Signer }> = []
  readonly #earned = new Map<string, bigint>()
  readonly #slashed = new Map<string, bigint>()
  #lastRedemption: Redemption | undefined
  #epoch = 0
  #counter = 0
  /** Slashes made, so each cites its own evidence (a bounded slasher may cite one hash per node once). */
  #slashes = 0
  #supply = 0n
  readonly #holders: string[] = []

  constructor(s: Suite) {
    this.#s = s
  }

  async apply(c: Command): Promise<void> {
    const s = this.#s
    switch (c.kind) {
      case 'deposit': {
        const amount = BigInt(c.amount) * MAIA
        await (await s.payments.connect(s.users[c.user]!).deposit(s.operator.address, amount)).wait()
        this.#modelBalances[c.user]! += amount
        return
      }
      case 'redeem': {
        const remaining = [...this.#modelBalances]
        const batch: Redemption[] = []
        for (const item of c.items) {
          const amount = (remaining[item.user]! * BigInt(item.percent)) / 100n
          remaining[item.user]! -= amount
          const signer = s.users[item.user]!
          const voucher = {
            user: signer.address,
            operator: s.operator.address,
            sessionId: toBeHex(++this.#counter, 32),
            maxAmount: amount + 1n,
            expiry: BigInt(await s.networkHelpers.time.latest()) + 3600n,
            nonce: BigInt(this.#counter)
          }
          batch.push(toRedemption(voucher, amount, await signVoucher(signer, s.domain, voucher)))
        }
        await (await s.payments.connect(s.operator).redeemBatch(batch)).wait()
        for (let i = 0; i < 3; i++) this.#modelBalances[i] = remaining[i]!
        this.#lastRedemption = batch[0]
        return
      }
      case 'replay': {
        if (this.#lastRedemption === undefined) return
        await expect(s.payments.connect(s.operator).redeem(this.#lastRedemption)).rejects.toThrow()
        return
      }
      case 'requestWithdrawal': {
        const amount = (this.#modelBalances[c.user]! * BigInt(c.percent)) / 100n
        if (amount === 0n) return
        await (await s.payments.connect(s.users[c.user]!).requestWithdrawal(s.operator.address, amount)).wait()
        return
      }
      case 'withdraw': {
        const signer = s.users[c.user]!
        const pending = await s.payments.pendingWithdrawal(signer.address, s.operator.address)
        if (pending.amount === 0n) return
        await s.networkHelpers.time.increase(DAY)
        await (await s.payments.connect(signer).withdraw(s.operator.address)).wait()
        const paid = pending.amount < this.#modelBalances[c.user]! ? pending.amount : this.#modelBalances[c.user]!
        this.#modelBalances[c.user]! -= paid
        return
      }
      case 'register': {
        const provider = s.providers[c.provider]!
        const nodeKey = new Wallet(toBeHex(1_000_000 + ++this.#counter, 32))
        const node = nodeKey.address
        const consent = await nodeRegistrationConsent(nodeKey, s.registry, { provider: await provider.getAddress(), peerId: `peer-${node}` })
        await (await s.registry.connect(provider).register(node, `peer-${node}`, '{}', MIN_STAKE + BigInt(c.extra) * MAIA, consent.deadline, consent.signature)).wait()
        this.#nodes.push({ address: node, provider })
        this.#holders.push(node)
        return
      }
      case 'unstake': {
        const node = this.#pick(c.node)
        if (node === undefined || !(await s.registry.isRegistered(node.address))) return
        const { stake } = await s.registry.getNode(node.address)
        const amount = (stake * BigInt(c.percent)) / 100n
        if (amount === 0n) return
        await (await s.registry.connect(node.provider).requestUnstake(node.address, amount)).wait()
        return
      }
      case 'withdrawUnbonded': {
        const node = this.#pick(c.node)
        if (node === undefined || !(await s.registry.isRegistered(node.address))) return
        if ((await s.registry.getNode(node.address)).unbonding === 0n) return
        await s.networkHelpers.time.increase(DEFAULT_SUITE_PARAMETERS.unbondingPeriod)
        await (await s.registry.connect(node.provider).withdrawUnbonded(node.address)).wait()
        return
      }
      case 'slash': {
        const node = this.#pick(c.node)
        if (node === undefined || !(await s.registry.isRegistered(node.address))) return
        const { stake, unbonding } = await s.registry.getNode(node.address)
        const amount = ((stake + unbonding) * BigInt(c.percent)) / 100n
        if (amount === 0n) return
        await (await s.registry.connect(s.slasher).slash(node.address, amount, id(`evidence ${node.address} ${amount} #${this.#slashes++}`), 'property test')).wait()
        this.#slashed.set(node.address, (this.#slashed.get(node.address) ?? 0n) + amount)
        return
      }
      case 'epoch': {
        // Share out what the distributor holds beyond what earlier roots already owe.
        const rewardsAddress = await s.rewards.getAddress()
        const unallocated = (await s.token.balanceOf(rewardsAddress)) + (await s.rewards.totalClaimed()) - (await s.rewards.totalCumulative())
        const accounts = [s.providers[0].address, s.providers[1].address, s.users[2].address]
        const weightSum = BigInt(c.weights.reduce((a, b) => a + b, 0))
        for (let i = 0; i < 3; i++) {
          const share = weightSum === 0n ? 0n : (unallocated * BigInt(c.weights[i]!)) / weightSum
          this.#earned.set(accounts[i]!, (this.#earned.get(accounts[i]!) ?? 0n) + share)
        }
        const tree = buildRewardsTree(accounts.map((account) => ({ account, cumulativeAmount: this.#earned.get(account) ?? 0n })))
        this.#epoch += 1
        await (await s.rewards.connect(s.oracle).postRoot(this.#epoch, tree.root, tree.total)).wait()
        for (let i = 0; i < 3; i++) {
          if (!c.claimers[i]) continue
          const claim = tree.getClaim(accounts[i]!)
          if (claim.cumulativeAmount <= (await s.rewards.claimed(claim.account))) {
            await expect(s.rewards.claim(claim.account, claim.cumulativeAmount, claim.proof)).rejects.toThrow()
            continue
          }
          await (await s.rewards.connect(s.stranger).claim(claim.account, claim.cumulativeAmount, claim.proof)).wait()
        }
        return
      }
    }
  }

  async check(): Promise<void> {
    const s = this.#s
    const contracts = [await s.payments.getAddress(), await s.registry.getAddress(), await s.rewards.getAddress()]
    if (this.#supply === 0n) {
      this.#supply = await s.token.totalSupply()
      this.#holders.push(...s.signers.map((signer) => signer.address), s.timelockAddress, ...contracts)
    }
    const balances = await Promise.all(this.#holders.map((holder) => s.token.balanceOf(holder)))
    expect(balances.reduce((a, b) => a + b, 0n)).toBe(this.#supply)
    expect(await s.token.totalSupply()).toBe(this.#supply)

    const [paymentsHeld, registryHeld, rewardsHeld] = await Promise.all(contracts.map((c) => s.token.balanceOf(c)))
    const userBalances = await Promise.all(s.users.map((u) => s.payments.balanceOf(u.address, s.operator.address)))
    expect(userBalances).toEqual(this.#modelBalances)
    expect(paymentsHeld).toBe(userBalances.reduce((a, b) => a + b, 0n))

    let staked = 0n
    for (const node of this.#nodes) {
      expect(await s.registry.slashedTotal(node.address)).toBe(this.#slashed.get(node.address) ?? 0n)
      if (!(await s.registry.isRegistered(node.address))) continue
      const entry = await s.registry.getNode(node.address)
      staked += entry.stake + entry.unbonding
    }
    expect(registryHeld).toBe(staked)
    expect(rewardsHeld! + (await s.rewards.totalClaimed())).toBeGreaterThanOrEqual(await s.rewards.totalCumulative())
  }

  #pick(index: number) {
    return this.#nodes.length === 0 ? undefined : this.#nodes[index % this.#nodes.length]
  }
}
