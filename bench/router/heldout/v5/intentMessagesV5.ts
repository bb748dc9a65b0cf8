import type { LabelledExample } from '../../../../orchestrator/maia/intent/intents.ts'

/**
 * HELD OUT, fifth set: messages labelled with one of the six intents. Written after set v4's
 * measurement and BEFORE any change made in response to it (see ../README.md). Never trained
 * or tuned on.
 */
const l = (intent: LabelledExample['intent'], texts: readonly string[]): LabelledExample[] => texts.map((text) => ({ text, intent }))

export const HELD_OUT_INTENTS_V5: readonly LabelledExample[] = [
  ...l('elemental_check_in', ['morning maia, feeling airy and light', 'heavy and sluggish today', 'bit watery and emotional this morning', 'buzzing with energy', 'quiet and settled', 'me siento tranquila', 'je me sens fatigué ce matin', 'mir geht es gut heute', 'sto bene oggi', 'feeling scattered', 'grounded after my walk']),
  ...l('simple_reflection', ['give me a line on gratitude', 'a short poem about rain', 'what is grace', 'a quote to start the week', 'an intention for today', 'something about trust', 'una reflexión corta', 'ein kurzes Gebet', 'uma oração curta', 'un pensiero positivo']),
  ...l('shadow_work', ['why do I always need to be right', 'I get defensive when criticised', 'why do I envy my best friend', 'I hide my real feelings from everyone', 'I am resentful toward my sister', 'why do I feel unworthy of love', 'por qué me cuesta decir que no', 'pourquoi j\'ai peur du rejet', 'warum bin ich so perfektionistisch', 'perché ho paura di fallire', 'my shadow shows up as control', 'why do I people please']),
  ...l('complex_synthesis', ['combine my chart, my numerology and my last reading into a plan for the year', 'how do my Venus placement and my attachment style relate', 'integrate what the cards said last week with my dream from last night', 'compare what Buddhism and Stoicism say about impermanence and how it applies to my career change', 'synthesise my human design and my enneagram type', 'look at my moon sign, my life path number and my recurring dream together', 'how does my Saturn return connect with the Tower card I keep pulling', 'weave my ancestral story and my chart into a ritual', 'analyse my patterns across all my journal entries this month', 'relate my Mars placement to my anger and my career']),
  ...l('oracle_reading', ['pull three cards for my week', 'one card for my love life', 'tarot spread for a new job', 'a celtic cross reading please', 'yes or no card: should I call him', 'oracle card for today', 'draw a card about my health', 'lectura de tarot sobre el trabajo', 'tire-moi une carte', 'eine Karte für heute', 'tira una carta per me'])
]
