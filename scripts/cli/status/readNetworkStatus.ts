import { z } from 'zod'
import { BaseError } from '../../../shared/errors/index.ts'

export class StatusUnavailableError extends BaseError {
  override name = 'StatusUnavailableError'
  constructor(url: string, reason: string) {
    super('Could not read the network status from the orchestrator', { details: { url, reason } })
  }
}

const nodeShape = z.object({
  peerId: z.string(),
  model: z.object({ name: z.string(), hash: z.string() }),
  maxConcurrent: z.number(),
  inFlight: z.number(),
  queueDepth: z.number(),
  tokensPerSecond: z.number(),
  outstanding: z.number(),
  failures: z.number(),
  quarantinedUntil: z.number().nullable(),
  receiptMismatches: z.number().default(0),
  eligible: z.boolean().default(true),
  /** Present when the orchestrator runs quality sampling. */
  reputation: z.object({ mean: z.number(), routingWeight: z.number(), rewardMultiplier: z.number(), quarantinedUntil: z.number() }).passthrough().optional()
}).passthrough()
const nodesShape = z.object({ nodes: z.array(nodeShape), models: z.array(z.unknown()).default([]) }).passthrough()
const reportShape = z.object({
  sessions: z.number(), requests: z.number(), sovereignSessions: z.number(), sovereigntyPercent: z.number(),
  requestsByRoute: z.record(z.string(), z.number()),
  costUsd: z.object({ total: z.number(), per1000Sessions: z.number() }).passthrough()
}).passthrough()
const epochShape = z.object({ epoch: z.number(), status: z.string(), receiptCount: z.number() }).passthrough()
const settlementShape = z.object({
  receipts: z.number(), unassigned: z.number(),
  latestEpoch: epochShape.optional(), latestPosted: epochShape.optional(),
  chain: z.object({ reachable: z.literal(false), error: z.string() }).passthrough().or(z.object({}).passthrough())
}).passthrough()

export type StatusNode = z.infer<typeof nodeShape>
export type StatusReport = z.infer<typeof reportShape>
export type StatusSettlement = z.infer<typeof settlementShape>

/** A part the orchestrator does not serve (no MAIA pipeline, no economy) or this key may not read. */
export interface Unavailable { unavailable: string }

/** Everything `maia status` shows, as read from one orchestrator. */
export interface NetworkStatus {
  url: string
  readAt: number
  nodes: StatusNode[]
  report: StatusReport | Unavailable
  settlement: StatusSettlement | Unavailable
}

/**
 * Reads the node table (needed), the cost report and the settlement status (each optional: a 404
 * means the orchestrator runs without that part, a 401 that the key is not an operator's).
 */
export async function readNetworkStatus(options: { url: string; apiKey?: string; now?: () => number; timeoutMs?: number }): Promise<NetworkStatus> {
  const base = options.url.replace(/\/+$/, '')
  const get = async (path: string): Promise<{ status: number; body: unknown }> => {
    const url = `${base}${path}`
    let response: Response
    try {
      response = await fetch(url, { headers: { 'x-api-key': options.apiKey ?? '' }, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) })
    } catch (cause) {
      throw new StatusUnavailableError(url, cause instanceof Error ? cause.message : String(cause))
    }
    const text = await response.text()
    let body: unknown = text
    try { body = JSON.parse(text) } catch { /* an error page: kept as text for the message */ }
    return { status: response.status, body }
  }
  const nodes = await get('/v1/network/nodes')
  if (nodes.status !== 200) throw new StatusUnavailableError(`${base}/v1/network/nodes`, `HTTP ${nodes.status}: ${JSON.stringify(nodes.body)}`)
  const parsedNodes = nodesShape.safeParse(nodes.body)
  if (!parsedNodes.success) throw new StatusUnavailableError(`${base}/v1/network/nodes`, 'the response is not a node table')
  const [report, settlement] = await Promise.all([get('/v1/report'), get('/v1/settlement')])
  return {
    url: base,
    readAt: (options.now ?? Date.now)(),
    nodes: parsedNodes.data.nodes,
    report: optionalPart(report, reportShape, 'no MAIA pipeline (cost report)'),
    settlement: optionalPart(settlement, settlementShape, 'no settlement (economy off)')
  }
}

function optionalPart<Shape extends z.ZodType>(answer: { status: number; body: unknown }, shape: Shape, missing: string): z.infer<Shape> | Unavailable {
  if (answer.status === 404) return { unavailable: missing }
  if (answer.status === 401 || answer.status === 403) return { unavailable: 'needs an operator (admin) key' }
  if (answer.status !== 200) return { unavailable: `HTTP ${answer.status}` }
  const parsed = shape.safeParse(answer.body)
  return parsed.success ? parsed.data : { unavailable: 'unexpected response' }
}
