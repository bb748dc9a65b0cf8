import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toRedemption, voucherDomain } from '../../../../shared/chain/voucher.ts'
import type { OpenedSession } from '../../../../scripts/cli/economy/sessionCommand.ts'
import type { SessionFunds } from '../../../../scripts/cli/economy/sessionFundsCommands.ts'
import { RevertDecoder } from '../../../../scripts/cli/economy/revert.ts'
import { decodeVoucherHeader, encodeVoucherHeader } from '../../../../shared/chain/voucherCodec.ts'
import { VOUCHER_HEADER_NAME, verifyVoucherHeader } from '../../../../shared/chain/voucherHeader.ts'
import { addressOf, deployToChain, keyOf, maia, type DeployedChain } from './support/chain.ts'
import { startHardhatNode, type HardhatNode } from './support/hardhatNode.ts'
import { maiaError, runMaia, runMaiaJson } from './support/runMaia.ts'

const USER = 4
const OPERATOR = 1

describe('maia session open', () => {
  let node: HardhatNode
  let chain: DeployedChain
  let dir: string
  let common: string[]
  const env = { MAIA_PRIVATE_KEY: keyOf(USER) }

  beforeAll(async () => {
    node = await startHardhatNode()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-session-cli-'))
    chain = await deployToChain(node.rpcUrl, dir)
    await chain.fund(USER, maia('100'))
    common = ['--rpc', node.rpcUrl, '--deployment', chain.deploymentPath]
  })
  afterAll(async () => {
    chain?.close()
    await node?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const domain = () => voucherDomain({ chainId: 31337n, verifyingContract: chain.deployment.contracts.SessionPayments.address })

  it('refuses a voucher the deposit cannot cover', async () => {
    await expect(maiaError(['session', 'open', '--max', '5', ...common], env))
      .resolves.toMatchObject({ name: 'InsufficientDepositError', details: { deposited: '0.0 MAIA', maxAmount: '5.0 MAIA' } })
  })

  it('refuses a deposit above the token balance', async () => {
    await expect(maiaError(['session', 'open', '--max', '5', '--deposit', '1000', ...common], env))
      .resolves.toMatchObject({ name: 'InsufficientBalanceError', details: { needed: '1000.0 MAIA' } })
  })

  it('deposits, signs a voucher the contract redeems, and prints its header', async () => {
    const opened = await runMaiaJson<OpenedSession>(['session', 'open', '--max', '5.25', '--deposit', '20', '--ttl', '600', ...common], env)
    expect(opened.header.name).toBe(VOUCHER_HEADER_NAME)
    expect(opened.deposited).toBe(maia('20').toString())
    expect(opened.depositTransaction).toMatch(/^0x[0-9a-f]{64}$/)
    const { voucher, signature } = verifyVoucherHeader(opened.header.value, domain())
    // The deployment made one operator: the voucher (and the deposit) are with it.
    expect(voucher).toMatchObject({ user: addressOf(USER), operator: addressOf(OPERATOR), maxAmount: maia('5.25') })
    expect(voucher.sessionId).toMatch(/^0x[0-9a-f]{64}$/)
    // Expiry counts from chain time: the deposit's block is the latest the command saw.
    const depositReceipt = await chain.provider.getTransactionReceipt(opened.depositTransaction!)
    const depositBlock = await chain.provider.getBlock(depositReceipt!.blockNumber)
    expect(voucher.expiry).toBe(BigInt(depositBlock!.timestamp) + 600n)

    // The orchestrator's side: redeem what the header carries.
    await (await chain.as(OPERATOR).SessionPayments.redeem(toRedemption(voucher, maia('3'), signature))).wait()
    expect(await chain.asDeployer.SessionPayments.balanceOf(addressOf(USER), addressOf(OPERATOR))).toBe(maia('17'))

    await expect(maiaError(['session', 'open', '--max', '1', '--nonce', voucher.nonce.toString(), ...common], env))
      .resolves.toMatchObject({ name: 'VoucherNonceUsedError' })
  })

  it('prints the header line for apps, with a chosen session id, nonce and expiry', async () => {
    const sessionId = `0x${'ab'.repeat(32)}`
    const expiry = String(Math.floor(Date.now() / 1000) + 86_400)
    const out = await runMaia(['session', 'open', '--max', '2', '--session-id', sessionId, '--nonce', '42', '--expiry', expiry, ...common], env)
    const line = out.trim().split('\n').at(-1) ?? ''
    expect(line.startsWith(`${VOUCHER_HEADER_NAME}: `)).toBe(true)
    const { voucher } = decodeVoucherHeader(line.slice(VOUCHER_HEADER_NAME.length + 2))
    expect(voucher).toMatchObject({ sessionId, nonce: 42n, expiry: BigInt(expiry), maxAmount: maia('2') })
    expect(out).toMatch(/max amount\s+2\.0 MAIA/)
  })

  it('writes the header value to --out, readable by its owner only', async () => {
    const file = path.join(dir, 'vouchers', 'voucher.txt')
    const out = await runMaia(['session', 'open', '--max', '1', '--nonce', '43', '--out', file, ...common], env)
    const written = (await readFile(file, 'utf8')).trim()
    expect(out.trim().split('\n').at(-1)).toBe(`${VOUCHER_HEADER_NAME}: ${written}`)
    expect(verifyVoucherHeader(written, domain()).voucher).toMatchObject({ nonce: 43n, maxAmount: maia('1') })
    expect((await stat(file)).mode & 0o777).toBe(0o600)
  })

  it('refuses an --operator that cannot redeem vouchers, before any deposit', async () => {
    await expect(maiaError(['session', 'open', '--max', '1', '--deposit', '1', '--operator', addressOf(USER), ...common], env))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining(`${addressOf(USER)} is not an operator`) })
  })

  it('validates its flags', async () => {
    await expect(maiaError(['session', 'open', '--max', '1.5.0', '--session-id', '0x12', ...common], env)).resolves.toMatchObject({
      name: 'InvalidEconomyArgumentError',
      message: expect.stringMatching(/max: expected a decimal \$MAIA amount.*sessionId: expected 0x and 64 hex digits/)
    })
    await expect(maiaError(['session', 'open', '--max', '1', '--ttl', '60', '--expiry', '99', ...common], env))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining('not both') })
  })

  it('decodes SessionPayments reverts too (a tampered voucher fails on-chain with its decoded name)', async () => {
    const opened = await runMaiaJson<OpenedSession>(['session', 'open', '--max', '1', ...common], env)
    const { voucher, signature } = decodeVoucherHeader(opened.header.value)
    const tampered = { ...voucher, maxAmount: maia('10') }
    expect(() => verifyVoucherHeader(encodeVoucherHeader({ voucher: tampered, signature }), domain())).toThrow(expect.objectContaining({ name: 'BadSignatureError' }))
    const error = await chain.as(OPERATOR).SessionPayments.redeem(toRedemption(tampered, maia('2'), signature)).then(() => undefined, (caught: unknown) => caught)
    const decoded = new RevertDecoder(chain.deployment).toCommandError('SessionPayments.redeem', error)
    expect(decoded).toMatchObject({ name: 'ContractRevertError', errorName: 'SessionPaymentsInvalidSignature', errorArgs: { user: addressOf(USER), nonce: voucher.nonce.toString() } })
  })
  it('shows the deposit, requests a withdrawal, refuses to pay it early, then pays it out after the delay', async () => {
    const status = await runMaiaJson<SessionFunds>(['session', 'status', ...common], env)
    expect(status).toMatchObject({ account: addressOf(USER), operator: addressOf(OPERATOR), pendingWithdrawal: '0', unlockAt: '0' })
    const deposit = BigInt(status.deposit)
    expect(deposit).toBeGreaterThan(maia('2'))
    const requested = await runMaiaJson<SessionFunds>(['session', 'withdraw', '--amount', '2', ...common], env)
    expect(requested).toMatchObject({ deposit: deposit.toString(), pendingWithdrawal: maia('2').toString() })
    expect(BigInt(requested.unlockAt)).toBe(BigInt(requested.chainTime) + await chain.asDeployer.SessionPayments.withdrawalDelay())
    await expect(maiaError(['session', 'withdraw', '--execute', ...common], env))
      .resolves.toMatchObject({ name: 'ContractRevertError', errorName: 'SessionPaymentsWithdrawalLocked' })
    await chain.provider.send('evm_increaseTime', [Number(await chain.asDeployer.SessionPayments.withdrawalDelay()) + 1])
    await chain.provider.send('evm_mine', [])
    const paid = await runMaiaJson<SessionFunds>(['session', 'withdraw', '--execute', ...common], env)
    expect(paid).toMatchObject({ withdrawn: maia('2').toString(), deposit: (deposit - maia('2')).toString(), pendingWithdrawal: '0' })
  })

  it('cancels a requested withdrawal, and takes exactly one of --amount, --cancel, --execute', async () => {
    await runMaiaJson<SessionFunds>(['session', 'withdraw', '--amount', '1', ...common], env)
    const cancelled = await runMaiaJson<SessionFunds>(['session', 'withdraw', '--cancel', ...common], env)
    expect(cancelled.pendingWithdrawal).toBe('0')
    await expect(maiaError(['session', 'withdraw', ...common], env)).resolves.toMatchObject({ name: 'InvalidEconomyArgumentError', message: expect.stringContaining('exactly one of') })
    await expect(maiaError(['session', 'withdraw', '--amount', '1', '--cancel', ...common], env)).resolves.toMatchObject({ name: 'InvalidEconomyArgumentError' })
  })
})
