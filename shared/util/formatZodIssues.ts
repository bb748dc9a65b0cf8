import type { ZodError } from 'zod'

/** One line per issue, `path: message`, so users see every problem at once. */
export function formatZodIssues(error: ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ')
}
