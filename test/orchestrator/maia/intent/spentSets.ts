// The spent one-shot sets not yet trained on (v35, v36), as the held-out guards read them: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards).
import { HELD_OUT_CRISIS_V35 } from '../../../../bench/router/heldout/v35/crisisMessagesV35.ts'
import { HELD_OUT_INTENTS_V35 } from '../../../../bench/router/heldout/v35/intentMessagesV35.ts'
import { HELD_OUT_ORDINARY_V35 } from '../../../../bench/router/heldout/v35/ordinaryMessagesV35.ts'
import { HELD_OUT_CRISIS_V36 } from '../../../../bench/router/heldout/v36/crisisMessagesV36.ts'
import { HELD_OUT_INTENTS_V36 } from '../../../../bench/router/heldout/v36/intentMessagesV36.ts'
import { HELD_OUT_ORDINARY_V36 } from '../../../../bench/router/heldout/v36/ordinaryMessagesV36.ts'

export { HELD_OUT_CRISIS_V35, HELD_OUT_INTENTS_V35, HELD_OUT_ORDINARY_V35, HELD_OUT_CRISIS_V36, HELD_OUT_INTENTS_V36, HELD_OUT_ORDINARY_V36 }
