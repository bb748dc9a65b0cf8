/**
 * Word classes the safety rules are built from. Each is a regex alternation over text
 * normalised by `normalizeText` (lower case, accents folded, apostrophes dropped: "can't" is
 * "cant", "précédentes" is "precedentes"). Classes are semantic (who, what act, what
 * substance, what time), so a rule reads as a structure — "a third party + an emergency state"
 * — and covers phrasings nobody listed. Languages: English, Spanish, French, German,
 * Portuguese, Italian, with common misspellings and slang.
 */

/** `(?:a|b|c)` from alternatives. */
export const alt = (...words: readonly string[]): string => `(?:${words.join('|')})`

/** Up to `n` words of slack between two parts of a structure. */
export const gap = (n: number): string => `(?:[\\p{L}\\p{N}]+\\s+){0,${n}}`

/**
 * Up to `n` words of slack that do not bring in another subject: in "I'm afraid my dad will
 * die" the one who will die is the dad, so "I ... will die" must not match across "my dad".
 */
export const selfGap = (n: number): string => `(?:(?!(?:my|his|her|their|our|your|the|he|she|they|it|this|that|someone|everyone|people)\\b)[\\p{L}\\p{N}]+\\s+){0,${n}}`

/** The writer as object, misspellings included ("myslef", "my self"). */
export const SELF_OBJECT = alt('my ?self', 'my ?sle?f', 'myslef', 'mysefl', 'mysel', 'meself', 'mself', 'my ?selfe')

/** The writer as subject: "I", "I'm", "I've", "ive been", "i just", "me", and non-English forms. */
export const SELF = alt('i', 'im', 'ive', 'id', 'ill', 'i am', 'i have', 'i will', 'i would', 'me', 'myself', 'yo', 'je', 'j', 'ich', 'eu', 'io')

/** Someone other than the writer, as the subject of an emergency. */
export const OTHER_PERSON = alt(
  'he', 'she', 'they', 'hes', 'shes', 'theyre', 'someone', 'somebody', 'a (?:guy|man|woman|girl|boy|kid|child|person|friend)',
  'my (?:\\w+ )?(?:friend|buddy|bestie|bff|mate|roommate|flatmate|partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|mom|mum|mother|mama|dad|father|papa|parent|parents|son|daughter|kid|kids|child|children|baby|toddler|teen|teenager|brother|sister|sibling|grandma|grandmother|granny|grandpa|grandfather|grandad|aunt|uncle|cousin|neighbou?r|coworker|colleague|student|client|patient)s?',
  'the (?:guy|man|woman|kid|child|baby|person|girl|boy)',
  'mi (?:amigo|amiga|hermano|hermana|madre|padre|mama|papa|hijo|hija|novio|novia|esposo|esposa|pareja|abuela|abuelo)',
  'mon (?:ami|copain|frere|pere|fils|mari|copain)', 'ma (?:mere|soeur|fille|femme|copine|amie)',
  'mein(?:e)? (?:freund|freundin|vater|mutter|bruder|schwester|sohn|tochter|mann|frau)',
  'minha (?:mae|irma|filha|amiga|esposa|namorada|avo)', 'meu (?:pai|irmao|filho|amigo|marido|namorado|avo)'
)

/** Wanting, intending or being about to. */
export const INTEND = alt(
  'want(?:s|ed)? to', 'wanna', 'wish(?:ed)? (?:i could|to)', 'going to', 'gonna', 'will', 'plan(?:ning)? (?:to|on)', 'planning',
  'ready to', 'decided to', 'about to', 'thinking (?:about|of|abt|bout)', 'thinkin (?:about|of|abt|bout)', 'feel like', 'tempted to',
  'might', 'need to', 'have to', 'keep thinking (?:about|of)', 'cant stop thinking (?:about|of)', 'urge to', 'try(?:ing)? to',
  'scared (?:i will|ill|i might|of how much i want to)', 'afraid (?:i will|ill|i might)', 'fantasi[sz]e about', 'dream(?:ing)? (?:about|of)'
)

