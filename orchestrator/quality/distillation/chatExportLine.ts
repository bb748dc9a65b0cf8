import type { DistillationSample } from './distillationSet.ts'

/**
 * A sample as one chat-JSONL line: the conversation with its target answer last — the reference
 * answer when there is one, else the best-scoring answer not judged suspicious or dishonest — or
 * `undefined` when there is no target. `metadata.owner` is the API key id (a hash, never the key)
 * when the sample has one, so `maia dataset build` can cap how much of the data one key supplies.
 */
export function chatExportLine(sample: DistillationSample): string | undefined {
  const target = sample.reference ?? bestHonestAnswer(sample)
  if (target === undefined) return undefined
  return JSON.stringify({
    messages: [...sample.messages, { role: 'assistant', content: target }],
    metadata: { requestId: sample.requestId, createdAt: sample.createdAt, ...(sample.owner === undefined ? {} : { owner: sample.owner }), target: sample.reference === undefined ? 'network' : 'reference', answers: sample.answers }
  })
}

function bestHonestAnswer(sample: DistillationSample): string | undefined {
  const honest = sample.answers.filter((answer) => answer.verdict !== 'dishonest' && answer.verdict !== 'suspicious')
  honest.sort((a, b) => (b.relativeScore ?? 0) - (a.relativeScore ?? 0))
  return honest[0]?.text
}
