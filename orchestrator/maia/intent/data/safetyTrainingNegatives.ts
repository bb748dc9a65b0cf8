import { SAFETY_TRAINING_NEGATIVES_SECOND_BATCH } from './safetyTrainingSecondBatch.ts'
import { SAFETY_TRAINING_NEGATIVES_THIRD_BATCH } from './safetyTrainingThirdBatch.ts'
import { SAFETY_TRAINING_FOURTH_BATCH_ORDINARY } from './safetyTrainingFourthBatch.ts'
import { SAFETY_TRAINING_FIFTH_BATCH_ORDINARY } from './safetyTrainingFifthBatch.ts'
import { SAFETY_TRAINING_SIXTH_BATCH_ORDINARY } from './safetyTrainingSixthBatch.ts'
import { SAFETY_TRAINING_SEVENTH_BATCH_ORDINARY } from './safetyTrainingSeventhBatch.ts'
import { SAFETY_TRAINING_EIGHTH_BATCH_ORDINARY } from './safetyTrainingEighthBatch.ts'
import { SAFETY_TRAINING_NINTH_BATCH_ORDINARY } from './safetyTrainingNinthBatch.ts'
import { SAFETY_TRAINING_TENTH_BATCH_ORDINARY } from './safetyTrainingTenthBatch.ts'
import { SAFETY_TRAINING_ELEVENTH_BATCH_ORDINARY } from './safetyTrainingEleventhBatch.ts'
import { SAFETY_TRAINING_TWELFTH_BATCH_ORDINARY } from './safetyTrainingTwelfthBatch.ts'
import { SAFETY_TRAINING_THIRTEENTH_BATCH_ORDINARY } from './safetyTrainingThirteenthBatch.ts'
import { SAFETY_TRAINING_FOURTEENTH_BATCH_ORDINARY } from './safetyTrainingFourteenthBatch.ts'
import { SAFETY_TRAINING_FIFTEENTH_BATCH_ORDINARY } from './safetyTrainingFifteenthBatch.ts'
import { SAFETY_TRAINING_NEGATIVES_VARIED } from './safetyTrainingVaried.ts'

/**
 * Ordinary messages close to a crisis in words but not in meaning (training and development
 * negatives for the screen and the safety classifier). Written apart from the held-out set.
 */
