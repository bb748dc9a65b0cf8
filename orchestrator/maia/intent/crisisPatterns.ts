/**
 * Phrases that signal a risk to someone's life or safety. They run on text normalised by
 * `normalizeText` (lower case, accents folded, apostrophes dropped: "can't" is "cant") with
 * whitespace collapsed. Written for recall: a false alarm costs a careful reply with crisis
 * lines; a miss can cost a life. Idioms ("dying to know", "this job is killing me", "kill it",
 * "the Death card") are avoided by requiring a self- or person-directed object, not by lists
 * of exceptions.
 */

export type CrisisCategory = 'suicide' | 'self_harm' | 'abuse' | 'harm_to_others' | 'medical' | 'psychiatric'

export interface CrisisPattern {
  readonly category: CrisisCategory
  readonly pattern: RegExp
}

const PEOPLE = '(?:him|her|them|someone|somebody|people|everyone|everybody|my (?:boss|husband|wife|partner|mom|mum|mother|dad|father|ex|neighbou?r|kids?|baby|son|daughter|brother|sister|coworker|colleague|teacher|family|children|child))'
const ABUSER = '(?:he|she|they|husband|wife|boyfriend|girlfriend|partner|dad|father|mom|mum|mother|stepdad|stepmom|stepfather|stepmother|uncle|aunt|brother|sister|ex|boss|teacher|coach|someone|somebody|grandpa|grandfather|cousin)'
// First person only: "my phone is going to die" and "this will hurt her" are not intent.
const I_INTEND = '(?:^|\\b(?:i|im|i am|ill|id|ive|i have|i just|i really)\\s+(?:\\w+\\s+){0,2}?)(?:want|wanna|wish|going|gonna|will|plan|planning|thinking (?:about|of)|feel like|have an urge|ready|decided|might|could)\\s+(?:to\\s+)?(?:just\\s+)?'
// "hurt her feelings" is not violence.
const NOT_FEELINGS = '(?!\\s*(?:s\\s+)?(?:feelings?|ego|pride|chances|reputation|career|business))'
// "die laughing", "die of embarrassment": idioms, not intent.
const NOT_IDIOM = '(?!\\s+(?:laughing|of (?:laughter|embarrassment|boredom|curiosity|cuteness)|happy|old|my hair))'

const p = (category: CrisisCategory, source: string): CrisisPattern => ({ category, pattern: new RegExp(source, 'u') })