/** Dying or ending one's own life, as an infinitive-ish phrase. */
export const DIE = alt(
  'die', 'dying(?! inside| to| for| of)', 'be dead', 'end(?:ing)? (?:it|it all|everything|things|my life|my own life|this life)', `kill(?:ing)? ${SELF_OBJECT}`, 'kms',
  `unalive(?: ${SELF_OBJECT})?`, 'tak(?:e|ing) my (?:own )?life', 'not (?:be )?(?:here|alive|exist)', 'stop (?:existing|living|breathing)',
  'check out', 'leave this (?:world|life|earth|body|incarnation)', 'cross over', 'disappear (?:for good|forever|permanently)',
  'go to sleep (?:forever|and never wake up)', 'sleep forever', 'never wake up', 'not wake up', 'be gone', 'jump(?! (?:into|in|on|at|for|to|up|over|ship|start|right|back|around|out of bed))', 'hang my ?self',
  'overdose', 'od', 'slit my wrists?', 'drown my ?self', 'shoot my ?self', 'off my ?self', 'join (?:her|him|them) (?:in heaven|on the other side)',
  'exit (?:this|life)', 'make it (?:stop|end) (?:for good|forever|permanently)', 'be with (?:her|him|them|my \\w+) (?:again )?in heaven'
)

/** Suicide words in the languages users write in, with common misspellings. */
export const SUICIDE_WORD = alt(
  'su[iy]?c+[iy]?d\\w*', 'sucid\\w*', 'suicd\\w*', 'sui?zid\\w*', 'selbstmord\\w*', 'unaliv\\w*', 'kms', 'k\\.m\\.s',
  'matarme', '(?<!vai |va a |vao |vou te )me matar', 'me mate', 'quitarme la vida', 'quitar(?:me)? la vida', 'tirar (?:a )?minha (?:propria )?vida', 'en finir',
  '(?<!va |vais |vont |veut |il va )me tuer', 'mich (?:zu )?umbringen', 'mich umzubringen', 'mir das leben (?:zu )?nehmen', 'mich (?:zu )?toten', 'togliermi la vita', 'uccidermi', 'ammazzarmi', 'acabar com (?:a )?minha vida',
  'acabar con mi vida', 'me suicid\\w*', 'zelfmoord\\w*'
)

/** A self-harm act. */
export const SELF_HARM_ACT = alt(
  'cut(?:s|ting)?', 'burn(?:s|ed|t|ing)?', 'scratch(?:es|ed|ing)?', 'hit(?:s|ting)?', 'punch(?:es|ed|ing)?', 'bang(?:s|ed|ing)?',
  'hurt(?:s|ing)?', 'harm(?:s|ed|ing)?', 'starv(?:e|es|ed|ing)', 'carv(?:e|es|ed|ing)', 'slic(?:e|es|ed|ing)', 'stab(?:s|bed|bing)?',
  'pull(?:ing)? out my hair', 'bit(?:e|ing)'
)

/** Medicines, drugs and poisons someone may ask a lethal amount of (generic and brand names). */
export const SUBSTANCE = alt(
  'pills?', 'tablets?', 'meds?', 'medications?', 'medicines?', 'capsules?', 'drugs?', 'sleeping pills?', 'painkillers?', 'antidepressants?',
  'paracetamol', 'acetaminophen', 'tylenol', 'ibuprofen', 'advil', 'aspirin', 'insulin', 'opioids?', 'oxy\\w*', 'fentanyl', 'morphine',
  'heroin', 'tramadol', 'codeine', 'methadone', 'benzos?', 'xanax', 'valium', 'diazepam', 'lorazepam', 'alprazolam', 'clonazepam', 'klonopin',
  'rivotril', 'ambien', 'herztabletten', '\\w+tabletten', 'zolpidem', 'benadryl', 'diphenhydramine', 'melatonin', 'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'citalopram',
  'escitalopram', 'lexapro', 'amitriptyline', 'venlafaxine', 'quetiapine', 'seroquel', 'olanzapine', 'lithium', 'lamotrigine', 'digoxin',
  'warfarin', 'potassium(?: chloride)?', 'cyanide', 'arsenic', 'bleach', 'antifreeze', 'rat poison', 'poisons?', 'alcohol', 'vodka',
  'ketamine', 'ghb', 'mdma', 'molly', 'cocaine', 'meth', 'lsd', 'barbiturates?', 'nembutal', 'pentobarbital', 'tachipirina',
  'pastillas', 'comprimidos', 'comprimes', 'cachets', 'pilules', 'tabletten', 'medikamente', 'remedios?', 'medicamentos?', 'farmaci',
  'somniferes', 'schlaftabletten', 'blood pressure (?:meds|pills|medication)', 'heart (?:meds|pills|medication)', 'carbon monoxide', 'helium', 'exit bag'
)

