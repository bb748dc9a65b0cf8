import type { NetworkInference, NodeEntry, NodeTable, ServedInference } from '../../inference/index.ts'
import type { ServedAnswer } from '../createQualityLoop.ts'
import type { FinalFrame } from '../../../shared/protocol/index.ts'
import type { AskNode, SignedAnswer } from '../QualityPorts.ts'

/**
 * Asks one named node a sampled prompt through the ordinary router: same protocol, same fields
 * (prompt, seed, sampling parameters) as every request, so the node cannot tell it is being
 * compared. Its receipt is verified like any other before the answer is returned.
 */
export function askNamedNode(network: NetworkInference, table: NodeTable): AskNode {
  return async (peerId, request, signal, delivery = {}) => {
    const entry = table.get(peerId)
    if (entry === undefined) throw new Error(`node ${peerId} left the table`)
    const result = await network.generate({
      messages: request.messages, maxTokens: request.maxTokens, temperature: request.temperature, topP: request.topP,
      ...(request.seed === undefined ? {} : { seed: request.seed }),
      stop: request.stop, modelHash: entry.record.model.hash, onlyPeer: peerId
    }, { onToken: () => {}, signal: signal ?? new AbortController().signal, wholeReply: delivery.wholeReply === true })
    return { peerId, ethAddress: entry.record.ethAddress, ...signedParts(result.text, result.final) }
  }
}

/** A served inference as the quality loop takes it, with the peers that could answer the same prompt now. */
export function servedAnswer(served: ServedInference, eligibleNodes: () => NodeEntry[]): ServedAnswer {
  const { entry, request, text, final } = served
  return {
    peerId: entry.record.peerId,
    ethAddress: entry.record.ethAddress,
    ...signedParts(text, final),
    wholeReply: served.wholeReply,
    ...(served.caller === undefined ? {} : { caller: served.caller }),
    request: {
      id: request.id, messages: request.messages, maxTokens: request.maxTokens, temperature: request.temperature, topP: request.topP,
      ...(request.seed === undefined ? {} : { seed: request.seed }), stop: request.stop
    },
    // Read only when the answer is sampled (one in ten by default): every served answer passes
    // through here, and scanning the node table for each would be work on the hot path for nothing.
    get eligiblePeers() {
      return eligibleNodes().filter((candidate) => candidate.record.model.hash === entry.record.model.hash).map((candidate) => candidate.record.peerId)
    }
  }
}

/** What one node's final frame gives the loop: the signed text, and the ids and stop reason the verifier needs. */
function signedParts(text: string, final: FinalFrame): Pick<SignedAnswer, 'text' | 'receipt' | 'tokens' | 'stopReason'> {
  return { text, receipt: final.receipt, stopReason: final.stopReason, ...(final.tokens === undefined ? {} : { tokens: final.tokens }) }
}
