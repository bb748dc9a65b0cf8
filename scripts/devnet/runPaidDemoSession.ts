import { formatUnits, JsonRpcProvider, parseUnits } from 'ethers'
import { connectSuite } from '../../shared/chain/index.ts'
import { openDevnetVoucher } from './openDevnetVoucher.ts'
import type { DevnetEconomy } from './prepareDevnetEconomy.ts'
import { sendSampleRequest } from './sendSampleRequest.ts'

export interface PaidDemoResult {
  /** Balance changes per party, in $MAIA base units. */
  changes: Array<{ party: string; address: string; change: bigint }>
  sample: Awaited<ReturnType<typeof sendSampleRequest>>
  settlement: unknown
}

/**
 * The devnet's demo of the whole economy: the user signs a voucher for one session, asks MAIA a
 * question through the orchestrator (served by a staked node), the orchestrator redeems the
 * voucher and posts a rewards epoch, and the provider, curator and trainer claim their shares.
 * Returns where every party's balance went.
 */
export async function runPaidDemoSession(apiUrl: string, apiKey: string, economy: DevnetEconomy, onText: (text: string) => void): Promise<PaidDemoResult> {
  // Unbatched: ethers holds each batched call 10 ms, and a local chain answers at once.
  const provider = new JsonRpcProvider(economy.rpcUrl, undefined, { staticNetwork: true, cacheTimeout: -1, pollingInterval: 250, batchMaxCount: 1 })
  try {
    const { deployment, accounts } = economy
    const suite = connectSuite(deployment, provider)
    const parties: Array<{ party: string; address: string; deposit?: boolean }> = [
      { party: 'user (session deposit)', address: accounts.user.address, deposit: true },
      ...economy.nodes.map((address, index) => ({ party: `provider node-${index + 1}`, address })),
      { party: 'curator (library)', address: accounts.curator.address },
      { party: 'trainer (maia-tiny)', address: accounts.trainer.address },
      { party: 'treasury (timelock)', address: await suite.SessionPayments.treasury() },
      { party: 'rewards pool (unclaimed)', address: deployment.contracts.RewardsDistributor.address }
    ]
    const balances = async (): Promise<bigint[]> => Promise.all(parties.map((entry) =>
      entry.deposit === true ? suite.SessionPayments.balanceOf(entry.address, economy.orchestrator) : suite.MaiaToken.balanceOf(entry.address)))
    const before = await balances()

    const { header } = await openDevnetVoucher(provider, economy, { maxAmount: parseUnits('1', 18), ttlSeconds: 3_600 })
    const sample = await sendSampleRequest(apiUrl, apiKey, onText, { 'x-maia-voucher': header })

    const settled = await fetch(`${apiUrl}/v1/settlement/epochs`, { method: 'POST', headers: { 'x-api-key': apiKey } })
    const settlement = await settled.json() as unknown
    if (!settled.ok) throw new Error(`settlement failed: ${JSON.stringify(settlement)}`)
    // Anyone may claim for anyone (the tokens go to the account): the user pays the gas here.
    const claimer = connectSuite(deployment, accounts.user.connect(provider))
    for (const { address } of parties.slice(1, -2)) {
      const response = await fetch(`${apiUrl}/v1/rewards/${address}`, { headers: { 'x-api-key': apiKey } })
      if (!response.ok) continue
      const claim = await response.json() as { cumulativeAmount: string; proof: string[] }
      await (await claimer.RewardsDistributor.claim(address, BigInt(claim.cumulativeAmount), claim.proof)).wait()
    }
    const after = await balances()
    return { changes: parties.map((entry, index) => ({ party: entry.party, address: entry.address, change: after[index]! - before[index]! })), sample, settlement }
  } finally {
    provider.destroy()
  }
}

export function formatBalanceChanges(changes: PaidDemoResult['changes']): string {
  return changes.map(({ party, address, change }) =>
    `  ${party.padEnd(26)} ${address}  ${change >= 0n ? '+' : ''}${formatUnits(change, 18)} $MAIA`).join('\n')
}
