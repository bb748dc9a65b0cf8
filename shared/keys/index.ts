/**
 * The public face of `shared/keys/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { createBindingProof } from './bindingProof.ts'
export { createSignerCache, type SignerCache } from './createSignerCache.ts'
export { CorruptKeyFileError, InsecureKeyFileError } from './errors.ts'
export { loadOrCreateSecret } from './loadOrCreateSecret.ts'
export { ETH_KEY_FILE, LIBP2P_KEY_FILE, loadOrCreateIdentity, readKeyFile, type NodeIdentity } from './nodeIdentity.ts'
