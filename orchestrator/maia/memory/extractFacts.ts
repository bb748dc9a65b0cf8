/**
 * Picks durable facts a user states about themselves ("my name is...", "I work as...",
 * "I've been feeling...") out of a message. Deliberately conservative: a wrong "fact" fed back
 * into every later prompt does more harm than a missed one.
 */
const PATTERNS: Array<{ kind: string; pattern: RegExp }> = [
  { kind: 'name', pattern: /\b[Mm]y name is ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)/u },
  { kind: 'name', pattern: /\b(?:[Cc]all me|I am called|I'm called) ([A-Z][\p{L}'-]+)/u },
  { kind: 'work', pattern: /\bi (?:work as|am working as|'m working as) (an? [^.,;!?]{3,60})/i },
  { kind: 'work', pattern: /\bi(?: am|'m) an? ((?:nurse|teacher|doctor|artist|student|writer|engineer|therapist|parent|mother|father|musician|designer|developer|lawyer|farmer|chef)[^.,;!?]{0,40})/i },
  { kind: 'feeling', pattern: /\bi(?:'ve| have) been feeling ([^.,;!?]{3,80})/i },
  { kind: 'relationship', pattern: /\bmy (partner|husband|wife|girlfriend|boyfriend|mother|father|mom|dad|son|daughter|sister|brother|friend)(?: [A-Z][\p{L}'-]+)? (?:is|has|was) ([^.,;!?]{3,80})/iu },
  { kind: 'practice', pattern: /\bi (?:practice|practise|meditate|journal|pray)(?: [^.,;!?]{0,60})?/i },
  { kind: 'element', pattern: /\bmy element is (fire|water|earth|air|aether)\b/i },
  { kind: 'goal', pattern: /\bi (?:want to|wish to|hope to|am trying to|'m trying to) ([^.,;!?]{5,80})/i }
]

export interface ExtractedFact {
  kind: string
  text: string
}

export function extractFacts(message: string): ExtractedFact[] {
  const facts: ExtractedFact[] = []
  for (const sentence of message.split(/(?<=[.!?])\s+/)) {
    for (const { kind, pattern } of PATTERNS) {
      const match = pattern.exec(sentence)
      if (match === null) continue
      facts.push({ kind, text: match[0].trim().replace(/\s+/g, ' ') })
    }
  }
  return facts
}
