import { alt } from './lexicon.ts'
import { rule, withUnless, type SafetyRule } from './SafetyRule.ts'
import { CLAUSE, END, inside, START, stem, word } from './anyScriptWords.ts'

/*
 * A life in danger now, told in the languages users write in besides English (issue 11: "a third party's
 * emergency in progress — the reply must urge emergency services now"). emergencyRules.ts is English with a
 * few Spanish, French, German and Portuguese phrases, and the learned screen's sentence encoder is English
 * only; on fresh outside sets the misses were the same few states in other languages, often after small
 * talk: a friend who fell from a balcony and is not moving, a friend who swallowed a whole pack of pills and
 * does not respond, a father who collapsed and is not breathing properly, a snake bite with a swelling leg, a
 * fall with no feeling in the legs, one side of the face drooping, the worst sudden headache with a stiff
 * neck, chest pain while alone. Not phrases but the states themselves, written per language.
 *
 * Two kinds, each a few structures of word classes written per language (Romance, Germanic, Nordic,
 * Finno-Ugric, Baltic, Slavic in Latin and Cyrillic, Romanian, Albanian, Greek, Turkish, Basque, Swahili,
 * Zulu, Tagalog, Indonesian and Malay, Vietnamese, Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil,
 * Thai, Georgian, Armenian, Amharic, Chinese, Japanese, Korean):
 *
 *   third_party_emergency: a PERSON (friend, father, mother, husband, wife, child, brother, sister,
 *   grandparent, neighbour, "he", "she") and, within one clause of 90 characters either side, a STATE that is
 *   an emergency now: not breathing or barely breathing, not responding, not moving, not waking, unconscious,
 *   collapsed or fainted, fitting, turning blue, bleeding heavily, a whole pack or all the pills swallowed.
 *   The state is what the rule is anchored on (it is rarer than a person word), so the person is looked for
 *   only around a state.
 *
 *   medical_emergency: the writer's own body now, in five shapes: a phrase that is an emergency by itself in
 *   the first person (I can't breathe, my throat is closing, my face droops on one side, my speech is slurred,
 *   I am vomiting blood); chest pain together with its spreading (arm, jaw, back), crushing, sweating or being
 *   alone; a headache that is sudden or the worst ever together with a stiff neck; a snake or viper bite
 *   together with swelling or dizziness; a fall together with legs that cannot be felt or moved.
 *
 * Tense: the states are present ("is not breathing", "doesn't respond") or just now (collapsed, fainted).
 * What is over is left alone: years ago, last year, in 1998, when I was a child, died or a funeral, "he is
 * fine now", "came round", "in hospital now"; and so is what is not an event at all: a first-aid course, an
 * exam, the signs and symptoms of a stroke, "what to do if someone…", a dream, a film or a novel; idioms
 * (dying of laughter, "I can't breathe from laughing"); pets. Each language's words for these turn the rule
 * off for the whole message ({@link NOT_NOW}), as PAST and RESOLVED do in emergencyRules.ts.
 *
 * Text is normalised first (screenForSafety.ts, textFeatures.ts): lower case, accents folded in Latin,
 * Cyrillic and Arabic, apostrophes dropped, hyphens read as spaces. The alternatives below are written as
 * people write them and normalised the same way when the module loads (anyScriptWords.ts). Word edges are
 * look-arounds (`\b` knows only ASCII); Chinese, Japanese and Thai have no spaces, so their classes match
 * inside a run; agglutinating languages (Finnish, Hungarian, Turkish, Korean, Georgian, Armenian, Tamil…)
 * have stems that take any ending.
 *
 * Cost: one alternation of states tried at word starts; the person is checked by look-arounds only where a
 * state matched.
 */

/**
 * A class from groups of words: the word-start check is written once for all of them (one look-behind per
 * position instead of one per group, which lets the engine skip ahead), the unspaced scripts' groups beside it.
 */
const factored = (...groups: readonly string[]): string => {
  const spaced = groups.filter((group) => group.startsWith(START)).map((group) => group.slice(START.length))
  const unspaced = groups.filter((group) => !group.startsWith(START))
  return alt(...(spaced.length > 0 ? [`${START}${alt(...spaced)}`] : []), ...unspaced)
}
/** `a` and `b` in either order within `span` characters of one clause. */
const near = (a: string, b: string, span: number): string => `(?:${a})${CLAUSE}{0,${span}}(?:${b})|(?:${b})${CLAUSE}{0,${span}}(?:${a})`
/** `state`, with `person` within `span` characters of one clause before or after it (anchored on the state). */
const around = (state: string, person: string, span: number): string =>
  `(?=(?:${state}))(?:(?<=(?:${person})${CLAUSE}{0,${span}})|(?=(?:${state})${CLAUSE}{0,${span}}(?:${person})))(?:${state})`

/** Someone else: people close to the writer, and he/she, per language. */
const PERSON = factored(
  // Romance
  stem('amig', 'padre', 'madre', 'marido', 'esposo', 'esposa', 'hij', 'herman', 'abuel', 'vecin', 'novi', 'companer', 'suegr', 'prim'), word('mi papa', 'mi mama', 'mi mujer', 'el', 'ella', 'bebe', 'nene', 'nena', 'mi ti[oa]'),
  stem('ami', 'pere', 'mere', 'mari', 'fils', 'fille', 'frere', 'soeur', 'grand mere', 'grand pere', 'voisin', 'copain', 'copine', 'coloc', 'oncle', 'tante'), word('papa', 'maman', 'ma femme', 'il', 'elle', 'bebe'),
  stem('amic', 'padre', 'madre', 'marito', 'moglie', 'figli', 'fratell', 'sorell', 'nonn', 'vicin', 'fidanzat', 'coinquilin', 'zi[oa]'), word('papa', 'mamma', 'lui', 'lei'),
  stem('amig', 'pai', 'mae', 'marido', 'esposa', 'filh', 'irma', 'avo', 'vizinh', 'namorad'), word('minha mulher', 'ele', 'ela'),
  stem('amic', 'pare', 'mare', 'marit', 'fill', 'germa', 'avi', 'avia', 'vei', 'veina', 'irman', 'veciñ', 'nai', 'muller', 'fillo', 'filla'), word('ell', 'ela', 'el'),
  stem('prieten', 'tat', 'mama', 'mam', 'sot', 'fiul', 'fiic', 'copil', 'frate', 'sora', 'bunic', 'vecin', 'unchi', 'matus'), word('el', 'ea'),
  // Germanic and Nordic
  stem('freund', 'vater', 'mutter', 'bruder', 'schwester', 'sohn', 'tochter', 'kind', 'oma', 'opa', 'nachbar', 'mitbewohner', 'kolleg', 'onkel', 'tante'), word('papa', 'mama', 'mann', 'frau', 'er', 'sie', 'ihr', 'ihm', 'de vatter', 'mi vatter', 'mini muetter'),
  stem('vriend', 'vader', 'moeder', 'zoon', 'dochter', 'broer', 'zus', 'buurman', 'buurvrouw', 'seun', 'dogter', 'suster', 'buurvrou'), word('papa', 'mama', 'man', 'vrouw', 'vrou', 'kind', 'oma', 'opa', 'hij', 'zij', 'ze', 'pa', 'ma', 'hy', 'sy'),
  stem('van', 'vän', 'venn', 'ven', 'kompis', 'pappa', 'mamma', 'far', 'mor', 'bror', 'syster', 'søster', 'dotter', 'datter', 'sønn', 'søn', 'granne', 'nabo', 'kone'), word('min man', 'min mann', 'min mand', 'fru', 'barn', 'son', 'han', 'hon', 'hun'),
  stem('ystäv', 'kaveri', 'isä', 'äiti', 'mieheni', 'vaimo', 'poika', 'tytär', 'tyttäre', 'lapse', 'lapsi', 'veli', 'veljen', 'sisko', 'isoäiti', 'mummo', 'ukki', 'naapuri', 'sõber', 'sõbra', 'isa', 'ema', 'poeg', 'tütar', 'laps', 'vend', 'õde', 'naaber'), word('hän', 'mies', 'mees', 'naine', 'ta', 'tema'),
  stem('barát', 'apá', 'apu', 'anyá', 'anyu', 'férj', 'feleség', 'fia', 'lány', 'gyerek', 'bátyá', 'öcs', 'nővér', 'húg', 'nagymam', 'nagypap', 'szomszéd', 'kolléga'), word('ő', 'apa', 'anya', 'fiam', 'apám'),
  // Baltic
  stem('draug', 'tėt', 'tėv', 'mam', 'motin', 'vyr', 'žmon', 'sūn', 'dukr', 'vaik', 'brol', 'ses', 'močiut', 'senel', 'kaimyn'), word('jis', 'ji'),
  stem('draug', 'draudzen', 'tēt', 'tēv', 'mamm', 'māt', 'vīr', 'siev', 'dēl', 'meit', 'bērn', 'brāl', 'māsa', 'vecmām', 'vectēv', 'kaimiņ'), word('viņš', 'viņa'),
  // Slavic (Latin)
  stem('przyjaci', 'kolega', 'koleżank', 'tat', 'ojc', 'ojciec', 'mam', 'matk', 'mąż', 'męż', 'żon', 'syn', 'córk', 'dzieck', 'dziecko', 'brat', 'siostr', 'babci', 'dziad', 'sąsiad', 'wujek', 'wujk', 'ciocia', 'ciotk'), word('on', 'ona'),
  stem('kamarád', 'kamarát', 'přítel', 'priateľ', 'táta', 'tát', 'otec', 'otc', 'ocko', 'mám', 'mama', 'matk', 'manžel', 'syn', 'dcer', 'dcér', 'dít', 'dieť', 'brat', 'sestr', 'babičk', 'babk', 'děd', 'dedk', 'soused', 'sused'), word('on', 'ona'),
  stem('prijatelj', 'otac', 'oca', 'tata', 'mama', 'majk', 'muž', 'žena', 'sin', 'kći', 'kćer', 'ćerk', 'dijete', 'djete', 'dete', 'brat', 'sestr', 'bak', 'djed', 'deda', 'susjed', 'sused', 'sosed', 'oče', 'mož'), word('on', 'ona'),
  // Albanian, Turkish, Basque, Greek
  stem('shok', 'mik', 'baba', 'nën', 'mamaj', 'burr', 'gruaj', 'djal', 'vajz', 'fëmij', 'vëlla', 'motr', 'gjysh', 'fqinj'), word('ai', 'ajo'),
  stem('arkadaş', 'babam', 'annem', 'kocam', 'eşim', 'karım', 'oğl', 'kızım', 'çocu', 'kardeş', 'abim', 'ablam', 'nine', 'dedem', 'amcam', 'dayım', 'teyzem', 'halam', 'babaanne', 'anneanne', 'komşu'), word('o'),
  stem('lagun', 'aita', 'ama', 'senarr', 'emazte', 'seme', 'alaba', 'ume', 'anaia', 'arreba', 'ahizpa', 'amona', 'aitona', 'bizilagun'), word('bera', 'hura'),
  stem('φίλ', 'πατέρ', 'μπαμπά', 'μητέρα', 'μαμά', 'άντρα', 'σύζυγ', 'γιος', 'γιο', 'κόρη', 'παιδί', 'αδερφ', 'αδελφ', 'γιαγιά', 'παππού', 'γείτον'), word('αυτός', 'αυτή', 'αυτον', 'αυτήν'),
  // Cyrillic
  stem('друг', 'друз', 'подруг', 'отец', 'отц', 'пап', 'мам', 'мать', 'матер', 'муж', 'жен', 'сын', 'доч', 'ребен', 'ребён', 'брат', 'сестр', 'бабушк', 'дедушк', 'сосед', 'дяд', 'тет', 'тёт', 'батьк', 'тат', 'чолов', 'дружин', 'донь', 'дитин', 'бабус', 'дідус', 'сусід', 'приятел', 'баща', 'майка', 'татко', 'съпруг', 'дъщер', 'дете', 'баба', 'дядо', 'съсед'), word('он', 'она', 'він', 'вона', 'той', 'тя'),
  // Swahili, Zulu, Tagalog, Indonesian and Malay, Vietnamese
  stem('rafiki', 'baba', 'mama', 'mume', 'mke', 'mtoto', 'mwanangu', 'kaka', 'dada', 'bibi', 'babu', 'jirani', 'umngane', 'ubaba', 'umama', 'umyeni', 'unkosikazi', 'ingane', 'umntwana', 'umfowethu', 'udadewethu', 'ugogo', 'umkhulu', 'umakhelwane'), word('yeye', 'yena'),
  stem('kaibigan', 'tatay', 'nanay', 'asawa', 'anak', 'kapatid', 'lola', 'lolo', 'kapitbahay', 'kuya', 'ate'), word('siya', 'sya', 'ama', 'ina'),
  stem('teman', 'kawan', 'ayah', 'bapak', 'bapa', 'ibu', 'suami', 'istri', 'isteri', 'adik', 'kakak', 'abang', 'nenek', 'kakek', 'datuk', 'tetangga', 'jiran'), word('anak', 'anakku', 'dia', 'ia', 'mama', 'papa'),
  word('ban toi', 'bo toi', 'bo em', 'ba toi', 'cha toi', 'me toi', 'me em', 'chong toi', 'vo toi', 'con toi', 'anh toi', 'chi toi', 'em toi', 'ba noi', 'ong noi', 'ba ngoai', 'ong ngoai', 'hang xom', 'anh ay', 'co ay', 'chi ay', 'ong ay', 'ba ay'),
  // Arabic, Persian, Urdu, Hebrew
  stem('صديق', 'ابي', 'أبي', 'ابوي', 'أبوي', 'امي', 'عمي', 'خالي', 'عمتي', 'خالتي', 'والد', 'امي', 'أمي', 'زوج', 'ابن', 'بنت', 'طفل', 'اخي', 'أخي', 'اخت', 'أخت', 'جدت', 'جدي', 'جار', 'دوست', 'پدر', 'بابا', 'مادر', 'مامان', 'شوهر', 'همسر', 'پسر', 'دختر', 'بچه', 'برادر', 'خواهر', 'همسای', 'ابو', 'امی', 'شوہر', 'بیوی', 'بیٹ', 'بچہ', 'بھائی', 'بہن', 'دادی', 'نانی', 'دادا', 'نانا', 'پڑوس'), word('هو', 'هي', 'او', 'وہ', 'اس'),
  stem('חבר', 'אבא', 'אמא', 'בעלי', 'אשתי', 'הבן', 'הבת', 'בני', 'בתי', 'הילד', 'אחי', 'אחותי', 'סבתא', 'סבא', 'השכנ'), word('הוא', 'היא'),
  // Indic, Dravidian
  stem('दोस्त', 'मित्र', 'पापा', 'पिता', 'मम्मी', 'माँ', 'मां', 'पति', 'पत्नी', 'बेटा', 'बेटी', 'बच्च', 'भाई', 'बहन', 'दादी', 'नानी', 'दादा', 'नाना', 'पड़ोसी', 'पडोसी', 'বন্ধু', 'বাবা', 'মা', 'স্বামী', 'স্ত্রী', 'ছেলে', 'মেয়ে', 'বাচ্চা', 'ভাই', 'বোন', 'দাদু', 'দিদা', 'ঠাকুমা', 'প্রতিবেশী', 'நண்ப', 'அப்பா', 'அம்மா', 'கணவ', 'மனைவி', 'மகன்', 'மகள்', 'குழந்தை', 'அண்ண', 'தம்பி', 'அக்கா', 'தங்கை', 'பாட்டி', 'தாத்தா', 'அவன்', 'அவள்', 'அவர்'), word('वह', 'वो', 'उसे', 'उसने', 'সে', 'ও', 'dost', 'papa', 'mummy', 'bhai', 'behen'),
  // Georgian, Armenian, Amharic
  stem('მეგობარ', 'მამა', 'დედა', 'ქმარ', 'ცოლ', 'შვილ', 'ვაჟ', 'ქალიშვილ', 'ძმა', 'ბებია', 'ბაბუა', 'მეზობელ', 'ընկեր', 'հայր', 'հայրիկ', 'մայր', 'մայրիկ', 'ամուսին', 'կին', 'որդի', 'աղջիկ', 'երեխա', 'եղբայր', 'քույր', 'տատիկ', 'պապիկ', 'հարևան', 'հարեւան', 'ጓደኛ', 'አባቴ', 'እናቴ', 'ባለቤቴ', 'ባሌ', 'ሚስቴ', 'ልጄ', 'ወንድሜ', 'እህቴ', 'አያቴ', 'ጎረቤ'), word('ის', 'նա', 'እሱ', 'እሷ'),
  // Chinese, Japanese, Korean, Thai
  inside('朋友', '室友', '同学', '同學', '同事', '叔叔', '阿姨', '舅舅', '爸', '父亲', '父親', '妈', '媽', '母亲', '母親', '老公', '丈夫', '老婆', '妻子', '儿子', '兒子', '女儿', '女兒', '孩子', '哥哥', '弟弟', '姐姐', '妹妹', '奶奶', '爷爷', '爺爺', '外婆', '外公', '邻居', '鄰居', '他', '她',
    '友達', '友人', '父', 'お父さん', '母', 'お母さん', '夫', '主人', '妻', '息子', '娘', '子供', '子ども', '兄', '弟', '姉', '妹', '祖母', '祖父', 'おばあちゃん', 'おじいちゃん', '彼',
    'เพื่อน', 'พ่อ', 'แม่', 'สามี', 'ภรรยา', 'แฟน', 'ลูก', 'พี่', 'น้อง', 'ยาย', 'ย่า', 'ปู่', 'เขา', 'เธอ'),
  stem('친구', '아빠', '아버지', '엄마', '어머니', '남편', '아내', '와이프', '아들', '딸', '아이', '애기', '오빠', '형', '누나', '언니', '동생', '할머니', '할아버지', '이웃', '그녀', '그가', '그는')
)

