// The spent one-shot sets not yet trained on (v37), as the held-out guards read them: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards).
import { HELD_OUT_CRISIS_V37 } from '../../../../bench/router/heldout/v37/crisisMessagesV37.ts'
import { HELD_OUT_INTENTS_V37 } from '../../../../bench/router/heldout/v37/intentMessagesV37.ts'
import { HELD_OUT_ORDINARY_V37 } from '../../../../bench/router/heldout/v37/ordinaryMessagesV37.ts'

export { HELD_OUT_CRISIS_V37, HELD_OUT_INTENTS_V37, HELD_OUT_ORDINARY_V37 }
