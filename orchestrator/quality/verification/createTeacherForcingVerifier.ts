import type { ChatWrapper, LlamaContext, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp'
import { loadLlama } from '../../../shared/llama/index.ts'
import type { Logger } from 'pino'
import { z } from 'zod'
import { BaseError } from '../../../shared/errors/index.ts'
import { formatZodIssues } from '../../../shared/util/index.ts'
import { DEFAULT_THRESHOLDS } from './defaultThresholds.ts'
import { InvalidVerificationRequestError, UnknownTokenError, VerificationContextOverflowError, VerifierDisposedError, VerifierLoadError } from './errors.ts'
import { selectPositions } from './positions.ts'
import { buildPromptTokens } from '../../../shared/chat/index.ts'
import { judgeAnswer } from './judgeAnswer.ts'
import type { NextTokenLogits } from './samplerSupport.ts'
import { parseVerificationRequest, type VerificationRequestInput } from './schemas.ts'
import type { AnswerStatistics, TokenizationCheck } from './statistics.ts'
import { teacherForce } from './teacherForce.ts'
import type { Verdict, VerdictReason, VerificationThresholds } from './verdict.ts'

export interface TeacherForcingVerifierOptions {
  /** The approved GGUF: the file whose SHA-256 is the model hash nodes sign receipts with. */
  modelPath: string
  /** At least the nodes' context size: prompt + answer must fit without a context shift. */
  contextSize: number
  /** CPU threads; always explicit (llama.cpp's default collapses on small shared machines). */
  threads: number
  gpu?: 'auto' | false
  thresholds?: Partial<VerificationThresholds>
  /** Highest logits read per position beyond the sampler's top-k: room for the tolerance test. */
  extraTopCandidates?: number
  /** Tokens per evaluation call; the abort signal is checked between calls. */
  chunkTokens?: number
  /**
   * Normalise log-probabilities over the whole vocabulary (exact, but node-llama-cpp then sorts
   * the vocabulary at every checked position). Default: only when it has at most 8,192 tokens;
   * larger vocabularies use the top candidates (log-probabilities become upper bounds; the
   * support test is unchanged).
   */
  exactLogProbs?: boolean
  logger?: Logger
  signal?: AbortSignal
}

const optionsSchema = z.object({
  modelPath: z.string().min(1),
  contextSize: z.number().int().min(64),
  threads: z.number().int().min(1).max(256),
  gpu: z.union([z.literal('auto'), z.literal(false)]).default(false),
  extraTopCandidates: z.number().int().min(0).max(4_096).default(24),
  chunkTokens: z.number().int().min(16).default(1_024),
  exactLogProbs: z.boolean().optional()
}).passthrough()

/** Above this vocabulary size a full sort per position costs more than the evaluation itself. */
const EXACT_LOG_PROBS_MAX_VOCABULARY = 8_192

export interface VerificationResult {
  readonly verdict: Verdict
  readonly reasons: readonly VerdictReason[]
  readonly statistics: AnswerStatistics
  readonly timings: { readonly evaluateMs: number; readonly totalMs: number }
}

export interface TeacherForcingVerifier extends AsyncDisposable {
  readonly contextSize: number
  readonly vocabularySize: number
  readonly thresholds: VerificationThresholds
  /**
   * Checks one claimed answer against the approved model in a single evaluation of prompt +
   * answer. Calls are queued: the verifier holds one context sequence.
   * @throws {InvalidVerificationRequestError} the request failed its schema.
   * @throws {UnknownTokenError} a claimed token id is outside the vocabulary.
   * @throws {VerificationContextOverflowError} prompt + answer exceed `contextSize`.
   * @throws {VerifierDisposedError} after `dispose()`.
   */
  verify(request: VerificationRequestInput, options?: { signal?: AbortSignal }): Promise<VerificationResult>
  dispose(): Promise<void>
}

/**
 * A verifier for "verified inference": it re-runs the approved GGUF over a node's claimed answer
 * by teacher forcing and judges whether the approved model, sampled the way the node was told to
 * sample, could have produced it, and whether the receipt bills what was returned.
 *
 * @example
 * await using verifier = await createTeacherForcingVerifier({ modelPath: './approved.gguf', contextSize: 2048, threads: 2 })
 * const { verdict, reasons } = await verifier.verify({ messages, claimedTokens, sampling: { temperature: 0.7, topP: 0.9, maxTokens: 256 }, claimedUsage: { promptTokens: 120, completionTokens: 256 } })
 */
export async function createTeacherForcingVerifier(options: TeacherForcingVerifierOptions): Promise<TeacherForcingVerifier> {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) throw new InvalidVerificationRequestError(formatZodIssues(parsed.error))
  const settings = parsed.data
  const thresholds: VerificationThresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds }
  const log = options.logger?.child({ component: 'quality:verifier' })
  let model: LlamaModel
  let context: LlamaContext
  let chatWrapper: ChatWrapper
  try {
    const llama = await loadLlama({ gpu: settings.gpu, ...(log === undefined ? {} : { logger: log }) })
    model = await llama.loadModel({ modelPath: settings.modelPath, loadSignal: options.signal })
    context = await model.createContext({ contextSize: settings.contextSize, sequences: 1, threads: settings.threads })
    // Resolved once, as the node does: the same wrapper renders the same prompt tokens. Imported
    // here, not at the top: an orchestrator that never verifies never loads node-llama-cpp.
    const { resolveChatWrapper } = await import('node-llama-cpp')
    chatWrapper = resolveChatWrapper(model)
  } catch (cause) {
    if (cause instanceof BaseError) throw cause
    throw new VerifierLoadError(settings.modelPath, { cause })
  }
  const sequence: LlamaContextSequence = context.getSequence()
  const vocabularySize = readVocabularySize(model)
  const scope = (settings.exactLogProbs ?? vocabularySize <= EXACT_LOG_PROBS_MAX_VOCABULARY) ? 'vocabulary' : 'top'
  let queue: Promise<unknown> = Promise.resolve()
  let disposed = false

  async function verifyNow(input: VerificationRequestInput, signal: AbortSignal | undefined): Promise<VerificationResult> {
    const started = performance.now()
    const request = parseVerificationRequest(input)
    signal?.throwIfAborted()
    const prompt = buildPromptTokens(model, chatWrapper, request.messages)
    // Before anything touches them: llama.cpp aborts the process on an out-of-range id.
    for (const token of request.claimedTokens ?? []) if (token >= vocabularySize) throw new UnknownTokenError(token, vocabularySize)
    const { claimed, tokenization } = resolveClaim(model, request.claimedTokens, request.claimedText)
    const required = prompt.tokens.length + claimed.length
    if (required > context.contextSize) throw new VerificationContextOverflowError(required, context.contextSize)

    const positions = selectPositions(claimed.length, request.positions)
    const evaluateStarted = performance.now()
    let logits: Map<number, NextTokenLogits>
    try {
      logits = await teacherForce(sequence, prompt.tokens, claimed, {
        positions,
        topCount: Math.min(vocabularySize, request.sampling.topK + settings.extraTopCandidates),
        extraTokens: prompt.endTokens,
        chunkTokens: settings.chunkTokens,
        scope,
        signal
      })
    } catch (error) {
      // A half-evaluated sequence would poison prefix reuse: start the next request clean.
      await sequence.clearHistory().catch(() => undefined)
      throw error
    }
    const evaluateMs = performance.now() - evaluateStarted
    const judged = judgeAnswer({ request, prompt, claimed, tokenization, logits, logProbScope: scope, thresholds, detokenize: (tokens) => model.detokenize(tokens) })
    return { ...judged, timings: { evaluateMs, totalMs: performance.now() - started } }
  }

  const verifier: TeacherForcingVerifier = {
    contextSize: context.contextSize,
    vocabularySize,
    thresholds,
    verify(request, verifyOptions = {}) {
      if (disposed) return Promise.reject(new VerifierDisposedError())
      const run = queue.then(() => {
        if (disposed) throw new VerifierDisposedError()
        return verifyNow(request, verifyOptions.signal)
      })
      queue = run.catch(() => undefined)
      return run
    },
    async dispose() {
      if (disposed) return
      disposed = true
      await queue
      await context.dispose()
      await model.dispose()
    },
    async [Symbol.asyncDispose]() {
      await verifier.dispose()
    }
  }
  return verifier
}

