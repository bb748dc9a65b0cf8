import { get, type IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApiServer, type ApiServer } from '../../../orchestrator/gateway/index.ts'
import { apiKeyId } from '../../../orchestrator/gateway/callerContext.ts'
import type { ChatGenerator } from '../../../orchestrator/inference/index.ts'
import { createLevelDistillationSet, type DistillationSample, type DistillationSet, type ExportedChatLine } from '../../../orchestrator/quality/index.ts'
import { distillationRoute } from '../../../orchestrator/routes/distillationRoute.ts'
import { silentLogger } from '../../../shared/log/index.ts'
import { temporaryDirectory } from '../../helpers/network.ts'
import { APP_A_KEY, APP_B_KEY, OPERATOR_KEY } from './support.ts'

// The bounded distillation set and its streamed export (GET /v1/quality/distillation): the samples
// hold users' conversations, so only the operator may read them; a query must not reach the index
// or break the export; a client that stalls or leaves must not hold the store's iterator, memory or
// the producer; and one key's flood must stay within its share of the set.

const noChat: ChatGenerator = {
  generate: () => Promise.reject(new Error('not used')),
  listModels: () => [],
  modelNameFor: (requested) => requested
}
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const EPOCH = 1_700_000_000_000
/** Samples the exported set holds, ~6.2 KB each (18 MiB): far more than a loopback socket's buffers (a few MiB). */
const EXPORTED_SAMPLES = 3_000
const PADDING_CHARACTERS = 6_000
const SET_LIMITS = { maxBytes: 256 * 1024, ownerShare: 0.5 }

function sample(index: number, owner: string, padding = PADDING_CHARACTERS): DistillationSample {
  return {
    createdAt: EPOCH + index, requestId: `req-${String(index).padStart(6, '0')}`, owner,
    messages: [{ role: 'user', content: `question ${index} ${'x'.repeat(padding)}` }],
    reference: `reference ${index}`, answers: [{ peerId: 'peer', text: `answer ${index}`, verdict: 'honest' }]
  }
}

/** The set, with a count of the lines its export read from the store and whether that read was closed. */
function tracked(set: DistillationSet): { set: DistillationSet; read: () => number; open: () => number } {
  let read = 0
  let open = 0
  const lines = async function* (source: AsyncIterable<ExportedChatLine>): AsyncGenerator<ExportedChatLine> {
    open += 1
    try {
      for await (const line of source) {
        read += 1
        yield line
      }
    } finally {
      open -= 1
    }
  }
  return { set: { ...set, exportChatJsonl: (options) => lines(set.exportChatJsonl(options)) }, read: () => read, open: () => open }
}

