import type { ChatGenerator } from './inference/index.ts'
import type { createMaiaResponder } from './maia/index.ts'

/**
 * Requests for the MAIA model (`maia` by default) get the full pipeline — routing, knowledge,
 * memory, accounting; any other model name goes straight to the network's model, as a plain
 * inference API.
 */
export function createModelSwitchGenerator(components: {
  network: ChatGenerator
  maia: ReturnType<typeof createMaiaResponder>
  maiaModelName: string
  now: () => number
}): ChatGenerator {
  const startedAt = components.now()
  return {
    listModels: () => [{ id: components.maiaModelName, createdAt: startedAt }, ...components.network.listModels()],
    modelNameFor: (requested) => requested === components.maiaModelName ? requested : components.network.modelNameFor(requested),
    async generate(request, options) {
      if (request.model !== components.maiaModelName) return components.network.generate(request, options)
      const result = await components.maia.generate(request, { userId: request.userId, sessionId: request.sessionId, apiKeyId: request.apiKeyId }, options)
      return { ...result, model: components.maiaModelName }
    }
  }
}
