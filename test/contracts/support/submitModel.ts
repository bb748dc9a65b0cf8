import type { Signer } from 'ethers'
import { submitModel, type ModelRegistry } from '../../../shared/chain/index.ts'

/**
 * `maia model submit` on a test chain: commits to the GGUF hash as `trainer`, then reveals it
 * (`submitWithDataset` when `datasetHash` is given). Returns the model's id.
 */
export async function submitModelAs(registry: ModelRegistry, trainer: Signer, name: string, ggufSha256: string, uri: string, datasetHash?: string): Promise<bigint> {
  const submitted = await submitModel(registry.connect(trainer) as ModelRegistry, { name, ggufSha256, uri, datasetHash: datasetHash ?? null })
  return submitted.id
}