/** Someone else's state that is an emergency now. */
const OTHER_STATE_GROUPS: readonly string[] = [
  // Spanish, Catalan, Galician, Portuguese
  word('no respira', 'apenas respira', 'casi no respira', 'respira (?:muy )?mal', 'no reacciona', 'no responde a nada', 'y no responde', 'e nao responde', 'et ne repond (?:plus|pas)', 'e non risponde', 'ya no se mueve', 'no se mueve', 'no despierta', 'no se despierta', 'inconsciente', 'se (?:ha )?desmayado', 'se desmayo', 'se (?:ha )?desplomado', 'se desplomo', 'esta convulsionando', 'convulsiona', 'tiene convulsiones', 'se esta poniendo (?:azul|morad[oa])', 'sangra mucho', 'sangrando mucho', 'se (?:ha )?(?:tomado|tragado) (?:toda )?una caja (?:de|entera de) (?:pastillas|pildoras|medicamentos)', 'se tomo (?:toda )?una caja (?:de|entera de) (?:pastillas|pildoras|medicamentos)', 'se trago (?:todas )?las pastillas'),
  word('gairebe no respira', 'no reacciona', 'no respon', 'no es mou', 'no es desperta', 'inconscient', 's ha desmaiat', 's ha desplomat', 'te convulsions', 'sagna molt', 'non respira', 'non reacciona', 'non se move', 'non esperta', 'desmaiouse', 'sangra moito'),
  word('nao respira', 'mal respira', 'respira com dificuldade', 'nao reage', 'nao se mexe', 'nao se move', 'nao acorda', 'desmaiou', 'desmaiad[oa]', 'desabou', 'esta convulsionando', 'tendo convulsoes', 'convulsao', 'ficando (?:roxo|roxa|azul)', 'sangrando muito', 'sangra muito', '(?:tomou|engoliu) (?:uma )?(?:cartela|caixa) inteira de (?:remedios?|comprimidos|pilulas)', '(?:tomou|engoliu) todos os (?:comprimidos|remedios)'),
  // French, Italian, Romanian
  word('ne respire (?:plus|pas|presque plus)', 'respire (?:tres )?mal', 'ne reagit (?:plus|pas)', 'ne bouge (?:plus|pas)', 'ne se reveille (?:pas|plus)', 'inconsciente?', 's est effondree?', 's est evanouie?', 'fait une crise (?:d epilepsie|convulsive)', 'convulse', 'devient (?:bleu|bleue|violet)', 'saigne (?:beaucoup|enormement)', 'a avale (?:toute )?une (?:boite|plaquette) (?:entiere )?de (?:cachets|comprimes|medicaments|pilules)', 'a avale tous ses'),
  word('non respira', 'respira (?:a fatica|male)', 'non risponde (?:piu|agli stimoli)', 'non reagisce', 'non si muove', 'non si sveglia', 'svenut[oa]', 'e svenut[oa]', 'incosciente', 'priv[oa] di sensi', 'e crollat[oa]', 'ha le convulsioni', 'sta diventando (?:blu|viola|cianotic[oa])', 'perde (?:molto|tanto) sangue', 'sanguina (?:molto|tanto)', 'ha (?:preso|ingoiato) (?:tutta )?una (?:scatola|confezione) (?:intera )?di (?:pastiglie|pillole|farmaci|compresse)', 'ha (?:preso|ingoiato) tutte le pastiglie'),
  word('nu (?:mai )?respira', 'abia respira', 'respira greu', 'nu reactioneaza', 'nu se (?:mai )?misca', 'nu se trezeste', 'inconstient[a]?', 'a lesinat', 'lesinat[a]?', 's a prabusit', 'face convulsii', 'are convulsii', 'se invineteste', 'sangereaza (?:puternic|tare|mult)', 'a (?:inghitit|luat) (?:o )?cutie intreaga de (?:pastile|medicamente|comprimate)', 'a (?:inghitit|luat) toate pastilele'),
  // German (and dialect), Dutch, Afrikaans
  word('atmet (?:nicht|kaum|nicht richtig|nicht mehr)', 'atmet (?:ganz )?(?:komisch|seltsam)', 'schnauft (?:fei )?(?:ganz )?komisch', 'schnauft nicht', 'schnuufet nod', 'schnuuft nod', 'atmet nod', 'reagiert nicht', 'reagiert nod', 'bewegt sich nicht(?: mehr)?', 'wacht nicht (?:mehr )?auf', 'nicht ansprechbar', 'bewusstlos', 'ohnmachtig', 'zusammengebrochen', 'umgekippt', 'krampft', 'hat einen krampfanfall', 'wird blau', 'lauft blau an', 'blutet (?:stark|sehr|heftig)', 'eine ganze packung (?:tabletten|pillen|medikamente|schlaftabletten)', 'alle (?:seine|ihre) tabletten'),
  word('ademt (?:niet|nauwelijks|niet meer)', 'reageert niet', 'beweegt niet(?: meer)?', 'wordt niet wakker', 'bewusteloos', 'in elkaar gezakt', 'flauwgevallen', 'heeft een aanval', 'wordt blauw', 'bloedt (?:hevig|heel erg)', 'een hele strip', 'asem nie', 'reageer nie', 'beweeg nie', 'word nie wakker nie', 'ineengestort', 'inmekaar gesak', 'word blou', 'bloei baie'),
  // Nordic, Finnish, Estonian, Hungarian
  word('andas (?:inte|knappt)', 'reagerar inte', 'ror sig inte', 'vaknar inte', 'medvetslos', 'har kollapsat', 'kollapsade', 'har svimmat', 'svimmade', 'har kramper', 'blir bla', 'bloder kraftigt', 'puster (?:ikke|knapt)', 'trækker ikke vejret', 'reagerer ikke', 'beveger seg ikke', 'bevæger sig ikke', 'vaker ikke', 'våkner ikke', 'vågner ikke', 'bevisstlos', 'bevidstlos', 'bevisstløs', 'bevidstløs', 'ligger livløs', 'besvimt', 'besvimet', 'har kollapset', 'kollapset', 'blir bla', 'bliver bla', 'blør kraftig', 'bløder (?:kraftigt|voldsomt)'),
  word('ei hengita', 'hengittaa (?:tuskin|huonosti)', 'ei reagoi', 'ei liiku', 'ei herää', 'tajuton', 'tajuttomana', 'menetti tajuntansa', 'lyyhistyi', 'kouristelee', 'muuttuu siniseksi', 'vuotaa (?:paljon )?verta', 'koko (?:paketin|levyn|purkin) (?:pillereita|laakkeita|tabletteja|unilaakkeita)', 'ei hinga', 'hingab vaevu', 'ei reageeri', 'ei liigu', 'ei ärka', 'teadvuseta', 'kaotas teadvuse', 'kukkus kokku', 'on krambid', 'muutub siniseks', 'veritseb tugevalt', 'terve paki (?:tablette|rohtu|ravimeid)'),
  stem('nem lélegzik', 'alig lélegzik', 'nem kap levegőt', 'nem reagál', 'nem mozdul', 'nem mozog', 'nem ébred', 'eszméletlen', 'elvesztette az eszméletét', 'összeesett', 'elájult', 'görcsöl', 'rohama van', 'elkékül', 'kékül', 'erősen vérzik', 'nagyon vérzik', 'bevett egy egész', 'megivott egy egész (?:doboz|levél) (?:gyógyszert|tablettát)', 'az összes gyógyszer', 'lenyelt egy egész'),
  // Baltic
  stem('nekvėpuoja', 'sunkiai kvėpuoja', 'vos kvėpuoja', 'nereaguoja', 'nejuda', 'nepabunda', 'neatsibunda', 'be sąmonės', 'neteko sąmonės', 'nualpo', 'sukniubo', 'traukuliai', 'traukul', 'mėlynuoja', 'pamėlyn', 'stipriai kraujuoja', 'smarkiai kraujuoja', 'prarijo visą pakel', 'išgėrė visą pakel', 'suvalgė visą pakel', 'prarijo visas tablet', 'išgėrė visas tablet'),
  stem('neelpo', 'nelpo', 'elpo ar grūtībām', 'knapi elpo', 'nereaģē', 'nekustas', 'nepamostas', 'bezsamaņā', 'zaudēja samaņu', 'noģība', 'sabruka', 'krampji', 'krampjos', 'kļūst zil', 'stipri asiņo', 'norija visu iepakojumu', 'izdzēra visu iepakojumu', 'norija visas tabletes', 'apēda visu iepakojumu'),
  // Slavic (Latin)
  stem('nie oddycha', 'ledwo oddycha', 'słabo oddycha', 'nie reaguje', 'nie rusza się', 'nie budzi się', 'nie można go obudzić', 'nie można jej obudzić', 'nieprzytomn', 'stracił przytomność', 'straciła przytomność', 'zemdlał', 'zasłabł', 'ma drgawki', 'sinieje', 'zsiniał', 'zsiniała', 'robi się sin', 'mocno krwawi', 'bardzo krwawi', 'łyknął całe', 'łyknęła całe', 'połknął całe', 'połknęła całe', 'zjadł całe opakowanie', 'zjadła całe opakowanie'),
  stem('nedýchá', 'sotva dýchá', 'nedýcha', 'sotva dýcha', 'nereaguje', 'nehýbe se', 'nehýbe sa', 'nejde probudit', 'neprobouzí', 'nedá sa prebudiť', 'neprebúdza', 'v bezvědomí', 'v bezvedomí', 'zkolaboval', 'skolaboval', 'omdlel', 'odpadol', 'odpadla', 'má křeče', 'má kŕče', 'modrá', 'modrie', 'silně krvácí', 'silno krváca', 'veľmi krváca', 'spolykal', 'zjedol celé balenie', 'zjedla celé balenie', 'zhltol', 'prehltol celé balenie', 'prehltla celé balenie', 'celé balení (?:prášků|léků|tablet)', 'celé balenie (?:tabliet|tabletiek|liekov)'),
  stem('ne diše', 'jedva diše', 'ne reagira', 'ne reaguje', 'ne miče', 'ne pomiče', 'ne mrda', 'ne budi se', 'bez svijesti', 'bez svesti', 'onesvijestio', 'onesvijestila', 'onesvestio', 'onesvestila', 'kolabirao', 'kolabirala', 'ima grčeve', 'ima napad', 'plavi', 'jako krvari', 'popio cijelu', 'popila cijelu', 'popio celu', 'popila celu', 'ne diha', 'komaj diha', 'se ne odziva', 'se ne premika', 'nezavest', 'brez zavesti', 'omedlel', 'močno krvavi', 'cijelu kutiju (?:tableta|lijekova)', 'celu kutiju (?:tableta|lekova)'),
  // Albanian, Turkish, Basque, Greek
  stem('nuk merr frymë', 'mezi merr frymë', 'nuk reagon', 'nuk lëviz', 'nuk zgjohet', 'pa ndjenja', 'i ra të fikët', 'ka konvulsione', 'po nxihet', 'po bëhet blu', 'gjakoset shumë', 'rrjedh shumë gjak', 'një kuti të tërë me (?:hape|ilaçe|tableta)', 'gjithë hapet', 'gjithë ilaçet'),
  stem('nefes almıyor', 'zor nefes alıyor', 'nefes alamıyor', 'tepki vermiyor', 'kıpırdamıyor', 'hareket etmiyor', 'uyanmıyor', 'bilinci kapalı', 'bilinci bulanık', 'bilinci yerinde değil', 'bayıldı', 'baygın', 'yere yığıldı', 'nöbet geçiriyor', 'kasılıyor', 'morarıyor', 'morardı', 'çok kanıyor', 'kanaması durmuyor', 'bir kutu ilacı', 'bütün hapları', 'tüm hapları', 'bir kutu hap'),
  stem('ez du arnasarik hartzen', 'ez du arnasten', 'ez du erantzuten', 'ez da mugitzen', 'ez da esnatzen', 'konorterik gabe', 'konortea galdu', 'konbultsioak', 'odol asko galtzen'),
  stem('δεν αναπνέει', 'δεν ανασαίνει', 'μόλις αναπνέει', 'δεν αντιδρά', 'δεν απαντά', 'δεν κουνιέται', 'δεν ξυπνά', 'αναίσθητ', 'λιποθύμησε', 'κατέρρευσε', 'έχει σπασμούς', 'σπασμούς', 'μελανιάζει', 'γίνεται μπλε', 'αιμορραγεί', 'χάνει πολύ αίμα', 'ολόκληρο κουτί (?:χάπια|φάρμακα)', 'όλα τα χάπια'),
  // Cyrillic
  stem('не дышит', 'еле дышит', 'плохо дышит', 'едва дышит', 'не реагирует', 'не двигается', 'не шевелится', 'не просыпается', 'не приходит в себя', 'без сознания', 'потерял сознание', 'потеряла сознание', 'упал в обморок', 'упала в обморок', 'рухнул', 'рухнула', 'судорог', 'бьется в судорог', 'синеет', 'посинел', 'сильно кровоточит', 'истекает кровью', 'всю пачку (?:таблеток|снотворного|лекарств)', 'всю упаковку (?:таблеток|снотворного|лекарств)', 'все таблетки',
    'не дихає', 'ледве дихає', 'не реагує', 'не рухається', 'не ворушиться', 'не прокидається', 'без свідомості', 'знепритомнів', 'знепритомніла', 'судоми', 'синіє', 'сильно кровоточить', 'стікає кров', 'всю пачку (?:таблеток|пігулок|ліків)', 'всі таблетки',
    'не диша', 'едва диша', 'не реагира', 'не мърда', 'не се събужда', 'в безсъзнание', 'припадна', 'колабира', 'гърчи', 'посинява', 'кърви силно', 'цялата опаковка (?:хапчета|лекарства)', 'всички хапчета'),
  // Swahili, Zulu, Tagalog, Indonesian and Malay, Vietnamese
  stem('hapumui', 'hapumui vizuri', 'anapumua kwa shida', 'hasogei', 'hatikisiki', 'haamki', 'amepoteza fahamu', 'hana fahamu', 'amezimia', 'amezirai', 'ana degedege', 'anavuja damu', 'anatoka damu nyingi', 'amemeza vidonge vyote', 'amekunywa vidonge vyote', 'pakiti nzima ya vidonge',
    'akaphefumuli', 'uphefumula kanzima', 'akaphenduli', 'akanyakazi', 'akavuki', 'uqulekile', 'uqulekile', 'uquleke', 'unesithuthwane', 'udlikizela', 'uyopha kakhulu', 'wopha kakhulu', 'amaphilisi onke', 'ugwinye wonke'),
  stem('hindi humihinga', 'di humihinga', 'halos hindi humihinga', 'hindi gumagalaw', 'di gumagalaw', 'hindi nagigising', 'walang malay', 'nawalan ng malay', 'hinimatay', 'nangingisay', 'kinukumbulsyon', 'nagkukumbulsyon', 'nangingitim', 'nagiging asul', 'dumudugo nang malakas', 'isang buong banig', 'lahat ng gamot',
    'tidak bernapas', 'tidak bernafas', 'tak bernafas', 'tak bernapas', 'sulit bernapas', 'susah bernafas', 'tidak merespon', 'tidak respons', 'tidak bergerak', 'tak bergerak', 'tidak bangun', 'tak bangun', 'tidak sadarkan diri', 'tak sedarkan diri', 'tidak sadar', 'pingsan', 'kejang', 'membiru', 'berdarah banyak', 'pendarahan hebat', 'satu strip obat', 'sekotak obat', 'satu papan ubat', 'semua obat', 'semua ubat'),
  word('khong tho', 'khong con tho', 'tho yeu', 'tho rat yeu', 'kho tho', 'khong phan ung', 'khong cu dong', 'khong tinh', 'khong tinh day', 'bat tinh', 'ngat xiu', 'bi ngat', 'co giat', 'tim tai', 'chay nhieu mau', 'mat nhieu mau', 'ca vi thuoc', 'ca hop thuoc', 'het vi thuoc'),
  // Arabic, Persian, Urdu, Hebrew
  stem('لا يتنفس', 'لا تتنفس', 'ولا يتنفس', 'ولا تتنفس', 'ولا يستجيب', 'ولا تستجيب', 'ولا يتحرك', 'ولا تتحرك', 'ولا يستيقظ', 'ولا تستيقظ', 'ما يتنفس', 'ما تتنفس', 'ما عم يتنفس', 'ما عم تتنفس', 'وما عم يتنفس', 'وما عم تتنفس', 'بالكاد يتنفس', 'بالكاد تتنفس', 'لا يستجيب', 'لا تستجيب', 'ما يستجيب', 'لا يتحرك', 'لا تتحرك', 'ما يتحرك', 'لا يستيقظ', 'لا تستيقظ', 'ما يصحى', 'ما تصحى', 'فاقد الوعي', 'فاقدة الوعي', 'فقد الوعي', 'فقدت الوعي', 'مغمى عليه', 'مغمى عليها', 'اغمي عليه', 'اغمي عليها', 'انهار', 'انهارت', 'يتشنج', 'تتشنج', 'تشنجات', 'يزرق', 'تزرق', 'ينزف بشدة', 'تنزف بشدة', 'ينزف كثيرا', 'تنزف كثيرا', 'علبة كاملة', 'كل الحبوب', 'شريط كامل',
    'نفس نمی', 'نفس نمیکشد', 'به سختی نفس', 'واکنش نشان نمی', 'تکان نمی', 'بیدار نمی', 'بیهوش', 'از هوش رفت', 'غش کرد', 'تشنج', 'کبود شده', 'خونریزی شدید', 'یک بسته کامل', 'همه قرص',
    'سانس نہیں لے', 'بے ہوش', 'بیہوش', 'ہوش میں نہیں', 'حرکت نہیں کر', 'جاگ نہیں', 'دورہ پڑ', 'بہت خون', 'ساری گولیاں',
    'לא נושם', 'לא נושמת', 'בקושי נושם', 'בקושי נושמת', 'לא מגיב', 'לא מגיבה', 'לא זז', 'לא זזה', 'לא מתעורר', 'לא מתעוררת', 'מחוסר הכרה', 'מחוסרת הכרה', 'איבד הכרה', 'איבדה את ההכרה', 'איבד את ההכרה', 'איבדה הכרה', 'התעלף', 'התעלפה', 'קרס', 'קרסה', 'מפרכס', 'מפרכסת', 'פרכוסים', 'מכחיל', 'מכחילה', 'מדמם', 'מדממת', 'חפיסה שלמה', 'את כל הכדורים'),
  // Indic, Dravidian
  stem('सांस नहीं ले', 'साँस नहीं ले', 'सांस नहीं आ', 'बेहोश', 'होश नहीं', 'हिल नहीं रह', 'जाग नहीं रह', 'उठ नहीं रह', 'दौरा पड़', 'झटके आ रहे', 'नीला पड़', 'बहुत खून', 'पूरा पत्ता', 'सारी गोलियां', 'सारी गोलियाँ', 'saans nahi le', 'sans nahi le', 'behosh', 'hosh nahi', 'hil nahi raha', 'hil nahi rahi',
    'শ্বাস নিচ্ছে না', 'নিঃশ্বাস নিচ্ছে না', 'অজ্ঞান', 'সাড়া দিচ্ছে না', 'নড়ছে না', 'জ্ঞান নেই', 'জ্ঞান হারিয়ে', 'খিঁচুনি', 'নীল হয়ে', 'প্রচুর রক্ত', 'সব ওষুধ', 'পুরো পাতা',
    'மூச்சு விடவில்லை', 'மூச்சு இல்லை', 'சுயநினைவு இல்லை', 'சுயநினைவை இழந்', 'மயங்கி விழுந்', 'மயக்கம்', 'அசையவில்லை', 'எழுந்திருக்கவில்லை', 'வலிப்பு', 'நிறைய இரத்தம்', 'நிறைய ரத்தம்', 'எல்லா மாத்திரை'),
  // Georgian, Armenian, Amharic
  stem('არ სუნთქავს', 'ძლივს სუნთქავს', 'არ რეაგირებს', 'არ ინძრევა', 'არ იღვიძებს', 'უგონოდ', 'გონება დაკარგა', 'გული წაუვიდა', 'კრუნჩხვ', 'ლურჯდება', 'სისხლდენა', 'ყველა აბი',
    'չի շնչում', 'հազիվ է շնչում', 'չի արձագանքում', 'չի շարժվում', 'չի արթնանում', 'ուշագնաց', 'անգիտակից', 'ուշաթափվ', 'ցնցումներ', 'կապտում', 'շատ արյուն', 'բոլոր հաբերը',
    'አይተነፍስም', 'አትተነፍስም', 'ራሱን ስቷል', 'ራሷን ስታለች', 'ራሱን አያውቅም', 'ራሷን አታውቅም', 'አይንቀሳቀስም', 'አትንቀሳቀስም', 'አይነቃም', 'አትነቃም', 'የሚጥል', 'ብዙ ደም', 'ሁሉንም ኪኒን'),
  // Chinese, Japanese, Thai, Korean
  inside('没有呼吸', '沒有呼吸', '没呼吸', '沒呼吸', '不呼吸了', '呼吸微弱', '叫不醒', '没反应', '沒反應', '没有反应', '沒有反應', '不动了', '不動了', '一动不动', '一動不動', '昏迷', '昏倒', '晕倒', '暈倒', '晕过去', '暈過去', '失去意识', '失去意識', '抽搐', '发紫', '發紫', '嘴唇发青', '大量出血', '血流不止', '一整盒药', '一整瓶药', '一整盒藥', '一整瓶藥', '一大把药', '一大把藥', '整盒药', '整瓶药', '整盒藥', '整瓶藥',
    '息をしていない', '息をしてない', '息してない', '呼吸していない', '呼吸してない', '呼吸が弱', '反応がない', '反応しない', '目を覚まさない', '意識がない', '意識不明', '倒れた', '倒れて', 'けいれん', '痙攣', '出血がひど', '大量に出血', '薬を一箱', '薬を全部飲んだ', '薬を全部飲み',
    'ไม่หายใจ', 'หายใจไม่ออก', 'หายใจรวยริน', 'หมดสติ', 'ไม่รู้สึกตัว', 'ไม่ขยับ', 'ปลุกไม่ตื่น', 'ชัก', 'ตัวเขียว', 'ปากเขียว', 'เลือดออกมาก', 'ทั้งแผง'),
  stem('숨을 안 쉬', '숨을 안쉬', '숨을 쉬지 않', '숨을 못 쉬', '호흡이 없', '반응이 없', '반응을 안', '움직이지 않', '안 움직여', '깨어나지 않', '안 깨어나', '의식이 없', '의식을 잃', '기절했', '쓰러졌', '쓰러져', '경련', '발작', '파랗게', '피를 많이', '출혈이 심', '약 한 통을 다', '약을 다 먹')
]
const OTHER_STATE = factored(...OTHER_STATE_GROUPS)

