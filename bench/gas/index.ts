/**
 * Gas benchmark of the MAIA contracts, next to a plain OpenZeppelin ERC-20 transfer measured in the
 * same run on the in-process Hardhat (EDR) chain.
 *
 *   npx tsx bench/gas/index.ts [--json out.json]
 *
 * Steady state means the accounts involved already hold balances and used nonces, as they do after
 * the first session; cold means a first-ever use (fresh storage slots cost 20k gas each).
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { Wallet, parseUnits, toBeHex, type ContractTransactionResponse, type Signer } from 'ethers'
import { readArtifact, DEFAULT_ARTIFACTS_DIR } from '../../scripts/deploy/artifacts.ts'
import { deploySuite } from '../../scripts/deploy/deploySuite.ts'
import { buildContracts, getHardhatRuntime } from '../../scripts/deploy/hardhatRuntime.ts'
import { nodeRegistrationConsent } from '../../shared/chain/nodeRegistration.ts'
import { buildRewardsTree } from '../../shared/chain/rewardsTree.ts'
import { signVoucher, toRedemption, voucherDomain, type Redemption } from '../../shared/chain/voucher.ts'

const MAIA = parseUnits('1', 18)
const INFERENCES_PER_EPOCH = 10_000
const INFERENCES_PER_SESSION = 100
const BATCH = 100
const PROVIDERS_CLAIMING = 20
const EARNERS_IN_TREE = 1_000

async function gasOf(tx: Promise<ContractTransactionResponse>): Promise<bigint> {
  const receipt = await (await tx).wait()
  if (receipt === null) throw new Error('no receipt')
  return receipt.gasUsed
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'string' } } })
  await buildContracts()
  const hre = await getHardhatRuntime()
  const connection = await hre.network.create()
  const { ethers, networkHelpers } = connection
  const [deployer, operator, oracle, provider] = await ethers.getSigners()
  if (deployer === undefined || operator === undefined || oracle === undefined || provider === undefined) throw new Error('signers')

  // Baseline: a plain OpenZeppelin ERC-20.
  const plainArtifact = await readArtifact(DEFAULT_ARTIFACTS_DIR, 'contracts/mocks/PlainERC20.sol:PlainERC20')
  const plain = await new ethers.ContractFactory(plainArtifact.abi, plainArtifact.bytecode, deployer).deploy(deployer.address, 10n ** 30n)
  const plainTransfer = plain.getFunction('transfer')
  await (await plainTransfer(operator.address, 1n)).wait()
  const erc20Existing = await gasOf(plainTransfer(operator.address, 1n) as Promise<ContractTransactionResponse>)
  const erc20Fresh = await gasOf(plainTransfer(Wallet.createRandom().address, 1n) as Promise<ContractTransactionResponse>)

  const { deployment, contracts } = await deploySuite({
    signer: deployer,
    roles: { operators: [operator.address], oracles: [oracle.address] }
  })
  const { MaiaToken: token, SessionPayments: payments, RewardsDistributor: rewards, NodeRegistry: registry } = contracts
  await (await token.transfer(operator.address, MAIA)).wait()
  const maiaTransfer = await gasOf(token.transfer(operator.address, 1n))

  // Users: deterministic wallets, funded, each with a deposit.
  const users: Signer[] = []
  for (let i = 0; i < BATCH; i++) {
    const wallet = new Wallet(toBeHex(0xbe0c4 + i, 32), ethers.provider)
    await networkHelpers.setBalance(wallet.address, 10n ** 20n)
    await (await token.transfer(wallet.address, 10_000n * MAIA)).wait()
    await (await token.connect(wallet).approve(deployment.contracts.SessionPayments.address, 10_000n * MAIA)).wait()
    await (await payments.connect(wallet).deposit(operator.address, 5_000n * MAIA)).wait()
    users.push(wallet)
  }
  const { chainId } = await ethers.provider.getNetwork()
  const domain = voucherDomain({ chainId, verifyingContract: deployment.contracts.SessionPayments.address })
  let nonce = 0n
  const voucherOf = async (user: Signer): Promise<Redemption> => {
    nonce += 1n
    const voucher = {
      user: await user.getAddress(),
      operator: operator.address,
      sessionId: toBeHex(nonce, 32),
      maxAmount: 2n * MAIA,
      expiry: BigInt(await networkHelpers.time.latest()) + 3600n,
      nonce
    }
    return toRedemption(voucher, MAIA + nonce, await signVoucher(user, domain, voucher))
  }
  const asOperator = payments.connect(operator)

  // Single redemptions: the first-ever (cold nonce word) and a steady-state one.
  const redeemCold = await gasOf(asOperator.redeem(await voucherOf(users[0]!)))
  const redeemWarm = await gasOf(asOperator.redeem(await voucherOf(users[0]!)))
  // Batches over distinct users: first the cold one (each user's first voucher), then steady state.
  const batchOf = async (size: number) => await Promise.all(users.slice(0, size).map((user) => voucherOf(user)))
  await gasOf(asOperator.redeemBatch(await batchOf(BATCH)))
  // What the orchestrator sends is tryRedeemBatch (skips, with an event, a voucher failing a check):
  // measured from the same chain state and nonces as redeemBatch, then the state is rolled back.
  const beforeBatches = await networkHelpers.takeSnapshot()
  const nonceBeforeBatches = nonce
  const tryBatch10 = await gasOf(asOperator.tryRedeemBatch(await batchOf(10)))
  const tryBatch100 = await gasOf(asOperator.tryRedeemBatch(await batchOf(BATCH)))
  await beforeBatches.restore()
  nonce = nonceBeforeBatches
  const batch10 = await gasOf(asOperator.redeemBatch(await batchOf(10)))
  const batch100 = await gasOf(asOperator.redeemBatch(await batchOf(BATCH)))

  // Rewards: a root over 1,000 earners; claims by providers that already hold tokens.
  const earners = Array.from({ length: EARNERS_IN_TREE }, (_, i) => ({
    account: i < BATCH ? (users[i] as Wallet).address : new Wallet(toBeHex(0xea4 + i, 32)).address,
    cumulativeAmount: MAIA + BigInt(i)
  }))
  const fundNeeded = earners.reduce((sum, e) => sum + e.cumulativeAmount * 2n, 0n)
  await (await token.approve(deployment.contracts.RewardsDistributor.address, fundNeeded)).wait()
  await (await rewards.fund(fundNeeded)).wait()
  const tree1 = buildRewardsTree(earners)
  const postRootFirst = await gasOf(rewards.connect(oracle).postRoot(1, tree1.root, tree1.total))
  const first = tree1.getClaim(earners[0]!.account)
  const claimFirst = await gasOf(rewards.claim(first.account, first.cumulativeAmount, first.proof))
  const tree2 = buildRewardsTree(earners.map((e) => ({ ...e, cumulativeAmount: e.cumulativeAmount * 2n })))
  const postRoot = await gasOf(rewards.connect(oracle).postRoot(2, tree2.root, tree2.total))
  const again = tree2.getClaim(earners[0]!.account)
  const claimWarm = await gasOf(rewards.claim(again.account, again.cumulativeAmount, again.proof))

  // Node registration (stake transfer included).
  await (await token.transfer(provider.address, 10_000n * MAIA)).wait()
  await (await token.connect(provider).approve(deployment.contracts.NodeRegistry.address, 10_000n * MAIA)).wait()
  // The provider registers a node key it holds the consent of (EIP-712 signature checked on chain).
  const benchNode = Wallet.createRandom()
  const benchPeerId = '12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'
  const consent = await nodeRegistrationConsent(benchNode, registry, { provider: provider.address, peerId: benchPeerId })
  const register = await gasOf(
    registry.connect(provider).register(
      benchNode.address,
      benchPeerId,
      '{"addrs":["/ip4/203.0.113.7/tcp/4001"],"model":"maia-guide-1b-q4"}',
      1_000n * MAIA,
      consent.deadline,
      consent.signature
    )
  )

  // Amortization over one epoch of 10,000 paid inferences.
  const perVoucherBatched = batch100 / BigInt(BATCH)
  const sessions = BigInt(INFERENCES_PER_EPOCH / INFERENCES_PER_SESSION)
  const epochTotal = sessions * perVoucherBatched + postRoot + BigInt(PROVIDERS_CLAIMING) * claimWarm
  const worstTotal = BigInt(INFERENCES_PER_EPOCH) * perVoucherBatched + postRoot + BigInt(PROVIDERS_CLAIMING) * claimWarm
  const n = BigInt(INFERENCES_PER_EPOCH)

  const rows: Array<[string, bigint]> = [
    ['ERC-20 transfer, plain OpenZeppelin, to a holder (baseline)', erc20Existing],
    ['ERC-20 transfer, plain OpenZeppelin, to a fresh account', erc20Fresh],
    ['$MAIA transfer (ERC20Votes), to a holder', maiaTransfer],
    ['voucher redemption, single, first for the user (cold)', redeemCold],
    ['voucher redemption, single, steady state', redeemWarm],
    ['voucher redemption, batch of 10, per voucher', batch10 / 10n],
    [`voucher redemption, batch of ${BATCH}, per voucher`, perVoucherBatched],
    ['voucher redemption, tryRedeemBatch of 10, per voucher', tryBatch10 / 10n],
    [`voucher redemption, tryRedeemBatch of ${BATCH}, per voucher`, tryBatch100 / BigInt(BATCH)],
    [`epoch root post, first ever (${EARNERS_IN_TREE} earners)`, postRootFirst],
    ['epoch root post, steady state', postRoot],
    [`rewards claim, first (proof depth ${first.proof.length})`, claimFirst],
    ['rewards claim, steady state', claimWarm],
    ['node registration (with stake transfer)', register],
    [`per paid inference: 10,000/epoch, ${INFERENCES_PER_SESSION}/session, batches of ${BATCH}, ${PROVIDERS_CLAIMING} claims`, epochTotal / n],
    ['per paid inference: same, worst case of 1 inference per session', worstTotal / n],
    ['per paid inference: the epoch root alone over 10,000', postRoot / n]
  ]
  const hardfork = (hre.config.networks.default as { hardfork?: string }).hardfork ?? 'default'
  const lines = [
    `MAIA gas benchmark (solc 0.8.28, optimizer 200 runs, EDR in-process chain, hardfork ${hardfork})`,
    '',
    `${'operation'.padEnd(96)} ${'gas'.padStart(9)}  ${'× transfer'.padStart(10)}`
  ]
  for (const [label, gas] of rows) {
    const ratio = Number(gas) / Number(erc20Existing)
    lines.push(`${label.padEnd(96)} ${gas.toString().padStart(9)}  ${ratio.toFixed(4).padStart(10)}`)
  }
  process.stdout.write(lines.join('\n') + '\n')
  if (values.json !== undefined) {
    const json = Object.fromEntries(rows.map(([label, gas]) => [label, { gas: Number(gas), ratioToTransfer: Number(gas) / Number(erc20Existing) }]))
    await writeFile(values.json, JSON.stringify({ hardfork, baseline: Number(erc20Existing), rows: json }, null, 2) + '\n')
  }
  await connection.close()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  }
)
