import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Level } from 'level'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLevelUserMemory, MAX_FACTS_PER_MESSAGE, MAX_FACTS_PER_USER, MAX_SUMMARIES_PER_USER } from '../../../../orchestrator/maia/memory/createLevelUserMemory.ts'
import { extractFacts } from '../../../../orchestrator/maia/memory/extractFacts.ts'
import { createMemoryCipher } from '../../../../orchestrator/maia/memory/memoryCipher.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'

const words = { count: (text: string) => text.split(/\s+/).filter(Boolean).length }

describe('user memory', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let clock = 1_000
  const open = (secret = new Uint8Array(32).fill(7)) =>
    createLevelUserMemory({ store: db.sublevel<string, string>('memory', {}), cipher: createMemoryCipher(secret), now: () => clock++ })

  beforeEach(async () => {
    directory = await temporaryDirectory()
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
  })
  afterEach(async () => {
    await db.close()
    await directory.remove()
  })

  it('keeps at most 8 facts a message, 100 facts and 20 session summaries a user, the oldest going first', async () => {
    const memory = open()
    let tree = 0
    const plants = (count: number): string => Array.from({ length: count }, () => `I want to plant tree ${tree++}.`).join(' ')
    await memory.observe('gardener', 'session-0', plants(40))
    expect((await memory.export('gardener')).facts).toHaveLength(MAX_FACTS_PER_MESSAGE)
    for (let session = 1; session <= 24; session++) await memory.observe('gardener', `session-${session}`, plants(MAX_FACTS_PER_MESSAGE))
    const kept = await memory.export('gardener')
    expect(kept.facts).toHaveLength(MAX_FACTS_PER_USER)
    expect(kept.summaries).toHaveLength(MAX_SUMMARIES_PER_USER)
    // The newest survive: the last message's trees and session, not the first ones.
    expect(kept.facts.some((fact) => fact.text.includes(`tree ${tree - 1}`))).toBe(true)
    expect(kept.facts.some((fact) => fact.text.includes('tree 0'))).toBe(false)
    expect(kept.summaries.map((summary) => summary.sessionId)).toContain('session-24')
    expect(kept.summaries.map((summary) => summary.sessionId)).not.toContain('session-0')
    // Another user is untouched by this one's evictions.
    await memory.observe('neighbour', 'n-1', 'I want to plant a rose.')
    expect((await memory.export('neighbour')).facts).toHaveLength(1)
  })

  it('extracts durable facts conservatively', () => {
    expect(extractFacts('Hi. My name is Ada Lovelace. I work as a nurse on nights. I have been feeling lost lately.').map((fact) => fact.kind))
      .toEqual(['name', 'work', 'feeling'])
    expect(extractFacts('What is the meaning of a dream about water?')).toEqual([])
  })

  it('remembers facts and session summaries, exports and deletes them', async () => {
    const memory = open()
    await memory.observe('user-1', 'session-a', 'My name is Ada. I have been feeling anxious about my work.')
    await memory.observe('user-1', 'session-a', 'I dreamt of a dark forest and a river.')
    await memory.observe('user-1', 'session-b', 'My name is Ada. My element is water.')
    await memory.observe('user-2', 'session-c', 'My name is Bob.')
    const exported = await memory.export('user-1')
    expect(exported.facts.map((fact) => fact.text)).toEqual(['I have been feeling anxious about my work', 'My name is Ada', 'My element is water'])
    expect(exported.summaries.map((summary) => [summary.sessionId, summary.turns])).toEqual([['session-a', 2], ['session-b', 1]])
    expect(exported.summaries[0]?.summary).toContain('dark forest')
    expect((await memory.export('user-2')).facts.map((fact) => fact.text)).toEqual(['My name is Bob'])
    expect(await memory.delete('user-1')).toBe(5)
    expect(await memory.export('user-1')).toEqual({ userId: 'user-1', facts: [], summaries: [] })
    expect((await memory.export('user-2')).facts).toHaveLength(1)
  })

  it('selects the most relevant memory within the budget', async () => {
    const memory = open()
    await memory.observe('u', 's1', 'My partner is distant these days.')
    await memory.observe('u', 's2', 'I want to understand my recurring dream about water and drowning.')
    const selected = await memory.select('u', 'what does my dream about water mean', 14, words)
    expect(selected[0]).toMatch(/dream about water/)
    expect(selected.reduce((sum, line) => sum + words.count(line), 0)).toBeLessThanOrEqual(14)
  })

  it('stores nothing readable on disk and refuses a wrong secret', async () => {
    const memory = open()
    await memory.observe('alice@example.com', 'session', 'My name is Alice. I have been feeling grief since my mother died.')
    await db.close()
    const files = await readdir(join(directory.path, 'db'))
    const bytes = (await Promise.all(files.map((file) => readFile(join(directory.path, 'db', file)).catch(() => Buffer.alloc(0))))).map((buffer) => buffer.toString('latin1')).join('')
    expect(bytes).not.toContain('Alice')
    expect(bytes).not.toContain('grief')
    expect(bytes).not.toContain('alice@example.com')
    db = new Level<string, string>(join(directory.path, 'db'))
    await db.open()
    const wrongSecret = open(new Uint8Array(32).fill(8))
    // A different secret names keys differently, so it finds nothing rather than garbage.
    expect((await wrongSecret.export('alice@example.com')).facts).toEqual([])
  })
})
