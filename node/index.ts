/**
 * The public face of `node/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { startNodeFromConfig } from './startNodeFromConfig.ts'
export { capabilityAnnouncer, type CapabilityAnnouncer, type CapabilityAnnouncerComponents, type CapabilityAnnouncerInit } from './announce/capabilityAnnouncer.ts'
export { inferenceServer, type InferenceServer, type InferenceServerComponents, type InferenceServerInit } from './inference/inferenceServer.ts'
