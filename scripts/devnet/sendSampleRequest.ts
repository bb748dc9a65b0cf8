import Anthropic from '@anthropic-ai/sdk'

/** Streams one request through the orchestrator with the real Anthropic SDK, as an app would. */
export async function sendSampleRequest(apiUrl: string, apiKey: string, onText: (text: string) => void): Promise<{ outputTokens: number; stopReason: string | null; firstTokenMs: number | null }> {
  const client = new Anthropic({ baseURL: apiUrl, apiKey })
  const started = performance.now()
  let firstTokenMs: number | null = null
  const stream = client.messages.stream({
    model: 'maia-tiny',
    max_tokens: 48,
    messages: [{ role: 'user', content: 'What does it mean to meet one\'s shadow?' }]
  })
  stream.on('text', (text) => {
    firstTokenMs ??= Math.round(performance.now() - started)
    onText(text)
  })
  const message = await stream.finalMessage()
  return { outputTokens: message.usage.output_tokens, stopReason: message.stop_reason, firstTokenMs }
}
