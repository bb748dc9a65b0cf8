/**
 * Model distribution over the network: nodes fetch a model file by its SHA-256 from peers
 * (chunked, hash-checked, resumable, several peers at once) and serve what they hold.
 */
export { attachModelDistribution } from './attachModelDistribution.ts'
export { modelDistribution, type ModelDistribution, type ModelDistributionComponents, type ModelDistributionInit } from './modelDistribution.ts'
export type { FetchModelParameters, FetchModelResult, FetchProgress } from './fetchModel.ts'
export { buildChunkManifest, manifestId, sha256HexSchema, type ChunkManifest, type Sha256Hex } from './chunkManifest.ts'
export { MODEL_PROTOCOL, DEFAULT_CHUNK_BYTES } from './constants.ts'
export { ChunkHashMismatchError, InvalidManifestError, ModelHashMismatchError, ModelUnavailableError, PeerProtocolError, PeerStalledError } from './errors.ts'