/** Ways of dying asked about as methods. */
export const METHOD = alt(
  'hanging(?! out| around| with| in there| on| up| my| a | the )', 'drowning(?! in)', 'overdos\\w*', 'helium', 'carbon monoxide', 'exhaust fumes', 'charcoal', 'jumping', 'bleeding out', 'gas',
  'cyanide', 'poison(?:ing)?', 'noose', 'slitting', 'wrist cutting', 'suffocat\\w*', 'gunshot', 'exit bag', 'nitrogen', 'sleeping pills', 'an overdose'
)

/** The strong calm framings: pain and peace words and superlatives, not "quick" or "best" alone. */
export const GENTLE_STRONG = alt('painless(?:ly)?', 'peaceful(?:ly)?', 'least painful', 'most painless', 'more painless', 'less painful', 'gentlest', 'quickest', 'surest', 'smoothest', 'most reliable', 'least traumatic', 'calmest')

/** Lethality words. */
export const LETHAL = alt(
  'lethal', 'fatal', 'deadly', 'mortal(?:e|es)?', 'letal(?:e|es)?', 'mortelle?s?', 'todlich\\w*', 'toedlich\\w*', 'kill(?:s)? (?:you|u|me|a person|someone|an adult|a human|them|him|her)',
  'to die', 'die', 'dead', 'death', 'not wake up', 'never wake up', 'not (?:to )?survive', 'too much to survive', 'od on', 'overdose',
  'stops? (?:a|the|my|your|someones?) (?:heart|breathing)', 'shut down (?:a|the|my|your) (?:liver|heart|kidneys)', 'end (?:it|my life)',
  'morir', 'matar', 'mourir', 'tuer', 'sterben', 'nicht mehr aufwachen', 'morrer', 'be sure'
)

/** Calm or clever framings of a method: "peaceful", "painless", "gentlest". */
export const GENTLE = alt(
  'painless(?:ly)?', 'peaceful(?:ly)?', 'gentle', 'gentlest', 'quick', 'quickest', 'fast', 'fastest', 'easy', 'easiest', 'surest', 'best',
  'smoothest', 'simplest', 'cleanest', 'least painful', 'most peaceful', 'most painless', 'more painless', 'calmest', 'reliable', 'most reliable', 'sure'
)

/** Dying or ending, as the object of a method question. */
export const TO_DIE = alt(
  'to die', 'to go', 'to pass(?: away)?', 'to end (?:it|it all|things|my life|a life|your life|ones life)', 'to kill (?:my ?self|yourself|oneself)',
  'to leave this (?:world|life|earth)', 'to exit', 'of dying', 'of suicide', 'to commit suicide', 'to not wake up', 'to fall asleep forever',
  'of ending (?:it|a life|my life)', 'to not survive', 'not to survive', 'to check out', 'to cross over', 'to unalive', 'to end a life', 'method', 'methods', 'to do it', 'to fall asleep and not wake'
)

