/**
 * The public face of `shared/p2p/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { closeStream } from './closeStream.ts'
export { createPeer, type CreatePeerOptions, type MaiaPeer, type PeerComponents, type PeerServiceFactories, type PeerServices, type PeerTransport } from './createPeer.ts'
export { keepConnected, type KeepConnected, type KeepConnectedComponents, type KeepConnectedInit } from './keepConnected.ts'
export { peerIdOfAddress } from './peerIdOfAddress.ts'
