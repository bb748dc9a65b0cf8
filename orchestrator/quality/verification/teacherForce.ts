import type { ControlledEvaluateInputItem, LlamaContextSequence, Token } from 'node-llama-cpp'
import type { NextTokenLogits } from './samplerSupport.ts'

export interface TeacherForceOptions {
  /** Answer positions whose next-token logits are wanted: 0 is the first claimed token, `claimed.length` the end. */
  readonly positions: ReadonlySet<number>
  /** How many of the highest logits to return per position (top-k plus room for the tolerance). */
  readonly topCount: number
  /** Tokens whose logits are wanted wherever they rank (end-of-generation tokens). */
  readonly extraTokens: readonly Token[]
  /** Tokens per evaluation call: the abort signal is checked between calls. */
  readonly chunkTokens: number
  /**
   * `vocabulary`: log-probabilities normalised over the whole vocabulary (exact; node-llama-cpp
   * then sorts the whole vocabulary per position: 17.7 ms per position at 128k tokens).
   * `top`: a top-k sampler pass keeps only the `topCount` best first (a partial sort, ~1 ms per
   * position at 128k), so log-probabilities are normalised over those candidates only.
   */
  readonly scope: 'vocabulary' | 'top'

  readonly signal?: AbortSignal
}

/**
 * One prefill-like pass over prompt + claimed answer: every token is evaluated in batches, and
 * the logits after the tokens of interest are read, instead of generating token by token.
 * node-llama-cpp's `controlledEvaluate` is used rather than `evaluateWithMetadata`: the latter is
 * an autoregressive generator (one decode per fed-back token), so it costs what generation costs.
 *
 * The sequence keeps its state afterwards: a later prompt sharing a prefix (a system prompt)
 * re-uses it. Logits come from a greedy sampler pass, which leaves them untouched.
 */
export async function teacherForce(sequence: LlamaContextSequence, prompt: readonly Token[], claimed: readonly Token[], options: TeacherForceOptions): Promise<Map<number, NextTokenLogits>> {
  const input = [...prompt, ...claimed]
  const firstPosition = Math.min(...options.positions)
  const firstNeeded = prompt.length - 1 + (Number.isFinite(firstPosition) ? firstPosition : claimed.length)
  const reusable = Math.min(sequence.compareContextTokens(input).firstDifferentIndex, firstNeeded, sequence.nextTokenIndex)
  if (reusable < sequence.nextTokenIndex) await sequence.eraseContextTokenRanges([{ start: reusable, end: sequence.nextTokenIndex }])

  const results = new Map<number, NextTokenLogits>()
  for (let start = reusable; start < input.length; start += options.chunkTokens) {
    options.signal?.throwIfAborted()
    const end = Math.min(input.length, start + options.chunkTokens)
    const items: ControlledEvaluateInputItem[] = []
    for (let index = start; index < end; index++) items.push(inputItem(input, index, prompt.length, claimed, options))
    const outputs = await sequence.controlledEvaluate(items)
    for (let offset = 0; offset < outputs.length; offset++) {
      const logits = outputs[offset]?.next
      if (logits?.logits === undefined || logits.totalLogitWeight === undefined) continue
      const position = start + offset - (prompt.length - 1)
      results.set(position, toNextTokenLogits(logits.logits, logits.totalLogitWeight, requestedTokens(position, claimed, options), options))
    }
  }
  return results
}

function inputItem(input: readonly Token[], index: number, promptLength: number, claimed: readonly Token[], options: TeacherForceOptions): ControlledEvaluateInputItem {
  const token = input[index] as Token
  const position = index - (promptLength - 1)
  if (!options.positions.has(position)) return token
  const logits = { filter: { tokens: requestedTokens(position, claimed, options), includeTop: options.topCount } }
  if (options.scope === 'vocabulary') return [token, { generateNext: { logits, totalLogitWeight: true } }]
  // Temperature 1 and topP 1 leave logits as they are; the draw the chain ends with is ignored.
  return [token, { generateNext: { logits, totalLogitWeight: true, options: { temperature: 1, topK: options.topCount, topP: 1, minP: 0 } } }]
}

function requestedTokens(position: number, claimed: readonly Token[], options: TeacherForceOptions): Token[] {
  const token = claimed[position]
  return token === undefined ? [...options.extraTokens] : [token, ...options.extraTokens]
}

function toNextTokenLogits(logits: Map<Token, number>, totalLogitWeight: number, requested: readonly Token[], options: TeacherForceOptions): NextTokenLogits {
  const top = [...logits.entries()].sort((a, b) => b[1] - a[1]).slice(0, options.topCount)
  const wanted = new Map<number, number>()
  for (const token of requested) {
    const logit = logits.get(token)
    if (logit !== undefined) wanted.set(token, logit)
  }
  return { top, requested: wanted, logNormalizer: Math.log(totalLogitWeight), normalizerScope: options.scope }
}
