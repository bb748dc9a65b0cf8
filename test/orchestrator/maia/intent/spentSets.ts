// The spent one-shot sets not yet trained on (v32), as the held-out guards read them: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards).
import { HELD_OUT_CRISIS_V32 } from '../../../../bench/router/heldout/v32/crisisMessagesV32.ts'
import { HELD_OUT_INTENTS_V32 } from '../../../../bench/router/heldout/v32/intentMessagesV32.ts'
import { HELD_OUT_ORDINARY_V32 } from '../../../../bench/router/heldout/v32/ordinaryMessagesV32.ts'

export { HELD_OUT_CRISIS_V32, HELD_OUT_INTENTS_V32, HELD_OUT_ORDINARY_V32 }
