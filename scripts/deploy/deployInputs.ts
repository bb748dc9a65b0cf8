import { getAddress, JsonRpcProvider, Wallet, type Provider, type Signer } from 'ethers'
import { MissingDeployerError } from './errors.ts'

/** Accounts given operational roles at deployment (governance can change them later). */
export interface SuiteRoleGrants {
  /** `SessionPayments.OPERATOR_ROLE`: the orchestrator(s) redeeming vouchers. */
  operators?: string[]
  /** `RewardsDistributor.ORACLE_ROLE`: who posts epoch roots. */
  oracles?: string[]
  /**
   * `NodeRegistry.SLASHER_ROLE`, besides the timelock; each is bounded by the `slasherCapPerPeriod`
   * and `slasherMaxSlashBps` parameters (governance can change them per slasher later).
   */
  slashers?: string[]
  /** `MaiaToken.MINTER_ROLE`, besides the timelock. */
  minters?: string[]
  /**
   * `ModelRegistry.EVALUATOR_ROLE`: who records candidates' evaluation reports and verdicts
   * (`maia model evaluate --record`). Governance grants and revokes it later.
   */
  evaluators?: string[]
}

/** The deployer: the given signer, else `privateKey` or the node's first account at `rpcUrl`. */
export async function resolveSigner(init: { signer?: Signer; rpcUrl?: string; privateKey?: string }): Promise<Signer> {
  if (init.signer !== undefined) return init.signer
  if (init.rpcUrl === undefined) throw new MissingDeployerError()
  const provider: Provider = new JsonRpcProvider(init.rpcUrl, undefined, { staticNetwork: false })
  if (init.privateKey !== undefined) return new Wallet(init.privateKey, provider)
  return await (provider as JsonRpcProvider).getSigner(0)
}

/** Role grants with checksummed, de-duplicated addresses. */
export function normalizeRoles(roles: SuiteRoleGrants): Required<SuiteRoleGrants> {
  return {
    operators: unique((roles.operators ?? []).map((a) => getAddress(a))),
    oracles: unique((roles.oracles ?? []).map((a) => getAddress(a))),
    slashers: unique((roles.slashers ?? []).map((a) => getAddress(a))),
    minters: unique((roles.minters ?? []).map((a) => getAddress(a))),
    evaluators: unique((roles.evaluators ?? []).map((a) => getAddress(a)))
  }
}

/** Checksummed addresses, each once. */
export function unique(addresses: string[]): string[] {
  return [...new Set(addresses.map((a) => getAddress(a)))]
}

/** `value` without its undefined properties (so they do not override defaults). */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** The RPC host (never its path or credentials, which may hold API keys), or the provider's name. */
export function describeNetwork(rpcUrl: string | undefined, providerName: string): string {
  if (rpcUrl === undefined) return providerName === 'unknown' ? 'hardhat' : providerName
  try {
    return new URL(rpcUrl).host
  } catch {
    return 'rpc'
  }
}