export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  // Suicide, in English and the languages users mix in (es, pt, fr, de, it), with common misspellings.
  p('suicide', '\\bsu[iy]?c+[iy]?d\\w*'),
  p('suicide', '\\bsui?zid\\w*|\\bselbstmord\\w*'),
  p('suicide', '\\b(?:kill|killing|end|ending|hurt|hurting)\\s+(?:himself|herself|themselves|themself|(?:his|her|their) (?:own )?life)\\b'),
  p('suicide', `\\b(?:kill|killing|kil|kiling)\\s*(?:my\\s*self|meself)\\b(?!\\s+laughing)|\\bkms\\b`),
  p('suicide', '\\b(?:end|ending|take|taking|took)\\s+(?:my|my own)\\s+(?:life|own life)\\b'),
  p('suicide', '\\bend(?:ing)?\\s+(?:it|everything|things)\\s+(?:all|tonight|today|now|soon|for good)\\b|\\bend(?:ing)?\\s+everything\\b|\\bend it all\\b'),
  p('suicide', `${I_INTEND}(?:die|be dead|not exist)\\b${NOT_IDIOM}`),
  p('suicide', '\\b(?:wish|wished) (?:i|id) (?:was|were|could be|had) (?:dead|died|never been born)\\b|\\bbetter off dead\\b|\\bwant to be dead\\b'),
  p('suicide', '\\b(?:dont|do not|no longer|dont even|not)\\s+want\\s+to\\s+(?:live|be alive|exist|be here|wake up)\\b'),
  p('suicide', '\\b(?:no|dont see (?:a|any)|cant see (?:a|any)|without (?:a|any)|lost (?:my|the)|whats the)\\s+(?:reason|point|will)\\s+(?:to|in|of|for)\\s+(?:keep\\s+|keeping\\s+|go\\s+|going\\s+)?(?:living|live|being alive|going on|on)\\b'),
  p('suicide', '\\bcant (?:go on|do this anymore|keep going)(?:\\s+(?:like this|anymore|any more))?\\s*(?:[.!,]|$|i want|i wanna)'),
  p('suicide', '\\b(?:better off|be better|happier) without me\\b|\\bno ?one (?:would|will|is going to) (?:miss|care|notice)\\b'),
  p('suicide', '\\b(?:wish|want|hope|pray)\\w*\\s+(?:\\w+\\s+){0,3}?(?:not|never|didnt|wouldnt) wake up\\b|\\bto not wake up\\b|\\bnever wake up again\\b'),
  p('suicide', '\\b(?:goodbye|suicide) (?:letters?|notes?)\\b'),
  p('suicide', '\\b(?:painless|easy|easiest|quick|quickest|best|fastest|simplest|least painful|surest) ways? to (?:die|go|end it)\\b|\\bhow (?:to|do i|can i) (?:die|end it)\\b'),
  p('suicide', '\\bhow many\\b.{0,40}\\b(?:pills|tablets|meds)\\b.{0,40}\\b(?:die|dead|wake|kill|lethal|overdose|enough)\\b|\\blethal dose\\b'),
  p('suicide', '\\b(?:jump|jumping|throw|throwing) (?:myself )?(?:off|from|in front of|under)\\s+(?:a|the|my)?\\s*(?:bridge|roof|building|train|car|cliff|balcony|window|tower|truck|bus)'),
  p('suicide', '\\b(?:rope|noose|gun|razor|blade)s?\\b.{0,30}\\b(?:ready|myself|on me|to end)\\b|\\bnoose\\b'),
  p('suicide', '\\b(?:take|taking|took|swallow|swallowed)\\s+(?:them all|all (?:of )?(?:my|the|those) (?:pills|tablets|meds|medication|sleeping)|too many (?:pills|tablets|meds|sleeping)|a (?:bunch|handful|whole bottle) of (?:pills|tablets|meds))'),
  p('suicide', '\\bno way out\\b|\\b(?:want|wish|need) (?:it|everything|the pain|this|it all) (?:all )?to (?:stop|end)\\W+(?:\\w+\\W+)?(?:permanently|forever|for good)\\b|\\b(?:standing|sitting) on (?:the|a) (?:edge|ledge|bridge|roof|railing)\\b.{0,30}\\b(?:right now|now|tonight)\\b'),
  p('suicide', '\\boverdos\\w*|\\bplanning (?:how|my) (?:to go|death|exit)\\b|\\bdisappear forever\\b'),
  p('suicide', '\\b(?:quiero|quero|queria) (?:morir|morrer|matarme|me matar)\\w*|\\bme (?:quiero )?matar\\b|\\bno quiero (?:vivir|seguir viviendo)\\b|\\bnao quero (?:mais )?viver\\b'),
  p('suicide', '\\b(?:je veux|jai envie de|envie de) (?:mourir|me tuer|en finir)\\b|\\bje (?:ne )?veux plus vivre\\b|\\bme suicider\\b'),
  p('suicide', '\\b(?:ich will|ich mochte) (?:sterben|nicht mehr leben)\\b|\\bmich\\s+(?:\\w+\\s+)?umbringen\\b|\\bvoglio morire\\b|\\bnon voglio (?:piu )?vivere\\b'),
  // Self-harm.
  p('self_harm', '\\bself[\\s-]?harm\\w*|\\bself[\\s-]?injur\\w*'),
  p('self_harm', '\\b(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|punish|punishing|starve|starving|hit|hitting)\\s+myself\\b'),
  p('self_harm', '\\buntil (?:it|i) bleeds?\\b|\\bslit\\w*\\s+(?:my\\s+)?wrists?\\b|\\bbleeding (?:a lot|heavily|badly|wont stop|from my (?:wrist|arm|leg|neck))'),
  // Abuse and violence against the person.
  p('abuse', `\\b${ABUSER}\\b.{0,25}\\b(?:hits|hit|beats|beat|beating|chokes|choked|choking|strangled|strangles|kicks|kicked|punches|punched|slaps|slapped|raped|molested|abuses|abused|threatens|threatened)\\s+me\\b(?!\\s+up)`),
  p('abuse', '\\b(?:dad|father|uncle|stepdad|stepfather|grandpa|grandfather|brother|cousin|teacher|coach|boss|priest)\\s+(?:\\w+\\s+){0,2}?touch(?:es|ed|ing)? me\\b|\\btouch(?:es|ed|ing)? me (?:inappropriately|sexually|down there|when i dont want)'),
  p('abuse', '\\b(?:raped|rape|sexually assaulted|sexual assault|molested|molesting|molests)\\b|\\babus(?:es|ed|ing) me\\b|\\b(?:is|was|keeps) abusing\\b|\\bdomestic (?:violence|abuse)\\b'),
  p('abuse', '\\b(?:not|dont feel|never feel|isnt|arent) safe (?:at home|with (?:him|her|them|my))|\\bunsafe (?:at home|with (?:him|her|them|my))|\\bstalk(?:s|ed|ing)? me\\b'),
  p('abuse', '\\bthreaten(?:s|ed|ing)? (?:me|to (?:kill|hurt|harm) (?:me|my))\\b|\\b(?:hed|shed|theyd|hell|shell|theyll|he will|she will|he would|she would)\\s+(?:kill|hurt|harm)\\s+(?:me|my)\\b'),
  // Harm to others.
  p('harm_to_others', `${I_INTEND}(?:kill|killing|hurt|hurting|stab|stabbing|shoot|shooting|murder|harm|harming|strangle|poison)\\w*\\s+${PEOPLE}\\b${NOT_FEELINGS}`),
  p('harm_to_others', `\\b(?:kill|hurt|stab|shoot|murder)\\s+${PEOPLE}\\b.{0,30}\\b(?:plan|tonight|tomorrow|gun|knife)\\b|\\bi will hurt (?:him|her|them)\\b`),
  p('harm_to_others', '\\b(?:might|could|will|going to|gonna|afraid ill|scared ill) (?:do something to|hurt|harm|shake) (?:my )?(?:baby|child|kids?|son|daughter)\\b'),
  // Medical emergencies.
  p('medical', '\\b(?:having|had|is having) a heart attack\\b|\\bchest (?:pain|hurts|is tight|tightness)\\b|\\bcant breathe\\b|\\b(?:not|isnt|stopped|trouble) breathing\\b'),
  // "the unconscious" is everyday vocabulary here (Jung), so only a person lying unconscious counts.
  p('medical', '\\bhaving a stroke\\b|\\b(?:face|mouth) (?:is )?droop\\w*|\\bslurred\\b|\\bseizures?\\b|\\b(?:is|was|went|knocked|lying|fell|found \\w+) unconscious\\b|\\bunresponsive\\b|\\bnot responding\\b(?! to)|\\bnot waking up\\b'),
  p('medical', '\\b(?:i|he|she|someone|friend|mom|mum|dad|mother|father|husband|wife|partner|son|daughter|baby|grandma|grandpa)\\s+(?:just\\s+)?(?:collapsed|fainted|passed out)\\b|\\blips (?:are )?(?:turning )?blue\\b|\\b(?:swallowed|drank|ate) (?:bleach|poison|antifreeze)\\b'),
  p('medical', '\\b(?:havent|have not|not) eaten (?:in|for) (?:\\w+ )?(?:days|a week|weeks)\\b'),
  // Psychiatric emergencies.
  p('psychiatric', '\\bvoices?\\b.{0,30}\\b(?:tell|telling|told|tells|command\\w*|want)\\s+me\\s+to\\b'),
  p('psychiatric', '\\b(?:havent|have not|not) slept (?:in|for) (?:\\w+ )?(?:days|nights)\\b.{0,60}\\b(?:voices|talking to me|meds|medication|watching me)\\b')
]
