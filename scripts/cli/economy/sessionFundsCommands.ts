import type { Command } from 'commander'
import { z } from 'zod'
import type { ChainContext } from './chainContext.ts'
import { withChain, withSigningChain } from './chainContext.ts'
import { InvalidEconomyArgumentError, TransactionFailedError } from './errors.ts'
import { addChainOptions, addressSchema, amountSchema, chainFlagsSchema, parseFlags } from './flags.ts'
import { formatMaia, formatTimestamp, printerFor } from './output.ts'
import { operatorFor } from './sessionOperator.ts'
import { readChain, sendTransaction } from './transactions.ts'

const statusSchema = chainFlagsSchema.extend({
  operator: addressSchema.optional(),
  account: addressSchema.optional()
})

const withdrawSchema = chainFlagsSchema.extend({
  operator: addressSchema.optional(),
  amount: amountSchema.optional(),
  cancel: z.boolean().default(false),
  execute: z.boolean().default(false)
}).refine((flags) => [flags.amount !== undefined, flags.cancel, flags.execute].filter(Boolean).length === 1, {
  message: 'pass exactly one of --amount <MAIA> (request), --cancel or --execute', path: ['amount']
})

/** What `maia session status --json` (and `withdraw --json`) prints: amounts in base units, times in unix seconds. */
export interface SessionFunds {
  account: string
  operator: string
  deposit: string
  pendingWithdrawal: string
  /** When the pending withdrawal can be executed; "0" when none is pending. */
  unlockAt: string
  /** The chain's latest block time, which the unlock is judged by. */
  chainTime: string
  transactionHash?: string
  /** What `withdraw --execute` paid out. */
  withdrawn?: string
}

async function readFunds(context: ChainContext, account: string, operator: string): Promise<SessionFunds> {
  const payments = context.read.SessionPayments
  const [deposit, pending, block] = await readChain(context, 'SessionPayments deposit', () => Promise.all([
    payments.balanceOf(account, operator),
    payments.pendingWithdrawal(account, operator),
    context.provider.getBlock('latest')
  ]))
  return {
    account, operator, deposit: deposit.toString(), pendingWithdrawal: pending.amount.toString(),
    unlockAt: pending.amount > 0n ? pending.unlockAt.toString() : '0', chainTime: String(block?.timestamp ?? 0)
  }
}

function printFunds(command: Command, json: boolean, title: string, funds: SessionFunds): void {
  const out = printerFor(command)
  if (json) return out.json(funds)
  out.line(title)
  const pending = BigInt(funds.pendingWithdrawal)
  out.table([
    ['account', funds.account],
    ['operator', funds.operator],
    ['deposit', formatMaia(BigInt(funds.deposit))],
    ['pending withdrawal', pending === 0n ? 'none' : `${formatMaia(pending)}, executable from ${formatTimestamp(BigInt(funds.unlockAt))}${BigInt(funds.unlockAt) <= BigInt(funds.chainTime) ? ' (now: run withdraw --execute)' : ''}`],
    ...(funds.withdrawn === undefined ? [] : [['withdrawn', formatMaia(BigInt(funds.withdrawn))] as const]),
    ...(funds.transactionHash === undefined ? [] : [['transaction', funds.transactionHash] as const])
  ])
}

/**
 * `maia session status|withdraw`: a user's deposit with one orchestrator's operator, and getting it
 * back. A withdrawal is requested, waits the contract's `withdrawalDelay` (the operator may still
 * redeem the user's vouchers meanwhile, so sessions already served are paid), then is executed.
 */
export function registerSessionFundsCommands(session: Command, env: NodeJS.ProcessEnv): void {
  addChainOptions(session.command('status'), { signs: true })
    .description('show your deposit with an operator and any pending withdrawal')
    .option('--operator <address>', 'the orchestrator\'s operator account (default: the deployment\'s operator, when it made exactly one)')
    .option('--account <address>', 'whose deposit (default: the signing account)')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(statusSchema, raw)
      const funds = await withChain(flags, env, async (context) => {
        const account = flags.account ?? context.wallet?.address
        if (account === undefined) throw new InvalidEconomyArgumentError('pass --account <address> or a key (MAIA_PRIVATE_KEY / --key-file)')
        return await readFunds(context, account, operatorFor(flags.operator, context.deployment.roles.operators))
      })
      printFunds(command, flags.json === true, `session deposit of ${funds.account}`, funds)
    })

  addChainOptions(session.command('withdraw'), { signs: true })
    .description('request a withdrawal of your deposit with an operator (--amount), cancel it (--cancel), or execute it once unlocked (--execute)')
    .option('--operator <address>', 'the orchestrator\'s operator account (default: the deployment\'s operator, when it made exactly one)')
    .option('--amount <MAIA>', 'request a withdrawal of this much $MAIA (replaces an earlier request)')
    .option('--cancel', 'cancel the pending withdrawal')
    .option('--execute', 'pay out the pending withdrawal, once its delay is over')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(withdrawSchema, raw)
      const { funds, title } = await withSigningChain(flags, env, async (context) => {
        const operator = operatorFor(flags.operator, context.deployment.roles.operators)
        const write = context.write.SessionPayments
        if (flags.amount !== undefined) {
          const amount = flags.amount
          const receipt = await sendTransaction(context, 'SessionPayments.requestWithdrawal', () => write.requestWithdrawal(operator, amount))
          return { funds: { ...(await readFunds(context, context.account, operator)), transactionHash: receipt.hash }, title: `withdrawal of ${formatMaia(amount)} requested` }
        }
        if (flags.cancel) {
          const receipt = await sendTransaction(context, 'SessionPayments.cancelWithdrawal', () => write.cancelWithdrawal(operator))
          return { funds: { ...(await readFunds(context, context.account, operator)), transactionHash: receipt.hash }, title: 'withdrawal cancelled' }
        }
        const receipt = await sendTransaction(context, 'SessionPayments.withdraw', () => write.withdraw(operator))
        // What was paid is what this transaction's own event says: the deposit read before and after
        // would also count a redemption mined in between as paid out to the user.
        let withdrawn: bigint | undefined
        for (const log of receipt.logs) {
          const parsed = context.read.SessionPayments.interface.parseLog(log)
          if (parsed?.name === 'Withdrawn') withdrawn = BigInt(parsed.args.amount)
        }
        if (withdrawn === undefined) throw new TransactionFailedError('SessionPayments.withdraw', 'no Withdrawn event in the receipt')
        const after = await readFunds(context, context.account, operator)
        return { funds: { ...after, withdrawn: withdrawn.toString(), transactionHash: receipt.hash }, title: `withdrew ${formatMaia(withdrawn)}` }
      })
      printFunds(command, flags.json === true, title, funds)
    })
}
