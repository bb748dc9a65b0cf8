import type { LevelStore } from '../../LevelStore.ts'
import { createHash } from 'node:crypto'
import type { Logger } from 'pino'
import type { MemoryCipher } from './memoryCipher.ts'
import { extractFacts } from './extractFacts.ts'
import type { UserMemory, UserMemoryExport } from './UserMemory.ts'

interface FactRecord { kind: string; text: string; at: number }
interface SummaryRecord { sessionId: string; summary: string; turns: number; updatedAt: number }

/** A running summary keeps the gist of each user turn, newest last, within this many characters. */
const SUMMARY_CHARACTERS = 600
/**
 * Facts one message adds, at most, and facts and session summaries one user keeps (the oldest go
 * first). Unbounded, one 8,000-character turn of "I want to plant tree 1. ..." stored 311 records
 * and four such turns 1,213 facts, every one decrypted on each later request of that user
 * (test/attacks/exhaustion/storage-growth.test.ts).
 */
export const MAX_FACTS_PER_MESSAGE = 8
export const MAX_FACTS_PER_USER = 100
export const MAX_SUMMARIES_PER_USER = 20

/**
 * User memory in `level`, every value sealed with AES-GCM and every key named by an HMAC of
 * the user id, so the database on disk reveals neither what users said nor who they are.
 */
export function createLevelUserMemory(components: { store: LevelStore; cipher: MemoryCipher; now: () => number; logger?: Logger }): UserMemory {
  const { store, cipher, now } = components
  const prefix = (userId: string): string => `${cipher.storageId(userId)}/`
  const read = async <T>(userId: string): Promise<Array<{ key: string; value: T }>> => {
    const records: Array<{ key: string; value: T }> = []
    const start = prefix(userId)
    for await (const [key, sealed] of store.iterator({ gte: start, lt: `${start}\xff` })) {
      try {
        records.push({ key, value: JSON.parse(cipher.open(sealed, key)) as T })
      } catch (error) {
        // One damaged record must not lock the user out of MAIA; it is skipped, not served.
        components.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, 'skipping a memory record that does not decrypt')
      }
    }
    return records
  }

  /** Deletions that keep the user within the bounds once `written` (keys just put, all newest) are in. */
  const evictions = async (userId: string, written: ReadonlySet<string>): Promise<Array<{ type: 'del'; key: string }>> => {
    const kept = (await read<FactRecord | SummaryRecord>(userId)).filter(({ key }) => !written.has(key))
    const newFacts = [...written].filter((key) => key.includes('/fact/')).length
    const newSummaries = [...written].filter((key) => key.includes('/summary/')).length
    const oldestFirst = (records: Array<{ key: string; at: number }>, room: number): string[] =>
      records.sort((a, b) => a.at - b.at).slice(0, Math.max(0, records.length - room)).map(({ key }) => key)
    const facts = kept.filter(({ key }) => key.includes('/fact/')).map(({ key, value }) => ({ key, at: (value as FactRecord).at }))
    const summaries = kept.filter(({ key }) => key.includes('/summary/')).map(({ key, value }) => ({ key, at: (value as SummaryRecord).updatedAt }))
    return [...oldestFirst(facts, MAX_FACTS_PER_USER - newFacts), ...oldestFirst(summaries, MAX_SUMMARIES_PER_USER - newSummaries)].map((key) => ({ type: 'del' as const, key }))
  }

  return {
    async observe(userId, sessionId, message) {
      const at = now()
      // An array batch (not a chained one) works while the sublevel is still opening.
      const operations: Array<{ type: 'put'; key: string; value: string } | { type: 'del'; key: string }> = []
      for (const fact of extractFacts(message).slice(0, MAX_FACTS_PER_MESSAGE)) {
        // Keyed by content, so repeating a fact refreshes it instead of piling up copies.
        const key = `${prefix(userId)}fact/${createHash('sha256').update(fact.text.toLowerCase()).digest('hex').slice(0, 16)}`
        operations.push({ type: 'put', key, value: cipher.seal(JSON.stringify({ ...fact, at } satisfies FactRecord), key) })
      }
      const summaryKey = `${prefix(userId)}summary/${createHash('sha256').update(sessionId).digest('hex').slice(0, 16)}`
      const previous = await store.get(summaryKey)
      const record: SummaryRecord = previous === undefined
        ? { sessionId, summary: '', turns: 0, updatedAt: at }
        : JSON.parse(cipher.open(previous, summaryKey)) as SummaryRecord
      const gist = firstSentence(message)
      record.summary = `${record.summary} ${gist}`.trim().slice(-SUMMARY_CHARACTERS)
      record.turns += 1
      record.updatedAt = at
      operations.push({ type: 'put', key: summaryKey, value: cipher.seal(JSON.stringify(record), summaryKey) })
      operations.push(...await evictions(userId, new Set(operations.map((operation) => operation.key))))
      await store.batch(operations)
    },

    async select(userId, query, budgetTokens, counter, currentSessionId) {
      const records = (await read<FactRecord | SummaryRecord>(userId))
        .filter(({ value }) => !('summary' in value) || value.sessionId !== currentSessionId)
      const queryWords = new Set(words(query))
      const candidates = records.map(({ value }) => {
        const text = 'summary' in value
          ? `Earlier session (${value.turns} turns): ${value.summary}`
          : `Fact: ${value.text}`
        const at = 'summary' in value ? value.updatedAt : value.at
        const overlap = words(text).filter((word) => queryWords.has(word)).length
        // Relevance first, then recency; facts get a small bonus as they are short and durable.
        return { text, score: overlap * 10 + ('summary' in value ? 0 : 3), at }
      }).sort((a, b) => b.score - a.score || b.at - a.at)
      const selected: string[] = []
      let used = 0
      for (const candidate of candidates) {
        const tokens = counter.count(candidate.text)
        if (used + tokens > budgetTokens) continue
        selected.push(candidate.text)
        used += tokens
      }
      return selected
    },

    async export(userId): Promise<UserMemoryExport> {
      const records = await read<FactRecord | SummaryRecord>(userId)
      return {
        userId,
        facts: records.filter((record) => record.key.includes('/fact/')).map(({ value }) => value as FactRecord).sort((a, b) => a.at - b.at),
        summaries: records.filter((record) => record.key.includes('/summary/')).map(({ value }) => value as SummaryRecord).sort((a, b) => a.updatedAt - b.updatedAt)
      }
    },

    async delete(userId) {
      const start = prefix(userId)
      let deleted = 0
      for await (const key of store.keys({ gte: start, lt: `${start}\xff` })) {
        await store.del(key)
        deleted += 1
      }
      return deleted
    }
  }
}

function firstSentence(message: string): string {
  const sentence = message.trim().split(/(?<=[.!?])\s+/)[0] ?? ''
  return sentence.length > 160 ? `${sentence.slice(0, 157)}...` : sentence
}

function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? []
}
