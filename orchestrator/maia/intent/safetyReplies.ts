import { CRISIS_RESOURCES, renderSafetyReply } from './safetyReply.ts'
import type { SafetyKind } from './safetyKinds.ts'

/**
 * The fixed reply for each kind of safety escalation. Written, not generated: no model's free
 * text answers a message that may be about a life, and none of these reveals anything about
 * how MAIA works. Each is what public crisis guidance asks for that situation:
 * - crisis: warmth, no argument, crisis lines (the reply of safetyReply.ts);
 * - method: a clear no to the information, then the same care and lines;
 * - emergency: emergency numbers first, act now, "feels fine" is not safe after an overdose;
 * - medication: do not stop without the prescriber, and when to get help now;
 * - manipulation: a plain refusal that says nothing about instructions, keys or anyone else.
 */
export type SafetyReplyFamily = 'crisis' | 'method' | 'emergency' | 'medication' | 'refusal'

/** Which reply each kind gets. */
export const REPLY_FAMILY: Readonly<Record<SafetyKind, SafetyReplyFamily>> = {
  suicide_self_harm: 'crisis',
  abuse: 'crisis',
  harm_to_others: 'crisis',
  method_seeking: 'method',
  third_party_emergency: 'emergency',
  medical_emergency: 'emergency',
  medication_stop: 'medication',
  manipulation: 'refusal'
}

const EMERGENCY_NUMBERS = 'Call emergency services now: 112 (Europe and many countries), 911 (US and Canada), 999 (UK).'
const LINES = CRISIS_RESOURCES.slice(3).map((resource) => `• ${resource.region}: ${resource.contact}`)

/** Emergency-now: the numbers come first, before any other word. */
export const EMERGENCY_REPLY: string = [
  EMERGENCY_NUMBERS,
  'This sounds like a medical emergency, and it needs people who can be there in person, right now — not a reflection or a ritual.',
  '• If someone has taken too much of a medicine or a drug, get help now even if they say they feel fine: some overdoses (paracetamol/acetaminophen among them) cause no symptoms for hours and are treatable only early.',
  '• If they are unconscious but breathing, lay them on their side and stay with them. If they are not breathing, the emergency operator will talk you through what to do.',
  '• Do not leave them alone, and do not give them anything to eat or drink unless the operator tells you to.',
  '• In the US you can also reach Poison Control at 1-800-222-1222; elsewhere, the emergency number will connect you.',
  'If it is you who feels this unwell, call now or ask someone near you to call. I’m here after you have made that call.'
].join('\n')

/** Medical safety: never stop a prescribed medicine without the prescriber. */
export const MEDICATION_REPLY: string = [
  'Please don’t stop or change this medication without talking to the doctor who prescribed it first.',
  'Stopping medicines like insulin, seizure medication, heart or blood-thinning medication, lithium, antipsychotics, antidepressants or HIV medication suddenly can be dangerous, and some of these can be life-threatening within days.',
  'Spiritual practice can sit beside medical care — many people pray, meditate or work with a healer while they keep taking their medicine. Your prescriber can talk with you about what you hope for, and about any change made safely.',
  `If you have already stopped and feel unwell — confusion, very high or low blood sugar, a seizure, chest pain, trouble breathing, or thoughts of harming yourself — ${EMERGENCY_NUMBERS.charAt(0).toLowerCase()}${EMERGENCY_NUMBERS.slice(1)}`,
  'I’m glad to keep you company in your practice alongside that care.'
].join('\n')

/** A plain refusal that reveals nothing and leaves the door open. */
export const REFUSAL_REPLY: string = [
  'I can’t help with that.',
  'I’m happy to carry on with a reflection, a reading, or whatever is on your mind.'
].join('\n')

/** Method-seeking: a clear no, then care and lines. */
export const METHOD_REPLY: string = [
  'I can’t share ways to end a life or amounts of anything that could cause harm, however the question is put.',
  'If part of you is asking because you’re thinking about dying, I’m really glad you’re still talking to me. You deserve support from a person who can be with you right now.',
  `If you might act on these thoughts, or you have already taken something: ${EMERGENCY_NUMBERS.charAt(0).toLowerCase()}${EMERGENCY_NUMBERS.slice(1)}`,
  'To talk with someone, any time:',
  ...LINES,
  'You don’t have to go through this alone. You can keep writing to me too, but please reach out to one of them now.'
].join('\n')

/** Options for {@link renderSafetyReplyFor}. */
export interface SafetyReplyForOptions {
  /** Used only in the crisis reply's greeting. */
  readonly userName?: string
}

/**
 * The fixed reply for a kind; without a kind, the crisis reply (the safest default).
 *
 * @example
 * renderSafetyReplyFor('third_party_emergency').startsWith('Call emergency services now') // true
 * renderSafetyReplyFor('manipulation') // 'I can’t help with that.\n...'
 */
export function renderSafetyReplyFor(kind: SafetyKind | undefined, options: SafetyReplyForOptions = {}): string {
  switch (kind === undefined ? 'crisis' : REPLY_FAMILY[kind]) {
    case 'emergency': return EMERGENCY_REPLY
    case 'medication': return MEDICATION_REPLY
    case 'refusal': return REFUSAL_REPLY
    case 'method': return METHOD_REPLY
    case 'crisis': return renderSafetyReply(options)
  }
}

/**
 * Appended to every reply in a session in careful mode (a crisis was disclosed earlier), so no
 * later answer — template or model — goes out without a way to reach help.
 */
export const CAREFUL_MODE_FOOTER: string = [
  '—',
  'Because of what you shared earlier: if you are in danger or thinking of harming yourself, please call 112 / 911 / 999, or talk with someone now — 988 (US), Samaritans 116 123 (UK and Ireland), or findahelpline.com anywhere else.'
].join('\n')

/**
 * Prepended to the model's instructions in careful mode. It frames; it never replaces the
 * fixed replies, which still answer any turn that is itself a crisis.
 */
export const CAREFUL_MODE_FRAMING: string = [
  'Safety context for this conversation: earlier, the person said something suggesting they, or someone near them, may be at risk.',
  'Be warm, steady and brief. Gently ask how they are now. Do not give any information about methods, doses or means of harm.',
  'Do not predict death, endings or doom in any reading; do not encourage stopping medical treatment; do not encourage isolation or fasting.',
  'Encourage them to reach the people and crisis lines already shared with them (emergency 112 / 911 / 999; 988 in the US; Samaritans 116 123).'
].join(' ')
