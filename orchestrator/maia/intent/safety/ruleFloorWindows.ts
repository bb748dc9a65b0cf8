/** Messages up to this long are judged whole; longer ones also window by window. */
export const RULE_FLOOR_WINDOW_CHARACTERS = 280

/**
 * The passages the rule floor looks at: the message itself and, when it is long, runs of whole
 * sentences of up to {@link RULE_FLOOR_WINDOW_CHARACTERS} characters. A crisis sentence inside a
 * long, calm message ("I took all my pills an hour ago. Anyway, here is my dream journal…") is
 * diluted in the whole message's features; its own window is not, so the learned screen cannot
 * overrule a rule that matched it.
 *
 * @example
 * ruleFloorWindows('short one') // ['short one']
 */
export function ruleFloorWindows(message: string): string[] {
  if (message.length <= RULE_FLOOR_WINDOW_CHARACTERS) return [message]
  const sentences = message.match(/[^.!?\n]+[.!?\n]*/gu) ?? [message]
  const windows: string[] = [message]
  let current = ''
  for (const sentence of sentences) {
    if (current !== '' && current.length + sentence.length > RULE_FLOOR_WINDOW_CHARACTERS) {
      windows.push(current)
      current = ''
    }
    current += sentence
  }
  if (current.trim() !== '') windows.push(current)
  return windows
}
