import type { AnswerVerifier } from '../QualityPorts.ts'
import type { VerificationSummary } from '../evidence/evidenceBundle.ts'
import type { TeacherForcingVerifier, VerificationResult } from './createTeacherForcingVerifier.ts'
import { UnknownTokenError } from './errors.ts'

/** The port itself: it carries the node's token ids and stop reason (kept as a name for existing callers). */
export type TokenAwareAnswerVerifier = AnswerVerifier

/**
 * The teacher-forcing verifier behind the quality loop's `AnswerVerifier` port. With the node's
 * token ids (its final frame's `tokens`) the check runs in token mode and can prove a lie; without
 * them it falls back to text mode (suspicious at worst on distribution evidence, see README.md).
 * Every position is checked: this verdict can quarantine and slash a node, and sampled positions
 * lower the power (a replay with 10% outside tokens may show fewer than two of them).
 * A token id outside the approved model's vocabulary is a verdict, not a failure: no honest node
 * can send one.
 */
export function asAnswerVerifier(verifier: TeacherForcingVerifier): AnswerVerifier {
  return {
    async verify(input) {
      const { request, claimedText, claimedTokens, claimedUsage, claimedStopReason, signal } = input
      try {
        const result = await verifier.verify({
          messages: request.messages,
          claimedText,
          claimedTokens,
          sampling: { temperature: request.temperature, topP: request.topP, seed: request.seed, maxTokens: request.maxTokens, stop: request.stop },
          claimedUsage: { promptTokens: claimedUsage.inputTokens, completionTokens: claimedUsage.outputTokens },
          claimedStopReason,
          positions: 'all'
        }, { signal })
        return toVerificationSummary(result)
      } catch (error) {
        if (error instanceof UnknownTokenError) return unknownTokenSummary(error, claimedTokens?.length ?? 0)
        throw error
      }
    }
  }
}

function unknownTokenSummary(error: UnknownTokenError, claimedTokens: number): VerificationSummary {
  const token = Number(error.details.token)
  const vocabularySize = Number(error.details.vocabularySize)
  return {
    verdict: 'dishonest',
    reasons: [`unknown-token: claimed token id ${token} is outside the approved model's vocabulary of ${vocabularySize} tokens`],
    statistics: { claimedTokens, unknownToken: token, vocabularySize, tokenization: 'tokens' }
  }
}

/** Flattens a result into the evidence bundle's summary (JSON-safe: no infinities). */
export function toVerificationSummary(result: VerificationResult): VerificationSummary {
  const { statistics: s } = result
  const finite = (value: number | null): number | null => (value === null || !Number.isFinite(value) ? null : value)
  return {
    verdict: result.verdict,
    reasons: result.reasons.map((reason) => `${reason.code}: ${reason.message}`.slice(0, 500)),
    statistics: {
      promptTokens: s.promptTokens,
      claimedTokens: s.claimedTokens,
      tokensChecked: s.tokensChecked,
      outsideTopK: s.outsideTopK,
      outsideTopKShare: s.outsideTopKShare,
      outsideSupport: s.outsideSupport,
      outsideSupportShare: s.outsideSupportShare,
      maxDeficit: s.maxDeficit,
      logProbScope: s.logProbScope,
      meanLogProb: finite(s.meanLogProb),
      minLogProb: finite(s.minLogProb),
      meanRank: finite(s.meanRank),
      surpriseZ: finite(s.surpriseZ),
      tokenization: s.tokenization.mode,
      textRoundTrip: s.tokenization.roundTrip,
      textMatchesTokens: s.tokenization.textMatchesTokens,
      ending: s.ending.ending,
      usageConsistent: s.usage.consistent,
      overbilledTokens: s.usage.overbilledTokens,
      expectedCompletionTokensMax: s.usage.expectedCompletionTokens.max
    }
  }
}