/**
 * The writer's own body, in phrases that are an emergency by themselves (first person, now): cannot
 * breathe, the throat or tongue swelling shut, the face drooping on one side, slurred speech, vomiting
 * blood, a first seizure.
 */
const OWN_STATE = factored(
  word('no puedo respirar', 'me ahogo y', 'se me cierra la garganta', 'se me hincha la lengua', 'se me cae (?:la cara|un lado de la cara)', 'tengo la cara torcida', 'no puedo hablar bien', 'vomito sangre', 'vomitando sangre', 'no puc respirar', 'non podo respirar', 'nao consigo respirar', 'minha garganta esta fechando', 'minha lingua esta inchando', 'vomitando sangue', 'meu rosto (?:esta )?caido'),
  word('je n arrive plus a respirer', 'je ne peux (?:plus|pas) respirer', 'ma gorge se ferme', 'ma langue gonfle', 'mon visage (?:est )?(?:tombe|paralyse) d un cote', 'je vomis du sang', 'non riesco a respirare', 'mi si chiude la gola', 'mi si gonfia la lingua', 'ho la faccia storta', 'mezza faccia (?:storta|cadente|paralizzata)', 'vomito sangue', 'nu pot respira', 'mi se umfla (?:gatul|limba)', 'vars sange', 'vomit sange'),
  word('ich kann nicht (?:mehr )?atmen', 'ich bekomme keine luft', 'ich krieg keine luft', 'mein hals schwillt zu', 'meine zunge schwillt', 'mein gesicht hangt', 'eine gesichtshalfte hangt', 'mis gsicht hanget', 's gsicht hanget', 'gsicht hangt', 'gesicht hangt (?:auf|an) einer seite', 'ich lalle', 'ich erbreche blut', 'ich kotze blut', 'ik kan niet ademen', 'ik krijg geen lucht', 'mijn keel zwelt', 'mijn gezicht hangt', 'ik braak bloed', 'ek kan nie asemhaal nie'),
  word('jag kan inte andas', 'jag far ingen luft', 'halsen svullnar', 'ansiktet hanger', 'jeg kan ikke puste', 'jeg kan ikke trække vejret', 'jeg far ikke luft', 'ansiktet henger', 'en en ansigtshalvdel hænger', 'en ansigtshalvdel hænger', 'kasvoni roikkuu', 'en saa henkea', 'en pysty hengittamaan', 'oksennan verta', 'ma ei saa hingata', 'oksendan verd'),
  stem('nem kapok levegőt', 'nem tudok lélegezni', 'dagad a torkom', 'dagad a nyelvem', 'lefittyed az arcom', 'lóg az arcom', 'az arcom egyik fele', 'vért hányok', 'negaliu kvėpuoti', 'nėra kuo kvėpuoti', 'tinsta gerklė', 'nusviro veidas', 'vemiu krauju', 'nevaru paelpot', 'nevaru elpot', 'vemju asinis'),
  stem('nie mogę oddychać', 'nie moge oddychac', 'puchnie mi gardło', 'puchnie mi język', 'opadła mi twarz', 'opada mi twarz', 'wymiotuję krwią', 'nemůžu dýchat', 'nemôžem dýchať', 'otéká mi jazyk', 'opuchá mi jazyk', 'zvracím krev', 'vraciam krv', 'ne mogu disati', 'ne mogu da dišem', 'povraćam krv', 'ne morem dihati', 'nemôžem sa nadýchnuť', 'nemůžu se nadechnout', 'nemuzu se nadechnout', 'nie mogę złapać tchu', 'nie moge zlapac tchu'),
  stem('nuk mund të marr frymë', 'nuk marr dot frymë', 'nefes alamıyorum', 'boğazım şişiyor', 'dilim şişiyor', 'yüzümün bir tarafı', 'kan kusuyorum', 'ezin dut arnasarik hartu', 'δεν μπορώ να αναπνεύσω', 'δεν μπορώ να ανασάνω', 'πρήζεται ο λαιμός μου', 'κάνω εμετό αίμα'),
  stem('не могу дышать', 'не могу вдохнуть', 'задыхаюсь', 'горло распухает', 'отекает горло', 'опухает язык', 'лицо перекосило', 'половина лица онемела', 'рвет кровью', 'рвёт кровью', 'не можу дихати', 'задихаюся', 'мене рве кров', 'не мога да дишам'),
  stem('siwezi kupumua', 'koo linavimba', 'natapika damu', 'angikwazi ukuphefumula', 'ngiphalaza igazi', 'hindi ako makahinga', 'di ako makahinga', 'nagsusuka ako ng dugo', 'saya tidak bisa bernapas', 'aku tidak bisa bernapas', 'aku gak bisa napas', 'saya tak boleh bernafas', 'tenggorokan saya membengkak', 'muntah darah'),
  word('toi khong tho duoc', 'toi khong the tho', 'hong toi sung', 'toi non ra mau', 'non ra mau', 'mat toi bi lech'),
  stem('لا أستطيع التنفس', 'لا استطيع التنفس', 'ما اقدر اتنفس', 'مش قادر اتنفس', 'مش قادرة اتنفس', 'حلقي يتورم', 'لساني يتورم', 'وجهي مائل', 'اتقيأ دما', 'أتقيأ دما', 'نمیتوانم نفس بکشم', 'نمی توانم نفس بکشم', 'نفسم بالا نمیاد', 'خون بالا میارم', 'سانس نہیں لے پا', 'خون کی الٹی', 'אני לא יכול לנשום', 'אני לא יכולה לנשום', 'הגרון שלי נסגר', 'אני מקיא דם', 'אני מקיאה דם'),
  stem('सांस नहीं ले पा', 'साँस नहीं ले पा', 'गला सूज रहा', 'खून की उल्टी', 'saans nahi le pa', 'শ্বাস নিতে পারছি না', 'রক্ত বমি', 'மூச்சு விட முடியவில்லை', 'ரத்த வாந்தி', 'ვერ ვსუნთქავ', 'չեմ կարողանում շնչել', 'መተንፈስ አልቻልኩም', 'መተንፈስ አልችልም'),
  inside('喘不过气', '喘不過氣', '无法呼吸', '無法呼吸', '不能呼吸', '我呼吸不了', '喉咙肿', '喉嚨腫', '吐血', '半边脸', '半邊臉', '息ができない', '息が吸えない', '喉が腫れ', '血を吐', '顔の片側', 'หายใจไม่ออก', 'คอบวม', 'อาเจียนเป็นเลือด', 'ปากเบี้ยว'),
  stem('숨을 쉴 수가 없', '숨을 쉴 수 없', '숨이 안 쉬어', '목이 부어', '피를 토하', '얼굴 한쪽이')
)

