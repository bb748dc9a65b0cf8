import { randomBytes } from 'node:crypto'
import type { Command } from 'commander'
import { hexlify } from 'ethers'
import { z } from 'zod'
import { BadSignatureError } from '../../../shared/chain/index.ts'
import { writeFileAtomic } from '../../../shared/util/index.ts'
import { hashVoucher, signVoucher, voucherDomain, type Voucher } from '../../../shared/chain/index.ts'
import { VOUCHER_HEADER_NAME, encodeVoucherHeader, verifyVoucherHeader, voucherToJson } from '../../../shared/chain/index.ts'
import { withSigningChain } from './chainContext.ts'
import { latestTimestamp } from './devnet.ts'
import { InsufficientDepositError, InvalidEconomyArgumentError, VoucherNonceUsedError } from './errors.ts'
import { addChainOptions, addressSchema, amountSchema, bytes32Schema, chainFlagsSchema, parseFlags, uintSchema, type EconomyCommandOptions } from './flags.ts'
import { formatMaia, formatTimestamp, printerFor } from './output.ts'
import { operatorFor } from './sessionOperator.ts'
import { registerSessionFundsCommands } from './sessionFundsCommands.ts'
import { ensureTokenFunds, sendTransaction } from './transactions.ts'

const DEFAULT_TTL_SECONDS = 3600n

const openSchema = chainFlagsSchema.extend({
  max: amountSchema,
  operator: addressSchema.optional(),
  deposit: amountSchema.optional(),
  sessionId: bytes32Schema.optional(),
  nonce: uintSchema.optional(),
  ttl: uintSchema.refine((value) => value > 0n, 'must be more than zero').optional(),
  expiry: uintSchema.optional(),
  out: z.string().min(1).optional(),
  approve: z.boolean().default(true)
}).refine((flags) => flags.ttl === undefined || flags.expiry === undefined, { message: 'pass --ttl or --expiry, not both', path: ['expiry'] })

/** What `maia session open --json` prints. */
export interface OpenedSession {
  header: { name: typeof VOUCHER_HEADER_NAME; value: string }
  voucher: Record<keyof Voucher, string>
  signature: string
  deposited: string
  depositTransaction?: string
}

/**
 * `maia session open`: the user side of per-session payment. Optionally deposits into
 * SessionPayments, signs an EIP-712 voucher (capped at `--max`), checks it the way the contract
 * will, and prints the `x-maia-voucher` header an app sends with its requests.
 */
