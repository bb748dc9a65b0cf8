import type { LevelStore } from '../../LevelStore.ts'
import { createHash } from 'node:crypto'
import type { Logger } from 'pino'
import { createLevelStorageQuota } from '../../storage/createLevelStorageQuota.ts'
import type { StoreOperation } from '../../storage/StorageQuota.ts'
import { storedBytes } from '../../storage/storedBytes.ts'
import type { MemoryCipher } from './memoryCipher.ts'
import { extractFacts } from './extractFacts.ts'
import type { UserMemory, UserMemoryExport } from './UserMemory.ts'

interface FactRecord { kind: string; text: string; at: number }
interface SummaryRecord { sessionId: string; summary: string; turns: number; updatedAt: number }
/** A record as stored, and (when it opens) what it holds. */
interface StoredRecord { key: string; sealed: string; value: FactRecord | SummaryRecord | undefined }

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
 * A fact's text, at most: a fact is a short line, but the name patterns take a word of any length
 * (one 8,000-letter "name" was one fact), and this bounds what the largest user can weigh.
 */
export const MAX_FACT_CHARACTERS = 200
/**
 * What the memory of one API key's users may weigh together, in bytes as stored (index included):
 * past it, the memory of its least recently active users goes first. One key's users never evict
 * another's. With the session ledger's budgets, one key keeps at most 64 MiB
 * (test/attacks/exhaustion/storage-growth.test.ts). A user of three sessions and six facts weighs
 * ~2.9 KB (~15,000 such users); the largest the bounds allow, ~230 KB.
 */
export const DEFAULT_MEMORY_BYTES_PER_KEY = 44 * 2 ** 20
/** The owner of users observed without an API key (tests, tools): one budget for them all. */
const UNOWNED = ''

/**
 * User memory in `level`, every value sealed with AES-GCM and every key named by an HMAC of
 * the user id, so the database on disk reveals neither what users said nor who they are. Each
 * API key's users share one byte budget (`bytesPerKey`), least recently active first out; the
 * index that counts it (a nested `quota` sublevel) names users and keys by HMACs too, and is
 * written in the same batch as the memory, so the counts survive a crash.
 */
