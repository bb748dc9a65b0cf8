import type { ChatMessage } from '../../../shared/protocol/index.ts'
import type { TeacherForcingVerifier, Verdict } from '../../../orchestrator/quality/verification/index.ts'
import { answerKey } from './requests.ts'

/** One verification the loop asked for, as the bench saw it. */
export interface VerificationRecord {
  /** The verifier's own wall time for this answer (queue wait excluded). */
  readonly verifyMs: number
  /** The node's generation time for the same answer, when a model generated it. */
  readonly generationMs: number | undefined
  /** Whether the loop passed the node's token ids (else: text mode, suspicious at most on distribution evidence). */
  readonly withTokens: boolean
  readonly withStopReason: boolean
  readonly verdict: Verdict
  readonly reasons: readonly string[]
  /** A doubtful sampled pass was followed by an every-position pass (its time is included). */
  readonly escalated: boolean
}

/**
 * Records what the verifier was asked and found, for the bench's figures: the loop only sees the
 * port's summary, so the bench wraps the verifier itself (same calls, same results).
 */
export class VerificationLog {
  readonly records: VerificationRecord[] = []
  readonly #generations = new Map<string, number>()
  /** Where each doubtful sampled pass was recorded (the every-position pass that follows replaces it). */
  readonly #sampledRecord = new Map<string, number>()

  /** Remembers how long the node took to generate `text` for `messages` / `seed`. */
  noteGeneration(messages: readonly ChatMessage[], seed: number | undefined, text: string, generationMs: number): void {
    if (generationMs > 0) this.#generations.set(answerKey(messages, seed, text), generationMs)
  }

  /** `verifier`, recording every call into this log. */
  wrap(verifier: TeacherForcingVerifier): TeacherForcingVerifier {
    const log = this
    return {
      get contextSize() { return verifier.contextSize },
      get vocabularySize() { return verifier.vocabularySize },
      get thresholds() { return verifier.thresholds },
      async verify(input, options) {
        const result = await verifier.verify(input, options)
        const key = answerKey(input.messages, input.sampling.seed, input.claimedText ?? JSON.stringify(input.claimedTokens))
        const generationMs = input.claimedText === undefined ? undefined : log.#generations.get(key)
        // The port's second, every-position pass on an answer: it replaces the sampled pass's record
        // (one record per answer, with both passes' time).
        const sampledAt = input.positions === 'all' ? log.#sampledRecord.get(key) : undefined
        const sampled = sampledAt === undefined ? undefined : log.records[sampledAt]
        const record: VerificationRecord = {
          verifyMs: result.timings.totalMs + (sampled?.verifyMs ?? 0), generationMs,
          withTokens: input.claimedTokens !== undefined, withStopReason: input.claimedStopReason !== undefined,
          verdict: result.verdict, reasons: result.reasons.map((reason) => reason.code), escalated: sampled !== undefined
        }
        if (sampledAt !== undefined) {
          log.records[sampledAt] = record
          log.#sampledRecord.delete(key)
        } else {
          // Only a doubtful sampled pass is followed by an every-position pass on the same answer
          // (identical answers recur in the honest grid, so the key alone would not tell).
          if (typeof input.positions === 'object' && result.verdict !== 'honest') log.#sampledRecord.set(key, log.records.length)
          log.records.push(record)
        }
        return result
      },
      // The bench's models own the verifier: the wrapper never disposes it.
      dispose: async () => {},
      [Symbol.asyncDispose]: async () => {}
    }
  }

  /** Records from `start` on (one phase of the bench). */
  since(start: number): readonly VerificationRecord[] {
    return this.records.slice(start)
  }
}
