import type { Command } from 'commander'
import { z } from 'zod'
import type { ChainContext } from './chainContext.ts'
import { withChain, withSigningChain } from './chainContext.ts'
import { InvalidEconomyArgumentError } from './errors.ts'
import { addChainOptions, addressSchema, amountSchema, chainFlagsSchema, parseFlags, type EconomyCommandOptions } from './flags.ts'
import { readNodeIdentity } from './nodeKeys.ts'
import { formatMaia, formatTimestamp, printerFor } from './output.ts'
import { ensureBalance, ensureTokenFunds, preflight, readChain, sendTransaction } from './transactions.ts'

const registerSchema = chainFlagsSchema.extend({
  node: addressSchema.optional(),
  peerId: z.string().trim().min(1).optional(),
  nodeDataDir: z.string().min(1).optional(),
  metadata: z.string().default(''),
  amount: amountSchema,
  approve: z.boolean().default(true)
})
const amountFlagsSchema = chainFlagsSchema.extend({ node: addressSchema, amount: amountSchema, approve: z.boolean().default(true) })
const nodeFlagsSchema = chainFlagsSchema.extend({ node: addressSchema })

/** What the registry holds about a node, for printing after every stake command. */
export interface NodeStakeView {
  node: string
  registered: boolean
  provider?: string
  peerId?: string
  metadata?: string
  stake: bigint
  unbonding: bigint
  unbondingEnd: bigint
  active: boolean
  minStake: bigint
  /** Everything ever slashed from the node (kept after deregistration), as `NodeSlashed` events cite evidence for it. */
  slashedTotal: bigint
}

/**
 * `maia stake register|add|unbond|withdraw|status`: a provider's node registration and stake in
 * `NodeRegistry`. Token approvals happen automatically (exactly the amount) unless `--no-approve`.
 */
export function registerStakeCommand(program: Command, options: EconomyCommandOptions = {}): void {
  const env = options.env ?? process.env
  const stake = program.command('stake').description('provider: register a node and manage its $MAIA stake (NodeRegistry)')

  addChainOptions(stake.command('register'), { signs: true })
    .description('register a node (its ETH address and libp2p peer id) with an initial stake; you become its provider')
    .option('--node <address>', "the node's ETH address (the key it signs receipts with)")
    .option('--peer-id <id>', "the node's libp2p peer id")
    .option('--node-data-dir <dir>', "read --node and --peer-id from the node's key files (its `maia node --data-dir`)")
    .option('--metadata <text>', 'endpoint metadata, e.g. JSON with multiaddrs and capacity', '')
    .requiredOption('--amount <MAIA>', 'initial stake in $MAIA (at least the minimum stake)')
    .option('--no-approve', 'fail instead of approving NodeRegistry when the allowance is short')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(registerSchema, raw)
      const fromDir = flags.nodeDataDir === undefined ? undefined : await readNodeIdentity(flags.nodeDataDir)
      const node = flags.node ?? fromDir?.node
      const peerId = flags.peerId ?? fromDir?.peerId
      if (node === undefined || peerId === undefined) {
        throw new InvalidEconomyArgumentError('pass --node <address> and --peer-id <id>, or --node-data-dir <dir>')
      }
      const view = await withSigningChain(flags, env, async (context) => {
        const registry = context.deployment.contracts.NodeRegistry.address
        await ensureBalance(context, flags.amount, 'stake')
        await preflight(context, 'NodeRegistry.register', () => context.write.NodeRegistry.register.staticCall(node, peerId, flags.metadata, flags.amount), ['ERC20InsufficientAllowance'])
        await ensureTokenFunds(context, { spender: registry, spenderName: 'NodeRegistry', amount: flags.amount, approve: flags.approve, what: 'stake' })
        const receipt = await sendTransaction(context, 'NodeRegistry.register', () => context.write.NodeRegistry.register(node, peerId, flags.metadata, flags.amount))
        return { ...(await readNode(context, node)), transactionHash: receipt.hash }
      })
      printNode(command, flags.json === true, 'registered', view)
    })

  addChainOptions(stake.command('add'), { signs: true })
    .description("raise a node's active stake (anyone may top up any node)")
    .requiredOption('--node <address>', "the node's ETH address")
    .requiredOption('--amount <MAIA>', 'stake to add, in $MAIA')
    .option('--no-approve', 'fail instead of approving NodeRegistry when the allowance is short')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(amountFlagsSchema, raw)
      const view = await withSigningChain(flags, env, async (context) => {
        await ensureBalance(context, flags.amount, 'stake')
        await preflight(context, 'NodeRegistry.increaseStake', () => context.write.NodeRegistry.increaseStake.staticCall(flags.node, flags.amount), ['ERC20InsufficientAllowance'])
        await ensureTokenFunds(context, { spender: context.deployment.contracts.NodeRegistry.address, spenderName: 'NodeRegistry', amount: flags.amount, approve: flags.approve, what: 'stake' })
        const receipt = await sendTransaction(context, 'NodeRegistry.increaseStake', () => context.write.NodeRegistry.increaseStake(flags.node, flags.amount))
        return { ...(await readNode(context, flags.node)), transactionHash: receipt.hash }
      })
      printNode(command, flags.json === true, 'stake added', view)
    })

  addChainOptions(stake.command('unbond'), { signs: true })
    .description('start unbonding part of the active stake; it can be withdrawn after the unbonding period (provider only)')
    .requiredOption('--node <address>', "the node's ETH address")
    .requiredOption('--amount <MAIA>', 'stake to unbond, in $MAIA')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(amountFlagsSchema, raw)
      const view = await withSigningChain(flags, env, async (context) => {
        const receipt = await sendTransaction(context, 'NodeRegistry.requestUnstake', () => context.write.NodeRegistry.requestUnstake(flags.node, flags.amount))
        return { ...(await readNode(context, flags.node)), transactionHash: receipt.hash }
      })
      printNode(command, flags.json === true, 'unbonding', view)
    })

  addChainOptions(stake.command('withdraw'), { signs: true })
    .description('withdraw unbonded stake to the provider once the unbonding period is over (provider only)')
    .requiredOption('--node <address>', "the node's ETH address")
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(nodeFlagsSchema, raw)
      const view = await withSigningChain(flags, env, async (context) => {
        const before = await readNode(context, flags.node)
        const receipt = await sendTransaction(context, 'NodeRegistry.withdrawUnbonded', () => context.write.NodeRegistry.withdrawUnbonded(flags.node))
        return { ...(await readNode(context, flags.node)), withdrawn: before.unbonding, transactionHash: receipt.hash }
      })
      printNode(command, flags.json === true, `withdrew ${formatMaia(view.withdrawn)}`, view)
    })

  addChainOptions(stake.command('status'), { signs: false })
    .description("show a node's registration and stake")
    .requiredOption('--node <address>', "the node's ETH address")
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(nodeFlagsSchema, raw)
      const view = await withChain(flags, env, (context) => readNode(context, flags.node))
      printNode(command, flags.json === true, view.registered ? 'registered' : 'not registered', view)
    })
}

