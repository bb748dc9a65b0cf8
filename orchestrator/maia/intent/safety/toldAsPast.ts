import { alt } from './lexicon.ts'

// Issue 11, round seventeen: across development sets v9–v15 the disclosure rules' most common
// false alarm was recovery told as history ("five years free from self-harm today, I want to
// celebrate", "it's been a year since my suicide attempt and I'm proud to still be here"). Rules
// flag whatever the learned threshold says, so each of these cost a false alarm outright.
// A message counts as told in the past only when all three hold: a time-since or past marker,
// a sign of being well now, and nothing that brings the risk into the present ("again",
// "tonight", "but I keep …"). Then the learned screen alone judges it.

const COUNT = alt('\\d+', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'many', 'several', 'few')
const SPAN = `${COUNT} (?:full )?(?:years?|months?)`

/** When it happened, or how long ago: the event is history. */
const PAST_MARKER = alt(
  `${SPAN} (?:free|clean|sober|since)`, '(?:free|clean) (?:from|of) (?:it|self ?harm\\w*|cutting)', 'since my (?:\\w+ )?attempt',
  'survived (?:a|an|my|the) (?:\\w+ )?attempt', '(?:my )?past (?:suicide )?attempt', '(?:in|since) (?:19|20)\\d\\d', 'last (?:year|winter|summer|spring|autumn|fall)',
  'as a teen\\w*', 'when i was (?:younger|a teen\\w*|a kid|\\d+|in (?:school|college))', 'in my (?:teens|twenties|thirties|20s|30s|youth)',
  'therapy (?:saved|changed|helped)', '(?:scars|marks) are old', 'old scars',
  `hace ${COUNT} (?:anos|meses)`, `ha ${COUNT} (?:anos|meses)`, `il y a ${COUNT} (?:ans|mois)`, `vor ${COUNT} (?:jahren|monaten)`
)

/** The writer (or the person written about) is well now. */
const WELL_NOW = alt(
  '(?:im|i am|i feel|feeling|shes|she is|hes|he is|is|theyre|doing|now|been) (?:(?!(?:not|no|never|hardly)\\b)\\w+ ){0,2}(?:better|okay|ok|fine|well|safe|happy|proud|grateful|good)',
  'estoy bien', 'celebrat\\w*', 'gratitude', 'grateful', 'proud', 'letter to my (?:younger|past)', 'peer support\\w*', 'how far', 'still here', 'anniversary', 'letter of hope'
)

/** Anything that brings the risk back into the present keeps the rules on. */
const PRESENT_AGAIN = alt(
  'but (?:now |lately |today |tonight )?i (?:want|wanna|keep|cant|think|feel like|still)', 'want to die', 'thinking about (?:it|doing it|ending)', 'plan(?:s|ned|ning)?',
  'again', 'relaps\\w*', 'back', 'tonight', 'lately', 'right now', 'these days', 'this week', 'started', 'starting', 'cant stop', 'urges?', 'another'
)

/** Regex source (normalised text) of a message that tells a crisis as recovered history. */
export const TOLD_AS_PAST = `^(?!.*\\b${PRESENT_AGAIN}\\b)(?=.*\\b${PAST_MARKER}\\b)(?=.*\\b${WELL_NOW}\\b)`

/** The disclosure rules that recovered history turns off (structures of a present act, plan or method stay on). */
export const TOLD_AS_PAST_RULES: readonly string[] = [
  'suicide word', 'suicide word, present', 'self-harm word', 'intend + die', 'want to die', 'thoughts of ending it', 'slang and shorthand',
  'self-harm again', 'act in progress', 'self-harm act, repeated or now', 'self-harm act on self', 'own overdose or ingestion'
]

/** {@link TOLD_AS_PAST} as an exception for each of {@link TOLD_AS_PAST_RULES}. */
export const TOLD_AS_PAST_EXCEPTIONS: Readonly<Record<string, string>> = Object.fromEntries(TOLD_AS_PAST_RULES.map((name) => [name, TOLD_AS_PAST]))
