/**
 * Concept features: a word class fires one shared feature, so a message about "the Knight of
 * Pentacles" counts as a tarot card even if that card never appeared in training, and "feeling
 * sluggish" counts as a state report like "feeling foggy". N-grams alone only generalise to
 * words seen in training; these classes carry meaning to unseen members. Multilingual stems.
 * They run on normalised text (lower case, accents folded, apostrophes dropped).
 */
const CONCEPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['tarot_card', /\b(?:ace|two|three|four|five|six|seven|eight|nine|ten|page|knight|queen|king|[2-9]|10)\s+of\s+(?:wands|cups|swords|pentacles|coins|batons|staves)\b|\b(?:the\s+)?(?:fool|magician|high priestess|empress|emperor|hierophant|lovers|chariot|strength|hermit|wheel of fortune|justice|hanged man|death card|temperance|devil|tower|star|moon card|sun card|judgement|world card)\b|\b(?:arcana|arcanos|arcanes)\b/u],
  ['divination', /\b(?:tarot\w*|taro|tarô|card|cards|carta|cartas|carte|cartes|karte|karten|spread|tirada|tirage|reading|lectura|runes?|runa|i ching|hexagram|pendulum|pendule|oracle\w*|oraculo|omen|sign|signs|synchronicit\w*|angel numbers?|\d{3,4}|universe (?:say|tell|want|send)\w*|message for me|pull|draw|shuffle|tira\w*|zieh\w*|puxa\w*|celtic cross|spirit animal|tea leaves)\b/u],
  ['state_report', /\b(?:feel|feeling|feelin|felt|mood|energy|vibes?|today i|this morning|tonight i|im (?:so |a bit |kinda |really )?(?:tired|calm|happy|sad|okay|ok|fine|good|low|anxious|drained|sleepy|grumpy|excited|nervous|restless|grounded|content)|me siento|estoy|je me sens|je suis|ich fuhle|ich bin|heute|estou|to (?:cansad|anima|ansios)\w*|checking in|check ?in|just saying hi|popping in)\b/u],
  ['element', /\b(?:fire|fiery|water|watery|earth|earthy|air|airy|aether|flame|storm\w*|river|ocean|mountain|wind|rain|sunny|cloudy|foggy|grounded|rooted|scattered)\b/u],
  ['greeting', /^(?:hi|hey|hello|hiya|heyy+|yo|sup|morning|good (?:morning|evening|night)|gm|hola|buenas|buenos dias|bonjour|salut|coucou|bonsoir|hallo|guten (?:morgen|tag|abend)|oi|ola|bom dia|boa (?:tarde|noite))\b/u],
  ['short_wisdom_ask', /\b(?:quote|quotes|cita|citation|zitat|frase|affirmation\w*|afirmacao|afirmacion|mantra|koan|parable|blessing|prayer|prompt|reflection|reflexion|reflexao|pensee|gedanke|thought|wisdom|word|line|saying|spruch|reminder|intention|poem|haiku)\b/u],
  ['meaning_of', /\b(?:what (?:does|is) (?:it mean|the meaning)|meaning of|what is (?:\w+ ){0,2}(?:in (?:a few|simple) words|briefly)|in one sentence|in two sentences|briefly|short|little|quick)\b/u],
  ['why_me', /\b(?:why (?:do|am|does|cant|can t|is it) (?:i|me|my)|por que (?:eu|siempre|me|tengo)|por qué|pourquoi (?:je|j)|warum (?:bin|habe|werde|fuhle|brauche) ich|i (?:always|keep|never)|what part of me|what does (?:that|it) say about me)\b/u],
  ['hard_feeling', /\b(?:jealous\w*|envy|envious|resent\w*|ashamed|shame|guilt\w*|angry|anger|rage|furious|bitter\w*|insecur\w*|trigger\w*|defensive|petty|needy|controlling|perfectionis\w*|sabotag\w*|procrastinat\w*|abandon\w*|reject\w*|project\w*|inner (?:child|critic)|shadow|celos\w*|envidia|jaloux|eifersucht\w*|eifersuchtig|ciume\w*|raiva|colere|wut|wutend)\b/u],
  ['framework', /\b(?:astrolog\w*|human design|enneagram\w*|eneagrama|enneagramme|numerolog\w*|chakras?|birth chart|natal chart|carta (?:natal|astral)|theme astral|horoskop|mapa astral|saturn return|moon sign|rising|ayurveda|doshas?|kabbalah|tree of life|jung\w*|archetyp\w*|stoic\w*|buddhis\w*|taois\w*|sufi\w*|vedanta|zen|mbti|infj|infp|entp|projector|generator|manifestor|[1-9]w[1-9]|(?:type )?[1-9] (?:wing|enneagram))\b/u],
  ['plan_or_synthesis', /\b(?:plan|program(?:me)?|curriculum|syllabus|schedule|routine|protocol|weeks?|months?|year|semanas?|semaines?|wochen|meses|combine|combin\w*|integrat\w*|integre|synthes\w*|weave|connect|relate|relaciona|compare|compara|vergleich\w*|map (?:onto|to)|how do (?:\w+ ){0,4}fit together|big(?:ger)? picture|whole picture|full picture|overview|design|build|create|crea|monte|erstelle|explain how)\b/u]
]

/**
 * The concept features present in normalised text, each once, prefixed `k:`.
 *
 * @example
 * conceptFeatures('what does the knight of pentacles mean') // ['k:tarot_card', 'k:meaning_of']
 */
export function conceptFeatures(normalized: string): string[] {
  return CONCEPTS.filter(([, pattern]) => pattern.test(normalized)).map(([name]) => `k:${name}`)
}
