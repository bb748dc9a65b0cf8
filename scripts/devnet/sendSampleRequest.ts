import Anthropic from '@anthropic-ai/sdk'

/**
 * Streams one request for MAIA (shadow work: routed to the network's model with identity,
 * retrieved wisdom and memory in the prompt) with the real Anthropic SDK, as an app would.
 */
export async function sendSampleRequest(apiUrl: string, apiKey: string, onText: (text: string) => void, headers: Record<string, string> = {}): Promise<{ outputTokens: number; stopReason: string | null; firstTokenMs: number | null }> {
  const client = new Anthropic({ baseURL: apiUrl, apiKey })
  const started = performance.now()
  let firstTokenMs: number | null = null
  const stream = client.messages.stream({
    model: 'maia',
    max_tokens: 48,
    messages: [{ role: 'user', content: 'Why do I keep projecting my anger onto my sister? What is this shadow in me?' }]
  }, { headers: { 'x-maia-user': 'devnet-user', 'x-maia-session': 'devnet-sample', ...headers } })
  stream.on('text', (text) => {
    firstTokenMs ??= Math.round(performance.now() - started)
    onText(text)
  })
  const message = await stream.finalMessage()
  return { outputTokens: message.usage.output_tokens, stopReason: message.stop_reason, firstTokenMs }
}
