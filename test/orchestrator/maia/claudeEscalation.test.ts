import { join } from 'node:path'
import Anthropic from '@anthropic-ai/sdk'
import { Level } from 'level'
import { afterEach, describe, expect, it } from 'vitest'
import type { KnowledgeBase } from '../../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { createTestMaia } from '../../helpers/testMaia.ts'
import { startFakeAnthropicServer, type FakeAnthropicServer } from '../../helpers/fakeAnthropicServer.ts'
import { startTestNetwork, TEST_API_KEY, temporaryDirectory, type TestNetwork } from '../../helpers/network.ts'

// Phase 2 with escalation configured: when no node can answer a network-routed turn, Claude does.
describe('Claude as the escalation when no node can answer (configurable)', () => {
  const open: Array<{ network: TestNetwork; fake: FakeAnthropicServer; knowledge: KnowledgeBase; db: Level<string, string>; directory: Awaited<ReturnType<typeof temporaryDirectory>> }> = []
  afterEach(async () => {
    for (const world of open.splice(0)) {
      await world.network.stop()
      await world.knowledge.close()
      await world.db.close()
      await world.fake.close()
      await world.directory.remove()
    }
  })

  async function networkWithoutNodes(escalateToClaude: boolean) {
    const directory = await temporaryDirectory('maia-escalation-')
    const fake = await startFakeAnthropicServer({ apiKey: 'sk-test', reply: 'Claude answers while the network rests.' })
    const db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    const { maia, knowledge } = await createTestMaia({ directory: directory.path, db, claudeUrl: fake.url, routingPhase: '2' })
    const network = await startTestNetwork([], { maia: { ...maia, escalateToClaude }, transport: 'memory' })
    open.push({ network, fake, knowledge, db, directory })
    const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    return { client, fake }
  }
  const synthesis = 'compare Taoism and Stoicism and help me build a daily practice from both'

  it('answers a network-routed turn from Claude when no node is available', async () => {
    const { client, fake } = await networkWithoutNodes(true)
    const message = await client.messages.create({ model: 'maia', max_tokens: 64, messages: [{ role: 'user', content: synthesis }] })
    expect(message.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('Claude answers') })
    expect(fake.requests).toHaveLength(1)
  })

  it('without escalation, the same turn is an overloaded error the app can retry, and Claude is never called', async () => {
    const { client, fake } = await networkWithoutNodes(false)
    await expect(client.messages.create({ model: 'maia', max_tokens: 64, messages: [{ role: 'user', content: synthesis }] })).rejects.toMatchObject({ status: 529 })
    expect(fake.requests).toHaveLength(0)
  })
})
