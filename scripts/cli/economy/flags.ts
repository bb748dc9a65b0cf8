import type { Command } from 'commander'
import { getAddress, isAddress, parseUnits } from 'ethers'
import { z } from 'zod'
import { formatZodIssues } from '../../../shared/util/index.ts'
import { InvalidEconomyArgumentError } from './errors.ts'

/** $MAIA has 18 decimals; amounts on the command line are decimal $MAIA, never base units. */
export const TOKEN_DECIMALS = 18
export const DEFAULT_RPC_URL = 'http://127.0.0.1:8545'

/** What every economy command reads besides its flags (injectable so tests need not touch `process.env`). */
export interface EconomyCommandOptions {
  env?: NodeJS.ProcessEnv
}

export const addressSchema = z.string().trim()
  .refine((value) => isAddress(value), 'expected a 0x-prefixed 20-byte address (checksummed or lower case)')
  .transform((value) => getAddress(value))

export const bytes32Schema = z.string().trim().regex(/^0x[0-9a-fA-F]{64}$/, 'expected 0x and 64 hex digits (32 bytes)')
  .transform((value) => value.toLowerCase())

/** Decimal $MAIA (`1000`, `1000.5`), converted to base units; zero is refused (every contract does). */
export const amountSchema = z.string().trim()
  .regex(/^\d+(\.\d{1,18})?$/, 'expected a decimal $MAIA amount such as 1000 or 1000.5 (at most 18 decimals)')
  .transform((value) => parseUnits(value, TOKEN_DECIMALS))
  .refine((value) => value > 0n, 'must be more than zero')

/** A non-negative whole number given in decimal (ids, nonces, seconds). */
export const uintSchema = z.string().trim().regex(/^\d+$/, 'expected a whole number in decimal').transform((value) => BigInt(value))

/** Flags shared by every command that talks to the chain. */
export const chainFlagsSchema = z.object({
  rpc: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  deployment: z.string().min(1).optional(),
  keyFile: z.string().min(1).optional(),
  json: z.boolean().optional()
})
export type ChainFlags = z.infer<typeof chainFlagsSchema>

/**
 * Adds `--rpc`, `--deployment`, `--key-file` (when the command may sign) and `--json`.
 * Keys are never flag values: they would land in shell history and `ps` output.
 */
export function addChainOptions(command: Command, { signs }: { signs: boolean }): Command {
  command
    .option('--rpc <url>', `chain JSON-RPC endpoint (default: MAIA_CHAIN_RPC or ${DEFAULT_RPC_URL})`)
    .option('--deployment <file>', 'deployment file (default: MAIA_DEPLOYMENT or .maia/deployments/<chainId>.json)')
  if (signs) command.option('--key-file <path>', 'file holding the signing key, mode 0600 (default: the MAIA_PRIVATE_KEY environment variable)')
  return command.option('--json', 'print the result as JSON')
}

/**
 * Validates commander's parsed flags (and positional arguments merged in) with `schema`.
 *
 * @throws {InvalidEconomyArgumentError} listing every issue at once.
 */
export function parseFlags<Schema extends z.ZodType>(schema: Schema, flags: unknown): z.output<Schema> {
  const result = schema.safeParse(flags)
  if (!result.success) throw new InvalidEconomyArgumentError(formatZodIssues(result.error), { cause: result.error })
  return result.data
}
