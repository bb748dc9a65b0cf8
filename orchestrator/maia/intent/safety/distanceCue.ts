import { normalizeText } from '../textFeatures.ts'
import { alt } from './lexicon.ts'

// Issue 11, round twenty-two (lever A): the rules' false alarms that remain are crisis words held at
// a DISTANCE from a present crisis: a crisis told in the past with a recovery told in the present,
// someone else's words (a song, a film, a quote, a joke between friends), a laugh or an obvious
// exaggeration, a question of study, art, philosophy or care work. The exceptions of round
// seventeen and eighteen (toldAsPast.ts, saidInJest.ts, atADistance.ts) turn named rules off when
// a narrow frame holds; this cue is broader and never turns a rule off by itself: it only lets the
// learned screen (n-gram + sentence perceptron) overrule a rule's flag from a higher floor than
// usual (screenWithSentences.ts), so a message at a distance that the learned screen still finds
// alarming keeps its flag. Each family is one concern, measured apart in bench/router/safetyArbitration.ts.

/** The kinds of distance a message can show. */
export type DistanceCue = 'past' | 'jest' | 'quoted' | 'study'
export const DISTANCE_CUES: readonly DistanceCue[] = ['past', 'jest', 'quoted', 'study']

const COUNT = alt('\\d+', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'many', 'several', 'few', 'some',
  'un', 'una', 'uno', 'une', 'um', 'uma', 'dos', 'dois', 'due', 'deux', 'zwei', 'tres', 'tre', 'trois', 'drei', 'cinco', 'cinq', 'diez', 'dez', 'dieci', 'dix', 'zehn', 'muchos', 'varios', 'vielen', 'twee', 'drie', 'tien')
const YEARS = alt('years?', 'months?', 'anos', 'meses', 'ans', 'mois', 'jahren', 'monaten', 'anni', 'mesi', 'jaar', 'jaren', 'maanden', 'lat', 'yil', 'tahun')

/** When the crisis happened: a date, a span ago, a stage of life that is over. */
const PAST_MARKER = alt(
  `${COUNT} ${YEARS} ago`, `${YEARS} ago`, '(?:in|en|em|im|nel|w|since) (?:19|20)\\d\\d', 'last (?:year|winter|summer|spring|autumn|fall)', 'back (?:then|in)',
  'when i was', 'as a (?:teen\\w*|kid|child|student)', 'in (?:high|middle|secondary) school', 'in my (?:teens|twenties|20s|youth)', 'used to', 'at (?:1\\d|seventeen|sixteen|fifteen|fourteen)\\b',
  `hace (?:${COUNT} )?(?:anos|meses)`, 'cuando (?:era|tenia)', `(?:${COUNT} )?(?:anos|meses) (?:atras|antes)`, 'quando (?:era|tinha|eu era)', `il y a (?:${COUNT} )?(?:ans|mois)`, 'quand j(?:e )?etais', 'autrefois',
  `vor (?:${COUNT} )?(?:jahren|monaten)`, 'fruher', 'als (?:ich|teenager|jugendliche)', `(?:${COUNT} )?(?:anni|mesi) fa`, 'da (?:ragazz[oa]|adolescente)', `(?:${COUNT} )?(?:jaar|jaren|maanden) geleden`, 'vroeger', 'toen ik',
  `(?:${COUNT} )?lat temu`, 'kiedys', `(?:${COUNT} )?yil once`, `(?:${COUNT} )?tahun (?:lalu|yang lalu)`
)
/** Now, and well: the recovery told in the present. */
const NOW = alt('today', 'now', 'nowadays', 'these days', 'hoy', 'ahora', 'hoje', 'agora', 'aujourd ?hui', 'maintenant', 'heute', 'jetzt', 'oggi', 'ora', 'adesso', 'nu', 'tegenwoordig', 'dzis', 'teraz', 'bugun', 'artik', 'sekarang')
const WELL = alt(
  'happy', 'happily', 'married', 'well', 'fine', 'okay', 'ok', 'good', 'great', 'better', 'proud', 'peace(?:ful)?', 'thriving', 'grateful', 'healthy', 'recovered', 'alive and', 'safe', 'clean', 'sober', 'spring', 'summer',
  'a (?:therapist|nurse|counsell?or|doctor|teacher|mum|mom|dad|father|mother|peer supporter)',
  'feliz', 'bien', 'en paz', 'em paz', 'bem', 'heureu(?:x|se)', 'va bien', 'vais bien', 'gluckl\\w*', 'stolz', 'gut', 'therapeut\\w*', 'felice', 'sto bene', 'in pace', 'gelukkig', 'goed', 'trots', 'szczesliw\\w*', 'mutlu\\w*', 'bahagia'
)
const WELL_NOW = `(?:\\b${NOW}\\b.{0,40}\\b${WELL}\\b|\\b${WELL}\\b.{0,20}\\b${NOW}\\b)`

