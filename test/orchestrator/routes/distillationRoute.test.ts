import { join } from 'node:path'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApiServer, type ApiServer } from '../../../orchestrator/gateway/index.ts'
import type { ChatGenerator } from '../../../orchestrator/inference/index.ts'
import { createLevelDistillationSet, type DistillationSet } from '../../../orchestrator/quality/index.ts'
import { distillationRoute } from '../../../orchestrator/routes/distillationRoute.ts'
import { silentLogger } from '../../../shared/log/index.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

const APP_KEY = 'app-key-123456'
const OPERATOR_KEY = 'operator-key-123456'
const SAMPLES = 25
const noChat: ChatGenerator = {
  generate: () => Promise.reject(new Error('not used')),
  listModels: () => [],
  modelNameFor: (requested) => requested
}
const exportShape = (body: unknown): { format: string; lines: string[]; count: number; next?: string } => body as { format: string; lines: string[]; count: number; next?: string }

describe('GET /v1/quality/distillation (orchestrator/routes/distillationRoute.ts)', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let set: DistillationSet
  let api: ApiServer
  const get = (query = '', key = OPERATOR_KEY): Promise<Response> => fetch(`${api.url}/v1/quality/distillation${query}`, { headers: { 'x-api-key': key } })

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-distillation-route-')
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    set = createLevelDistillationSet({ store: db.sublevel<string, string>('distillation', {}) })
    for (let index = 0; index < SAMPLES; index++) {
      await set.add({
        createdAt: 1_700_000_000_000 + index * 1_000, requestId: `req:${index}`, owner: 'key-a',
        messages: [{ role: 'user', content: `question ${index} "quoted" \\ and a\nnewline` }],
        reference: `answer ${index}`, answers: [{ peerId: 'peer', text: `node answer ${index}`, verdict: 'honest' }]
      })
    }
    api = await startApiServer({
      generator: noChat, apiKeys: [APP_KEY], adminApiKeys: [OPERATOR_KEY], logger: silentLogger(), routes: [distillationRoute(set)]
    }, { host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await api?.close()
    await db?.close()
    await directory?.remove()
  })

  async function expected(): Promise<string[]> {
    const lines: string[] = []
    for await (const line of set.exportChatJsonl()) lines.push(line.text)
    return lines
  }

  it('is for operators only', async () => {
    expect((await get('', APP_KEY)).status).toBe(401)
  })

  it('keeps the JSON document its consumers read ({ format, lines, count }), written as the set is read', async () => {
    const response = await get()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    // Streamed: no length known in advance.
    expect(response.headers.get('content-length')).toBeNull()
    const body = exportShape(await response.json())
    expect(body).toEqual({ format: 'chat-jsonl', lines: await expected(), count: SAMPLES })
    expect(JSON.parse(body.lines[3]!)).toMatchObject({ messages: [{ role: 'user' }, { role: 'assistant', content: 'answer 3' }], metadata: { requestId: 'req:3', target: 'reference' } })
  })

  it('pages with limit and the cursor it returns as next, to the same lines', async () => {
    const lines: string[] = []
    let query = '?limit=10'
    let pages = 0
    for (;;) {
      const body = exportShape(await (await get(query)).json())
      lines.push(...body.lines)
      pages += 1
      if (body.next === undefined) break
      expect(body.count).toBe(10)
      query = `?limit=10&after=${encodeURIComponent(body.next)}`
    }
    expect(pages).toBe(3)
    expect(lines).toEqual(await expected())
  })

  it('writes the lines themselves with format=jsonl, and `since` starts at a time', async () => {
    const response = await get('?format=jsonl')
    expect(response.headers.get('content-type')).toBe('application/x-ndjson')
    expect(await response.text()).toBe((await expected()).map((line) => `${line}\n`).join(''))
    const page = (await (await get(`?format=jsonl&limit=2&after=${encodeURIComponent('1700000000000:req:0')}`)).text()).trim().split('\n')
    expect(page.map((line) => (JSON.parse(line) as { metadata: { requestId: string } }).metadata.requestId)).toEqual(['req:1', 'req:2'])
    const since = (await (await get('?format=jsonl&since=1700000020000')).text()).trim().split('\n')
    expect(since).toHaveLength(5)
  })

  it('refuses a malformed query with a 400 naming the parameter', async () => {
    for (const query of ['?limit=0', '?limit=ten', '?format=csv', '?after=not-a-cursor', '?since=-1']) {
      const response = await get(query)
      expect(response.status, query).toBe(400)
      const body = await response.json() as { error: { message: string } }
      expect(body.error.message, query).toMatch(/limit|format|after|since/)
    }
  })
})
