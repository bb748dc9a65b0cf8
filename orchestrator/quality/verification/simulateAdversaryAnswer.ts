import type { Token } from 'node-llama-cpp'
import { seededRandom } from '../../../shared/util/index.ts'
import type { ChatMessage } from '../../../shared/protocol/index.ts'
import { BaseError } from '../../../shared/errors/index.ts'
import type { ClaimedAnswer, SimulatedNode, SimulatedRequest } from './simulatedNode.ts'

/**
 * Ways a node can lie about what the approved model generated, each simulated with real
 * generation where generation is involved:
 * - `different-weights`: serves another GGUF of the same shape and vocabulary (cheaper to get, or fine-tuned).
 * - `smaller-model`: serves a smaller model sharing the tokenizer (cheaper to run).
 * - `garbage-tokens`: returns random tokens without running any model, billing a full answer.
 * - `truncated`: stops early (half the answer) but bills the full answer's usage.
 * - `replayed`: returns an honest answer the approved model gave to another prompt.
 */
export const ADVERSARY_KINDS = ['different-weights', 'smaller-model', 'garbage-tokens', 'truncated', 'replayed'] as const
export type AdversaryKind = (typeof ADVERSARY_KINDS)[number]

export interface AdversaryContext {
  /** A node running the approved model (truncated, replayed; prompt sizes for garbage). */
  readonly approved: SimulatedNode
  /** The model the adversary serves instead (different-weights, smaller-model). */
  readonly impostor?: SimulatedNode
  /** The prompt whose honest answer is replayed (replayed). */
  readonly replayMessages?: readonly ChatMessage[]
  /** Share of the honest answer kept by `truncated` (default 0.5). */
  readonly keepShare?: number
  /** Seeds `garbage-tokens`. */
  readonly seed?: number
  readonly signal?: AbortSignal
}

export class AdversaryContextError extends BaseError {
  override name = 'AdversaryContextError'
  constructor(kind: AdversaryKind, missing: string) {
    super('The adversary needs more context', { details: { kind, missing } })
  }
}

/** The answer (text, tokens, billed usage) an adversary of `kind` would return for `request`. */
export async function simulateAdversaryAnswer(kind: AdversaryKind, request: SimulatedRequest, context: AdversaryContext): Promise<ClaimedAnswer> {
  const signal = context.signal
  switch (kind) {
    case 'different-weights':
    case 'smaller-model': {
      if (context.impostor === undefined) throw new AdversaryContextError(kind, 'impostor')
      return context.impostor.generate(request, { signal })
    }
    case 'garbage-tokens':
      return garbageAnswer(request, context)
    case 'truncated': {
      const honest = await context.approved.generate(request, { signal })
      const kept = Math.max(1, Math.floor(honest.tokens.length * (context.keepShare ?? 0.5)))
      const tokens = honest.tokens.slice(0, kept)
      return { ...honest, tokens, text: context.approved.model.detokenize(tokens) }
    }
    case 'replayed': {
      if (context.replayMessages === undefined) throw new AdversaryContextError(kind, 'replayMessages')
      const replay = await context.approved.generate({ ...request, messages: context.replayMessages }, { signal })
      // Bills this prompt's real size, so only the answer itself gives it away.
      const promptTokens = context.approved.promptTokenCount(request.messages) - 1
      return { ...replay, usage: { ...replay.usage, promptTokens } }
    }
  }
}

function garbageAnswer(request: SimulatedRequest, context: AdversaryContext): ClaimedAnswer {
  const { approved } = context
  const random = seededRandom(context.seed ?? 1)
  const tokens: Token[] = []
  // Shaped like an honest max_tokens answer: maxTokens − 1 evaluated tokens, maxTokens billed.
  while (tokens.length < request.maxTokens - 1) {
    const token = Math.floor(random() * approved.vocabularySize) as Token
    // Skip control tokens (EOS, chat markers): a garbage node still wants a well-formed answer.
    if (approved.model.getTokenAttributes(token).control || approved.model.isEogToken(token)) continue
    tokens.push(token)
  }
  return {
    text: approved.model.detokenize(tokens),
    tokens,
    usage: { promptTokens: approved.promptTokenCount(request.messages) - 1, completionTokens: request.maxTokens },
    stopReason: 'max_tokens',
    generationMs: 0
  }
}

