// The spent one-shot sets not yet trained on (v41, v42), as the held-out guards read them: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards).
import { HELD_OUT_CRISIS_V41 } from '../../../../bench/router/heldout/v41/crisisMessagesV41.ts'
import { HELD_OUT_INTENTS_V41 } from '../../../../bench/router/heldout/v41/intentMessagesV41.ts'
import { HELD_OUT_ORDINARY_V41 } from '../../../../bench/router/heldout/v41/ordinaryMessagesV41.ts'
import { HELD_OUT_CRISIS_V42 } from '../../../../bench/router/heldout/v42/crisisMessagesV42.ts'
import { HELD_OUT_INTENTS_V42 } from '../../../../bench/router/heldout/v42/intentMessagesV42.ts'
import { HELD_OUT_ORDINARY_V42 } from '../../../../bench/router/heldout/v42/ordinaryMessagesV42.ts'

export { HELD_OUT_CRISIS_V41, HELD_OUT_INTENTS_V41, HELD_OUT_ORDINARY_V41, HELD_OUT_CRISIS_V42, HELD_OUT_INTENTS_V42, HELD_OUT_ORDINARY_V42 }