/**
 * Token ids to check: the node's ids when sent, else the text re-tokenized as the node's tokenizer
 * would. Re-tokenized text lines up only when the model emitted the canonical tokenization.
 */
function resolveClaim(model: LlamaModel, claimedTokens: number[] | undefined, claimedText: string | undefined): { claimed: Token[]; tokenization: Omit<TokenizationCheck, 'textMatchesTokens'> } {
  if (claimedTokens !== undefined) {
    const claimed = claimedTokens as Token[]
    const canonical = sameTokens(model.tokenize(model.detokenize(claimed), false, 'trimLeadingSpace'), claimed)
    return { claimed, tokenization: { mode: 'tokens', roundTrip: true, canonical } }
  }
  const text = claimedText ?? ''
  const claimed = model.tokenize(text, false, 'trimLeadingSpace')
  const roundTrip = model.detokenize(claimed) === text
  return { claimed, tokenization: { mode: 'text', roundTrip, canonical: roundTrip } }
}

function sameTokens(a: readonly Token[], b: readonly Token[]): boolean {
  return a.length === b.length && a.every((token, index) => token === b[index])
}

/** Vocabulary size from the GGUF's token list: any id at or above it would crash llama.cpp's decode. */
function readVocabularySize(model: LlamaModel): number {
  const tokens: unknown = model.fileInfo.metadata.tokenizer?.ggml?.tokens
  if (Array.isArray(tokens) && tokens.length > 0) return tokens.length
  throw new VerifierLoadError(model.filename ?? 'model', { cause: new Error('the GGUF lists no tokenizer tokens') })
}
