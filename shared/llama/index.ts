/**
 * The public face of `shared/llama/`: the process's node-llama-cpp binding, shared by the node's
 * backend, the orchestrator's token counter, embedder and verifier.
 */
export { loadLlama } from './loadLlama.ts'