export function createLevelUserMemory(components: { store: LevelStore; cipher: MemoryCipher; now: () => number; logger?: Logger; bytesPerKey?: number }): UserMemory {
  const { store, cipher, now } = components
  const quota = createLevelStorageQuota({ store, budgets: { user: components.bytesPerKey ?? DEFAULT_MEMORY_BYTES_PER_KEY } })
  // Another key's users are another budget: the index never learns which key a user id came with.
  const ownerId = (owner: string): string => cipher.storageId(`api-key\n${owner}`)
  const prefix = (userId: string): string => `${cipher.storageId(userId)}/`
  const keysUnder = async (start: string): Promise<string[]> => {
    const keys: string[] = []
    for await (const key of store.keys({ gte: start, lt: `${start}\xff` })) keys.push(key)
    return keys
  }
  const readStored = async (userId: string): Promise<StoredRecord[]> => {
    const records: StoredRecord[] = []
    const start = prefix(userId)
    for await (const [key, sealed] of store.iterator({ gte: start, lt: `${start}\xff` })) {
      try {
        records.push({ key, sealed, value: JSON.parse(cipher.open(sealed, key)) as FactRecord | SummaryRecord })
      } catch (error) {
        // One damaged record must not lock the user out of MAIA; it is skipped, not served (and goes first when the user is over a bound).
        components.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, 'skipping a memory record that does not decrypt')
        records.push({ key, sealed, value: undefined })
      }
    }
    return records
  }
  const read = async <T>(userId: string): Promise<Array<{ key: string; value: T }>> =>
    (await readStored(userId)).flatMap(({ key, value }) => value === undefined ? [] : [{ key, value: value as T }])

  // Calls for one key's users run one at a time: its totals are read, changed and written back.
  const pending = new Map<string, Promise<void>>()
  const serialized = <T>(owner: string, task: () => Promise<T>): Promise<T> => {
    const next = (pending.get(owner) ?? Promise.resolve()).then(task)
    const settled = next.then(() => {}, () => {})
    pending.set(owner, settled)
    void settled.then(() => { if (pending.get(owner) === settled) pending.delete(owner) })
    return next
  }

  const observe = async (userId: string, sessionId: string, message: string, owner: string): Promise<void> => {
    const at = now()
    const stored = await readStored(userId)
    const written = new Map<string, string>()
    for (const fact of extractFacts(message).slice(0, MAX_FACTS_PER_MESSAGE)) {
      const text = fact.text.slice(0, MAX_FACT_CHARACTERS)
      // Keyed by content, so repeating a fact refreshes it instead of piling up copies.
      const key = `${prefix(userId)}fact/${createHash('sha256').update(text.toLowerCase()).digest('hex').slice(0, 16)}`
      written.set(key, cipher.seal(JSON.stringify({ kind: fact.kind, text, at } satisfies FactRecord), key))
    }
    const summaryKey = `${prefix(userId)}summary/${createHash('sha256').update(sessionId).digest('hex').slice(0, 16)}`
    const previous = stored.find(({ key }) => key === summaryKey)?.value as SummaryRecord | undefined
    const record: SummaryRecord = previous === undefined
      ? { sessionId, summary: '', turns: 0, updatedAt: at }
      : { ...previous }
    record.summary = `${record.summary} ${firstSentence(message)}`.trim().slice(-SUMMARY_CHARACTERS)
    record.turns += 1
    record.updatedAt = at
    written.set(summaryKey, cipher.seal(JSON.stringify(record), summaryKey))
    const deleted = new Set(evictions(stored.filter(({ key }) => !written.has(key)), written))
    // What the user weighs after this batch: what stays, and what is written.
    let bytes = 0
    for (const { key, sealed } of stored) if (!written.has(key) && !deleted.has(key)) bytes += storedBytes(store, key, sealed)
    for (const [key, sealed] of written) bytes += storedBytes(store, key, sealed)
    const admitted = await quota.admit({ owner: ownerId(owner), id: cipher.storageId(userId), kind: 'user', bytes, at })
    const evictedKeys = (await Promise.all(admitted.evicted.map(({ id }) => keysUnder(`${id}/`)))).flat()
    // An array batch (not a chained one) works while the sublevel is still opening.
    const operations: StoreOperation[] = [
      ...[...written].map(([key, value]) => ({ type: 'put' as const, key, value })),
      ...[...deleted, ...evictedKeys].map((key) => ({ type: 'del' as const, key })),
      ...admitted.operations
    ]
    await store.batch(operations)
  }

  return {
    async observe(userId, sessionId, message, owner = UNOWNED) {
      await serialized(ownerId(owner), () => observe(userId, sessionId, message, owner))
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
      const id = cipher.storageId(userId)
      const forget = async (): Promise<number> => {
        const keys = await keysUnder(prefix(userId))
        await store.batch([...keys.map((key) => ({ type: 'del' as const, key })), ...await quota.forget(id)])
        return keys.length
      }
      const owner = await quota.ownerOf(id)
      return owner === undefined ? forget() : serialized(owner, forget)
    }
  }
}

/** Deletions that keep the user within the bounds once `written` (keys just put, all newest) are in; `kept` are the other records. */
function evictions(kept: readonly StoredRecord[], written: ReadonlyMap<string, string>): string[] {
  const newFacts = [...written.keys()].filter((key) => key.includes('/fact/')).length
  const newSummaries = [...written.keys()].filter((key) => key.includes('/summary/')).length
  const oldestFirst = (records: Array<{ key: string; at: number }>, room: number): string[] =>
    records.sort((a, b) => a.at - b.at).slice(0, Math.max(0, records.length - room)).map(({ key }) => key)
  // A record that does not open has no time: it counts as the oldest.
  const timeOf = (value: StoredRecord['value']): number => value === undefined ? 0 : 'summary' in value ? value.updatedAt : value.at
  const facts = kept.filter(({ key }) => key.includes('/fact/')).map(({ key, value }) => ({ key, at: timeOf(value) }))
  const summaries = kept.filter(({ key }) => key.includes('/summary/')).map(({ key, value }) => ({ key, at: timeOf(value) }))
  return [...oldestFirst(facts, MAX_FACTS_PER_USER - newFacts), ...oldestFirst(summaries, MAX_SUMMARIES_PER_USER - newSummaries)]
}

function firstSentence(message: string): string {
  const sentence = message.trim().split(/(?<=[.!?])\s+/)[0] ?? ''
  return sentence.length > 160 ? `${sentence.slice(0, 157)}...` : sentence
}

function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? []
}
