// The spent one-shot set not yet trained on (v35), as the held-out guards read it: shared by
// heldout.test.ts (overlap checks) and heldoutTrainingSets.slow.test.ts (its routeAsync guard).
import { HELD_OUT_CRISIS_V35 } from '../../../../bench/router/heldout/v35/crisisMessagesV35.ts'
import { HELD_OUT_INTENTS_V35 } from '../../../../bench/router/heldout/v35/intentMessagesV35.ts'
import { HELD_OUT_ORDINARY_V35 } from '../../../../bench/router/heldout/v35/ordinaryMessagesV35.ts'

export { HELD_OUT_CRISIS_V35, HELD_OUT_INTENTS_V35, HELD_OUT_ORDINARY_V35 }