describe('ATTACK the distillation set and its streamed export', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let api: ApiServer
  let exported: ReturnType<typeof tracked>
  const fetchExport = (query: string, headers: Record<string, string> = { 'x-api-key': OPERATOR_KEY }, path = '/v1/quality/distillation'): Promise<Response> =>
    fetch(`${api.url}${path}${query}`, { headers })

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-distillation-attack-')
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    const set = createLevelDistillationSet({ store: db.sublevel<string, string>('distillation', {}) })
    for (let start = 0; start < EXPORTED_SAMPLES; start += 250) {
      await Promise.all(Array.from({ length: 250 }, (_, offset) => set.add(sample(start + offset, apiKeyId(APP_A_KEY)))))
    }
    exported = tracked(set)
    api = await startApiServer({
      generator: noChat, apiKeys: [APP_A_KEY, APP_B_KEY], adminApiKeys: [OPERATOR_KEY], logger: silentLogger(), routes: [distillationRoute(exported.set)]
    }, { host: '127.0.0.1', port: 0 })
  }, 60_000)
  afterAll(async () => {
    await api?.close()
    await db?.close()
    await directory?.remove()
  })

  it('defended: no app key reads the export, whatever header mix, path spelling or method it tries', async () => {
    const attempts: Array<{ path: string; headers: Record<string, string>; method?: string }> = [
      { path: '/v1/quality/distillation', headers: { 'x-api-key': APP_B_KEY } },
      { path: '/v1/quality/distillation', headers: { authorization: `Bearer ${APP_B_KEY}` } },
      // x-api-key wins over Authorization, for the key check and the operator check alike.
      { path: '/v1/quality/distillation', headers: { 'x-api-key': APP_B_KEY, authorization: `Bearer ${OPERATOR_KEY}` } },
      { path: '/v1/quality/distillation/', headers: { 'x-api-key': APP_B_KEY } },
      { path: '//v1/quality/distillation', headers: { 'x-api-key': APP_B_KEY } },
      { path: '/v1/quality/./distillation?format=jsonl', headers: { 'x-api-key': APP_B_KEY } },
      { path: '/v1/quality/x/../distillation', headers: { 'x-api-key': APP_B_KEY } },
      { path: '/v1/quality/%64istillation', headers: { 'x-api-key': APP_B_KEY } },
      { path: '/v1/quality/distillation', headers: { 'x-api-key': APP_B_KEY }, method: 'POST' },
      { path: '/v1/quality/distillation', headers: { 'x-api-key': '' } }
    ]
    for (const attempt of attempts) {
      const response = await fetch(`${api.url}${attempt.path}`, { method: attempt.method ?? 'GET', headers: attempt.headers })
      const body = await response.text()
      expect([401, 404], `${attempt.method ?? 'GET'} ${attempt.path} ${JSON.stringify(attempt.headers)}`).toContain(response.status)
      expect(body).not.toContain('question')
    }
    expect(exported.read()).toBe(0)
  })

  it('defended: hostile limit / since / after values are refused with a 400 or read only samples, never the index, and the export stays whole', async () => {
    const refused = [
      'limit=-1', 'limit=0', 'limit=abc', 'limit=1.5', 'limit=10000001', 'limit=Infinity', 'limit=1e400', 'limit=',
      'since=-1', 'since=abc', 'since=1e400', 'since=NaN', 'since=0.5',
      'after=abc', 'after=-1:x', 'after=1:', `after=1:${'x'.repeat(240)}`, 'after=12345678901234567:x', 'format=xml',
      // Past the safe integers: refused, not read as a key that sorts anywhere.
      'since=99999999999999999999', 'since=1e21'
    ]
    for (const query of refused) expect((await fetchExport(`?${query}`)).status, query).toBe(400)
    // After the last sample only the index remains (`~t:`, `~o:`, `~version`): a read from there must find nothing.
    const pastLastSample = await fetchExport(`?format=jsonl&after=${encodeURIComponent(`${EPOCH + EXPORTED_SAMPLES}:~`)}`)
    expect(await pastLastSample.text()).toBe('')
    const accepted = [
      'since=%20&limit=3', 'limit=0x10', 'limit=1&limit=2', `after=${encodeURIComponent('9999999999999999:~t:')}`,
      `after=${encodeURIComponent('0:~o:')}&limit=3`, `after=${encodeURIComponent('0:\u0000\n"}')}&limit=3`,
      `since=${EPOCH + EXPORTED_SAMPLES - 2}&after=${encodeURIComponent('0:~')}`
    ]
    for (const query of accepted) {
      const response = await fetchExport(`?format=jsonl&${query}`)
      expect(response.status, query).toBe(200)
      const lines = (await response.text()).split('\n').filter(Boolean)
      // Every line is a sample's chat line: nothing of the index (`~t:`, `~o:`, `~version`) or a raw record.
      for (const line of lines) expect(Object.keys(JSON.parse(line) as object).sort(), query).toEqual(['messages', 'metadata'])
      expect(lines.length, query).toBeLessThanOrEqual(EXPORTED_SAMPLES)
    }
    const whole = await (await fetchExport('')).json() as { count: number; lines: string[] }
    expect(whole.count).toBe(EXPORTED_SAMPLES)
    expect(exported.open()).toBe(0)
  })

  it('defended: a client that stalls holds only what the socket buffers, and one that leaves closes the store\'s iterator', async () => {
    const readBefore = exported.read()
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      get(`${api.url}/v1/quality/distillation?format=jsonl`, { headers: { 'x-api-key': OPERATOR_KEY } }, resolve).on('error', reject)
    })
    await new Promise((resolve) => response.once('data', resolve))
    response.pause()
    // The socket buffers fill at the machine's pace: on a loaded machine (a CI rehearsal beside other work) reads went on
    // past a fixed 300 ms (313, then 715 lines). So wait until a stalled client's reads stop, for at most 5 s, then hold
    // that they stay stopped and stay far below the set.
    let whileStalled = exported.read() - readBefore
    for (let waited = 0; waited < 5_000; waited += 300) {
      await delay(300)
      const now = exported.read() - readBefore
      if (now === whileStalled) break
      whileStalled = now
    }
    await delay(300)
    expect(exported.read() - readBefore).toBe(whileStalled)
    // ~6.2 KB a line: what was read is what the socket buffers hold plus one 64 KiB write, not the set.
    expect(whileStalled).toBeLessThan(EXPORTED_SAMPLES / 2)
    expect(exported.open()).toBe(1)
    response.destroy()
    for (let waited = 0; exported.open() > 0 && waited < 3_000; waited += 20) await delay(20)
    expect(exported.open()).toBe(0)
    // Abandoned clients, many at once: each read ends with its client.
    const clients = await Promise.all(Array.from({ length: 20 }, () => new Promise<IncomingMessage>((resolve, reject) => {
      get(`${api.url}/v1/quality/distillation`, { headers: { 'x-api-key': OPERATOR_KEY } }, resolve).on('error', reject)
    })))
    for (const client of clients) client.destroy()
    for (let waited = 0; exported.open() > 0 && waited < 3_000; waited += 20) await delay(20)
    expect(exported.open()).toBe(0)
  })

  it('defended: one key\'s flood (10x the set) stays within its share; the other keys keep at least the rest, and a key within the rest keeps every sample', async () => {
    const store = db.sublevel<string, string>('distillation-share', {})
    const set = createLevelDistillationSet({ store, limits: SET_LIMITS })
    const [a, b, c] = [APP_A_KEY, APP_B_KEY, 'app-c-key'].map(apiKeyId) as [string, string, string]
    let index = 0
    // App A keeps a fifth of the set; app C, newer, a quarter.
    const bytesOf = async (owner: string): Promise<number> => (await set.usage()).owners.find((entry) => entry.owner === owner)?.bytes ?? 0
    while (await bytesOf(a) < SET_LIMITS.maxBytes / 5) await set.add(sample(index++, a, 2_000))
    const aSamples = (await set.usage()).owners.find((owner) => owner.owner === a)!.samples
    while (await bytesOf(c) < SET_LIMITS.maxBytes / 4) await set.add(sample(index++, c, 2_000))
    const othersBefore = await bytesOf(a) + await bytesOf(c)
    const flood = Math.ceil((10 * SET_LIMITS.maxBytes) / 2_300)
    for (let sent = 0; sent < flood; sent++) await set.add(sample(index++, b, 2_000))
    const usage = await set.usage()
    const of = (owner: string): { bytes: number; samples: number } => usage.owners.find((entry) => entry.owner === owner) ?? { bytes: 0, samples: 0 }
    expect(usage.bytes).toBeLessThanOrEqual(SET_LIMITS.maxBytes)
    expect(of(b).bytes).toBeLessThanOrEqual(usage.ownerMaxBytes)
    // A and C together hold less than the rest (45%): B's flood, stopped at its share, evicted none of theirs.
    expect(othersBefore).toBeLessThan(SET_LIMITS.maxBytes - usage.ownerMaxBytes)
    expect(of(a).bytes + of(c).bytes).toBe(othersBefore)
    expect(of(a).samples).toBe(aSamples)
    expect(of(b).bytes).toBeGreaterThan(usage.ownerMaxBytes - 2_300 * 2)
    // The totals it keeps in memory are what a scan of the store finds.
    let bytes = 0
    for await (const [key, value] of store.iterator()) bytes += Buffer.byteLength(key) + Buffer.byteLength(value)
    expect(bytes).toBe(usage.bytes)
  })
})
