// The operating-point lab's record of one screened message (operatingPointLab.ts --dump): for each part (the whole, then
// each screened window) its language and critical threshold, the highest threshold at which that part escalates.
import { z } from 'zod'
import type { MessageLanguage } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'

export const LANGUAGES = ['English', 'other Latin', 'non-Latin'] as const satisfies readonly MessageLanguage[]
export type Thresholds = Readonly<Record<MessageLanguage, number>>

export const partSchema = z.object({ language: z.enum(LANGUAGES), critical: z.number().nullable() })
export const recordSchema = z.object({ set: z.string(), text: z.string(), positive: z.boolean(), shipped: z.boolean(), parts: z.array(partSchema) })
export type Part = z.infer<typeof partSchema>
export type ScoredMessage = z.infer<typeof recordSchema>

// JSON has no infinity: a part that escalates at any threshold is written as critical null.
export const criticalOf = (part: Part): number => part.critical ?? Number.POSITIVE_INFINITY

/** Whether a message escalates at `at`: any part's critical threshold at or above its language's threshold. */
export const escalates = (message: ScoredMessage, at: Thresholds): boolean => message.parts.some((part) => criticalOf(part) >= at[part.language])