/** Chest pain (own): the chest and its pain, per language. */
const CHEST_PAIN = factored(
  stem('dolor en el pecho', 'dolor de pecho', 'me duele el pecho', 'dor no peito', 'douleur (?:dans la|a la) poitrine', 'mal a la poitrine', 'dolore al petto', 'male al petto', 'durere in piept', 'ma doare pieptul', 'brustschmerz', 'schmerzen in der brust', 'pijn op de borst', 'bröstsmärt', 'ont i bröstet', 'brystsmert', 'smerter i brystet', 'ondt i brystet', 'rintakipu', 'kipua rinnassa', 'valu rinnus', 'mellkasi fájdalom', 'fáj a mellkasom', 'skauda krūtinę', 'krūtinės skausm', 'sāp krūtis', 'sāpes krūtīs', 'ból w klatce', 'boli mnie w klatce', 'bolest na hrudi', 'bolí mě na hrudi', 'bolí ma hrudník', 'bol na hrudi', 'bolesť na hrudi', 'bolest na hrudi', 'bol u prsima', 'boli me u prsima', 'dhimbje gjoksi', 'më dhemb gjoksi', 'göğsüm ağrıyor', 'göğüs ağrı', 'bularreko min', 'πόνο στο στήθος', 'πονάει το στήθος', 'боль в груди', 'боль за грудиной', 'давящая боль', 'болит грудь', 'біль у грудях', 'болка в гърдите'),
  stem('maumivu ya kifua', 'kifua kinauma', 'kifua kinaniuma', 'isifuba sibuhlungu', 'ubuhlungu esifubeni', 'buhlungu isifuba', 'ngiphethwe isifuba', 'masakit ang dibdib', 'sumasakit ang dibdib', 'nyeri dada', 'dada saya sakit', 'sakit dada', 'dau nguc', 'ألم في صدري', 'في صدري', 'بصدري', 'ألم في الصدر', 'الم في صدري', 'صدري يؤلمني', 'درد قفسه سینه', 'سینه ام درد', 'سینے میں درد', 'כאב בחזה', 'सीने में दर्द', 'सीने में', 'छाती में दर्द', 'seene mein dard', 'বুকে ব্যথা', 'நெஞ்சு வலி', 'நெஞ்சு', 'நெஞ்சுவலி', 'გულმკერდის ტკივილ', 'მკერდში მტკივა', 'կրծքավանդակի ցավ', 'կուրծքս ցավում', 'የደረት ህመም', 'ደረቴን'),
  inside('胸口', '胸が', '胸の奥', '가슴이', '胸口剧痛', '胸痛', '胸口疼', '胸が痛', '胸の痛み', 'เจ็บหน้าอก', '가슴이 아프', '가슴 통증')
)
/** What makes chest pain an emergency: spreading to the arm, jaw or back, crushing, cold sweat, or being alone with it. */
const CHEST_SERIOUS = factored(
  stem('brazo', 'mandibula', 'aplastante', 'opresivo', 'sudor frio', 'sola en casa', 'solo en casa', 'braco', 'esmagando', 'bras', 'machoire', 'ecrase', 'sueur', 'seule', 'braccio', 'mascella', 'schiaccia', 'sudore freddo', 'brat', 'maxilar', 'apasatoare', 'singur', 'arm', 'kiefer', 'ausstrahl', 'kaltschweiß', 'allein', 'kaak', 'alleen', 'käken', 'ensam', 'kjeven', 'kæben', 'alene', 'käsivar', 'leuka', 'yksin', 'karjaan', 'üksi', 'karom', 'állkapcs', 'egyedül', 'ranka', 'žand', 'vienas', 'viena', 'roka', 'žoklis', 'viens', 'ramię', 'ręk', 'szczęk', 'paže', 'rameno', 'čelist', 'ruku', 'ruka', 'vilic', 'krah', 'nofull', 'vetëm', 'kolum', 'çene', 'yalnız', 'tek başıma', 'amorte', 'amorțe', 'mâna stângă', 'немеет', 'холодный пот', 'левая рука', 'bal kar', 'lijeva ruka', 'ľavá ruka', 'lewa ręka', 'lewą rękę', 'drętwieje', 'tŕpne', 'znecitliv', 'kaltem schweiß', 'kalter schweiß', 'sudore', 'suor frio', 'se me duerme', 'rahang', 'keringat dingin', 'lengan kiri', 'besoa', 'bakarrik', 'χέρι', 'σαγόνι', 'μόνος', 'μόνη', 'руку', 'рука', 'челюст', 'один', 'одна', 'сама', 'щелеп', 'сам'),
  stem('mkono', 'taya', 'peke yangu', 'ingalo', 'umhlathi', 'ngedwa', 'braso', 'panga', 'mag isa', 'lengan', 'rahang', 'sendirian', 'seorang diri', 'canh tay', 'ham', 'mot minh', 'ذراعي', 'ذراع', 'فكي', 'وحدي', 'بازو', 'فک', 'تنها', 'بازو', 'اکیلا', 'اکیلی', 'בזרוע', 'יד שמאל', 'הלסת', 'לבד', 'बांह', 'बाँह', 'हाथ', 'जबड़', 'अकेला', 'अकेली', 'akela', 'akeli', 'হাত', 'চোয়াল', 'একা', 'கை', 'தாடை', 'தனியாக', 'მკლავ', 'ყბა', 'მარტო', 'ձեռք', 'ծնոտ', 'մենակ', 'ክንዴ', 'መንጋጋ', 'ብቻዬን'),
  inside('ذراعي', 'فكي', 'يعرق', 'عرق بارد', '左手', '左腕', '麻', 'しびれ', '痺れ', '冷汗', '식은땀', '左臂', '下巴', '出冷汗', '一个人在家', '一個人在家', '腕', '顎', '冷や汗', '一人で', 'แขน', 'กราม', 'อยู่คนเดียว', '팔', '턱', '식은땀', '혼자')
)