/** A laugh, a joke marker, or an exaggeration that nobody means. */
const JEST_WORD = alt(
  'lol', 'lmao', 'lmfao', 'rofl', 'haha\\w*', 'hehe\\w*', 'jaja\\w*', 'jeje\\w*', 'kkk+', 'mdr', 'ptdr', 'xd', 'wkwk\\w*', 'ahah\\w*', 'hihi\\w*',
  'joking', 'joke', 'jokes', 'kidding', 'jk', 'literally', 'sarcas\\w*', 'exaggerat\\w*', 'hyperbole', 'figure of speech', 'expression', 'dramatic',
  '(?:die|dying|died|dead|death) (?:of|from) (?:cringe|embarrassment|boredom|laughter|laughing|shame|heat|cuteness|jealousy)', 'broma', 'bromeando', 'blague', 'rigolant', 'scherz\\w*', 'brincadeira', 'scherzo', 'grapje'
)
const LAUGH_EMOJI = '[\\u{1F602}\\u{1F923}\\u{1F605}\\u{1F606}\\u{1F480}\\u{1F92A}\\u{1F61C}\\u{1F643}\\u{1F601}\\u{1F604}\\u{1F62D}\\u{1F644}]'

/** Someone else's words: a quotation, a song, a film, a book, a character. */
const QUOTE_MARKS = '(?:"[^"]{3,}"|\\u201C[^\\u201D]{3,}\\u201D|\\u00AB[^\\u00BB]{3,}\\u00BB|\\u201E[^\\u201C\\u201D]{3,}[\\u201C\\u201D])'
const ART = alt(
  'songs?', 'lyrics?', 'chorus', 'poems?', 'poet\\w*', 'films?', 'movies?', 'show', 'series', 'episode', 'novels?', 'books?', 'characters?', 'scene', 'plot', 'ending', 'play', 'opera', 'anime', 'manga', 'documentary', 'quote', 'quoted', 'line from',
  'cancion', 'chanson', 'lied', 'canzone', 'musica', 'pelicula', 'filme', 'roman', 'romance', 'novela', 'libro', 'livre', 'buch', 'personaje', 'personnage', 'figur'
)

/** A question of study, philosophy, care work or history, asked from outside the crisis. */
const STUDY = alt(
  'class', 'course', 'lecture', 'exam', 'essay', 'thesis', 'paper', 'assignment', 'research', 'studying', 'study', 'theory', 'argument', 'philosoph\\w*', 'sociolog\\w*', 'psycholog\\w*', 'ethics', 'debate', 'statistics', 'history of', 'definition',
  'as a (?:\\w+ )?(?:nurse|doctor|therapist|teacher|counsell?or|psychologist|paramedic|leader|social worker|chaplain|pastor|priest|volunteer|moderator|researcher|student|writer|journalist|parent)',
  '(?:warning )?signs (?:that|of)', 'how (?:can|do|should) (?:i|we) (?:support|help|talk to|respond to)',
  'clase', 'curso', 'examen', 'ensayo', 'tesis', 'filosofi\\w*', 'cours', 'dissertation', 'memoire', 'vorlesung', 'prufung', 'referat', 'hausarbeit', 'lezione', 'esame', 'tesi', 'aula', 'faculdade', 'trabalho escolar', 'college', 'werkstuk', 'scriptie'
)

/** Anything that brings the crisis to the writer and to now keeps the ordinary floor. */
const PRESENT = alt('tonight', 'right now', 'not (?:joking|kidding)', 'no joke', 'im serious', 'for real', 'fr', 'esta noche', 'ce soir', 'heute nacht', 'stanotte', 'vannacht')

const CUE_PATTERNS: ReadonlyArray<readonly [DistanceCue, RegExp]> = [
  ['past', new RegExp(`(?=.*\\b${PAST_MARKER}\\b)(?=.*${WELL_NOW})`, 'u')],
  ['jest', new RegExp(`\\b${JEST_WORD}\\b|${LAUGH_EMOJI}`, 'u')],
  ['quoted', new RegExp(`${QUOTE_MARKS}|\\b${ART}\\b`, 'u')],
  ['study', new RegExp(`\\b${STUDY}\\b`, 'u')]
]
const PRESENT_PATTERN = new RegExp(`\\b${PRESENT}\\b`, 'u')

/**
 * The distance cues a message shows (none when anything in it brings the crisis to now); `only`: test just these.
 *
 * @example
 * distanceCues('intenté suicidarme hace diez años y hoy soy feliz') // ['past']
 */
export function distanceCues(message: string, only: readonly DistanceCue[] = DISTANCE_CUES): DistanceCue[] {
  const text = normalizeText(message)
  if (PRESENT_PATTERN.test(text)) return []
  return CUE_PATTERNS.filter(([cue, pattern]) => only.includes(cue) && pattern.test(text)).map(([cue]) => cue)
}
