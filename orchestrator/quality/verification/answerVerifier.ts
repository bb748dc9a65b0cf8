import type { AnswerVerifier } from '../QualityPorts.ts'
import type { VerificationSummary } from '../evidence/evidenceBundle.ts'
import type { TeacherForcingVerifier, VerificationResult } from './createTeacherForcingVerifier.ts'

/** The port, also taking the node's token ids once the protocol carries them (see `claimedTokens` in schemas.ts). */
export interface TokenAwareAnswerVerifier extends AnswerVerifier {
  verify(input: Parameters<AnswerVerifier['verify']>[0] & { claimedTokens?: number[] }): Promise<VerificationSummary>
}

/**
 * The teacher-forcing verifier behind the quality loop's `AnswerVerifier` port. The port carries
 * text only today, so answers are checked in text mode (suspicious at worst on distribution
 * evidence, see README.md); `claimedTokens` is honoured as soon as the protocol carries them.
 */
export function asAnswerVerifier(verifier: TeacherForcingVerifier): TokenAwareAnswerVerifier {
  return {
    async verify(input) {
      const { request, claimedText, claimedTokens, claimedUsage, signal } = input
      const result = await verifier.verify({
        messages: request.messages,
        claimedText,
        claimedTokens,
        sampling: { temperature: request.temperature, topP: request.topP, seed: request.seed, maxTokens: request.maxTokens, stop: request.stop },
        claimedUsage: { promptTokens: claimedUsage.inputTokens, completionTokens: claimedUsage.outputTokens }
      }, { signal })
      return toVerificationSummary(result)
    }
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
