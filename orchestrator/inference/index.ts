/**
 * The public face of `orchestrator/inference/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export type { ChatGenerationOptions, ChatGenerationRequest, ChatGenerationResult, ChatGenerator } from './ChatGenerator.ts'
export { NodeTable, type NodeEntry } from './NodeTable.ts'
export { capabilityDirectory, type CapabilityDirectory, type CapabilityDirectoryComponents, type CapabilityDirectoryInit } from './capabilityDirectory.ts'
export { createCapabilityValidator } from './capabilityValidator.ts'
export { createNetworkChatGenerator } from './createNetworkChatGenerator.ts'
export { createNetworkInference, type InferenceHooks, type NetworkInference, type NetworkObserver, type ServedInference } from './createNetworkInference.ts'
export { DEFAULT_ADMISSION } from './createAdmission.ts'
export { AllNodesFailedError, NetworkFullError, NoNodesAvailableError, NodeRejectedError } from './errors.ts'
export type { InferenceTimeouts } from './requestInference.ts'
export { listServedModels, resolveModel, type ServedModel } from './resolveModel.ts'
export { nodeTimingsOf } from './nodeTimingsOf.ts'