/** A headache that is sudden, the worst ever, or like a blow. */
const HEADACHE = factored(
  stem('dolor de cabeza (?:repentino|horrible|insoportable)', 'el peor dolor de cabeza', 'mal de tete (?:soudain|violent|atroce)', 'le pire mal de tete', 'mal di testa (?:improvviso|fortissimo|atroce)', 'dor de cabeca (?:subita|repentina|fortissima)', 'durere de cap (?:brusca|puternica)', 'plötzliche kopfschmerz', 'stärksten kopfschmerzen', 'heftige kopfschmerzen', 'plotselinge hoofdpijn', 'ergste hoofdpijn', 'plötslig huvudvärk', 'pludselig hovedpine', 'plutselig hodepine', 'äkillinen päänsärky', 'hirveä päänsärky', 'hirtelen fejfájás', 'iszonyú fejfájás', 'staigus galvos skausm', 'baisiai skauda galvą', 'pēkšņas galvassāpes', 'nagły ból głowy', 'najgorszy ból głowy', 'náhlá bolest hlavy', 'náhla bolesť hlavy', 'iznenadna glavobolja', 'jaka glavobolja', 'dhimbje koke e papritur', 'ani baş ağrısı', 'şiddetli baş ağrısı', 'ξαφνικός πονοκέφαλος', 'φρικτός πονοκέφαλος', 'внезапная головная боль', 'сильнейшая головная боль', 'раптовий головний біль', 'внезапно главоболие'),
  stem('صداع شديد', 'صداع مفاجئ', 'اسوأ صداع', 'أسوأ صداع', 'سردرد شدید', 'سردرد ناگهانی', 'شدید سر درد', 'כאב ראש פתאומי', 'כאב ראש חזק', 'अचानक तेज सिरदर्द', 'बहुत तेज सिरदर्द', 'হঠাৎ প্রচণ্ড মাথাব্যথা', 'திடீர் தலைவலி', 'kichwa kinauma ghafla', 'maumivu makali ya kichwa', 'sakit kepala (?:hebat|mendadak|tiba tiba)', 'biglang sumakit ang ulo', 'dau dau du doi', 'dau dau dot ngot'),
  inside('突然剧烈头痛', '突然頭痛', '剧烈头痛', '劇烈頭痛', '突然の激しい頭痛', '激しい頭痛', 'ปวดหัวรุนแรง', '갑자기 심한 두통', '극심한 두통')
)
/** A stiff neck. */
const STIFF_NECK = factored(
  stem('cuello rigido', 'rigidez (?:en el|de) cuello', 'nuque raide', 'raideur (?:de la|dans la) nuque', 'collo rigido', 'rigidita (?:al|del) collo', 'pescoco (?:rigido|duro)', 'rigidez (?:no|de) pescoco', 'gat intepenit', 'ceafa intepenita', 'steifer nacken', 'nackensteif', 'stijve nek', 'stel nacke', 'stiv nakke', 'niska jäykkä', 'jäykkä niska', 'merev a nyakam', 'tarkómerevség', 'sustingęs kaklas', 'stīvs kakls', 'sztywny kark', 'sztywność karku', 'ztuhlý krk', 'stuhnutý krk', 'ukočen vrat', 'ukočenost vrata', 'qafa e ngurtë', 'ensemi kaskatı', 'boyun sertliği', 'boynum kaskatı', 'δυσκαμψία (?:στον|του) αυχένα', 'ψιστός αυχένας', 'скованность шеи', 'затылок (?:онемел|одеревенел)', 'не могу наклонить голову', 'ригидность', 'шия (?:задерев|затерп)', 'скована шия', 'схванат врат'),
  stem('رقبتي متيبسة', 'ورقبتي متيبسة', 'رقبتي متصلبة', 'ورقبتي متصلبة', 'وتيبس في الرقبة', 'تيبس في الرقبة', 'تيبس الرقبة', 'رقبتي متصلبة', 'گردنم خشک', 'سفتی گردن', 'گردن میں اکڑاؤ', 'צוואר נוקשה', 'נוקשות בצוואר', 'गर्दन अकड़', 'गर्दन में अकड़न', 'ঘাড় শক্ত', 'கழுத்து விறைப்பு', 'shingo ngumu', 'shingo imekakamaa', 'naninigas ang leeg', 'leher kaku', 'cung co', 'cứng gáy'),
  inside('脖子僵硬', '脖子發硬', '脖子发硬', '颈部僵硬', '頸部僵硬', '首が硬', '首が固', 'คอแข็ง', '목이 뻣뻣')
)

/** A snake or viper. */
const SNAKE = factored(
  stem('serpiente', 'vibora', 'culebra', 'serpent', 'vipere', 'serpente', 'vipera', 'cobra', 'sarpe', 'vipera', 'schlange', 'kreuzotter', 'viper', 'adder', 'hoggorm', 'huggorm', 'kyy', 'käärme', 'madu', 'rästik', 'kígyó', 'vipera', 'gyvat', 'angis', 'čūsk', 'odze', 'wąż', 'węż', 'żmij', 'zmij', 'zmija', 'poskok', 'gjarpër', 'nepërk', 'yılan', 'engerek', 'suge', 'φίδι', 'οχιά', 'змея', 'змей', 'гадюк', 'змія', 'змію', 'змиј', 'усойниц', 'nyoka', 'inyoka', 'ahas', 'ular'), word('con ran', 'ran doc', 'bi ran'),
  stem('ثعبان', 'أفعى', 'افعى', 'حية', 'مار', 'افعی', 'سانپ', 'נחש', 'צפע', 'साँप', 'सांप', 'saanp', 'sanp', 'সাপ', 'பாம்பு', 'გველ', 'օձ', 'እባብ'),
  inside('蛇', '毒蛇', '蝮', 'マムシ', 'まむし', 'ハブ', 'งู', '뱀', '독사')
)
/** Bitten, and swelling or dizziness after it. */
const BITE_SWELLING = factored(
  stem('hincha', 'inchad', 'inflamad', 'mareado', 'mareada', 'enfle', 'gonfle', 'vertige', 'gonfi', 'vertigin', 'gira la testa', 'girame', 'incha', 'tontura', 'umfla', 'ameteal', 'schwill', 'geschwollen', 'schwindel', 'zwelt', 'gezwollen', 'duizelig', 'svull', 'hoven', 'hævet', 'svimmel', 'turpo', 'huimaa', 'paistes', 'pearinglus', 'dagad', 'szédül', 'tinsta', 'sutin', 'svaigsta', 'svaigst', 'pietūk', 'reibst', 'puchnie', 'spuch', 'zawroty', 'oteklá', 'otéká', 'opuch', 'točí se mi hlava', 'točí sa mi hlava', 'otiče', 'oteče', 'oteklo', 'vrti mi se', 'ënjt', 'marramend', 'şiş', 'başım dönüyor', 'zorabi', 'πρήζ', 'πρησμ', 'ζαλίζ', 'опух', 'отек', 'отёк', 'кружится голова', 'набряк', 'паморочит', 'подут', 'вие ми се свят'),
  stem('kuvimba', 'imevimba', 'kizunguzungu', 'ivuvukala', 'kuvuvukala', 'isiyezi', 'namamaga', 'nahihilo', 'bengkak', 'membengkak', 'pusing', 'bi sung', 'sung len', 'chong mat', 'تورم', 'متورم', 'دوخة', 'دائخ', 'ورم', 'متورم', 'سرگیجه', 'سوج', 'چکر', 'נפוח', 'התנפח', 'סחרחורת', 'सूज', 'चक्कर', 'ফুলে', 'মাথা ঘুর', 'வீங்க', 'தலைசுற்ற', 'შეშუპ', 'თავბრუ', 'ուռչ', 'գլուխս պտտվ', 'አብጧል', 'ማዞር'),
  inside('肿', '腫', '头晕', '頭暈', 'めまい', '腫れ', 'บวม', 'เวียนหัว', '부어', '붓', '어지러')
)
/** Bitten. */
const BITTEN = factored(
  stem('mordi', 'pico', 'picad', 'mord', 'morso', 'morsicat', 'muscat', 'mușcat', 'gebissen', 'biss', 'gebeten', 'gebeet', 'bitt', 'bidt', 'puri', 'purema', 'hammustanud', 'megmar', 'mart', 'įkand', 'įgėl', 'iekoda', 'ugryz', 'ukąsi', 'ukąsz', 'uštk', 'kousl', 'uhryz', 'ugriz', 'pickaf', 'kafshoi', 'ısırdı', 'sokmuş', 'soktu', 'hozka', 'δάγκω', 'τσίμπη', 'укусил', 'укус', 'вкусил', 'ухапа', 'ameniuma', 'kuumwa', 'ilumile', 'ingilume', 'kinagat', 'tinuklaw', 'digigit', 'dipatuk', 'patuk', 'can toi', 'can vao', 'عض', 'لدغ', 'لدغت', 'نیش', 'گزید', 'کاٹ', 'ڈس', 'הכיש', 'נשך', 'काट', 'डस', 'কামড়', 'ছোবল', 'கடித்த', 'კბენ', 'უკბინ', 'կծել', 'ነደፈ', 'ነከሰ'),
  inside('咬', '噛', '咬ま', 'かまれ', 'กัด', '물렸', '물려')
)

