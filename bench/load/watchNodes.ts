/** A row of `GET /v1/network/nodes`, the fields the load test judges. */
export interface NodeRow {
  peerId: string
  failures: number
  quarantinedUntil: number | null
  inFlight: number
  outstanding: number
}

/** Reads the orchestrator's node table; null when it did not answer within `timeoutMs`. */
export async function readNodes(apiUrl: string, apiKey: string, timeoutMs = 5_000): Promise<NodeRow[] | null> {
  try {
    const response = await fetch(`${apiUrl}/v1/network/nodes`, { headers: { 'x-api-key': apiKey }, signal: AbortSignal.timeout(timeoutMs) })
    if (!response.ok) return null
    return ((await response.json()) as { nodes: NodeRow[] }).nodes
  } catch {
    return null
  }
}

export interface NodeWatch {
  /** What was seen over the whole watch. */
  report(): { polls: number; unanswered: number; fewestNodes: number; quarantinedPeers: string[]; peersWithFailures: string[]; slowestPollMs: number; shortfalls: string[] }
  stop(): Promise<void>
}

/**
 * Polls the node table while the load runs: a node quarantined (or dropped) during the burst and
 * back before it ends would escape a single look afterwards.
 */
export function watchNodes(apiUrl: string, apiKey: string, intervalMs = 500): NodeWatch {
  let polls = 0
  let unanswered = 0
  let fewestNodes = Number.POSITIVE_INFINITY
  let slowestPollMs = 0
  const quarantined = new Set<string>()
  const failing = new Set<string>()
  const everSeen = new Set<string>()
  // When the table held fewer nodes than it had before, and which were missing.
  const shortfalls: string[] = []
  const startedAt = performance.now()
  let stopped = false
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now()
      const nodes = await readNodes(apiUrl, apiKey)
      slowestPollMs = Math.max(slowestPollMs, performance.now() - started)
      polls += 1
      if (nodes === null) unanswered += 1
      else {
        fewestNodes = Math.min(fewestNodes, nodes.length)
        const present = new Set(nodes.map((node) => node.peerId))
        const missing = [...everSeen].filter((peerId) => !present.has(peerId))
        if (missing.length > 0) shortfalls.push(`t=${((performance.now() - startedAt) / 1000).toFixed(1)} s: missing ${missing.map((peerId) => peerId.slice(-6)).join(', ')}`)
        for (const peerId of present) everSeen.add(peerId)
        for (const node of nodes) {
          if (node.quarantinedUntil !== null) quarantined.add(node.peerId)
          if (node.failures > 0) failing.add(node.peerId)
        }
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  })()
  return {
    report: () => ({ polls, unanswered, fewestNodes: Number.isFinite(fewestNodes) ? fewestNodes : 0, quarantinedPeers: [...quarantined], peersWithFailures: [...failing], slowestPollMs, shortfalls }),
    async stop() {
      stopped = true
      await loop
    }
  }
}