/** An emergency happening to a body now. */
export const EMERGENCY_STATE = alt(
  'unconscious', 'unresponsive', 'not responding(?! to)', 'wont (?:wake|come round|come to|respond)', 'not waking(?: up)?', 'cant wake (?:her|him|them)',
  'isnt waking', 'doesnt wake', 'not (?:breathing|moving)', 'isnt (?:breathing|moving)', 'stopped breathing', 'barely breathing', 'cant breathe',
  'breathing (?:weird|strangely|slowly|badly)', 'turning blue', 'lips (?:are )?(?:turning )?blue', 'blue lips', 'seizing', 'having a seizure',
  'convuls\\w*', 'collapsed', 'passed out and (?:vomiting|throwing up|wont)', 'choking', 'having a (?:heart attack|stroke|seizure)',
  'chest pains?', 'slurr\\w*', 'face (?:is )?droop\\w*', 'face looks (?:weird|strange|droopy)', 'bleeding (?:a lot|badly|heavily|everywhere|out)',
  'bleeding (?:wont|doesnt|will not) stop', 'wont stop bleeding', 'blood (?:wont|doesnt|will not) stop', '(?:is )?(?:very )?(?:sonolent[oa]|somnolente?|schlafrig|adormilad[oa])', 'after taking something', 'overdos\\w*', 'oded', 'overheating', 'asthma attack', 'limp',
  'isnt coming up', 'not coming up', '(?:is )?fitting', 'having a fit', 'went under', 'fell (?:into|in) (?:the )?(?:pond|pool|river|lake|water|sea)', 'is drowning',
  'hot car', 'no pulse', 'fainted and (?:wont|isnt|doesnt)', 'cant (?:speak|talk)', '(?:running|walking|ran|walked) into traffic', 'not making sense', 'confused and (?:sweating|shaking|cold)'
)

/** Taking a harmful amount: "a bunch of pills", "a whole bottle of tylenol", "all her heart pills". */
export const INGESTED = `(?:${alt('took', 'taken', 'take', 'has taken', 'swallowed', 'drank', 'downed', 'ate', 'did', 'used', 'snorted', 'injected')}\\s+(?:like |about |around |maybe |almost |over |more than |at least )?${alt(
  'too many', 'too much', 'way too much', 'a lot of', 'lots of', 'a bunch of', 'a handful of', 'a whole (?:bottle|pack|box|strip)(?: of)?',
  'a bottle of', 'all (?:of )?(?:her|his|their|the|my|those|these) ', '\\d{2,}', 'twenty', 'thirty', 'forty', 'fifty'
)}\\s*(?:\\w+ ){0,2}${SUBSTANCE}\\b|\\b${alt('swallowed', 'drank', 'ate', 'took')} ${alt('something (?:under the sink|from under)', 'bleach', 'poison', 'a battery', 'batteries', 'antifreeze', 'detergent', 'a whole (?:bottle|pack|box)')})`

/** Medicines a life depends on, which stopping abruptly can kill or seriously harm. */
export const CRITICAL_MEDICATION = alt(
  'insulin', 'herztabletten', '\\w+tabletten', '(?:anti ?)?seizure (?:meds|medications?|medicine|pills)', 'epilep\\w* (?:meds|medications?|medicine|pills|treatment)', 'anti ?convulsants?',
  'anticonvulsivante', 'anti ?epilep\\w*', 'antiepilept\\w*', 'lithium', 'litio', 'lithium', 'anti ?psychotics?', 'antidepressants?', 'ssris?', 'maois?', 'heart (?:meds|medications?|medicine|pills|treatment)',
  'blood thinners?', 'anticoagulants?', 'warfarin', 'blood pressure (?:meds|medications?|pills)', 'hiv (?:meds|medications?|treatment|pills)',
  'antiretrovirals?', 'arvs?', 'prep', 'chemo(?:therapy)?', 'dialysis', 'transplant (?:meds|medications?)', 'immunosuppressants?', 'inhaler',
  'asthma (?:meds|medications?)', 'thyroid (?:meds|medications?|pills)', 'bipolar (?:meds|medications?)', 'steroids', 'epipen', 'treatment',
  'meds', 'medications?', 'medicine', 'prescriptions?', 'prescribed (?:meds|medication|pills)', 'cancer treatment',
  'insulina', 'medicamentos?', 'tratamiento', 'pastillas del corazon', '(?:mis |las )?pastillas (?:para|del|de) (?:el |la )?(?:corazon|presion|tiroides|epilepsia|diabetes|azucar)', 'comprimes pour le coeur', 'remedios? (?:para|de|do) (?:o |a )?(?:coracao|pressao|diabetes)', 'pillole per (?:il cuore|la pressione)', 'traitement', 'insuline', 'medicaments?', 'medikamente(?:n)?',
  '\\w*medikamente(?:n)?', 'remedios?(?: de \\w+)?', 'tratamento', 'dialise'
)

