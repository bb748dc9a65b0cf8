import { z } from 'zod'
import { formatZodIssues } from '../../../shared/util/index.ts'
import { InvalidTemplateContextError, NoTemplateForIntentError } from './errors.ts'
import type { Intent } from './intents.ts'
import { DEFAULT_NAME, ELEMENT_LINES, ELEMENTS, MOOD_LINES, QUOTE_LINES, TEMPLATES_BY_INTENT, TOPIC_LINES } from './replyTemplates.ts'

// Text from user memory can be any length: trim and cut it rather than fail the reply.
const clipped = (max: number) => z.string().transform((text) => text.trim().slice(0, max)).transform((text) => text === '' ? undefined : text)

/** What a template reply can be filled with; everything optional. */
export const templateContextSchema = z.object({
  userName: clipped(80).optional(),
  state: z.object({
    element: z.enum(ELEMENTS).optional(),
    mood: clipped(80).optional(),
    lastTopic: clipped(160).optional()
  }).optional(),
  quote: z.object({
    text: z.string().trim().min(1).max(2_000),
    title: z.string().trim().min(1).max(300),
    author: z.string().trim().min(1).max(300)
  }).optional()
})

export type TemplateContext = z.input<typeof templateContextSchema> & {
  /** Picks among templates; inject a seeded one (`seededRandom`) for reproducible replies. */
  readonly random?: () => number
}

/**
 * A warm local reply, no model call: an opening, the user's element, mood and last topic when
 * known, a retrieved quote when given (else, for reflections, a short built-in one), and a
 * closing; each piece chosen among several.
 *
 * @example
 * renderTemplateReply('elemental_check_in', {
 *   userName: 'Ana', state: { element: 'water', mood: 'tender' },
 *   quote: { text: 'Be still, and know.', title: 'Psalms', author: 'David' },
 *   random: seededRandom(3)
 * })
 */
export function renderTemplateReply(intent: Intent, context: TemplateContext = {}): string {
  if (intent === 'safety_escalation') throw new NoTemplateForIntentError(intent, 'use renderSafetyReply')
  const parsed = templateContextSchema.safeParse(context)
  if (!parsed.success) throw new InvalidTemplateContextError(formatZodIssues(parsed.error), { cause: parsed.error })
  const { userName, state, quote } = parsed.data
  const random = context.random ?? Math.random
  const pick = (options: readonly string[]): string => options[Math.min(options.length - 1, Math.floor(random() * options.length))] ?? ''
  const slots: Record<string, string> = {
    name: userName ?? DEFAULT_NAME,
    mood: state?.mood ?? '',
    topic: state?.lastTopic ?? '',
    quote: quote?.text.replace(/^["“”]+|["“”]+$/gu, '') ?? '',
    title: quote?.title ?? '',
    author: quote?.author ?? ''
  }
  const templates = TEMPLATES_BY_INTENT[intent]
  const parts = [
    pick(templates.openings),
    state?.element === undefined ? undefined : pick(ELEMENT_LINES[state.element]),
    state?.mood === undefined ? undefined : pick(MOOD_LINES),
    state?.lastTopic === undefined ? undefined : pick(TOPIC_LINES),
    quote === undefined ? (templates.withoutQuote === undefined ? undefined : pick(templates.withoutQuote)) : pick(QUOTE_LINES),
    pick(templates.closings)
  ]
  // One replace pass over the template only, so text inside a slot is never re-expanded.
  return parts
    .filter((part): part is string => part !== undefined)
    .map((part) => part.replace(/\{(\w+)\}/gu, (whole, slot: string) => slots[slot] ?? whole))
    .join('\n\n')
}
