import { open, stat } from 'node:fs/promises'
import { z } from 'zod'

/** Where a node got an activated model file: its own store, other nodes over libp2p, or the registry URI. */
export type ModelSource = 'store' | 'peers' | 'uri'

export interface NodeModelSwitch {
  /** Whether the node logged that it switched to the model. */
  switched: boolean
  source: ModelSource | undefined
  /** Peers that vouched for the manifest it downloaded with (source `peers`). */
  peers?: number
  /** From "loading it" to serving the new model, as the node measured it. */
  loadMs?: number
}

const logLineSchema = z.looseObject({ msg: z.string(), sha256: z.string().optional(), source: z.string().optional(), peers: z.number().optional(), ms: z.number().optional() })

/** The size of a log file now: read from here on later to see only what came after. */
export async function logOffset(path: string): Promise<number> {
  return await stat(path).then((info) => info.size, () => 0)
}

/**
 * What a node's log (its pino JSON lines from `offset` on) says about fetching and switching to
 * the model `sha256`: node:models logs "fetching the model from peers" and "model fetched from
 * peers and verified", or "fetching the model from its registry URI"; followChain logs "switched
 * to the activated model". A switch with neither fetch line was served from the node's own store.
 */
export async function readModelSwitch(logFile: string, sha256: string, offset = 0): Promise<NodeModelSwitch> {
  const wanted = sha256.toLowerCase()
  const result: NodeModelSwitch = { switched: false, source: undefined }
  let fromPeers = false
  let fromUri = false
  for (const line of (await readFrom(logFile, offset)).split('\n')) {
    if (!line.startsWith('{')) continue
    let parsed
    try {
      parsed = logLineSchema.safeParse(JSON.parse(line))
    } catch {
      continue
    }
    if (!parsed.success || parsed.data.sha256?.toLowerCase() !== wanted) continue
    const entry = parsed.data
    if (entry.source === 'store' || entry.source === 'peers' || entry.source === 'uri') result.source = entry.source
    if (entry.msg === 'fetching the model from peers' && entry.peers !== undefined) result.peers = entry.peers
    if (entry.msg === 'model fetched from peers and verified') fromPeers = true
    if (entry.msg === 'fetching the model from its registry URI') fromUri = true
    if (entry.msg === 'switched to the activated model') {
      result.switched = true
      if (entry.ms !== undefined) result.loadMs = entry.ms
    }
  }
  result.source ??= fromUri ? 'uri' : fromPeers ? 'peers' : result.switched ? 'store' : undefined
  return result
}

async function readFrom(path: string, offset: number): Promise<string> {
  const handle = await open(path, 'r').catch(() => undefined)
  if (handle === undefined) return ''
  try {
    const { size } = await handle.stat()
    const length = Math.max(0, size - offset)
    const buffer = Buffer.alloc(length)
    await handle.read(buffer, 0, length, Math.min(offset, size))
    return buffer.toString('utf8')
  } finally {
    await handle.close()
  }
}
