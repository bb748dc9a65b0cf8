import { ZeroAddress, getAddress, hexlify, randomBytes, type TypedDataDomain } from 'ethers'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS, readArtifact } from '../../../scripts/deploy/artifacts.ts'
import {
  NODE_REGISTRATION_TYPES, RECEIPT_TYPES, encodeVoucherHeader, hashVoucher, signVoucher, toRedemption, typesFromEncodeType, voucherDomain, type Voucher
} from '../../../shared/chain/index.ts'
import type { SessionPayments as SessionPaymentsContract } from '../../../types/ethers-contracts/index.ts'
import { expectRevert } from '../../contracts/support/expectRevert.ts'
import { MAIA, OPERATOR_ROLE, headerJson, headerOf, serve, usePaymentsBench } from './support.ts'

/** The voucher type before 4b67247: no operator. Users may still hold (or be tricked into) such signatures. */
const OLD_VOUCHER_TYPES = typesFromEncodeType('Voucher', 'Voucher(address user,bytes32 sessionId,uint256 maxAmount,uint64 expiry,uint256 nonce)')

// Attacks on what binds a voucher to one operator: its signed `operator` field, its EIP-712 domain and type.
describe('attacks on the voucher\'s operator binding', () => {
  const bench = usePaymentsBench()

  it('an intermediary that rewrites the voucher\'s operator to its own is refused by its orchestrator and by the contract', async () => {
    const s = bench.suite()
    const [alice] = s.users
    const mallory = await bench.grantOperator(s.stranger)
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    await bench.deposit(alice, mallory, 10n * MAIA)
    const voucher = await bench.voucher(alice)
    const signature = await signVoucher(alice, s.domain, voucher)
    const rewritten: Voucher = { ...voucher, operator: mallory }

    // Mallory's orchestrator is shown the rewritten header: the signature no longer recovers to Alice.
    const { payments: mallorys } = await bench.orchestrator(s.stranger)
    await expect(mallorys.authorize(encodeVoucherHeader({ voucher: rewritten, signature }))).rejects.toThrow(/not signed by the voucher user/)
    // On chain: the rewritten voucher fails its signature; the original one names someone else.
    await expectRevert(s.payments.connect(s.stranger).redeem(toRedemption(rewritten, 10n * MAIA, signature)), s.payments, 'SessionPaymentsInvalidSignature', [alice.address, voucher.nonce])
    await expectRevert(s.payments.connect(s.stranger).redeem(toRedemption(voucher, 10n * MAIA, signature)), s.payments, 'SessionPaymentsWrongOperator', [alice.address, voucher.nonce, s.operator.address, mallory])
    expect(await s.payments.balanceOf(alice.address, mallory)).toBe(10n * MAIA)

    // The honest orchestrator it names still serves and is paid in full.
    const { payments: honest } = await bench.orchestrator(s.operator)
    expect(await serve(honest, encodeVoucherHeader({ voucher, signature }), 4n * MAIA)).toBe(4n * MAIA)
    expect((await honest.redeemPending()).redeemed).toBe(1)
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(6n * MAIA)
  })

  it('a header whose operator is missing, garbage, badly checksummed or not an address is refused before anything is read or stored', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const { payments, store } = await bench.orchestrator(s.operator)
    const json = headerJson(await bench.header(alice, await bench.voucher(alice)))
    const lower = s.operator.address.toLowerCase()
    // One letter of the checksummed spelling flipped in case: isAddress refuses a wrong checksum.
    const letter = s.operator.address.slice(2).search(/[a-fA-F]/) + 2
    const flipped = s.operator.address[letter] === s.operator.address[letter]!.toUpperCase() ? s.operator.address[letter]!.toLowerCase() : s.operator.address[letter]!.toUpperCase()
    const badChecksum = s.operator.address.slice(0, letter) + flipped + s.operator.address.slice(letter + 1)
    const { operator: _dropped, ...withoutOperator } = json.voucher
    const variants: unknown[] = [
      withoutOperator,
      { ...json.voucher, operator: 'garbage' },
      { ...json.voucher, operator: `0x${lower.slice(2, 40)}` },
      { ...json.voucher, operator: badChecksum },
      { ...json.voucher, operator: 42 },
      { ...json.voucher, operator: null },
      { ...json.voucher, operator: [s.operator.address] },
      { ...json.voucher, operator: `${s.operator.address}00` }
    ]
    for (const voucher of variants) {
      await expect(payments.authorize(headerOf({ ...json, voucher }))).rejects.toThrow(/Invalid x-maia-voucher/)
    }
    expect(await store.keys().all()).toEqual([])
  })

  it('a voucher naming the zero address (or any non-operator) is refused; one naming the operator in lower case is the same session, not a second budget', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const { payments } = await bench.orchestrator(s.operator)
    await expect(payments.authorize(await bench.header(alice, await bench.voucher(alice, { operator: ZeroAddress })))).rejects.toThrow(/names another orchestrator's operator/)

    const voucher = await bench.voucher(alice, { maxAmount: 10n * MAIA })
    const value = await bench.header(alice, voucher)
    const json = headerJson(value)
    // The same signature carries over to any spelling: EIP-712 encodes the 20 bytes, not the text.
    const lowerCase = headerOf({ ...json, voucher: { ...json.voucher, operator: s.operator.address.toLowerCase() } })
    expect(await serve(payments, value, 7n * MAIA)).toBe(7n * MAIA)
    expect(await serve(payments, lowerCase, 7n * MAIA)).toMatch(/Session budget exhausted/)
    expect((await payments.authorize(lowerCase)).digest).toBe(hashVoucher(s.domain, voucher))
  })

  it('a voucher signed for one SessionPayments deployment (or chain) is refused by another deployment\'s orchestrator and contract', async () => {
    const s = bench.suite()
    const [alice] = s.users
    const artifact = await readArtifact(DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS.SessionPayments)
    const factory = new s.ethers.ContractFactory(artifact.abi, artifact.bytecode, s.deployer)
    const deployed = await factory.deploy(s.deployer.address, await s.token.getAddress(), s.deployer.address, s.deployer.address, 1_000, 86_400)
    await deployed.waitForDeployment()
    const second = s.payments.attach(await deployed.getAddress()) as SessionPaymentsContract
    await (await second.connect(s.deployer).grantRole(OPERATOR_ROLE, s.operator.address)).wait()
    await (await s.token.connect(alice).approve(await second.getAddress(), 10n * MAIA)).wait()
    await (await second.connect(alice).deposit(s.operator.address, 10n * MAIA)).wait()
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const { chainId } = await s.ethers.provider.getNetwork()
    const secondDomain = voucherDomain({ chainId, verifyingContract: await second.getAddress() })
    // Same operator key, same user, same deposit size: only the domain tells the two apart.
    const { payments: secondOrchestrator } = await bench.orchestrator(s.operator, { contract: second, domain: secondDomain })
    const { payments: firstOrchestrator } = await bench.orchestrator(s.operator)

    const voucher = await bench.voucher(alice)
    const value = await bench.header(alice, voucher)
    expect(await serve(firstOrchestrator, value, 3n * MAIA)).toBe(3n * MAIA)
    expect(await serve(secondOrchestrator, value, 3n * MAIA)).toMatch(/not signed by the voucher user/)
    const foreignChain = await bench.header(alice, await bench.voucher(alice), voucherDomain({ chainId: 1n, verifyingContract: await s.payments.getAddress() }))
    expect(await serve(firstOrchestrator, foreignChain, MAIA)).toMatch(/not signed by the voucher user/)

    expect((await firstOrchestrator.redeemPending()).redeemed).toBe(1)
    await expectRevert(second.connect(s.operator).redeem(toRedemption(voucher, 3n * MAIA, await signVoucher(alice, s.domain, voucher))), second, 'SessionPaymentsInvalidSignature', [alice.address, voucher.nonce])
    expect([await s.payments.balanceOf(alice.address, s.operator.address), await second.balanceOf(alice.address, s.operator.address)]).toEqual([7n * MAIA, 10n * MAIA])
  })

  it('EIP-712 type confusion: a signature over the old voucher type, a receipt or a node registration in the voucher\'s domain redeems nothing', async () => {
    const s = bench.suite()
    const [alice] = s.users
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    const { payments } = await bench.orchestrator(s.operator)
    const voucher = await bench.voucher(alice)
    const domain: TypedDataDomain = s.domain
    const { operator: _operator, ...oldVoucher } = voucher
    // What a hostile app could get Alice to sign in the SessionPayments domain, with overlapping fields.
    const confusions: Record<string, string> = {
      oldVoucher: await alice.signTypedData(domain, OLD_VOUCHER_TYPES, oldVoucher),
      receipt: await alice.signTypedData(domain, RECEIPT_TYPES, {
        requestId: voucher.sessionId, promptHash: hexlify(randomBytes(32)), outputHash: hexlify(randomBytes(32)),
        inputTokens: voucher.maxAmount, outputTokens: voucher.nonce, modelHash: hexlify(randomBytes(32)), node: voucher.operator
      }),
      registration: await alice.signTypedData(domain, NODE_REGISTRATION_TYPES, { provider: voucher.operator, peerId: voucher.sessionId, nonce: voucher.nonce, deadline: voucher.expiry })
    }
    const refusedByOrchestrator: string[] = []
    const refusedByContract: string[] = []
    for (const [name, signature] of Object.entries(confusions)) {
      const outcome = await serve(payments, encodeVoucherHeader({ voucher, signature }), MAIA)
      if (typeof outcome === 'string' && /not signed by the voucher user/.test(outcome)) refusedByOrchestrator.push(name)
      const failure = await s.payments.connect(s.operator).redeem.staticCall(toRedemption(voucher, MAIA, signature)).then(() => undefined, (error: unknown) => error)
      if (failure !== undefined) refusedByContract.push(name)
    }
    expect({ refusedByOrchestrator, refusedByContract }).toEqual({ refusedByOrchestrator: Object.keys(confusions), refusedByContract: Object.keys(confusions) })
    expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(10n * MAIA)
  })

  it('nonces are per (user, operator): a nonce redeemed at one operator neither burns nor replays at another', async () => {
    const s = bench.suite()
    const [alice] = s.users
    const other = await bench.grantOperator(s.stranger)
    await bench.deposit(alice, s.operator.address, 10n * MAIA)
    await bench.deposit(alice, other, 10n * MAIA)
    const atFirst = await bench.voucher(alice, { nonce: 7n })
    const atOther = await bench.voucher(alice, { nonce: 7n, operator: other })
    const first = toRedemption(atFirst, 2n * MAIA, await signVoucher(alice, s.domain, atFirst))
    const second = toRedemption(atOther, 3n * MAIA, await signVoucher(alice, s.domain, atOther))
    await (await s.payments.connect(s.operator).redeem(first)).wait()
    expect([await s.payments.isNonceUsed(alice.address, s.operator.address, 7n), await s.payments.isNonceUsed(alice.address, other, 7n)]).toEqual([true, false])
    // The first operator cannot spend the other's voucher with the same nonce, nor replay its own.
    await expectRevert(s.payments.connect(s.operator).redeem(second), s.payments, 'SessionPaymentsWrongOperator')
    await expectRevert(s.payments.connect(s.operator).redeem(first), s.payments, 'SessionPaymentsVoucherAlreadyRedeemed', [alice.address, 7n])
    await (await s.payments.connect(s.stranger).redeem(second)).wait()
    await expectRevert(s.payments.connect(s.stranger).redeem(second), s.payments, 'SessionPaymentsVoucherAlreadyRedeemed', [alice.address, 7n])
    expect([await s.payments.balanceOf(alice.address, s.operator.address), await s.payments.balanceOf(alice.address, other)]).toEqual([8n * MAIA, 7n * MAIA])
    expect(getAddress(other)).toBe(s.stranger.address)
  })
})