/** Stopping, refusing or replacing a medicine. */
export const STOP_TAKING = alt(
  'stop(?:s|ped|ping)?(?: taking)?', 'quit(?:s|ting)?(?: taking)?', 'come off', 'coming off', 'came off', 'go(?:ing)? off', 'went off', 'get off',
  'ditch(?:ed|ing)?', 'flush(?:ed|ing)?', 'thr(?:ow|ew|owing) (?:out|away)', 'refus(?:e|es|ed|ing)', 'dont take', 'not taking', 'no longer take',
  'dont need', 'dont take', 'done with', 'wont take', 'will not take', 'not going to take', 'refuse to take', 'no longer taking', 'skip(?:ping)?', 'cold turkey', 'replace', 'instead of', 'off (?:her|his|their|my) ', 'taking (?:her|him|them|our \\w+) off',
  'dejar(?: de tomar)?', 'deje', 'voy a dejar', 'arret\\w*', 'absetzen', 'setze (?:\\w+ ){1,2}ab', 'hore? \\w* ?auf', 'aufhoren', 'parar(?: de tomar)?', 'deixar(?: de tomar)?', 'larg\\w*'
)

/** Spiritual or alternative reasons given for stopping a medicine. */
export const SPIRITUAL_REASON = alt(
  'heal\\w*', 'prayer', 'pray\\w*', 'faith', 'god', 'gods', 'spirit\\w*', 'universe', 'energy', 'energetic', 'reiki', 'crystals?', 'meditat\\w*',
  'breathwork', 'kundalini', 'third eye', 'guru', 'shaman', 'retreat', 'ceremony', 'cleanse', 'fast(?:ing)?', 'angels?', 'light', 'enlighten\\w*',
  'awaken\\w*', 'guides?', 'manifest\\w*', 'trust', 'natural(?:ly)?', 'raw food', 'plants?', 'vibration\\w*', 'chakras?', 'sound bath', 'ayahuasca',
  'path', 'cured', 'blocks?', 'protected', 'healer', 'sanacion', 'espiritual', 'oracion', 'energia', 'fe', 'dios', 'priere', 'guerir', 'gebet',
  'heil\\w*', 'meditiere', 'cura', 'curar', 'sanar\\w*', 'guerira', 'guerisseur', 'univers\\w*', 'vertraue', 'confio', 'fiducia', 'medita\\w*', 'energie', 'chaman', 'shamane', 'bloquea', 'bloque', 'jesus', 'allah', 'holy', 'miracle', 'detox', 'homeopath\\w*'
)

/** The prescriber involved: then stopping is medical care, not a risk this screen should catch. */
export const PRESCRIBER_INVOLVED = `\\b${alt('my|our|her|his')} ${alt('doctor', 'doc', 'gp', 'psychiatrist', 'prescriber', 'oncologist', 'cardiologist', 'endocrinologist', 'neurologist', 'physician', 'nurse', 'care team', 'medico', 'medecin', 'arzt', 'arztin')}\\b.{0,60}\\b${alt('help\\w*', 'agree\\w*', 'said (?:it is|its) (?:fine|ok|okay)', 'supervis\\w*', 'taper\\w*', 'plan', 'decid\\w*', 'adjust\\w*', 'switch\\w*', 'approved?', 'recommend\\w*', 'with me')}`

/** Jokes: hyperbole about hurting someone is not intent when laughed off. */
export const JOKE = alt('lol', 'lmao', 'haha\\w*', 'hehe\\w*', 'jaja\\w*', 'kkk+', 'mdr', 'jk', 'just kidding', 'rofl', '😂', '🤣', '😅', '😆')
