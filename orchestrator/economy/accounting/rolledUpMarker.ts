import { createHash } from 'node:crypto'
import { z } from 'zod'
import { parseStoredJson } from '../../storage/parseStoredJson.ts'
import { CorruptSessionMarkerError } from './errors.ts'
import { sessionsWithoutAnthropicByPhase } from './phaseReport.ts'
import { emptyRouteTotals, isCarefulRecord, ROUTES, type Route, type RouteTotals, type SessionRecord } from './SessionLedger.ts'

/**
 * What the ledger keeps of a session once it rolls it into a day's total, under a hash of its id:
 * enough for a request that resumes it to continue that one session (reports count it once, as an
 * unbounded ledger would) and to keep its careful mode. The figures are the whole session's so far.
 */
export const rolledUpMarkerSchema = z.object({
  /** When the session started: its rollup's day, and where the dashboard's history places it. */
  startedAt: z.number(),
  /** No request went to Claude. */
  sovereign: z.boolean(),
  /** The session disclosed a risk (careful mode). */
  careful: z.boolean(),
  /** By phase of the phase report, the chance that no request would reach Anthropic. */
  withoutAnthropic: z.record(z.string(), z.number()),
  /** Recorded before intents were kept: its rest stays out of the phase report, as the session would. */
  withoutIntents: z.literal(true).optional()
}).strict()
export type RolledUpMarker = z.infer<typeof rolledUpMarkerSchema>

/** Bytes of the id's SHA-256 a marker is named by: 96 bits, no collision among any key's sessions. */
const MARKER_HASH_BYTES = 12

/**
 * The key a session's marker is stored under: a hash, so a marker costs the same whatever the
 * length of the id (16 characters).
 *
 * @example
 * markerKey('app-b:long-0') // 'Xb1…' (16 base64url characters)
 */
export function markerKey(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest().subarray(0, MARKER_HASH_BYTES).toString('base64url')
}

/**
 * The marker of a session being rolled up.
 *
 * @example
 * markerOf(session) // { startedAt, sovereign: true, careful: false, withoutAnthropic: { '2': 0.9, … } }
 */
export function markerOf(session: SessionRecord): RolledUpMarker {
  return {
    startedAt: session.startedAt,
    sovereign: session.sovereign,
    careful: isCarefulRecord(session),
    withoutAnthropic: sessionsWithoutAnthropicByPhase(session),
    ...(session.byIntent === undefined ? { withoutIntents: true as const } : {})
  }
}

/** Reads a stored marker: a typed error where it is not one. */
export function parseMarker(key: string, raw: string): RolledUpMarker {
  return parseStoredJson(key, raw, rolledUpMarkerSchema, (details) => new CorruptSessionMarkerError(details))
}

/**
 * The record the rest of a rolled-up session starts from: no requests yet, the session's start,
 * sovereignty and careful mode, and `continues` holding what its rollup counts of it.
 *
 * @example
 * continuationOf('app-b:long-0', marker, now()) // { requests: 0, startedAt: marker.startedAt, continues: { … } }
 */
export function continuationOf(sessionId: string, marker: RolledUpMarker, at: number): SessionRecord {
  return {
    sessionId, startedAt: marker.startedAt, updatedAt: at, requests: 0, sovereign: marker.sovereign, claudeFallbacks: 0, careful: marker.careful,
    byRoute: Object.fromEntries(ROUTES.map((route) => [route, emptyRouteTotals()])) as Record<Route, RouteTotals>,
    ...(marker.withoutIntents === true ? {} : { byIntent: {} }),
    continues: { sovereign: marker.sovereign, withoutAnthropic: marker.withoutAnthropic }
  }
}
