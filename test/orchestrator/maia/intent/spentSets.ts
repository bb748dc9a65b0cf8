// The spent one-shot sets not yet trained on (v37, v38), as the held-out guards read them: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (their routeAsync guards).
import { HELD_OUT_CRISIS_V37 } from '../../../../bench/router/heldout/v37/crisisMessagesV37.ts'
import { HELD_OUT_INTENTS_V37 } from '../../../../bench/router/heldout/v37/intentMessagesV37.ts'
import { HELD_OUT_ORDINARY_V37 } from '../../../../bench/router/heldout/v37/ordinaryMessagesV37.ts'
import { HELD_OUT_CRISIS_V38 } from '../../../../bench/router/heldout/v38/crisisMessagesV38.ts'
import { HELD_OUT_INTENTS_V38 } from '../../../../bench/router/heldout/v38/intentMessagesV38.ts'
import { HELD_OUT_ORDINARY_V38 } from '../../../../bench/router/heldout/v38/ordinaryMessagesV38.ts'

export { HELD_OUT_CRISIS_V37, HELD_OUT_INTENTS_V37, HELD_OUT_ORDINARY_V37, HELD_OUT_CRISIS_V38, HELD_OUT_INTENTS_V38, HELD_OUT_ORDINARY_V38 }
