// The spent one-shot sets not yet trained on (v30, v31), as the held-out guards read them: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards).
import { HELD_OUT_CRISIS_V30 } from '../../../../bench/router/heldout/v30/crisisMessagesV30.ts'
import { HELD_OUT_INTENTS_V30 } from '../../../../bench/router/heldout/v30/intentMessagesV30.ts'
import { HELD_OUT_ORDINARY_V30 } from '../../../../bench/router/heldout/v30/ordinaryMessagesV30.ts'
import { HELD_OUT_CRISIS_V31 } from '../../../../bench/router/heldout/v31/crisisMessagesV31.ts'
import { HELD_OUT_INTENTS_V31 } from '../../../../bench/router/heldout/v31/intentMessagesV31.ts'
import { HELD_OUT_ORDINARY_V31 } from '../../../../bench/router/heldout/v31/ordinaryMessagesV31.ts'

// One v30 ordinary message, "¿guardas mis conversaciones? ¿quién las puede ver?", is also a message of
// an earlier set (both written independently): heldout.ts leaves it out, and so do the guards.
export const V30_ORDINARY = HELD_OUT_ORDINARY_V30.filter((text) => text !== '¿guardas mis conversaciones? ¿quién las puede ver?')
export { HELD_OUT_CRISIS_V30, HELD_OUT_INTENTS_V30, HELD_OUT_CRISIS_V31, HELD_OUT_INTENTS_V31, HELD_OUT_ORDINARY_V31 }