export function registerSessionCommand(program: Command, options: EconomyCommandOptions = {}): void {
  const env = options.env ?? process.env
  const session = program.command('session').description('user: pay for inference sessions with signed vouchers (SessionPayments)')

  addChainOptions(session.command('open'), { signs: true })
    .description(`sign a session voucher and print the ${VOUCHER_HEADER_NAME} header to send with requests`)
    .requiredOption('--max <MAIA>', 'most the session may cost, in $MAIA')
    .option('--operator <address>', 'the orchestrator\'s operator account, the only one that may redeem the voucher (default: the deployment\'s operator, when it made exactly one)')
    .option('--deposit <MAIA>', 'first deposit this much $MAIA into SessionPayments, with that operator')
    .option('--session-id <hex32>', 'session id (default: 32 random bytes)')
    .option('--nonce <n>', 'voucher nonce, single use (default: random)')
    .option('--ttl <seconds>', `voucher lifetime from the chain's current time (default ${DEFAULT_TTL_SECONDS}; the orchestrator redeems it, closing the session, in its last 15 minutes)`)
    .option('--expiry <unix>', 'absolute expiry, unix seconds (instead of --ttl)')
    .option('--no-approve', 'fail instead of approving SessionPayments when the allowance is short')
    .option('--out <file>', 'also write the header value to this file (mode 0600), for apps and curl to read')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(openSchema, raw)
      const opened = await withSigningChain(flags, env, async (context): Promise<OpenedSession> => {
        const paymentsAddress = context.deployment.contracts.SessionPayments.address
        const operator = operatorFor(flags.operator, context.deployment.roles.operators)
        // A voucher or deposit for an address that cannot redeem would be worthless (and the deposit refused).
        const read = context.read.SessionPayments
        if (!await read.hasRole(await read.OPERATOR_ROLE(), operator)) {
          throw new InvalidEconomyArgumentError(`--operator: ${operator} is not an operator of SessionPayments ${paymentsAddress}: pass the operator account of the orchestrator you will send requests to`)
        }
        let depositTransaction: string | undefined
        if (flags.deposit !== undefined) {
          const amount = flags.deposit
          await ensureTokenFunds(context, { spender: paymentsAddress, spenderName: 'SessionPayments', amount, approve: flags.approve, what: 'deposit' })
          depositTransaction = (await sendTransaction(context, 'SessionPayments.deposit', () => context.write.SessionPayments.deposit(operator, amount))).hash
        }
        const payments = context.read.SessionPayments
        const deposited = await payments.balanceOf(context.account, operator)
        if (deposited < flags.max) {
          throw new InsufficientDepositError({ user: context.account, operator, deposited: formatMaia(deposited), maxAmount: formatMaia(flags.max) })
        }

        // Chain time, not the local clock: devnets fast-forward, and the contract compares block time.
        const now = await latestTimestamp(context.provider)
        const expiry = flags.expiry ?? now + (flags.ttl ?? DEFAULT_TTL_SECONDS)
        if (expiry <= now) throw new InvalidEconomyArgumentError(`--expiry: ${expiry} is not after the chain's current time ${now}`)
        const nonce = flags.nonce ?? BigInt(hexlify(randomBytes(8)))
        if (await payments.isNonceUsed(context.account, operator, nonce)) throw new VoucherNonceUsedError({ user: context.account, nonce: nonce.toString() })

        const voucher: Voucher = { user: context.account, operator, sessionId: flags.sessionId ?? hexlify(randomBytes(32)), maxAmount: flags.max, expiry, nonce }
        const domain = voucherDomain({ chainId: context.chainId, verifyingContract: paymentsAddress })
        const signature = await signVoucher(context.wallet, domain, voucher)
        // The contract recomputes the digest itself: a domain that differs (wrong chain id or
        // address in the deployment file) would make every redemption fail, so catch it now.
        const onChainDigest = await payments.hashVoucher(voucher)
        if (onChainDigest !== hashVoucher(domain, voucher)) {
          throw new BadSignatureError('voucher', { reason: 'SessionPayments hashes this voucher differently (EIP-712 domain mismatch)', contract: paymentsAddress })
        }
        const value = encodeVoucherHeader({ voucher, signature })
        verifyVoucherHeader(value, domain)
        return {
          header: { name: VOUCHER_HEADER_NAME, value },
          voucher: voucherToJson(voucher),
          signature,
          deposited: deposited.toString(),
          ...(depositTransaction === undefined ? {} : { depositTransaction })
        }
      })
      // The voucher is a spending authorisation: only its owner may read the file.
      if (flags.out !== undefined) await writeFileAtomic(flags.out, `${opened.header.value}\n`, 0o600)
      const out = printerFor(command)
      if (flags.json === true) return out.json(opened)
      out.table([
        ['session', opened.voucher.sessionId],
        ['user', opened.voucher.user],
        ['operator', opened.voucher.operator],
        ['max amount', formatMaia(BigInt(opened.voucher.maxAmount))],
        ['expiry', formatTimestamp(BigInt(opened.voucher.expiry))],
        ['nonce', opened.voucher.nonce],
        ['deposited', formatMaia(BigInt(opened.deposited))],
        ...(opened.depositTransaction === undefined ? [] : [['deposit tx', opened.depositTransaction] as const])
      ])
      out.line('')
      out.line('Send this header with each request of the session:')
      out.line(`${opened.header.name}: ${opened.header.value}`)
    })

  registerSessionFundsCommands(session, env)
}
