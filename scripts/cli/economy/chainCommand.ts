import type { Command } from 'commander'
import { connectRpc, resolveRpcUrl } from './chainContext.ts'
import { advanceTime, assertDevnet, latestTimestamp } from './devnet.ts'
import { chainFlagsSchema, parseFlags, uintSchema, type EconomyCommandOptions } from './flags.ts'
import { formatTimestamp, printerFor } from './output.ts'

const advanceSchema = chainFlagsSchema.pick({ rpc: true, json: true }).extend({ seconds: uintSchema })

/**
 * `maia chain advance <seconds>`: devnet-only time travel (evm_increaseTime + evm_mine), for
 * walking through voting periods, timelock delays and unbonding periods locally. Refused on any
 * chain whose id is not 31337.
 */
export function registerChainCommand(program: Command, options: EconomyCommandOptions = {}): void {
  const env = options.env ?? process.env
  const chain = program.command('chain').description('local chain helpers (devnet only)')
  chain.command('advance')
    .description('devnet only (chain id 31337): move chain time forward and mine a block')
    .argument('<seconds>', 'how far to move')
    .option('--rpc <url>', 'chain JSON-RPC endpoint (default: MAIA_CHAIN_RPC or http://127.0.0.1:8545)')
    .option('--json', 'print the result as JSON')
    .action(async (seconds: string, raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(advanceSchema, { ...raw, seconds })
      const connection = await connectRpc(resolveRpcUrl(flags, env))
      try {
        assertDevnet(connection.chainId)
        const before = await latestTimestamp(connection.provider)
        const after = await advanceTime(connection.provider, flags.seconds)
        const out = printerFor(command)
        if (flags.json === true) return out.json({ before, after })
        out.line(`chain time ${formatTimestamp(before)} -> ${formatTimestamp(after)}`)
      } finally {
        connection.provider.destroy()
      }
    })
}