async function readNode(context: ChainContext, node: string): Promise<NodeStakeView> {
  const registry = context.read.NodeRegistry
  const [registered, minStake, slashedTotal] = await Promise.all([registry.isRegistered(node), registry.minStake(), registry.slashedTotal(node)])
  if (!registered) return { node, registered, stake: 0n, unbonding: 0n, unbondingEnd: 0n, active: false, minStake, slashedTotal }
  const [entry, active] = await Promise.all([readChain(context, 'NodeRegistry.getNode', () => registry.getNode(node)), registry.isActive(node)])
  return {
    node,
    registered,
    provider: entry.provider,
    peerId: entry.peerId,
    metadata: entry.metadata,
    stake: entry.stake,
    unbonding: entry.unbonding,
    unbondingEnd: entry.unbondingEnd,
    active,
    minStake,
    slashedTotal
  }
}

function printNode(command: Command, json: boolean, headline: string, view: NodeStakeView & { transactionHash?: string }): void {
  const out = printerFor(command)
  if (json) return out.json(view)
  out.line(`node ${view.node}: ${headline}`)
  const rows: Array<[string, string]> = []
  if (view.provider !== undefined) rows.push(['provider', view.provider])
  if (view.peerId !== undefined) rows.push(['peer id', view.peerId])
  rows.push(['stake', formatMaia(view.stake)], ['min stake', formatMaia(view.minStake)], ['active', String(view.active)])
  if (view.slashedTotal > 0n) rows.push(['slashed', formatMaia(view.slashedTotal)])
  if (view.unbonding > 0n) rows.push(['unbonding', `${formatMaia(view.unbonding)} until ${formatTimestamp(view.unbondingEnd)}`])
  if (view.transactionHash !== undefined) rows.push(['transaction', view.transactionHash])
  out.table(rows)
}
