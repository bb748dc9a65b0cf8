// The spent one-shot sets not yet trained on (v40), as the held-out guards read them: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards).
import { HELD_OUT_CRISIS_V40 } from '../../../../bench/router/heldout/v40/crisisMessagesV40.ts'
import { HELD_OUT_INTENTS_V40 } from '../../../../bench/router/heldout/v40/intentMessagesV40.ts'
import { HELD_OUT_ORDINARY_V40 } from '../../../../bench/router/heldout/v40/ordinaryMessagesV40.ts'

export { HELD_OUT_CRISIS_V40, HELD_OUT_INTENTS_V40, HELD_OUT_ORDINARY_V40 }
