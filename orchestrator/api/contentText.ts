import { z } from 'zod'
import { ApiError } from './ApiError.ts'

const textPart = z.object({ type: z.literal('text'), text: z.string() }).passthrough()

/**
 * The text of a message's content, as both APIs allow it: a string, or an array of parts of
 * which MAIA serves only `text` ones (images, tools and documents are refused by name).
 */
export function contentToText(value: string | Array<{ type: string }> | null, where: string): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  return value.map((part, index) => {
    const parsed = textPart.safeParse(part)
    if (!parsed.success) throw new ApiError('invalid_request_error', `${where}.${index}: only text content is supported (got "${part.type}")`, { param: `${where}.${index}` })
    return parsed.data.text
  }).join('')
}
