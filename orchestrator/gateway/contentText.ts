import { z } from 'zod'
import { ApiError } from './ApiError.ts'

const textPart = z.object({ type: z.literal('text'), text: z.string() }).passthrough()

/**
 * Refuses request fields that ask for what MAIA does not do (tools, structured output), so an app
 * relying on them learns at once instead of silently getting plain text.
 */
export function assertNoUnsupportedFields(body: Record<string, unknown>, fields: readonly string[]): void {
  const present = fields.find((field) => body[field] !== undefined && body[field] !== null)
  if (present !== undefined) throw new ApiError('invalid_request_error', `${present}: not supported by MAIA Network (text in, text out)`, { param: present })
}

/**
 * The text of a message's content, as both APIs allow it: a string, or an array of parts of
 * which MAIA serves only `text` ones (images, tools and documents are refused by name).
 */
export function contentToText(value: string | Array<{ type: string }> | null, where: string): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  return value.map((part, index) => {
    // A text block without its text is a malformed text block, not a request for another kind.
    if (part.type === 'text' && typeof (part as { text?: unknown }).text !== 'string') {
      throw new ApiError('invalid_request_error', `${where}.${index}.text: a text block needs a "text" string`, { param: `${where}.${index}.text` })
    }
    const parsed = textPart.safeParse(part)
    if (!parsed.success) throw new ApiError('invalid_request_error', `${where}.${index}: only text content is supported (got "${part.type}")`, { param: `${where}.${index}` })
    return parsed.data.text
  }).join('')
}
