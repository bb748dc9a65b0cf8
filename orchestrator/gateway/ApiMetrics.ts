/** What the API layer saw of one HTTP request, once its response has ended. */
export interface ApiRequestOutcome {
  api: 'anthropic' | 'openai' | 'other'
  /** The MAIA route that answered (template, network, claude, safety); `none` when nothing was generated. */
  route: string
  status: number
  /** From the request arriving to the first token handed to the response; absent without one. */
  firstTokenMs?: number
  /** Output tokens and the time from the first token to the end, for tokens/s; absent without an answer. */
  generation?: { outputTokens: number; ms: number }
}

/**
 * The API server's view of metrics: it reports each request and serves the scrape, knowing
 * nothing of the format (Prometheus, here) behind it.
 */
export interface ApiMetrics {
  observe(outcome: ApiRequestOutcome): void
  /** The exposition served at `GET /metrics`. */
  render(): Promise<{ contentType: string; body: string }>
}
