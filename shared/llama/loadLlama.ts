import type { Llama } from 'node-llama-cpp'
import type { Logger } from 'pino'

const loaded = new Map<string, Promise<Llama>>()

/**
 * The process's node-llama-cpp binding, one per GPU setting. Each `getLlama()` call loads its own
 * native backend; a process that counts tokens, verifies answers and serves a model would load it
 * several times. Callers dispose their models and contexts, never the binding. llama.cpp's log
 * lines go to the first caller's logger at debug level (warnings and worse only).
 * node-llama-cpp (~400 modules with its dependencies, ~1 s to import) is imported on the first call,
 * not when this file is: a CLI command, a test or an orchestrator that never opens a GGUF never loads it.
 *
 * @example
 * const llama = await loadLlama({ gpu: false, logger })
 * const model = await llama.loadModel({ modelPath })
 */
export function loadLlama(options: { gpu: 'auto' | false; logger?: Logger }): Promise<Llama> {
  const key = String(options.gpu)
  let llama = loaded.get(key)
  if (llama === undefined) {
    const log = options.logger?.child({ component: 'llama.cpp' })
    llama = import('node-llama-cpp').then(({ getLlama, LlamaLogLevel }) =>
      getLlama({ gpu: options.gpu, logLevel: LlamaLogLevel.warn, logger: (level, message) => log?.debug({ level }, message.trim()) }))
    // A failed load is not cached: the next caller tries again.
    llama.catch(() => loaded.delete(key))
    loaded.set(key, llama)
  }
  return llama
}
