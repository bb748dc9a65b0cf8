import type { Token } from 'node-llama-cpp'
import { checkEnding } from './ending.ts'
import type { PromptTokens } from '../../../shared/chat/index.ts'
import { checkToken, describeSupport, type NextTokenLogits, type SamplerSettings, type TokenCheck } from './samplerSupport.ts'
import type { VerificationRequest } from './schemas.ts'
import { aggregateChecks, type AnswerStatistics, type TokenizationCheck } from './statistics.ts'
import { checkUsage } from './usage.ts'
import { decideVerdict, type Verdict, type VerdictReason, type VerificationThresholds } from './verdict.ts'

export interface JudgeInput {
  readonly request: VerificationRequest
  readonly prompt: PromptTokens
  readonly claimed: readonly Token[]
  readonly tokenization: Omit<TokenizationCheck, 'textMatchesTokens'>
  /** Logits by answer position, as `teacherForce` returns them. */
  readonly logits: ReadonlyMap<number, NextTokenLogits>
  readonly logProbScope: AnswerStatistics['logProbScope']
  readonly thresholds: VerificationThresholds
  readonly detokenize: (tokens: readonly Token[]) => string
}

/**
 * Everything after the evaluation, free of the model: per-position checks, ending, usage,
 * statistics and verdict. Kept apart so that a stored evaluation can be re-judged under other
 * thresholds and the rules can be tested without a GGUF.
 */
export function judgeAnswer(input: JudgeInput): { verdict: Verdict; reasons: VerdictReason[]; statistics: AnswerStatistics } {
  const { request, prompt, claimed, tokenization, logits, thresholds } = input
  const sampler: SamplerSettings = { temperature: request.sampling.temperature, topP: request.sampling.topP, topK: request.sampling.topK }
  const stops = [...request.sampling.stop, ...prompt.stopTexts]
  const countSlack = tokenization.mode === 'tokens' ? 0 : textModeCountSlack(claimed.length)
  const ending = checkEnding({
    claimed,
    // Text mode derived the tokens from this text: comparing them with it would prove nothing.
    claimedText: tokenization.mode === 'tokens' ? request.claimedText : undefined,
    maxTokens: request.sampling.maxTokens,
    countSlack,
    stops,
    endTokens: prompt.endTokens,
    atEnd: logits.get(claimed.length),
    settings: sampler,
    tolerance: thresholds.tolerance,
    detokenize: input.detokenize
  })
  const checks: TokenCheck[] = []
  for (const [position, next] of logits) {
    const token = claimed[position]
    if (token !== undefined) checks.push(checkToken(next, describeSupport(next, sampler, thresholds.tolerance), sampler, token))
  }
  const statistics: AnswerStatistics = {
    promptTokens: prompt.tokens.length,
    claimedTokens: claimed.length,
    logProbScope: input.logProbScope,
    ...aggregateChecks(checks),
    tokenization: { ...tokenization, textMatchesTokens: ending.textMatchesTokens },
    usage: checkUsage({ promptTokens: prompt.tokens.length, answerTokens: claimed.length, countSlack, claimed: request.claimedUsage }),
    ending
  }
  return { ...decideVerdict(statistics, thresholds, { claimedStopReason: request.claimedStopReason, maxTokens: request.sampling.maxTokens }), statistics }
}

/** Text mode re-derives the token count, which may differ from what was sampled by a few tokens. */
function textModeCountSlack(answerTokens: number): number {
  return 4 + Math.ceil(answerTokens * 0.05)
}
