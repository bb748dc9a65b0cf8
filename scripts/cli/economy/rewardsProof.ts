import { readFile } from 'node:fs/promises'
import { StandardMerkleTree } from '@openzeppelin/merkle-tree'
import { getAddress } from 'ethers'
import { z } from 'zod'
import { REWARDS_LEAF_ENCODING } from '../../../shared/chain/index.ts'
import { formatZodIssues } from '../../../shared/util/index.ts'
import { InvalidEconomyArgumentError, InvalidRewardsProofError, NoRewardsError, RewardsProofFetchError, RewardsProofMismatchError } from './errors.ts'
import { addressSchema, bytes32Schema } from './flags.ts'

/**
 * The proof of one account's cumulative earnings, as `GET <orchestrator>/v1/rewards/<address>`
 * returns it and as `--proof-file` holds it: `{ epoch, cumulativeAmount, proof }` (amount in base
 * units as a decimal string; `account` optional).
 */
export const RewardsProofSchema = z.object({
  account: addressSchema.optional(),
  epoch: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform((value) => BigInt(value)),
  cumulativeAmount: z.string().regex(/^\d+$/, 'expected base units as a decimal string').transform((value) => BigInt(value)),
  proof: z.array(bytes32Schema)
})
export type RewardsProof = z.output<typeof RewardsProofSchema>

/** Where a proof comes from: the orchestrator's route or a local file. */
export type ProofSource = { kind: 'orchestrator'; url: string; apiKey?: string } | { kind: 'file'; path: string }

/**
 * The proof for `account`.
 *
 * @throws {NoRewardsError} when the orchestrator answers 404 (nothing earned yet).
 * @throws {RewardsProofFetchError} / {InvalidRewardsProofError}
 */
export async function loadRewardsProof(source: ProofSource, account: string): Promise<RewardsProof> {
  const { json, origin } = source.kind === 'file' ? await readProofFile(source.path) : await fetchProof(source, account)
  const result = RewardsProofSchema.safeParse(json)
  if (!result.success) throw new InvalidRewardsProofError(origin, formatZodIssues(result.error), { cause: result.error })
  if (result.data.account !== undefined && result.data.account !== getAddress(account)) {
    throw new InvalidRewardsProofError(origin, `proof is for ${result.data.account}, not ${getAddress(account)}`)
  }
  return result.data
}

async function readProofFile(path: string): Promise<{ json: unknown; origin: string }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (cause) {
    throw new InvalidEconomyArgumentError(`--proof-file: cannot read ${path}`, { cause })
  }
  try {
    return { json: JSON.parse(text), origin: path }
  } catch (cause) {
    throw new InvalidRewardsProofError(path, 'not JSON', { cause })
  }
}

async function fetchProof(source: { url: string; apiKey?: string }, account: string): Promise<{ json: unknown; origin: string }> {
  const url = `${source.url.replace(/\/+$/, '')}/v1/rewards/${getAddress(account)}`
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...(source.apiKey === undefined ? {} : { 'x-api-key': source.apiKey }) },
      signal: AbortSignal.timeout(15_000)
    })
  } catch (cause) {
    throw new RewardsProofFetchError({ url, reason: cause instanceof Error ? cause.message : String(cause) }, { cause })
  }
  if (response.status === 404) throw new NoRewardsError(getAddress(account))
  if (!response.ok) throw new RewardsProofFetchError({ url, status: response.status, reason: (await response.text()).slice(0, 200) })
  try {
    return { json: await response.json(), origin: url }
  } catch (cause) {
    throw new InvalidRewardsProofError(url, 'response is not JSON', { cause })
  }
}

/**
 * Checks the proof against the distributor's current root, exactly as `claim` will, so only
 * amounts the chain would pay are shown or claimed.
 *
 * @throws {RewardsProofMismatchError}
 */
export function verifyRewardsProof(proof: RewardsProof, { account, root, chainEpoch }: { account: string; root: string; chainEpoch: bigint }): void {
  let valid = false
  try {
    valid = StandardMerkleTree.verify(root, [...REWARDS_LEAF_ENCODING], [getAddress(account), proof.cumulativeAmount.toString()], proof.proof)
  } catch {
    valid = false
  }
  if (!valid) {
    throw new RewardsProofMismatchError({
      account: getAddress(account),
      cumulativeAmount: proof.cumulativeAmount.toString(),
      proofEpoch: proof.epoch.toString(),
      chainEpoch: chainEpoch.toString(),
      root
    })
  }
}
