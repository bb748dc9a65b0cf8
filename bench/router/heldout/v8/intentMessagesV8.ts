import type { LabelledExample } from '../../../../orchestrator/maia/intent/intents.ts'

/**
 * HELD OUT, eighth set: messages labelled with one of the six intents. Written after the
 * seventh round of changes and measured once (see ../README.md).
 */
const l = (intent: LabelledExample['intent'], texts: readonly string[]): LabelledExample[] => texts.map((text) => ({ text, intent }))

export const HELD_OUT_INTENTS_V8: readonly LabelledExample[] = [
  ...l('elemental_check_in', ['earthy and slow today', 'sparkly and excited', 'foggy head this morning', 'me siento ligera', 'je me sens fort', 'ich fühle mich leicht', 'estou animada', 'mi sento stanco']),
  ...l('simple_reflection', ['a gentle thought for tonight', 'what is forgiveness', 'a quote on patience', 'a blessing for my morning', 'una palabra de ánimo', 'une pensée sur le courage', 'ein Gedanke zur Geduld', 'un augurio per oggi']),
  ...l('shadow_work', ['why do I shut down when criticised', 'I overwork to feel worthy', 'why do I dislike my mother in law so much', 'I hide behind humour', 'por qué me enojo tan rápido', 'pourquoi je fuis les conflits', 'warum fühle ich mich nie genug', 'perché mi sento sempre in colpa']),
  ...l('complex_synthesis', ['merge my chart, my human design and my dreams into one reading', 'how does my Chiron placement tie into my shadow patterns and my career', 'combine this month\'s tarot pulls with the lunar cycle', 'look at my numerology, my enneagram and my moon together', 'integrate the runes, the I Ching and my chart for my decision', 'connect my ancestral patterns with my Saturn placement']),
  ...l('oracle_reading', ['a card for my heart', 'pull three for my week ahead', 'rune for today please', 'oracle card for clarity', 'carta para el amor', 'un tirage pour moi', 'zieh drei Karten', 'una carta per il lavoro'])
]
