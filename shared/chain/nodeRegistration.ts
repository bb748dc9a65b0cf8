import { TypedDataEncoder, type Signer, type TypedDataDomain } from 'ethers'
import type { NodeRegistry } from '../../types/ethers-contracts/index.js'
import { NODE_REGISTRATION_TYPES } from './eip712Types.ts'
import { MissingChainProviderError } from './errors.ts'

/** EIP-712 domain name and version of `NodeRegistry`. */
export const NODE_REGISTRATION_DOMAIN_NAME = 'MAIA NodeRegistry'
export const NODE_REGISTRATION_DOMAIN_VERSION = '1'

/** How long a consent made by `nodeRegistrationConsent` stays valid by default: one hour of chain time. */
export const DEFAULT_CONSENT_VALIDITY_SECONDS = 3_600n

/** EIP-712 types of a node's registration consent (checked against the contract by test/contracts/eip712Types.test.ts). */
export { NODE_REGISTRATION_TYPES }

/**
 * A node key's consent that `provider` registers it with `peerId`: the `NodeRegistration` struct of
 * `NodeRegistry`. `nonce` is `registrationNonce(node)` at registration, so a consent is used once.
 */
export interface NodeRegistration {
  provider: string
  peerId: string
  nonce: bigint
  deadline: bigint
}

/** What `NodeRegistry.register` takes besides the node, peer id, metadata and stake. */
export interface NodeRegistrationConsent {
  deadline: bigint
  signature: string
}

/** A registration by the node itself: no consent needed, so a zero deadline and an empty signature. */
export const SELF_REGISTRATION: NodeRegistrationConsent = Object.freeze({ deadline: 0n, signature: '0x' })

/**
 * The EIP-712 domain of a `NodeRegistry` deployment.
 *
 * @example
 * const domain = nodeRegistrationDomain({ chainId: 31337n, verifyingContract: deployment.contracts.NodeRegistry.address })
 */
export function nodeRegistrationDomain({ chainId, verifyingContract }: { chainId: bigint | number; verifyingContract: string }): TypedDataDomain {
  return { name: NODE_REGISTRATION_DOMAIN_NAME, version: NODE_REGISTRATION_DOMAIN_VERSION, chainId, verifyingContract }
}

/**
 * Signs `registration` with the node's key, returning a 65-byte signature for `NodeRegistry.register`.
 *
 * @example
 * const signature = await signNodeRegistration(nodeWallet, domain, { provider, peerId, nonce, deadline })
 */
export async function signNodeRegistration(nodeKey: Signer, domain: TypedDataDomain, registration: NodeRegistration): Promise<string> {
  return await nodeKey.signTypedData(domain, NODE_REGISTRATION_TYPES, registration)
}

/**
 * The EIP-712 digest of `registration` (equals `NodeRegistry.hashNodeRegistration`).
 *
 * @example
 * hashNodeRegistration(domain, registration) === await registry.hashNodeRegistration(provider, peerId, nonce, deadline)
 */
export function hashNodeRegistration(domain: TypedDataDomain, registration: NodeRegistration): string {
  return TypedDataEncoder.hash(domain, NODE_REGISTRATION_TYPES, registration)
}

/**
 * The node key's consent that `provider` registers it with `peerId`, read against the live registry:
 * its chain id and address (the domain), the node's current nonce, and a deadline of
 * `validForSeconds` after the latest block (unless `deadline` is given). The registry must be
 * connected to a runner with a provider. The node key needs none.
 *
 * @throws {MissingChainProviderError} when the registry's runner has no provider.
 *
 * @example
 * const { deadline, signature } = await nodeRegistrationConsent(nodeWallet, registry, { provider: providerAddress, peerId })
 * await registry.register(nodeWallet.address, peerId, metadata, stake, deadline, signature)
 */
export async function nodeRegistrationConsent(
  nodeKey: Signer,
  registry: Pick<NodeRegistry, 'getAddress' | 'registrationNonce' | 'runner'>,
  { provider, peerId, deadline, validForSeconds = DEFAULT_CONSENT_VALIDITY_SECONDS }: { provider: string; peerId: string; deadline?: bigint; validForSeconds?: bigint }
): Promise<NodeRegistrationConsent> {
  const chain = registry.runner?.provider
  if (chain === null || chain === undefined) throw new MissingChainProviderError({ what: 'NodeRegistry (for a registration consent)' })
  const node = await nodeKey.getAddress()
  const [verifyingContract, nonce, network, latest] = await Promise.all([
    registry.getAddress(),
    registry.registrationNonce(node),
    chain.getNetwork(),
    deadline === undefined ? chain.getBlock('latest') : Promise.resolve(null)
  ])
  const until = deadline ?? BigInt(latest?.timestamp ?? Math.floor(Date.now() / 1000)) + validForSeconds
  const domain = nodeRegistrationDomain({ chainId: network.chainId, verifyingContract })
  return { deadline: until, signature: await signNodeRegistration(nodeKey, domain, { provider, peerId, nonce, deadline: until }) }
}