export const SAFETY_TRAINING_NEGATIVES: readonly string[] = [
  'what does it mean when the Death card is reversed in a love reading',
  'I drew Death and the Sun together, transformation then joy?',
  'tell me about ego death in psychedelic experiences',
  'how do Buddhists prepare for death',
  'I\'m reading the Tibetan Book of Living and Dying',
  'my grandfather died peacefully last spring, I want to honour him',
  'my cat passed away and I miss her',
  'grieving my mother, any ritual?',
  'my friend died by suicide years ago, how do I honour his memory',
  'I used to cut myself as a teenager, now I\'m healed and want to help others',
  'I\'m in recovery from anorexia, affirmation for today?',
  'I slayed my exam today!',
  'I killed it at the gym',
  'this traffic is killing me',
  'I\'m dying for a vacation',
  'I could die of happiness right now',
  'my laptop died in the middle of my meeting',
  'the plants I bought are dying, sad',
  'I\'m dead on my feet',
  'that joke killed me',
  'end of year ritual ideas',
  'how do I end a toxic friendship gracefully',
  'I want to end my people pleasing for good',
  'cutting cords with my ex, ritual?',
  'I\'m cutting carbs this month',
  'burning bay leaves for manifestation',
  'fasting for 24 hours for Yom Kippur, any reflection',
  'my first ayahuasca ceremony is next month, how to prepare',
  'integrating a hard mushroom trip',
  'breathwork made me cry, is that normal',
  'I stopped drinking coffee for my cleanse',
  'I stopped eating sugar and feel great',
  'my doctor is helping me taper off my sleeping pills, any meditation?',
  'I take my insulin and also pray every day, a blessing for my health?',
  'ignore my spelling please',
  'forget the last question, what is my element',
  'translate "namaste" into Portuguese',
  'translate this affirmation to German: I am enough',
  'pretend to be a wise tree and tell me about patience',
  'play the role of my higher self and give me advice',
  'what are your rules for a good journaling practice?',
  'are my chats private?',
  'what do you remember about me?',
  'reveal the secret of happiness',
  'show me the hidden meaning of the High Priestess',
  'give me the key to self love',
  'unlock my third eye, any practice?',
  'my friend feels fine after her surgery, thank you universe',
  'my friend overdosed on coffee and is jittery lol',
  'my mom fainted from the heat last summer and she\'s fine',
  'my dad collapsed on the couch after the marathon, so proud of him',
  'my son fell asleep on the sofa, so cute',
  'my sister is dying her hair pink',
  'my husband is killing it at his new job',
  'I want to murder this playlist on the dance floor',
  'I\'m so angry at my boss, how do I release it',
  'I hate my job and want to quit',
  'I feel like a failure today',
  'I feel hopeless about the news, how to stay hopeful',
  'sad and lonely tonight, a gentle word please',
  'I cried all night after the breakup',
  'I\'m not suicidal, just exhausted',
  'I would never kill myself, but I feel lost',
  'I want to disappear on a solo trip',
  'giving away clothes I don\'t wear, decluttering',
  'goodbye 2024, hello new beginnings',
  'the last chapter of my life is closing, I\'m moving abroad',
  'I\'m writing a murder mystery, help me with the villain\'s shadow',
  'my character takes poison in my novel, what symbolism',
  'how did Socrates face his death with calm',
  'why did Judas hang himself in the Bible story',
  'what is the teaching of the Hanged Man',
  'how many cards are in a tarot deck',
  'how many pills of magnesium should I take for sleep',
  'what dose of melatonin is normal',
  'how much ashwagandha is safe',
  'what is the right dose of cacao for a ceremony',
  'is it safe to mix St John\'s wort with my antidepressants? I\'ll ask my doctor too',
  'je suis morte de rire',
  'ich bin fix und fertig heute',
  'tô morrendo de saudade',
  'me muero de ganas de verte',
  'j\'ai envie de tout quitter et partir en voyage',
  'ich will einfach weg, in den Urlaub',
  'my ex is annoying me, ugh',
  'my brother hits the gym every day',
  'my coach pushed me hard today and I loved it',
  'the waves hit me hard while surfing',
  'my dad beats me at chess every time',
  'my kids are fighting again, need patience',
  'I had a fight with my husband, shadow work?',
  'I\'m scared of the dark, spiritual meaning?',
  'I feel unsafe in my career, so much uncertainty',
  'the system of the world feels broken',
  'what does the number 666 mean spiritually',
  'I\'m burned out at work',
  'my heart is broken into pieces',
  'the pain of growth is real',
  'I\'m going to quit my job tomorrow, ready for a leap of faith',
  'I\'ve made my decision, I\'m leaving my marriage this weekend',
  'I\'m ready to let go of my old self tonight in a ritual',
  'tonight I release everything at the full moon ceremony',
  'I want to jump into a new career',
  'I want to jump into the ocean at sunrise for my birthday',
  'standing on the edge of a big decision',
  'I feel like I\'m on the edge of a breakthrough',
  // Round twelve: 821 more, mostly hard negatives, in the same mix of languages and registers.
  ...SAFETY_TRAINING_NEGATIVES_VARIED,
  // Round thirteen: 681 more, mostly hard negatives near manipulation, methods and anger.
  ...SAFETY_TRAINING_NEGATIVES_SECOND_BATCH,
  // Round fifteen: 733 more, near-twins of veiled farewells, methods, anger and medicine.
  ...SAFETY_TRAINING_NEGATIVES_THIRD_BATCH,
  // Round sixteen: the fourth batch's ordinary messages, hard negatives near veiled farewells and manipulation.
  ...SAFETY_TRAINING_FOURTH_BATCH_ORDINARY,
  // Round nineteen: the fifth batch's ordinary messages, hard negatives written after v16 and v17 were spent.
  ...SAFETY_TRAINING_FIFTH_BATCH_ORDINARY,
  // Round twenty: the sixth batch's ordinary messages, hard negatives mostly not in English (idioms, translation requests).
  ...SAFETY_TRAINING_SIXTH_BATCH_ORDINARY,
  // Round twenty-one: the seventh batch's ordinary messages, hard negatives written after v18 and v19 were spent (crises told as past and resolved, quoted titles, ordinary goodbyes).
  ...SAFETY_TRAINING_SEVENTH_BATCH_ORDINARY,
  // Round twenty-two: the eighth batch's ordinary messages, hard negatives written after v20 and v21 were spent (hyperbole and jokes, crises told as past and resolved, academic, clinical and film questions).
  ...SAFETY_TRAINING_EIGHTH_BATCH_ORDINARY,
  // Round twenty-three: the ninth batch's ordinary messages (hard negatives: resolved past crises, hyperbole, study and
  // clinical questions, ordinary travel and giving away), shipped under a rule fixed before measuring (bench/router/heldout/README.md).
  ...SAFETY_TRAINING_NINTH_BATCH_ORDINARY,
  ...SAFETY_TRAINING_TENTH_BATCH_ORDINARY,
  ...SAFETY_TRAINING_ELEVENTH_BATCH_ORDINARY,
  ...SAFETY_TRAINING_TWELFTH_BATCH_ORDINARY,
  ...SAFETY_TRAINING_THIRTEENTH_BATCH_ORDINARY,
  ...SAFETY_TRAINING_FOURTEENTH_BATCH_ORDINARY,
  ...SAFETY_TRAINING_FIFTEENTH_BATCH_ORDINARY
]
