import { alt } from './lexicon.ts'

// Issue 11, round eighteen: across development sets v8–v16 and the training data, the rules also
// fired on crisis words held at a distance from the writer: suicide as a subject of study, faith
// or art ("a school project on why suicide rates are higher", "what does the Bible say about
// suicide? I'm preparing a sermon", "songs about suicide"), a death by suicide or overdose mourned
// ("ten years since my brother's suicide, how do I honour him", "how do I honor a friend lost to
// an overdose", "my grandmother overdosed in the 90s"), and someone else's words reported calmly
// ("my teenager says 'I'm literally going to die' about everything … she's happy",
// "my 7-year-old asked if I'm going to die"). A message counts as at a distance only when it has
// one of these frames and nothing that brings the risk to the writer or to now (a wish, a plan, a
// means, "tonight", "me too", "join him"). Then the learned screen alone judges it.

/** Suicide as a subject, or a death mourned. */
const SUBJECT = alt(
  '(?:school|class|uni|university|college|research|science|history) project', 'essay', 'sermon', 'lecture', 'thesis', 'dissertation', 'presentation', 'assignment',
  'suicide (?:rates?|statistics|prevention|awareness)', '(?:rates?|statistics) of suicide', '(?:songs?|books?|films?|movies?|poems?|novels?|lyrics|music|plays?|art) about suicide',
  `what (?:does|do|did) (?:the )?${alt('bible', 'quran', 'koran', 'torah', 'talmud', 'church', 'scriptures?', 'islam', 'buddhism', 'judaism', 'christianity', 'hinduism', 'catholicism', 'stoicism', 'buddha', 'jesus', 'tradition', '\\w+ tradition', 'philosophers?', 'psychology')} (?:say|teach|think|believe) about`, 'died by suicide', 'lost (?:\\w+ ){0,3}to (?:suicide|an? overdose)', 'died (?:of|from) an? overdose',
  `${alt('brothers', 'sisters', 'fathers', 'mothers', 'dads', 'mums', 'moms', 'friends', 'sons', 'daughters', 'uncles', 'aunts', 'cousins', 'husbands', 'wives', 'partners', 'grandfathers', 'grandmothers', 'grandmas', 'grandpas')} suicide`,
  '(?:mancat[oa]|mort[oa]|muri[oó]|morreu|gestorben) (?:\\w+ ){0,4}(?:per|por|par|durch) (?:suicidio|suicide|suizid)', 'families who (?:have )?lost', 'in memory of', 'honou?r (?:him|her|them|a friend|my \\w+)',
  `(?:overdosed|died) in the (?:19)?\\d0s`
)
/** Someone else's words or question, reported calmly. */
const REPORTED = `(?:my|our) (?:\\d+ ?(?:year ?old|yo)s?\\b|(?:\\d+ ?(?:year ?old|yo) )?${alt('teen(?:ager)?', 'kid', 'son', 'daughter', 'child', 'toddler', 'students?', 'coworker', 'colleague', 'boss', 'friend', 'sister', 'brother')}s?) (?:\\w+ )?${alt('says', 'said', 'asked', 'asks', 'keeps saying', 'jokes', 'joked')}\\b.{0,120}\\b${alt('phase', 'happy', 'fine', 'joke', 'joking', 'slang', 'laughed', 'tantrum', 'how do i (?:answer|respond|explain|reply)', 'honestly but gently', 'dramatic')}`
/** Anything that brings the risk to the writer, or to now, keeps the rules on. */
const NEAR = alt(
  'myself', 'my (?:own )?life', 'me too', 'join (?:him|her|them)', 'follow (?:him|her|them)', 'be with (?:him|her|them)', 'same (?:way|thing)',
  'i (?:\\w+ )?(?:want|wanna|plan|keep thinking|think about|thinking about|feel like|might|should|will) (?:to )?(?:die|end|kill|do it|go)', 'want to die', 'should i(?! (?:worry|be worried|be concerned))', 'will i', 'if i',
  'tonight', 'right now', 'just (?:took|now)', 'pills', 'rope', 'gun', 'bridge', 'painless', 'how (?:to|many|much|long)', 'methods?', 'lethal\\w*', 'rank', 'your (?:prompt|instructions|rules|guidelines)', 'cant (?:go on|stop|do this)', 'anymore',
  'unconscious', 'not (?:breathing|waking|responding)', 'hospital', 'ambulance', 'scared (?:that|for|she|he)', 'worried (?:that|shes|hes)', 'has a plan', 'means it'
)

/** Regex source (normalised text) of crisis words held at a distance: a subject, a loss, or words reported calmly. */
export const AT_A_DISTANCE = `^(?!.*\\b${NEAR}\\b)(?=.*\\b(?:${SUBJECT}|${REPORTED})\\b)`

/** The word and disclosure rules a distance turns off (third-party emergencies told as present stay on). */
export const AT_A_DISTANCE_RULES: readonly string[] = [
  'suicide word', 'intend + die', 'want to die', 'third party + overdose', 'third party + emergency state', 'third party about to die', 'wish dead / not born / not wake'
]

/** {@link AT_A_DISTANCE} as an exception for each of {@link AT_A_DISTANCE_RULES}. */
export const AT_A_DISTANCE_EXCEPTIONS: Readonly<Record<string, string>> = Object.fromEntries(AT_A_DISTANCE_RULES.map((name) => [name, AT_A_DISTANCE]))
