import type { AnswerVerifier } from '../QualityPorts.ts'
import type { VerificationSummary } from '../evidence/evidenceBundle.ts'
import type { TeacherForcingVerifier, VerificationResult } from './createTeacherForcingVerifier.ts'
import { UnknownTokenError } from './errors.ts'
import type { PositionSelection } from './schemas.ts'

/** The port itself: it carries the node's token ids and stop reason (kept as a name for existing callers). */
export type TokenAwareAnswerVerifier = AnswerVerifier

export interface AnswerVerifierOptions {
  /**
   * Answer positions whose logits the first pass reads, drawn at random (the end is always read);
   * 0 reads every position. The evaluation itself always covers the whole answer.
   */
  readonly sampledPositions?: number
  /** The SHA-256 of the GGUF the verifier loaded (see `AnswerVerifier.modelHash`). */
  readonly modelHash?: string
}

/** Positions the first pass reads by default (see `asAnswerVerifier`). */
export const DEFAULT_SAMPLED_POSITIONS = 16

/**
 * The teacher-forcing verifier behind the quality loop's `AnswerVerifier` port. With the node's
 * token ids (its final frame's `tokens`) the check runs in token mode and can prove a lie; without
 * them it falls back to text mode (suspicious at worst on distribution evidence, see README.md).
 *
 * A sequential test: the first pass reads the logits at `sampledPositions` random positions (plus
 * the end), which is what an honest answer costs; any doubt (a verdict other than `honest`) is
 * settled by a second pass over every position, and only that verdict counts. A verdict can
 * quarantine and slash a node, so it is never decided on a sample alone; an honest answer has no
 * token outside the sampler's support (none in thousands measured), so it never pays the second
 * pass, while an impostor with a share `s` of outside tokens slips past the first pass with
 * probability (1 − s)^k — 3e-9 for the measured worst impostor (s ≥ 0.7, k = 16), 0.17 for the
 * worst replay (s = 0.106), which is then checked again at its next sample.
 * A token id outside the approved model's vocabulary is a verdict, not a failure: no honest node
 * can send one.
 */
export function asAnswerVerifier(verifier: TeacherForcingVerifier, options: AnswerVerifierOptions = {}): AnswerVerifier {
  const sampledPositions = options.sampledPositions ?? DEFAULT_SAMPLED_POSITIONS
  return {
    ...(options.modelHash === undefined ? {} : { modelHash: options.modelHash.toLowerCase() }),
    async verify(input) {
      const { request, claimedText, claimedTokens, claimedUsage, claimedStopReason, signal } = input
      const check = (positions: PositionSelection) => verifier.verify({
        messages: request.messages,
        claimedText,
        claimedTokens,
        sampling: { temperature: request.temperature, topP: request.topP, seed: request.seed, maxTokens: request.maxTokens, stop: request.stop },
        claimedUsage: { promptTokens: claimedUsage.inputTokens, completionTokens: claimedUsage.outputTokens },
        claimedStopReason,
        positions
      }, { signal })
      try {
        const sampled = sampledPositions > 0 && (claimedTokens?.length ?? Number.POSITIVE_INFINITY) > sampledPositions
        const first = await check(sampled ? { sample: sampledPositions } : 'all')
        if (!sampled || first.verdict === 'honest') return toVerificationSummary(first, { escalated: false })
        return toVerificationSummary(await check('all'), { escalated: true })
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

/**
 * Flattens a result into the evidence bundle's summary (JSON-safe: no infinities). `escalated`:
 * the verdict comes from the every-position pass that a doubtful sampled pass triggered.
 */
export function toVerificationSummary(result: VerificationResult, pass: { escalated?: boolean } = {}): VerificationSummary {
  const { statistics: s } = result
  const finite = (value: number | null): number | null => (value === null || !Number.isFinite(value) ? null : value)
  return {
    verdict: result.verdict,
    reasons: result.reasons.map((reason) => `${reason.code}: ${reason.message}`.slice(0, 500)),
    statistics: {
      promptTokens: s.promptTokens,
      claimedTokens: s.claimedTokens,
      tokensChecked: s.tokensChecked,
      ...(pass.escalated === undefined ? {} : { escalated: pass.escalated }),
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
