import type { LabelledExample } from '../../../../orchestrator/maia/intent/intents.ts'

/**
 * HELD OUT, sixth set: messages labelled with one of the six intents. Written after the fifth
 * round of changes and measured once (see ../README.md).
 */
const l = (intent: LabelledExample['intent'], texts: readonly string[]): LabelledExample[] => texts.map((text) => ({ text, intent }))

export const HELD_OUT_INTENTS_V6: readonly LabelledExample[] = [
  ...l('elemental_check_in', ['feeling fiery and bold today', 'a little flat this morning', 'calm and clear', 'me siento con energía', 'je suis un peu triste', 'ich bin müde heute', 'mi sento leggera']),
  ...l('simple_reflection', ['a short thought on kindness', 'what is compassion', 'a quote about new beginnings', 'an affirmation for courage', 'una frase para hoy', 'une citation sur la paix', 'ein Spruch für heute', 'un pensiero sulla gratitudine']),
  ...l('shadow_work', ['why do I always feel left out', 'why am I afraid of success', 'I feel I have to earn love', 'por qué me comparo tanto', 'warum bin ich so wütend', 'perché ho bisogno di approvazione']),
  ...l('complex_synthesis', ['tie my birth chart, my tarot spread and my dream journal into one picture', 'how does my sun in Leo interact with my enneagram 4', 'combine my numerology and my human design for a career plan', 'relate the runes I drew last week to my Saturn transit', 'weave my astrology and my shadow work themes into a yearly intention', 'compare my moon sign with my attachment style and my last reading']),
  ...l('oracle_reading', ['one card for my week', 'draw a rune about my health', 'tarot spread for my relationship', 'a yes or no card please', 'tira las cartas sobre mi trabajo', 'un tirage pour ce mois', 'uma carta para hoje'])
]
