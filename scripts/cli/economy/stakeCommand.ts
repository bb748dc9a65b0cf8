import type { Command } from 'commander'
import { getAddress, type Wallet } from 'ethers'
import { z } from 'zod'
import { SELF_REGISTRATION, nodeRegistrationConsent, type NodeRegistrationConsent } from '../../../shared/chain/index.ts'
import type { ChainContext, SigningContext } from './chainContext.ts'
import { withChain, withSigningChain } from './chainContext.ts'
import { InvalidEconomyArgumentError, MissingKeyError, MissingNodeConsentError } from './errors.ts'
import { addChainOptions, addressSchema, amountSchema, chainFlagsSchema, parseFlags, uintSchema, type EconomyCommandOptions } from './flags.ts'
import { readNodeIdentity } from './nodeKeys.ts'
import { formatMaia, formatTimestamp, printerFor } from './output.ts'
import { ensureBalance, ensureTokenFunds, preflight, readChain, sendTransaction } from './transactions.ts'
import { loadWallet } from './wallet.ts'

const registerSchema = chainFlagsSchema.extend({
  node: addressSchema.optional(),
  peerId: z.string().trim().min(1).optional(),
  nodeDataDir: z.string().min(1).optional(),
  nodeKeyFile: z.string().min(1).optional(),
  nodeSignature: z.string().trim().regex(/^0x([0-9a-fA-F]{2})+$/, 'expected 0x and hex bytes').optional(),
  signatureDeadline: uintSchema.optional(),
  metadata: z.string().default(''),
  amount: amountSchema,
  approve: z.boolean().default(true)
})
const consentSchema = chainFlagsSchema.extend({
  provider: addressSchema,
  peerId: z.string().trim().min(1).optional(),
  nodeDataDir: z.string().min(1).optional(),
  nodeKeyFile: z.string().min(1).optional(),
  validFor: uintSchema.default(3_600n)
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
 * `maia stake register|consent|add|unbond|withdraw|status`: a provider's node registration and stake in
 * `NodeRegistry`. Token approvals happen automatically (exactly the amount) unless `--no-approve`.
 * Registering a node other than the signing account needs the node key's consent (EIP-712
 * `NodeRegistration`): signed here from `--node-data-dir` / `--node-key-file`, or made beforehand
 * with `maia stake consent` by whoever holds the node key and passed as `--node-signature`.
 */
export function registerStakeCommand(program: Command, options: EconomyCommandOptions = {}): void {
  const env = options.env ?? process.env
  const stake = program.command('stake').description('provider: register a node and manage its $MAIA stake (NodeRegistry)')

  addChainOptions(stake.command('register'), { signs: true })
    .description('register a node (its ETH address and libp2p peer id) with an initial stake; you become its provider')
    .option('--node <address>', "the node's ETH address (the key it signs receipts with)")
    .option('--peer-id <id>', "the node's libp2p peer id")
    .option('--node-data-dir <dir>', "read --node and --peer-id from the node's key files (its `maia node --data-dir`), and sign the node's consent with its eth.key")
    .option('--node-key-file <file>', "the node's ETH key file (its eth.key, mode 0600): signs the node's consent to this registration")
    .option('--node-signature <hex>', "the node key's consent made beforehand (`maia stake consent`), instead of its key")
    .option('--signature-deadline <unix seconds>', 'the deadline --node-signature was made for')
    .option('--metadata <text>', 'endpoint metadata, e.g. JSON with multiaddrs and capacity', '')
    .requiredOption('--amount <MAIA>', 'initial stake in $MAIA (at least the minimum stake)')
    .option('--no-approve', 'fail instead of approving NodeRegistry when the allowance is short')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(registerSchema, raw)
      const fromDir = flags.nodeDataDir === undefined ? undefined : await readNodeIdentity(flags.nodeDataDir)
      const nodeKey = fromDir?.wallet ?? await loadNodeKey(flags.nodeKeyFile)
      const node = flags.node ?? fromDir?.node ?? nodeKey?.address
      const peerId = flags.peerId ?? fromDir?.peerId
      if (node === undefined || peerId === undefined) {
        throw new InvalidEconomyArgumentError('pass --node <address> and --peer-id <id>, or --node-data-dir <dir>')
      }
      if (nodeKey !== undefined && getAddress(node) !== nodeKey.address) {
        throw new InvalidEconomyArgumentError(`--node ${node} is not the address of the node key (${nodeKey.address})`)
      }
      if ((flags.nodeSignature === undefined) !== (flags.signatureDeadline === undefined)) {
        throw new InvalidEconomyArgumentError('pass --node-signature and --signature-deadline together')
      }
      const view = await withSigningChain(flags, env, async (context) => {
        const registry = context.deployment.contracts.NodeRegistry.address
        const consent = await consentFor(context, { node, peerId, nodeKey, signature: flags.nodeSignature, deadline: flags.signatureDeadline })
        await ensureBalance(context, flags.amount, 'stake')
        await preflight(context, 'NodeRegistry.register', () => context.write.NodeRegistry.register.staticCall(node, peerId, flags.metadata, flags.amount, consent.deadline, consent.signature), ['ERC20InsufficientAllowance'])
        await ensureTokenFunds(context, { spender: registry, spenderName: 'NodeRegistry', amount: flags.amount, approve: flags.approve, what: 'stake' })
        const receipt = await sendTransaction(context, 'NodeRegistry.register', () => context.write.NodeRegistry.register(node, peerId, flags.metadata, flags.amount, consent.deadline, consent.signature))
        return { ...(await readNode(context, node)), transactionHash: receipt.hash }
      })
      printNode(command, flags.json === true, 'registered', view)
    })

  addChainOptions(stake.command('consent'), { signs: false })
    .description("node key holder: sign the node's consent that --provider registers it under --peer-id (for `maia stake register --node-signature`)")
    .requiredOption('--provider <address>', 'the account that will register and stake for the node')
    .option('--peer-id <id>', "the node's libp2p peer id (read from --node-data-dir when not given)")
    .option('--node-data-dir <dir>', "the node's key files (its `maia node --data-dir`)")
    .option('--node-key-file <file>', "the node's ETH key file (its eth.key, mode 0600)")
    .option('--valid-for <seconds>', 'how long the consent stays valid, from the latest block', '3600')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const flags = parseFlags(consentSchema, raw)
      const fromDir = flags.nodeDataDir === undefined ? undefined : await readNodeIdentity(flags.nodeDataDir)
      const nodeKey = fromDir?.wallet ?? await loadNodeKey(flags.nodeKeyFile)
      const peerId = flags.peerId ?? fromDir?.peerId
      if (nodeKey === undefined || peerId === undefined) {
        throw new InvalidEconomyArgumentError('pass --node-data-dir <dir>, or --node-key-file <file> and --peer-id <id>')
      }
      const consent = await withChain(flags, env, async (context) =>
        await nodeRegistrationConsent(nodeKey, context.read.NodeRegistry, { provider: getAddress(flags.provider), peerId, validForSeconds: flags.validFor }))
      const view = { node: nodeKey.address, provider: getAddress(flags.provider), peerId, deadline: consent.deadline, signature: consent.signature }
      const out = printerFor(command)
      if (flags.json === true) return out.json(view)
      out.line(`node ${view.node}: consent for provider ${view.provider}`)
      out.table([['peer id', view.peerId], ['deadline', `${view.deadline} (${formatTimestamp(view.deadline)})`], ['signature', view.signature]])
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

