/**
 * The fixed reply to a crisis. Written, not generated: no model's free text ever answers a
 * message that may be about a life. It names no diagnosis, does not argue or instruct beyond
 * reaching help, lists lines that work across countries, and leaves the door open.
 */

/** Crisis lines quoted in the reply (numbers current as published by each service). */
export const CRISIS_RESOURCES = [
  { region: 'Emergency (most of Europe and many countries)', contact: 'call 112' },
  { region: 'Emergency (US and Canada)', contact: 'call 911' },
  { region: 'Emergency (UK)', contact: 'call 999 (112 also works)' },
  { region: 'US', contact: 'call or text 988 (Suicide & Crisis Lifeline)' },
  { region: 'UK and Ireland', contact: 'Samaritans, call 116 123 (free, 24 hours)' },
  { region: 'Anywhere else', contact: 'findahelpline.com lists free, confidential lines by country' }
] as const

/** Options for {@link renderSafetyReply}. */
export interface SafetyReplyOptions {
  /** Used only in the greeting; trimmed, at most 80 characters. */
  readonly userName?: string
}

/**
 * The crisis reply, optionally addressed by name. Every other word is fixed.
 *
 * @example
 * renderSafetyReply({ userName: 'Sam' }).startsWith('Sam, I’m really glad') // true
 */
export function renderSafetyReply(options: SafetyReplyOptions = {}): string {
  const name = options.userName?.trim().slice(0, 80)
  const greeting = name ? `${name}, I’m really glad you told me.` : 'I’m really glad you told me.'
  return [
    `${greeting} What you’re going through sounds serious, and you deserve support from a person who can be with you right now, more than I can give here.`,
    'If you or someone else is in immediate danger, or might act on thoughts of harm, please contact emergency services now:',
    ...CRISIS_RESOURCES.slice(0, 3).map((resource) => `• ${resource.region}: ${resource.contact}`),
    'To talk with someone, any time:',
    ...CRISIS_RESOURCES.slice(3).map((resource) => `• ${resource.region}: ${resource.contact}`),
    'If you can, reach out to someone you trust as well, and let them know how things are for you. If someone is hurting you, these lines can also help you find a safe place.',
    'You don’t have to go through this alone. You can keep writing to me too, but please reach out to one of them now.'
  ].join('\n')
}

/** The crisis reply without a name. */
export const SAFETY_RESPONSE: string = renderSafetyReply()
