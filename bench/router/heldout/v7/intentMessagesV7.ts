import type { LabelledExample } from '../../../../orchestrator/maia/intent/intents.ts'

/**
 * HELD OUT, seventh set: messages labelled with one of the six intents. Written after v6's
 * measurement and BEFORE reading any v6 failure (see ../README.md).
 */
const l = (intent: LabelledExample['intent'], texts: readonly string[]): LabelledExample[] => texts.map((text) => ({ text, intent }))

export const HELD_OUT_INTENTS_V7: readonly LabelledExample[] = [
  ...l('elemental_check_in', ['feeling watery and soft', 'restless and airy', 'steady like a mountain', 'un poco cansada hoy', 'je me sens bien', 'ich bin unruhig', 'estou calma', 'sono nervosa']),
  ...l('simple_reflection', ['a word for today', 'what is devotion', 'a line about hope', 'a mantra for peace', 'una oración corta', 'une pensée douce', 'uma reflexão rápida']),
  ...l('shadow_work', ['why do I hide my anger', 'I feel like a fraud at work', 'I always pick fights with people I love', 'por qué tengo miedo de estar sola', 'pourquoi je me sens coupable', 'warum vergleiche ich mich', 'perché evito i conflitti']),
  ...l('complex_synthesis', ['bring together my chart, numbers and last three readings', 'how do my Mars and Venus placements shape my relationships and career', 'synthesise my dreams this month with my moon phases', 'connect my enneagram with my rising sign and my shadow patterns', 'integrate my tarot and my astrology for the next quarter', 'how does my life path number fit my north node']),
  ...l('oracle_reading', ['one tarot card please', 'pull a rune', 'oracle card for my week', 'three cards for love', 'una carta del tarot', 'eine Rune bitte', 'pesca una carta'])
]
