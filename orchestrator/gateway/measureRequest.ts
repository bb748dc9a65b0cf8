import type { ChatGenerator } from '../inference/index.ts'
import type { ApiRequestOutcome } from './ApiMetrics.ts'

/** Times one request and reports it once its response has ended. */
export interface RequestMeasurement {
  /** The generator the handler calls, watched for the first token and the answer's size. */
  wrap(generator: ChatGenerator): ChatGenerator
  outcome(status: number): ApiRequestOutcome
}

/**
 * Times one request for metrics: when its first token came and how many tokens its answer had,
 * learnt by wrapping the generator the handler calls.
 */
export function measureRequest(path: string, now: () => number): RequestMeasurement {
  const api = path === '/v1/messages' ? 'anthropic' : path === '/v1/chat/completions' ? 'openai' : 'other'
  const receivedAt = now()
  let firstTokenAt: number | undefined
  let answer: { route: string; outputTokens: number; finishedAt: number } | undefined
  return {
    wrap: (generator) => ({
      ...generator,
      async generate(request, options) {
        const result = await generator.generate(request, { ...options, onToken: (text) => { firstTokenAt ??= now(); options.onToken(text) } })
        const finishedAt = now()
        answer = { route: result.route ?? 'network', outputTokens: result.usage.outputTokens, finishedAt }
        // A whole reply's tokens arrive gathered (a frame or two): its first token is placed where
        // a streaming caller would have seen it, the node's generation time before the end.
        const node = result.nodeTimings
        if (options.wholeReply === true && node !== undefined && node.firstTokenMs !== null) {
          firstTokenAt = Math.max(receivedAt, finishedAt - Math.max(0, node.totalMs - node.firstTokenMs))
        }
        return result
      }
    }),
    outcome: (status) => ({
      api, status, route: answer?.route ?? 'none',
      ...(firstTokenAt === undefined ? {} : { firstTokenMs: firstTokenAt - receivedAt }),
      ...(answer === undefined || firstTokenAt === undefined ? {} : { generation: { outputTokens: answer.outputTokens, ms: answer.finishedAt - firstTokenAt } })
    })
  }
}
