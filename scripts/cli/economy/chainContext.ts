import { JsonRpcProvider, Network, NonceManager, type Wallet } from 'ethers'
import { assertDeploymentChain, connectSuite, type SuiteContracts } from '../../../shared/chain/index.ts'
import type { Deployment } from '../../../shared/chain/index.ts'
import { loadDeployment } from '../../../shared/chain/index.ts'
import { DeploymentNotOnChainError, MissingKeyError, RpcUnreachableError } from './errors.ts'
import { DEFAULT_RPC_URL, type ChainFlags } from './flags.ts'
import { RevertDecoder } from './revert.ts'
import { loadWallet } from './wallet.ts'

/** A JSON-RPC endpoint whose chain id is known. */
export interface RpcConnection {
  rpcUrl: string
  provider: JsonRpcProvider
  chainId: bigint
}

/** Everything a read-only economy command needs; `wallet` is there when a key was given. */
export interface ChainContext extends RpcConnection {
  deployment: Deployment
  deploymentPath: string
  /** Typed contracts bound to the provider (reads). */
  read: SuiteContracts
  decoder: RevertDecoder
  wallet?: Wallet
}

/** A context that can send transactions as `account`. */
export interface SigningContext extends ChainContext {
  wallet: Wallet
  account: string
  /** Typed contracts bound to the signer. Nonces are counted locally so an approve and the call after it never collide. */
  write: SuiteContracts
}

export function resolveRpcUrl(flags: ChainFlags, env: NodeJS.ProcessEnv): string {
  return flags.rpc ?? env.MAIA_CHAIN_RPC ?? DEFAULT_RPC_URL
}

/**
 * Connects to `rpcUrl`, asking its chain id once. Done by hand rather than by ethers' network
 * detection, which retries forever (logging each try) when nothing listens.
 *
 * @throws {RpcUnreachableError} when the endpoint does not answer `eth_chainId`.
 */
export async function connectRpc(rpcUrl: string): Promise<RpcConnection> {
  let chainId: bigint
  try {
    const response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      signal: AbortSignal.timeout(10_000)
    })
    const body = (await response.json()) as { result?: unknown }
    if (typeof body.result !== 'string') throw new Error(`unexpected eth_chainId answer (HTTP ${response.status})`)
    chainId = BigInt(body.result)
  } catch (cause) {
    throw new RpcUnreachableError(rpcUrl, { cause })
  }
  // No 250 ms response cache: reading `latest` right after evm_mine must see the new block.
  const provider = new JsonRpcProvider(rpcUrl, Network.from(chainId), { staticNetwork: true, batchMaxCount: 1, cacheTimeout: -1 })
  // Devnets mine instantly; waiting for receipts need not poll at ethers' 4 s default.
  provider.pollingInterval = 250
  return { rpcUrl, provider, chainId }
}

/**
 * Runs `action` with the chain, the deployment (checked to be this chain's and to have code here)
 * and the optional wallet, then closes the provider whatever happens.
 *
 * @throws {ChainIdMismatchError} when the deployment file was made for another chain.
 */
export async function withChain<T>(flags: ChainFlags, env: NodeJS.ProcessEnv, action: (context: ChainContext) => Promise<T>): Promise<T> {
  // The key is read before touching the network: a refused key file fails fast and offline.
  const wallet = await loadWallet({ keyFile: flags.keyFile, env })
  const connection = await connectRpc(resolveRpcUrl(flags, env))
  try {
    const deploymentPath = flags.deployment ?? env.MAIA_DEPLOYMENT ?? `.maia/deployments/${connection.chainId}.json`
    const deployment = await loadDeployment(deploymentPath)
    await assertDeploymentChain(deployment, connection.provider)
    const token = deployment.contracts.MaiaToken.address
    if ((await connection.provider.getCode(token)) === '0x') {
      throw new DeploymentNotOnChainError({ deployment: deploymentPath, contract: 'MaiaToken', address: token })
    }
    const context: ChainContext = {
      ...connection,
      deployment,
      deploymentPath,
      read: connectSuite(deployment, connection.provider),
      decoder: new RevertDecoder(deployment),
      ...(wallet === undefined ? {} : { wallet: wallet.connect(connection.provider) })
    }
    return await action(context)
  } finally {
    connection.provider.destroy()
  }
}

/** {@link withChain} for commands that send transactions. @throws {MissingKeyError} without a key. */
export async function withSigningChain<T>(flags: ChainFlags, env: NodeJS.ProcessEnv, action: (context: SigningContext) => Promise<T>): Promise<T> {
  if (flags.keyFile === undefined && (env.MAIA_PRIVATE_KEY ?? '').trim() === '') throw new MissingKeyError()
  return await withChain(flags, env, async (context) => {
    const wallet = context.wallet
    if (wallet === undefined) throw new MissingKeyError()
    const signer = new NonceManager(wallet)
    return await action({ ...context, wallet, account: wallet.address, write: connectSuite(context.deployment, signer) })
  })
}
