// The spent one-shot sets not yet trained on (v27, v28, v29), as the held-out guards read them: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards).
import { HELD_OUT_CRISIS_V27 } from '../../../../bench/router/heldout/v27/crisisMessagesV27.ts'
import { HELD_OUT_INTENTS_V27 } from '../../../../bench/router/heldout/v27/intentMessagesV27.ts'
import { HELD_OUT_ORDINARY_V27 } from '../../../../bench/router/heldout/v27/ordinaryMessagesV27.ts'

// One v27 intent message, "给我一句关于放下的话", is also one of the tenth batch's intent messages
// (both written independently, the batch first): heldout.ts leaves it out, and so do the guards.
export const V27_INTENTS = HELD_OUT_INTENTS_V27.filter((example) => example.text !== '给我一句关于放下的话')
export { HELD_OUT_CRISIS_V27, HELD_OUT_ORDINARY_V27 }
