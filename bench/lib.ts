/** Small statistics helpers shared by the benchmarks. */
export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!
}

export function median(values: number[]): number {
  return percentile(values, 0.5)
}

export function format(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a'
}

/** Reads an Anthropic SSE stream, calling `onText` per text delta; returns output tokens reported. */
export async function readAnthropicStream(response: Response, onText: (text: string) => void): Promise<number> {
  if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status}: ${await response.text()}`)
  const decoder = new TextDecoder()
  let buffer = ''
  let outputTokens = 0
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk, { stream: true })
    let boundary
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, boundary)
      buffer = buffer.slice(boundary + 2)
      const data = event.split('\n').find((line) => line.startsWith('data: '))?.slice(6)
      if (data === undefined) continue
      const parsed = JSON.parse(data) as { type: string; delta?: { text?: string }; usage?: { output_tokens?: number }; error?: { message: string } }
      if (parsed.type === 'content_block_delta' && parsed.delta?.text !== undefined) onText(parsed.delta.text)
      if (parsed.type === 'message_delta') outputTokens = parsed.usage?.output_tokens ?? outputTokens
      if (parsed.type === 'error') throw new Error(parsed.error?.message ?? 'stream error')
    }
  }
  return outputTokens
}
