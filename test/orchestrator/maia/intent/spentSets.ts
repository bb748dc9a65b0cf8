// The spent one-shot sets not yet trained on (v33, v34), as the held-out guards read them: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards).
import { HELD_OUT_CRISIS_V33 } from '../../../../bench/router/heldout/v33/crisisMessagesV33.ts'
import { HELD_OUT_INTENTS_V33 } from '../../../../bench/router/heldout/v33/intentMessagesV33.ts'
import { HELD_OUT_ORDINARY_V33 } from '../../../../bench/router/heldout/v33/ordinaryMessagesV33.ts'
import { HELD_OUT_CRISIS_V34 } from '../../../../bench/router/heldout/v34/crisisMessagesV34.ts'
import { HELD_OUT_INTENTS_V34 } from '../../../../bench/router/heldout/v34/intentMessagesV34.ts'
import { HELD_OUT_ORDINARY_V34 } from '../../../../bench/router/heldout/v34/ordinaryMessagesV34.ts'

export { HELD_OUT_CRISIS_V33, HELD_OUT_INTENTS_V33, HELD_OUT_ORDINARY_V33, HELD_OUT_CRISIS_V34, HELD_OUT_INTENTS_V34, HELD_OUT_ORDINARY_V34 }
