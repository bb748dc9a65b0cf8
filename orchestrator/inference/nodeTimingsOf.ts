import type { FinalFrame } from '../../shared/protocol/index.ts'
import type { ChatGenerationResult } from './ChatGenerator.ts'

/**
 * The answering node's timings as a chat result carries them (`nodeTimings`), or nothing where a
 * stand-in network (tests, a simulator) reports no timings.
 *
 * @example
 * return { ...answer, ...nodeTimingsOf(result.final) }
 */
export function nodeTimingsOf(final: FinalFrame): Pick<ChatGenerationResult, 'nodeTimings'> {
  const timings = final.timings as FinalFrame['timings'] | undefined
  return timings === undefined ? {} : { nodeTimings: { firstTokenMs: timings.firstTokenMs, totalMs: timings.totalMs } }
}
