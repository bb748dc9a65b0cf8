import { alt } from './lexicon.ts'

// Issue 11, round seventeen: after recovery stories, the goodbye rules' most common false alarm
// across development sets v8–v14 was a planned absence ("this is my last message before my
// phone detox for Lent! See you at Easter", "said goodbye to everyone at my farewell party,
// flying to Melbourne"). Each goodbye rule had grown its own list of holidays; this is one
// structure for all of them: a goodbye with a return date or an ordinary destination, and no
// crisis word anywhere in the message, is a trip. Then the learned screen alone judges it.

/** A return: "see you in March", "back on Monday", "for a year". "See you on the other side" is not one. */
const RETURN = alt(
  'see you (?:again |all )?(?:in|at|on|after|next|soon|tomorrow|when)\\b(?! (?:the )?other side)', '(?:back|home) (?:in|on|after|by|next)\\b',
  'for (?:a|one|two|three|four|five|six|ten|\\d+|the) (?:days?|weeks?|months?|years?|summer|winter|term|semester)'
)
/** A planned absence or an ordinary destination. */
const DESTINATION = alt(
  'detox', 'retreat', 'farewell (?:party|drinks|dinner)', 'sabbatical', 'new job', 'phd', 'retir\\w*', 'overseas', 'abroad', 'monastery', 'log(?:ging)? off',
  'lent', 'holiday', 'vacation', 'trip', 'moving (?:to|overseas|abroad|house|out)', '(?:flying|flight|driving|heading) to', 'other side of the (?:country|world|city|town)', '(?:art|grad|law|med|night) school', 'starting (?:my|a|art) \\w+'
)
/** Any of these keeps the rules on, whatever the trip. */
const CRISIS_WORD = alt(
  'pills?', 'rope', 'gun', 'die', 'dying', 'dead', 'death', 'kill\\w*', 'suicid\\w*', 'end it', 'end (?:my|this) life', 'for good', 'forever', 'other side(?! of the (?:country|world|city|town))',
  'never (?:come|coming|be) back', 'wont be back', 'not coming back', 'last time', 'one way', 'no return'
)

/** Regex source (normalised text) of a goodbye that is a trip: a return or a destination, and no crisis word. */
export const GOING_SOMEWHERE = `^(?!.*\\b${CRISIS_WORD}\\b)(?=.*\\b(?:${RETURN}|${DESTINATION})\\b)`

/** The goodbye and departure rules that a trip turns off. */
export const GOING_SOMEWHERE_RULES: readonly string[] = ['goodbye / last message', 'goodbyes', 'future absence', 'intend + die']

/** {@link GOING_SOMEWHERE} as an exception for each of {@link GOING_SOMEWHERE_RULES}. */
export const GOING_SOMEWHERE_EXCEPTIONS: Readonly<Record<string, string>> = Object.fromEntries(GOING_SOMEWHERE_RULES.map((name) => [name, GOING_SOMEWHERE]))
