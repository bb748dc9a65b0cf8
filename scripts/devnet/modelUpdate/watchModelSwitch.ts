import { z } from 'zod'
import { BaseError } from '../../../shared/errors/index.ts'

/** Not every node announced the activated model in time. */
export class ModelSwitchTimeoutError extends BaseError {
  override name = 'ModelSwitchTimeoutError'
  constructor(sha256: string, details: Record<string, unknown>) {
    super(`Not every node switched to ${sha256} in time`, { details })
  }
}

const networkNodesSchema = z.object({
  nodes: z.array(z.looseObject({ peerId: z.string(), model: z.looseObject({ name: z.string(), hash: z.string() }), eligible: z.boolean().optional() }))
})
export type AnnouncedNode = z.infer<typeof networkNodesSchema>['nodes'][number]

/** What the orchestrator's `GET /v1/network/nodes` lists now. */
export async function readNetworkNodes(apiUrl: string, apiKey: string): Promise<AnnouncedNode[]> {
  const response = await fetch(`${apiUrl}/v1/network/nodes`, { headers: { 'x-api-key': apiKey }, signal: AbortSignal.timeout(5_000) })
  if (!response.ok) throw new Error(`GET /v1/network/nodes answered ${response.status}`)
  return networkNodesSchema.parse(await response.json()).nodes
}

/**
 * Waits until every peer in `peerIds` is listed by the orchestrator as announcing `sha256` and
 * routable (eligible: staked and on the active model). Returns, per peer id, how long after the
 * call it was first seen so.
 *
 * @throws {ModelSwitchTimeoutError} after `timeoutMs`, with what each node announced last.
 */
export async function watchModelSwitch(parameters: { apiUrl: string; apiKey: string; peerIds: readonly string[]; sha256: string; timeoutMs?: number; intervalMs?: number; onSwitched?: (peerId: string, afterMs: number) => void }): Promise<Map<string, number>> {
  const started = performance.now()
  const deadline = started + (parameters.timeoutMs ?? 120_000)
  const wanted = parameters.sha256.toLowerCase()
  const seen = new Map<string, number>()
  let last: AnnouncedNode[] = []
  for (;;) {
    last = await readNetworkNodes(parameters.apiUrl, parameters.apiKey).catch(() => last)
    for (const node of last) {
      if (!parameters.peerIds.includes(node.peerId) || seen.has(node.peerId)) continue
      if (node.model.hash.toLowerCase() === wanted && node.eligible !== false) {
        const afterMs = Math.round(performance.now() - started)
        seen.set(node.peerId, afterMs)
        parameters.onSwitched?.(node.peerId, afterMs)
      }
    }
    if (seen.size === parameters.peerIds.length) return seen
    if (performance.now() > deadline) {
      throw new ModelSwitchTimeoutError(parameters.sha256, { announced: last.map((node) => ({ peerId: node.peerId, model: node.model.hash, eligible: node.eligible })) })
    }
    await new Promise((resolve) => setTimeout(resolve, parameters.intervalMs ?? 250))
  }
}
