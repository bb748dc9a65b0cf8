import { readFileSync } from 'node:fs'
import type { BenchEnvironment } from './environment.ts'
import { medianOrNull, percentileOrNull } from './stats.ts'

/** What the serving-shape measurement found. */
export interface ServingShapeCost {
  readonly answers: number
  readonly promptTokensMedian: number | null
  readonly answerTokensMedian: number | null
  /** Median verify ÷ generate through the loop's port (sampled pass, every position only when in doubt). */
  readonly ratioMedian: number | null
  readonly ratioP90: number | null
  readonly flagged: number
}

const LIBRARY = readFileSync(new URL('../../../orchestrator/maia/knowledge/sample-library/on-grief.md', import.meta.url), 'utf8') +
  readFileSync(new URL('../../../orchestrator/maia/knowledge/sample-library/on-dreams.md', import.meta.url), 'utf8')
const QUESTIONS = ['How do I carry grief without drowning in it?', 'What could my dream of the sea mean?', 'Why does loss feel heavier at night?', 'How do I forgive myself?']
/** ~560 characters of library passages (~480 tokens of the tiny model), as much as the bench's 1,024-token context leaves room for. */
const CONTEXT_CHARACTERS = 560
const MAX_TOKENS = 256

/**
 * The verifier's cost on requests shaped like MAIA's network turns — retrieved passages in the
 * system prompt, a question, up to 256 tokens of answer, no stop sequence — next to the node's
 * generation of the same answer, in the same run. The honest grid's answers (16–48 tokens, half of
 * them cut short by a stop sequence) are there to exercise every ending, not to price verification:
 * there the verifier's re-reading of the prompt is most of the node's own work.
 */
export async function measureServingShape(env: BenchEnvironment, count: number, seed: number): Promise<ServingShapeCost> {
  const ratios: number[] = []
  const promptTokens: number[] = []
  const answerTokens: number[] = []
  let flagged = 0
  for (let index = 0; index < count; index++) {
    const start = (index * 997 + seed * 131) % (LIBRARY.length - CONTEXT_CHARACTERS)
    const request = {
      messages: [
        { role: 'system' as const, content: `Passages from the library:\n${LIBRARY.slice(start, start + CONTEXT_CHARACTERS)}` },
        { role: 'user' as const, content: QUESTIONS[index % QUESTIONS.length]! }
      ],
      maxTokens: MAX_TOKENS, temperature: 0.7, topP: 0.9, seed: seed * 1_000 + index, stop: []
    }
    const answer = await env.models.approved.generate(request)
    const started = performance.now()
    const summary = await env.verifier.verify({
      request: { ...request, messages: [...request.messages], stop: [] },
      claimedText: answer.text,
      claimedTokens: answer.tokens,
      claimedUsage: { inputTokens: answer.usage.promptTokens, outputTokens: answer.usage.completionTokens },
      claimedStopReason: answer.stopReason
    })
    const verifyMs = performance.now() - started
    if (summary.verdict !== 'honest') flagged++
    ratios.push(verifyMs / answer.generationMs)
    promptTokens.push(answer.usage.promptTokens + 1)
    answerTokens.push(answer.tokens.length + 1)
  }
  return {
    answers: count, flagged,
    promptTokensMedian: medianOrNull(promptTokens), answerTokensMedian: medianOrNull(answerTokens),
    ratioMedian: medianOrNull(ratios), ratioP90: percentileOrNull(ratios, 0.9)
  }
}