/** The node key from `--node-key-file`, if given (the same checks as `--key-file`: it must exist, parse and be 0600). */
async function loadNodeKey(nodeKeyFile: string | undefined): Promise<Wallet | undefined> {
  if (nodeKeyFile === undefined) return undefined
  const wallet = await loadWallet({ keyFile: nodeKeyFile, env: {} })
  if (wallet === undefined) throw new MissingKeyError()
  return wallet
}

/**
 * What `register` passes as the node's consent: none when the signing account is the node itself,
 * the given signature, or one signed now with the node key against the live registry (its nonce).
 *
 * @throws {MissingNodeConsentError} when another account's node comes with neither key nor signature.
 */
async function consentFor(
  context: SigningContext,
  { node, peerId, nodeKey, signature, deadline }: { node: string; peerId: string; nodeKey?: Wallet; signature?: string; deadline?: bigint }
): Promise<NodeRegistrationConsent> {
  if (getAddress(node) === getAddress(context.account)) return SELF_REGISTRATION
  if (signature !== undefined && deadline !== undefined) return { deadline, signature }
  if (nodeKey === undefined) throw new MissingNodeConsentError(getAddress(node), context.account)
  return await nodeRegistrationConsent(nodeKey, context.read.NodeRegistry, { provider: context.account, peerId })
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