/** A fall from a height, just now. */
const FELL = factored(
  stem('me cai', 'me he caido', 'cai de', 'cai do', 'je suis tombe', 'sono cadut', 'am cazut', 'ich bin gestürzt', 'ich bin (?:von|vom) .{0,20} gefallen', 'ik ben gevallen', 'ek het geval', 'jag föll', 'jeg faldt', 'jeg falt', 'kaaduin', 'putosin', 'kukkusin', 'leestem', 'lezuhantam', 'nukritau', 'nokritu', 'spadłem', 'spadłam', 'upadłem', 'upadłam', 'spadl jsem', 'spadla jsem', 'spadol som', 'spadla som', 'pao sam', 'pala sam', 'padel sem', 'rashë', 'düştüm', 'erori naiz', 'έπεσα', 'упал', 'упала', 'впав', 'впала', 'паднах', 'nilianguka', 'ngiwile', 'nahulog ako', 'bumagsak ako', 'saya jatuh', 'aku jatuh', 'toi bi nga', 'toi nga', 'سقطت', 'وقعت', 'افتادم', 'گر گیا', 'گر گئی', 'נפלתי', 'गिर गया', 'गिर गई', 'পড়ে গেছি', 'পড়ে গেলাম', 'விழுந்தேன்', 'ჩამოვვარდი', 'დავეცი', 'ընկա', 'ወደቅኩ', 'ወደቅሁ'),
  inside('摔下', '摔了', '掉下来', '跌下', '落ちた', '転落', 'ตก', '떨어졌', '넘어졌')
)
/** Legs that cannot be felt or moved (the writer's own). */
const CANT_FEEL_LEGS = factored(
  stem('no siento las piernas', 'no puedo mover las piernas', 'nao sinto as pernas', 'nao consigo mexer as pernas', 'je ne sens plus mes jambes', 'je ne sens pas mes jambes', 'non sento le gambe', 'non riesco a muovere le gambe', 'nu (?:imi )?simt picioarele', 'ich spüre meine beine nicht', 'ich kann meine beine nicht bewegen', 'ik voel mijn benen niet', 'ek voel nie my bene nie', 'jag känner inte mina ben', 'jeg kan ikke mærke mine ben', 'jeg kjenner ikke beina', 'en tunne jalkojani', 'ma ei tunne oma jalgu', 'nem érzem a lába', 'nem tudom mozgatni a lába', 'nejaučiu kojų', 'negaliu pajudinti kojų', 'nejūtu kājas', 'nie czuję nóg', 'nie mogę ruszyć nogami', 'necítím nohy', 'necítim nohy', 'ne osjećam noge', 'ne osećam noge', 'ne čutim nog', 'nuk i ndiej këmbët', 'bacaklarımı hissetmiyorum', 'ez ditut hankak sentitzen', 'δεν νιώθω τα πόδια μου', 'не чувствую ног', 'не чувствую ноги', 'не відчуваю ніг', 'не усещам краката'),
  stem('sisikii miguu', 'angizizwa imilenze', 'hindi ko maramdaman ang (?:aking )?(?:mga )?binti', 'tidak bisa merasakan kaki', 'kaki saya mati rasa', 'khong cam thay chan', 'لا أشعر بساقي', 'لا اشعر بساقي', 'لا أحس برجلي', 'پاهایم را حس نمی', 'پاهام رو حس نمی', 'ٹانگیں محسوس نہیں', 'אני לא מרגיש את הרגליים', 'אני לא מרגישה את הרגליים', 'पैर महसूस नहीं', 'টের পাচ্ছি না', 'கால்கள் உணர்வு இல்லை', 'ფეხებს ვერ ვგრძნობ', 'ոտքերս չեմ զգում', 'እግሬን አይሰማኝም'),
  inside('感觉不到腿', '感覺不到腿', '腿没有知觉', '腿沒有知覺', '足の感覚がない', '足が動かない', 'ขาไม่มีความรู้สึก', '다리에 감각이 없', '다리를 움직일 수 없')
)

/** Face drooping or one side numb, and slurred speech, in a phrase with the side of the face. */
const FACE_DROOP = factored(
  stem('un lado de la cara', 'la mitad de la cara', 'un cote du visage', 'la moitie du visage', 'un lato della faccia', 'meta (?:della )?faccia', 'um lado do rosto', 'metade do rosto', 'o parte a fetei', 'eine seite (?:meines |vom )?gesicht', 'gesichtshälfte', 'gsichtshälfti', 'een kant van mijn gezicht', 'ena sidan av ansiktet', 'ene side af ansigtet', 'toinen puoli kasvoista', 'kasvojen toinen puoli', 'az arcom egyik', 'veido pusė', 'viena sejas puse', 'połowa twarzy', 'jedna strana obličeje', 'jedna strana tváre', 'jedna strana lica', 'njëra anë e fytyrës', 'yüzümün bir tarafı', 'η μία πλευρά του προσώπου', 'половина лица', 'одна сторона лица', 'половина обличчя', 'половината от лицето'),
  stem('upande mmoja wa uso', 'isinye uhlangothi lobuso', 'isang bahagi ng mukha', 'sebelah wajah', 'separuh muka', 'mot ben mat', 'نصف وجهي', 'جانب من وجهي', 'نیمی از صورتم', 'آدھا چہرہ', 'צד אחד של הפנים', 'चेहरे का एक तरफ', 'आधा चेहरा', 'মুখের এক পাশ', 'முகத்தின் ஒரு பக்கம்', 'სახის ერთი მხარე', 'դեմքիս մի կողմը', 'የፊቴ አንድ ጎን'),
  inside('半边脸', '半邊臉', '顔の片側', '顔半分', 'หน้าซีกหนึ่ง', '얼굴 한쪽')
)
/** Drooping, numb or paralysed (with a side of the face). */
const DROOPING = factored(
  stem('caid', 'cae', 'dormid', 'paraliz', 'entumecid', 'tombe', 'tombant', 'engourd', 'cadent', 'cade', 'storta', 'intorpidit', 'caindo', 'dormente', 'cazut', 'amortit', 'hängt', 'hangt', 'hanget', 'gelähmt', 'taub', 'hangt', 'verlamd', 'hänger', 'domnat', 'hænger', 'følelsesløs', 'roikku', 'tunnoton', 'lóg', 'lefitty', 'zsibbad', 'nusviro', 'nutirp', 'nokārās', 'notirpa', 'opad', 'opadł', 'zdrętwia', 'pokles', 'necitliv', 'ovisi', 'obješen', 'utrnul', 'varur', 'mpiza', 'sark', 'uyuş', 'κρέμεται', 'μουδιά', 'обвис', 'онемел', 'немеет', 'онімі', 'провис', 'увисна', 'изтръпн'),
  stem('imelegea', 'imekufa ganzi', 'iyalenga', 'ayizwa', 'lumalaylay', 'namamanhid', 'turun', 'mati rasa', 'kebas', 'xe xuong', 'te liet', 'bi te', 'مائل', 'متدلي', 'خدر', 'افتاده', 'بی حس', 'لٹک', 'سن ہو', 'צנח', 'נפול', 'רדום', 'לטק', 'झुक', 'लटक', 'सुन्न', 'ঝুলে', 'অবশ', 'தொங்க', 'மரத்து', 'ჩამოწ', 'დაბუჟ', 'կախ', 'թմր', 'ተንጠለጠለ', 'ደነዘዘ'),
  inside('下垂', '麻木', '歪', '垂れ', 'しびれ', '痺れ', 'ตก', 'ชา', '처졌', '처져', '마비', '저려')
)

/** Slurred speech (own), per language. */
const SLURRED = factored(
  word('hablo arrastrando las palabras', 'no puedo hablar bien', 'je n arrive plus a parler', 'parlo impastato', 'falo enrolado', 'ich lalle', 'ich kann nicht (?:mehr )?richtig sprechen', 'ik praat met dubbele tong', 'nem tudok rendesen beszélni', 'negaliu aiškiai kalbėti', 'bełkoczę', 'nemůžu mluvit', 'не могу нормально говорить', 'язык заплетается', 'dilim dolanıyor', 'konuşamıyorum düzgün'),
  stem('lisani mzito', 'hindi ako makapagsalita nang maayos', 'bicara saya pelo', 'toi noi ngong', 'لساني ثقيل', 'زبانم سنگین', 'זבנ', 'जुबान लड़खड़ा', '말이 어눌'),
  inside('说话含糊', '說話含糊', 'ろれつが回らない', 'พูดไม่ชัด')
)

/**
 * What is over or is no event: the past (years ago, last year, in 1998, when I was a child, died, funeral),
 * the resolved (fine now, came round, in hospital now), study (a first-aid course, an exam, signs and
 * symptoms, "what to do if"), a dream, a film or a book, laughter, and pets.
 */
