import type { Command } from 'commander'
import { z } from 'zod'
import type { ChainContext } from './chainContext.ts'
import { withChain, withSigningChain } from './chainContext.ts'
import { InvalidEconomyArgumentError, TransactionFailedError } from './errors.ts'
import { addChainOptions, addressSchema, chainFlagsSchema, parseFlags, type EconomyCommandOptions } from './flags.ts'
import { formatMaia, printerFor } from './output.ts'
import { loadRewardsProof, verifyRewardsProof, type ProofSource, type RewardsProof } from './rewardsProof.ts'
import { sendTransaction } from './transactions.ts'

const rewardsSchema = chainFlagsSchema.extend({
  account: addressSchema.optional(),
  orchestrator: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  proofFile: z.string().min(1).optional()
}).refine((flags) => flags.orchestrator === undefined || flags.proofFile === undefined, { message: 'pass --orchestrator or --proof-file, not both', path: ['proofFile'] })
type RewardsFlags = z.output<typeof rewardsSchema>

/** What `maia rewards status --json` prints (amounts in base units). */
export interface RewardsStatus {
  account: string
  chainEpoch: string
  root: string
  claimed: string
  /** Present when a proof was given and verified against the on-chain root. */
  verified?: { proofEpoch: string; cumulativeAmount: string; claimable: string }
  balance: string
}

/**
 * `maia rewards status|claim` (any account): proof-verified cumulative earnings from the epoch
 * Merkle root in RewardsDistributor. Proofs come from the orchestrator (`--orchestrator`, or
 * MAIA_ORCHESTRATOR_URL; MAIA_API_KEY is sent as x-api-key when set) or a `--proof-file`.
 */
export function registerRewardsCommand(program: Command, options: EconomyCommandOptions = {}): void {
  const env = options.env ?? process.env
  const rewards = program.command('rewards').description('providers, curators, trainers: see and claim epoch rewards (RewardsDistributor)')
  const withProofOptions = (command: Command): Command => addChainOptions(command, { signs: true })
    .option('--account <address>', 'whose rewards (default: the signing account)')
    .option('--orchestrator <url>', 'fetch the proof from <url>/v1/rewards/<address> (default: MAIA_ORCHESTRATOR_URL)')
    .option('--proof-file <path>', 'read the proof from a JSON file {epoch, cumulativeAmount, proof}')

  withProofOptions(rewards.command('status'))
    .description('claimed and claimable amounts, verified against the on-chain root')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(rewardsSchema, raw)
      const status = await withChain(flags, env, async (context) => {
        const account = flags.account ?? context.wallet?.address
        if (account === undefined) throw new InvalidEconomyArgumentError('pass --account <address> or a key (MAIA_PRIVATE_KEY / --key-file)')
        const source = proofSource(flags, env)
        return await readStatus(context, account, source === undefined ? undefined : await loadRewardsProof(source, account))
      })
      const out = printerFor(command)
      if (flags.json === true) return out.json(status)
      out.line(`rewards of ${status.account} (epoch ${status.chainEpoch} on-chain)`)
      out.table([
        ['claimed', formatMaia(BigInt(status.claimed))],
        ...(status.verified === undefined
          ? [['claimable', 'unknown: pass --orchestrator <url> or --proof-file <path>'] as const]
          : [
            ['earned (verified)', `${formatMaia(BigInt(status.verified.cumulativeAmount))} up to epoch ${status.verified.proofEpoch}`] as const,
            ['claimable', formatMaia(BigInt(status.verified.claimable))] as const
          ]),
        ['token balance', formatMaia(BigInt(status.balance))]
      ])
    })

  withProofOptions(rewards.command('claim'))
    .description('claim everything earned up to the current root (anyone may claim for any account; tokens go to the account)')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(rewardsSchema, raw)
      const source = proofSource(flags, env)
      if (source === undefined) throw new InvalidEconomyArgumentError('claiming needs a proof: pass --orchestrator <url> or --proof-file <path> (or set MAIA_ORCHESTRATOR_URL)')
      const result = await withSigningChain(flags, env, async (context) => {
        const account = flags.account ?? context.account
        const proof = await loadRewardsProof(source, account)
        const before = await readStatus(context, account, proof)
        const receipt = await sendTransaction(context, 'RewardsDistributor.claim', () =>
          context.write.RewardsDistributor.claim(account, proof.cumulativeAmount, proof.proof))
        let paid: bigint | undefined
        for (const log of receipt.logs) {
          const parsed = context.read.RewardsDistributor.interface.parseLog(log)
          if (parsed?.name === 'Claimed') paid = BigInt(parsed.args.amount)
        }
        if (paid === undefined) throw new TransactionFailedError('RewardsDistributor.claim', 'no Claimed event in the receipt')
        const after = await readStatus(context, account, proof)
        return { account, paid, cumulativeAmount: proof.cumulativeAmount, claimedBefore: BigInt(before.claimed), balance: BigInt(after.balance), transactionHash: receipt.hash }
      })
      const out = printerFor(command)
      if (flags.json === true) return out.json(result)
      out.line(`claimed ${formatMaia(result.paid)} for ${result.account}`)
      out.table([
        ['earned (verified)', formatMaia(result.cumulativeAmount)],
        ['claimed before', formatMaia(result.claimedBefore)],
        ['token balance', formatMaia(result.balance)],
        ['transaction', result.transactionHash]
      ])
    })
}

function proofSource(flags: RewardsFlags, env: NodeJS.ProcessEnv): ProofSource | undefined {
  if (flags.proofFile !== undefined) return { kind: 'file', path: flags.proofFile }
  const url = flags.orchestrator ?? env.MAIA_ORCHESTRATOR_URL
  if (url === undefined || url === '') return undefined
  const apiKey = env.MAIA_API_KEY
  return { kind: 'orchestrator', url, ...(apiKey === undefined || apiKey === '' ? {} : { apiKey }) }
}

async function readStatus(context: ChainContext, account: string, proof: RewardsProof | undefined): Promise<RewardsStatus> {
  const distributor = context.read.RewardsDistributor
  const [root, chainEpoch, claimed, balance] = await Promise.all([
    distributor.merkleRoot(),
    distributor.currentEpoch(),
    distributor.claimed(account),
    context.read.MaiaToken.balanceOf(account)
  ])
  const status: RewardsStatus = { account, chainEpoch: chainEpoch.toString(), root, claimed: claimed.toString(), balance: balance.toString() }
  if (proof === undefined) return status
  verifyRewardsProof(proof, { account, root, chainEpoch })
  const claimable = proof.cumulativeAmount > claimed ? proof.cumulativeAmount - claimed : 0n
  return { ...status, verified: { proofEpoch: proof.epoch.toString(), cumulativeAmount: proof.cumulativeAmount.toString(), claimable: claimable.toString() } }
}
