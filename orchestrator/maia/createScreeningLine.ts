import { DEFAULT_ADMISSION } from '../inference/index.ts'
import { ScreeningLineFullError } from './errors.ts'

/** Bounds of {@link createScreeningLine}. */
export interface ScreeningLineOptions {
  /** Requests of one owner (API key) screened at once; the rest wait in order. */
  readonly screeningPerOwner?: number
  /** Requests of one owner that may wait; beyond, new ones are refused at once ({@link ScreeningLineFullError}). */
  readonly waitingPerOwner?: number
  /** What `Retry-After` asks of a refused client. */
  readonly retryAfterMs?: number
}

/** One of a key's requests screened at a time; as many waiting as the admission line lets one key hold (192). */
export const DEFAULT_SCREENING_LINE: Required<ScreeningLineOptions> = { screeningPerOwner: 1, waitingPerOwner: DEFAULT_ADMISSION.maxWaitingPerOwner, retryAfterMs: 1_000 }

/** Each owner's own line to the safety screen: its requests are screened a few at a time, so one owner cannot hold the screen for the others. */
export interface ScreeningLine {
  /**
   * Resolves once `owner` may screen a request (at once, while fewer than `screeningPerOwner` of its requests are
   * being screened), with the function that hands the place back. Throws {@link ScreeningLineFullError} when
   * `waitingPerOwner` of its requests already wait, and `signal`'s reason when the caller leaves while waiting.
   */
  enter(owner: string, signal?: AbortSignal): Promise<() => void>
}

interface OwnerLine {
  screening: number
  readonly waiting: Array<() => void>
}

/**
 * The screen runs before the admission line (it decides whether a model is asked at all), on the
 * one main thread and the one encoder thread: without a line of its own, one key's six heaviest
 * requests at once kept another key's greeting waiting 6.6 s; with two of a key's requests
 * screened at once 2.9 s, with one 0.1 s (test/attacks/exhaustion/screen-cpu.test.ts). A key's
 * ordinary requests cost the screen a few milliseconds each (their earlier turns are cached), so
 * one at a time costs an app little. Up to 192 wait, the share of the admission line one key may
 * hold (createAdmission.ts), so an app's burst is refused here no sooner than there.
 *
 * @example
 * const leave = await line.enter(context.apiKeyId ?? '', signal)
 * try { await screen() } finally { leave() }
 */
export function createScreeningLine(options: ScreeningLineOptions = {}): ScreeningLine {
  const settings = { ...DEFAULT_SCREENING_LINE, ...options }
  const lines = new Map<string, OwnerLine>()
  const leave = (owner: string, line: OwnerLine): void => {
    const next = line.waiting.shift()
    if (next !== undefined) return next()
    line.screening -= 1
    if (line.screening === 0) lines.delete(owner)
  }
  return {
    async enter(owner, signal) {
      signal?.throwIfAborted()
      let line = lines.get(owner)
      if (line === undefined) lines.set(owner, line = { screening: 0, waiting: [] })
      const place = line
      let left = false
      const leaveOnce = (): void => {
        if (left) return
        left = true
        leave(owner, place)
      }
      if (place.screening < settings.screeningPerOwner) {
        place.screening += 1
        return leaveOnce
      }
      if (place.waiting.length >= settings.waitingPerOwner) {
        throw new ScreeningLineFullError({ retryAfterMs: settings.retryAfterMs, screening: place.screening, waiting: place.waiting.length })
      }
      // A place handed over by a leaving request keeps `screening` as it was: it passes straight to the next waiter.
      await new Promise<void>((resolve, reject) => {
        const admitted = (): void => {
          signal?.removeEventListener('abort', abandoned)
          resolve()
        }
        const abandoned = (): void => {
          const index = place.waiting.indexOf(admitted)
          if (index >= 0) place.waiting.splice(index, 1)
          reject(signal?.reason)
        }
        place.waiting.push(admitted)
        signal?.addEventListener('abort', abandoned, { once: true })
      })
      return leaveOnce
    }
  }
}
