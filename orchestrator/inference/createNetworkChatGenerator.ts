import type { ChatGenerator } from './ChatGenerator.ts'
import type { NetworkInference } from './createNetworkInference.ts'
import { NoNodesAvailableError } from './errors.ts'
import type { NodeEntry, NodeTable } from './NodeTable.ts'
import { listServedModels, resolveModel } from './resolveModel.ts'
import { nodeTimingsOf } from './nodeTimingsOf.ts'

/** Answers API requests from the network's nodes, resolving the requested model name first. */
export function createNetworkChatGenerator(components: {
  network: NetworkInference
  table: NodeTable
  /** Which routable nodes may serve (chain registration, active model); all when absent. */
  isEligible?: (entry: NodeEntry) => boolean
  now: () => number
  defaultModel?: string
}): ChatGenerator {
  const firstSeen = new Map<string, number>()
  const served = (): ReturnType<typeof listServedModels> => listServedModels(components.table.routable(components.isEligible))
  return {
    listModels() {
      return served().map((model) => {
        if (!firstSeen.has(model.name)) firstSeen.set(model.name, components.now())
        return { id: model.name, createdAt: firstSeen.get(model.name) ?? components.now() }
      })
    },
    modelNameFor(requested) {
      return resolveModel(requested, served(), components.defaultModel)?.name ?? requested
    },
    async generate(request, { onToken, signal, wholeReply }) {
      const model = resolveModel(request.model, served(), components.defaultModel)
      if (model === undefined) throw new NoNodesAvailableError({ model: request.model })
      const result = await components.network.generate({
        messages: request.messages,
        maxTokens: request.maxTokens,
        temperature: request.temperature,
        topP: request.topP,
        seed: request.seed,
        stop: request.stop,
        modelHash: model.hash,
        context: {
          ...(request.sessionId === undefined ? {} : { sessionId: request.sessionId }),
          ...(request.apiKeyId === undefined ? {} : { caller: request.apiKeyId }),
          ...(request.payment === undefined ? {} : { paymentDigest: request.payment.digest, payer: request.payment.payer })
        }
      }, { onToken, signal, ...(wholeReply === undefined ? {} : { wholeReply }) })
      return {
        model: model.name,
        text: result.text,
        stopReason: result.final.stopReason,
        stopSequence: result.final.stopSequence,
        usage: result.final.usage,
        ...nodeTimingsOf(result.final)
      }
    }
  }
}