const NOT_NOW = factored(
  // A year, a season gone, brought back, stopped, a child's age now; pets
  `${START}(?:19|20)\\d\\d${END}`,
  word('el invierno pasado', 'el verano pasado', 'l hiver dernier', 'l ete dernier', 'lo scorso inverno', 'l inverno scorso', 'la scorsa estate', 'inverno passado', 'verao passado', 'letzten winter', 'letzten sommer', 'vorige winter', 'vorige zomer', 'i vintras', 'i somras', 'sidste vinter', 'i fjor vinter', 'viime talvena', 'viime kesana', 'mult telen', 'tavaly nyaron', 'praejusia ziema', 'praejusia vasara', 'pagajusaja ziema', 'zeszlej zimy', 'zeszłej zimy', 'zeszlego lata', 'zeszłego lata', 'minulou zimu', 'minulu zimu', 'minule leto', 'minulé léto', 'prosle zime', 'prošle zime', 'iarna trecuta', 'vara trecuta', 'gecen kis', 'geçen kış', 'gecen yaz', 'geçen yaz', 'περσινο χειμωνα', 'прошлой зимой', 'прошлым летом', 'минулої зими', 'миналата зима', 'миналото лято',
    'au resuscitat', 'l au resuscitat', 'o au resuscitat', 'ho ozivili', 'ho oživili', 'ju ozivili', 'ho ozivili', 'ho oživili', 'atgaivino', 'го съживи', 'я съживи', 'l ha rianimato', 'l hanno rianimato', 'lo reanimaron', 'la reanimaron', 'o reanimaram', 'a reanimaram', 'l ont reanime', 'l ont reanimee', 'wurde reanimiert', 'его откачали', 'его реанимировали', 'ее откачали', 'ее реанимировали',
    'quando tinha', 'hoje tem', 'hoy tiene', 'sudah berhenti', 'sudah reda', 'se ha detenido', 'ya paro', 'ya se le paso', 's est arrete', 's est arretee', 'hat aufgehort', 'si e fermat[oa]', 'e passat[oa]', 'ja passou', 'parou', 'прекратились', 'прекратился', 'закончились',
    'el gato', 'el perro', 'mi perro', 'le chat', 'le chien', 'il gatto', 'il cane', 'o gato', 'o cachorro', 'die katze', 'der hund', 'de kat', 'de hond', 'katten', 'hunden', 'kissa', 'koira', 'a macska', 'a kutya', 'pies', 'kot', 'кошка', 'кот', 'собака', 'пес', 'пёс', 'kedi', 'köpek', 'kucing', 'anjing', 'pusa', 'aso', 'con meo', 'con cho', 'القطة', 'الكلب', 'گربه', 'سگ', 'בלי', 'החתול', 'הכלב', 'बिल्ली', 'कुत्ता', 'বিড়াল', 'কুকুর', 'பூனை', 'நாய்', 'კატა', 'ძაღლი', 'կատու', 'շուն', 'ድመት', 'ውሻ', 'কাল', 'کل', 'آج کھیل', 'আজ খেলছে', 'ڈاکٹر نے دیکھ', 'ডাক্তার দেখেছেন'),
  inside('金鱼', '金魚', '小狗', '小猫', '我的狗', '我的猫', '猫が', '犬が', '金魚が', 'แมว', 'หมา', '停了', '救护人员检查过', '止まった', 'หยุดแล้ว'), stem('강아지', '고양이', '멈췄'),
  // Yesterday, last week, last month; and told as over: fine now, home again, checked by a doctor
  word('ayer', 'anoche', 'la semana pasada', 'el mes pasado', 'hier', 'la semaine derniere', 'le mois dernier', 'ieri', 'la settimana scorsa', 'il mese scorso', 'ontem', 'semana passada', 'mes passado', 'gestern', 'letzte woche', 'letzten monat', 'gisteren', 'vorige week', 'gister', 'igar', 'i gar', 'forra veckan', 'i sidste uge', 'forrige uke', 'eilen', 'viime viikolla', 'eile', 'eelmisel nadalal', 'tegnap', 'mult heten', 'vakar', 'praejusia savaite', 'pagajusaja nedela', 'wczoraj', 'w zeszlym tygodniu', 'w zeszłym tygodniu', 'vcera', 'včera', 'minuly tyden', 'minuly tyzden', 'jucer', 'jučer', 'juce', 'juče', 'prosli tjedan', 'prošli tjedan', 'prosle nedelje', 'prošle nedelje', 'dje', 'dun', 'dün', 'gecen hafta', 'geçen hafta', 'atzo', 'ieri', 'saptamana trecuta', 'javen e kaluar', 'χθες', 'την περασμενη εβδομαδα', 'вчера', 'на прошлой неделе', 'в прошлом месяце', 'учора', 'вчора', 'минулого тижня', 'миналата седмица', 'jana', 'wiki iliyopita', 'izolo', 'evikini eledlule', 'kahapon', 'noong nakaraang linggo', 'kemarin', 'kemaren', 'semalam', 'minggu lalu', 'minggu lepas', 'bulan lalu', 'hom qua', 'tuan truoc', 'thang truoc'),
  stem('امس', 'البارحة', 'الأسبوع الماضي', 'الاسبوع الماضي', 'الشهر الماضي', 'دیروز', 'هفته پیش', 'هفته گذشته', 'ماه پیش', 'پچھلے ہفتے', 'پچھلے مہینے', 'אתמול', 'בשבוע שעבר', 'בחודש שעבר', 'कल रात', 'पिछले हफ्ते', 'पिछले हफ़्ते', 'पिछले महीने', 'गतकाल', 'গতকাল', 'গত সপ্তাহে', 'நேற்று', 'கடந்த வாரம்', 'გუშინ', 'გასულ კვირას', 'երեկ', 'անցյալ շաբաթ', 'ትናንት', 'ባለፈው ሳምንት', 'kal raat', 'pichle hafte'), word('कल', 'kal'),
  inside('昨天', '昨晚', '上周', '上週', '上个月', '上個月', '昨日', '昨夜', '先週', '先月', 'เมื่อวาน', 'สัปดาห์ที่แล้ว', 'อาทิตย์ที่แล้ว', 'เดือนที่แล้ว'), stem('어제', '지난주', '지난달'),
  word('ya esta en casa', 'ya esta bien', 'el medico dijo', 'el medico dice', 'est rentre', 'est rentree', 'le medecin a dit', 'e tornat[oa] a casa', 'il medico ha detto', 'ja esta em casa', 'ja ta em casa', 'o medico disse', 'era so', 'der arzt sagte', 'der arzt meinte', 'ist wieder zu hause', 'de dokter zei', 'weer thuis', 'lakaren sa', 'legen sa', 'laegen sagde', 'laakari sanoi', 'orvos szerint', 'az orvos azt mondta', 'gydytojas sake', 'arsts teica', 'lekarz powiedzial', 'lekarz powiedział', 'w szpitalu powiedzieli', 'juz jest w domu', 'już jest w domu', 'lekar rekl', 'lekar povedal', 'doktor je rekao', 'doktor rekao', 'doktor dedi', 'doktor söyledi', 'mjeku tha', 'o γιατρος ειπε', 'врач сказал', 'лікар сказав', 'лекарят каза', 'daktari alisema', 'udokotela uthe', 'sabi ng doktor', 'kata dokter', 'kata doktor', 'sudah sehat', 'sudah sembuh', 'sudah baik', 'sekarang baik', 'sekarang sudah', 'sudah diperiksa', 'sudah dibawa', 'bac si noi', 'da on', 'da on roi', 'khong sao', 'da kham'),
  stem('الطبيب قال', 'قال الطبيب', 'دکتر گفت', 'ڈاکٹر نے کہا', 'اب وہ ٹھیک', 'اب ٹھیک', 'הרופא אמר', 'בבית החולים', 'והכול תקין', 'והכל תקין', 'डॉक्टर ने कहा', 'अब वो ठीक', 'अब वह ठीक', 'ठीक हैं', 'ডাক্তার বলেছেন', 'இப்போது நலம்', 'ექიმმა თქვა', 'բժիշկն ասաց', 'ሐኪሙ'),
  inside('现在已经', '現在已經', '已经没事', '已經沒事', '没事了', '沒事了', '回家了', '医院检查', '醫院檢查', '今は元気', '元気です', '退院', '病院で診', 'ไม่เป็นไรแล้ว', 'ปลอดภัยแล้ว', 'ปลอดภัยดี', 'หมอบอก', 'พาไปโรงพยาบาลแล้ว'), stem('의사가 말', '지금은 괜찮', '퇴원'),
  // Study and the hypothetical: a student's question, the difference between, a teacher's "if a pupil…"
  word('estudiante de', 'estudante de', 'diferencia entre', 'diferenca entre', 'difference entre', 'differenza tra', 'unterschied zwischen', 'verschil tussen', 'roznica miedzy', 'różnica między', 'rozdil mezi', 'rozdiel medzi', 'razlika izmedu', 'razlika između', 'farki nedir', 'farkı nedir', 'разница между', 'різниця між', 'perbedaan antara', 'su khac nhau', 'الفرق بين', 'फर्क क्या', 'अंतर क्या'), inside('ถ้า', '区别', '區別', '違い', '차이'),
  // Romance
  word('hace (?:\\w+ )?anos', 'el ano pasado', 'cuando (?:era|tenia)', 'de nino', 'de nina', 'murio', 'fallecio', 'funeral', 'entierro', 'ya esta bien', 'esta bien ahora', 'se recupero', 'volvio en si', 'curso de primeros auxilios', 'primeros auxilios', 'sintomas de', 'senales de', 'que hacer si', 'que hay que hacer', 'examen', 'sone', 'sueno', 'pelicula', 'novela', 'de risa', 'me muero de risa', 'mi perro', 'mi gato'),
  word('il y a (?:\\w+ )?ans', 'l annee derniere', 'quand j etais', 'quand j etais enfant', 'est mort', 'est morte', 'deces', 'enterrement', 'obseques', 'va bien maintenant', 'va mieux', 'a repris connaissance', 'premiers secours', 'secourisme', 'symptomes', 'signes d', 'que faire si', 'examen', 'reve', 'film', 'roman', 'de rire', 'mon chien', 'mon chat'),
  word('anni fa', 'l anno scorso', 'quando ero', 'da bambin[oa]', 'e mort[oa]', 'funerale', 'sta bene ora', 'ora sta bene', 'si e ripres[oa]', 'primo soccorso', 'sintomi', 'segni di', 'cosa fare se', 'esame', 'sogno', 'sognato', 'dal ridere', 'il mio cane', 'il mio gatto'),
  word('anos atras', 'ha (?:\\w+ )?anos', 'ano passado', 'quando eu era', 'morreu', 'faleceu', 'enterro', 'velorio', 'ja esta bem', 'esta bem agora', 'se recuperou', 'primeiros socorros', 'sintomas', 'sinais de', 'o que fazer se', 'prova', 'sonhei', 'de rir', 'meu cachorro', 'minha cadela', 'meu gato'),
  word('fa anys', 'l any passat', 'va morir', 'primers auxilis', 'simptomes', 'ani in urma', 'anul trecut', 'cand eram', 'a murit', 'inmormantare', 'e bine acum', 'si a revenit', 'prim ajutor', 'simptome', 'semne de', 'ce faci daca', 'am visat', 'de ras', 'cainele meu', 'pisica mea'),
  // Germanic, Nordic
  word('vor (?:\\w+ )?jahren', 'letztes jahr', 'als ich (?:klein|kind)', 'gestorben', 'verstorben', 'beerdigung', 'geht es (?:ihm|ihr) (?:wieder )?gut', 'wieder gut', 'wieder zu sich', 'erste hilfe', 'erste hilfe kurs', 'symptome', 'anzeichen', 'was tun wenn', 'was macht man wenn', 'prufung', 'getraumt', 'traum', 'vor lachen', 'mein hund', 'meine katze', 'unser hund'),
  word('jaar geleden', 'vorig jaar', 'toen ik klein', 'overleden', 'begrafenis', 'gaat weer goed', 'weer bij bewustzijn', 'eerste hulp', 'ehbo', 'symptomen', 'wat te doen als', 'gedroomd', 'droom', 'van het lachen', 'mijn hond', 'mijn kat', 'jaar gelede', 'verlede jaar', 'noodhulp', 'simptome'),
  word('ar sedan', 'for (?:\\w+ )?ar sedan', 'forra aret', 'dog', 'begravning', 'mar bra nu', 'forsta hjalpen', 'symtom', 'drommen', 'ar siden', 'for (?:\\w+ )?ar siden', 'sidste ar', 'i fjor', 'dode', 'døde', 'døde', 'begravelse', 'har det godt nu', 'forstehjelp', 'førstehjelp', 'førstehjælp', 'forstehjalp', 'symptomer', 'min hund', 'min katt', 'min kat'),
  word('éve'), stem('vuotta sitten', 'viime vuonna', 'kun olin lapsi', 'kuoli', 'hautajai', 'voi nyt hyvin', 'ensiapu', 'oireet', 'oireita', 'unessa', 'näin unta', 'nauru', 'koirani', 'kissani', 'aastat tagasi', 'eelmisel aastal', 'suri', 'matused', 'esmaabi', 'sümptom', 'unes', 'naer', 'tavaly', 'gyerekkorom', 'meghalt', 'temetés', 'már jól van', 'magához tért', 'elsősegély', 'tünet', 'évvel ezelőtt', 'évekkel ezelőtt', 'álmom', 'álmodtam', 'nevetés', 'kutyám', 'macskám'),
  // Baltic, Slavic
  stem('prieš (?:\\w+ )?metus', 'pernai', 'kai buvau vaikas', 'mirė', 'laidotuv', 'jau gerai', 'atsigavo', 'pirmoji pagalba', 'pirmosios pagalbos', 'simptom', 'sapn', 'juok', 'mano šuo', 'mano katė', 'pirms (?:\\w+ )?gadiem', 'pagājušajā gadā', 'nomira', 'bēres', 'jau ir labi', 'pirmā palīdzība', 'pirmās palīdzības', 'simptom', 'sapņ', 'smiekl', 'mans suns', 'mans kaķis'),
  stem('lat temu', 'w zeszłym roku', 'w zeszlym roku', 'gdy byłem dzieckiem', 'jako dziecko', 'zmarł', 'zmarła', 'pogrzeb', 'już (?:mu|jej) lepiej', 'już dobrze', 'doszedł do siebie', 'doszła do siebie', 'pierwsza pomoc', 'pierwszej pomocy', 'objaw', 'śniło', 'ze śmiechu', 'mój pies', 'mój kot'),
  stem('před (?:\\w+ )?lety', 'pred (?:\\w+ )?rokmi', 'loni', 'minulý rok', 'když jsem byl', 'keď som bol', 'zemřel', 'zemřela', 'zomrel', 'zomrela', 'pohřeb', 'pohreb', 'už je v pořádku', 'už je v poriadku', 'první pomoc', 'první pomoci', 'prvá pomoc', 'prvej pomoci', 'příznak', 'príznak', 'zdálo', 'snívalo', 'smíchy', 'smiechu', 'můj pes', 'môj pes', 'kočka', 'mačka',
    'prije (?:\\w+ )?godina', 'pre (?:\\w+ )?godina', 'prošle godine', 'kad sam bio', 'umro', 'umrla', 'sahrana', 'pogreb', 'sada je dobro', 'došao k sebi', 'prva pomoć', 'prve pomoći', 'simptom', 'sanjao', 'sanjala', 'od smijeha', 'od smeha', 'moj pas', 'moja mačka', 'pred leti', 'lani', 'umrl', 'prva pomoč'),
  // Albanian, Turkish, Basque, Greek
  stem('vite më parë', 'vitin e kaluar', 'kur isha fëmijë', 'vdiq', 'varrim', 'tani është mirë', 'ndihma e parë', 'ndihmë e parë', 'simptom', 'ëndërr', 'nga të qeshurit', 'qeni im', 'macja ime',
    'yıl önce', 'geçen yıl', 'geçen sene', 'çocukken', 'öldü', 'vefat', 'cenaze', 'şimdi iyi', 'artık iyi', 'kendine geldi', 'ilk yardım', 'belirti', 'rüya', 'gülmekten', 'köpeğim', 'kedim',
    'urte lehenago', 'iaz', 'hil zen', 'lehen laguntza', 'sintoma', 'amets',
    'χρόνια πριν', 'πριν από χρόνια', 'πέρσι', 'όταν ήμουν παιδί', 'πέθανε', 'κηδεία', 'είναι καλά τώρα', 'συνήλθε', 'πρώτες βοήθειες', 'συμπτώματα', 'ονειρ', 'από τα γέλια', 'ο σκύλος μου', 'η γάτα μου'),
  // Cyrillic
  stem('лет назад', 'года назад', 'год назад', 'в прошлом году', 'в детстве', 'когда я был', 'когда я была', 'умер', 'умерла', 'похорон', 'поминк', 'уже в порядке', 'уже лучше', 'пришел в себя', 'пришла в себя', 'первая помощь', 'первой помощи', 'симптом', 'признаки', 'что делать если', 'снилось', 'приснил', 'во сне', 'от смеха', 'моя собака', 'мой пес', 'мой кот', 'моя кошка',
    'років тому', 'минулого року', 'у дитинстві', 'помер', 'померла', 'похорон', 'вже добре', 'прийшов до тями', 'прийшла до тями', 'перша допомога', 'першої допомоги', 'симптом', 'наснил', 'від сміху',
    'години назад', 'миналата година', 'почина', 'погребение', 'вече е добре', 'първа помощ', 'симптом', 'сънувах', 'от смях'),
  // Swahili, Zulu, Tagalog, Indonesian and Malay, Vietnamese
  stem('miaka iliyopita', 'mwaka jana', 'nilipokuwa mtoto', 'alifariki', 'amefariki', 'mazishi', 'sasa yuko sawa', 'huduma ya kwanza', 'dalili', 'ndoto', 'kucheka', 'mbwa wangu', 'paka wangu', 'eminyakeni edlule', 'ngonyaka odlule', 'washona', 'ushonile', 'umngcwabo', 'usephilile', 'usizo lokuqala', 'izimpawu', 'iphupho', 'inja yami', 'ikati lami',
    'taon na ang nakalipas', 'noong isang taon', 'noong bata ako', 'namatay', 'pumanaw', 'libing', 'okay na siya', 'ayos na siya', 'first aid', 'sintomas', 'panaginip', 'kakatawa', 'aso ko', 'pusa ko',
    'tahun lalu', 'tahun yang lalu', 'tahun lepas', 'waktu kecil', 'masa kecil', 'meninggal', 'wafat', 'pemakaman', 'pengebumian', 'sudah baikan', 'sudah sadar', 'sudah sedar', 'pertolongan pertama', 'gejala', 'tanda tanda', 'mimpi', 'ketawa', 'tertawa', 'anjing saya', 'kucing saya', 'kucingku', 'anjingku'),
  word('nam truoc', 'nam ngoai', 'hoi nho', 'da mat', 'qua doi', 'dam tang', 'da on', 'da tinh lai', 'so cuu', 'trieu chung', 'dau hieu', 'nam mo', 'giac mo', 'buon cuoi', 'cuoi ra nuoc mat', 'con cho', 'con meo'),
  // Arabic, Persian, Urdu, Hebrew
  stem('منذ سنوات', 'قبل سنوات', 'السنة الماضية', 'العام الماضي', 'عندما كنت طفل', 'توفي', 'توفيت', 'مات', 'ماتت', 'جنازة', 'عزاء', 'بخير الآن', 'بخير الان', 'صار بخير', 'استعاد وعيه', 'استعادت وعيها', 'الإسعافات الأولية', 'الاسعافات الاولية', 'اسعافات اولية', 'أعراض', 'اعراض', 'علامات', 'ماذا أفعل إذا', 'ماذا افعل اذا', 'حلم', 'من الضحك', 'كلبي', 'قطتي',
    'سال پیش', 'سال گذشته', 'پارسال', 'بچه بودم', 'فوت کرد', 'درگذشت', 'مراسم', 'حالش خوب', 'به هوش آمد', 'به هوش اومد', 'کمک های اولیه', 'کمکهای اولیه', 'علائم', 'خواب دیدم', 'از خنده', 'سگم', 'گربه ام',
    'سال پہلے', 'پچھلے سال', 'بچپن', 'انتقال', 'فوت ہو', 'جنازہ', 'اب ٹھیک', 'ہوش میں آ', 'ابتدائی طبی امداد', 'علامات', 'خواب', 'ہنسی', 'میرا کتا', 'میری بلی',
    'לפני שנים', 'לפני (?:\\S+ )?שנים', 'בשנה שעברה', 'כשהייתי ילד', 'כשהייתי ילדה', 'נפטר', 'נפטרה', 'הלוויה', 'בסדר עכשיו', 'התאושש', 'התאוששה', 'חזר להכרה', 'חזרה להכרה', 'עזרה ראשונה', 'תסמינים', 'סימנים של', 'חלמתי', 'מצחוק', 'הכלב שלי', 'החתול שלי'),
  // Indic, Dravidian, Georgian, Armenian, Amharic
  stem('साल पहले', 'पिछले साल', 'बचपन', 'गुज़र गए', 'गुजर गए', 'गुज़र गई', 'गुजर गई', 'मर गए', 'मर गई', 'अंतिम संस्कार', 'अब ठीक', 'होश आ गया', 'प्राथमिक चिकित्सा', 'फर्स्ट एड', 'लक्षण', 'सपना', 'सपने', 'हंसते हंसते', 'हँसते हँसते', 'मेरा कुत्ता', 'मेरी बिल्ली', 'saal pehle', 'pichle saal', 'ab theek', 'hoshe aa gaya', 'hosh aa gaya', 'sapna', 'hanste hanste',
    'বছর আগে', 'গত বছর', 'ছোটবেলা', 'মারা গেছে', 'মারা যান', 'এখন ভালো', 'জ্ঞান ফিরে', 'প্রাথমিক চিকিৎসা', 'লক্ষণ', 'স্বপ্ন', 'হাসতে হাসতে', 'আমার কুকুর', 'আমার বিড়াল',
    'ஆண்டுகளுக்கு முன்', 'கடந்த ஆண்டு', 'சிறுவயதில்', 'இறந்து', 'இறந்தார்', 'இப்போது நலமாக', 'முதலுதவி', 'அறிகுறி', 'கனவு', 'சிரித்து',
    'წლის წინ', 'შარშან', 'ბავშვობაში', 'გარდაიცვალა', 'დაკრძალვა', 'ახლა კარგად', 'გონს მოვიდა', 'პირველადი დახმარება', 'სიმპტომ', 'სიზმარ', 'სიცილით',
    'տարի առաջ', 'անցյալ տարի', 'մանկության', 'մահացավ', 'թաղում', 'հիմա լավ է', 'ուշքի եկավ', 'առաջին օգնություն', 'ախտանիշ', 'երազ', 'ծիծաղից',
    'ከዓመታት በፊት', 'ባለፈው ዓመት', 'በልጅነቴ', 'ሞተ', 'ሞተች', 'ቀብር', 'አሁን ደህና', 'የመጀመሪያ እርዳታ', 'ምልክቶች', 'ህልም', 'ከሳቅ'),
  // Chinese, Japanese, Thai, Korean
  inside('年前', '去年', '小时候', '小時候', '去世', '过世', '過世', '葬礼', '葬禮', '现在没事', '現在沒事', '已经好了', '已經好了', '醒过来了', '醒過來了', '急救课', '急救課', '急救培训', '症状', '症狀', '征兆', '梦见', '夢見', '做梦', '做夢', '笑死', '电影', '電影', '小说', '小說', '我的狗', '我的猫', '我家的狗', '我家的猫',
    '昔', '子供の頃', '亡くなっ', '葬式', 'もう大丈夫', '意識が戻', '救命講習', '応急手当', '症状', '夢', '笑いすぎ', '映画', '小説', '犬が', '猫が',
    'ปีที่แล้ว', 'ตอนเด็ก', 'เสียชีวิต', 'งานศพ', 'ตอนนี้ไม่เป็นไร', 'ฟื้นแล้ว', 'ปฐมพยาบาล', 'อาการของ', 'ฝัน', 'ขำ', 'หมาของ', 'แมวของ'),
  stem('년 전', '작년', '어렸을 때', '돌아가셨', '장례', '이제 괜찮', '깨어났', '응급처치', '응급 처치', '증상', '꿈', '웃겨', '우리 강아지', '우리 고양이')
)

/**
 * When a rule does not apply: the message has none of the rule's rarest part (a cheap pre-check that settles
 * most messages), or it says the emergency is over or no event ({@link NOT_NOW}). Two small expressions tried
 * one after the other, not one joined expression: joined, the two long classes make one expression too large
 * for the engine to compile to fast code (several times slower on every message).
 */
class NotNow extends RegExp {
  readonly #trigger: RegExp
  constructor(trigger: string) {
    super(NOT_NOW, 'u')
    this.#trigger = new RegExp(trigger, 'u')
  }

  override test(text: string): boolean {
    return !this.#trigger.test(text) || super.test(text)
  }
}
const unlessNow = (trigger: string): RegExp => new NotNow(trigger)
/** A rule whose exceptions are {@link NotNow}'s. */
const nowRule = (kind: SafetyRule['kind'], name: string, pattern: string, trigger: string): SafetyRule => withUnless(rule(kind, name, pattern, { negatable: false, acrossLanguages: true }), unlessNow(trigger))

/** The emergency rules in the languages users write in besides English (see the comment above). */
export const EMERGENCY_ACROSS_LANGUAGES: readonly SafetyRule[] = [
  nowRule('third_party_emergency', 'someone else in danger now (any language)', around(OTHER_STATE, PERSON, 90), OTHER_STATE),
  nowRule('medical_emergency', 'own body in danger now (any language)', OWN_STATE, OWN_STATE),
  nowRule('medical_emergency', 'own chest pain, spreading or alone (any language)', near(CHEST_PAIN, CHEST_SERIOUS, 60), CHEST_PAIN),
  nowRule('medical_emergency', 'own sudden headache with a stiff neck (any language)', near(HEADACHE, STIFF_NECK, 80), STIFF_NECK),
  nowRule('medical_emergency', 'own snake bite with swelling (any language)', `(?:${near(SNAKE, BITTEN, 40)})${CLAUSE}{0,80}(?:${BITE_SWELLING})|(?:${BITE_SWELLING})${CLAUSE}{0,60}(?:${near(SNAKE, BITTEN, 40)})`, SNAKE),
  nowRule('medical_emergency', 'own fall, legs numb (any language)', near(FELL, CANT_FEEL_LEGS, 80), CANT_FEEL_LEGS),
  nowRule('medical_emergency', 'own face drooping or speech slurred (any language)', `${near(FACE_DROOP, DROOPING, 30)}|${SLURRED}`, `${FACE_DROOP}|${SLURRED}`)
]
