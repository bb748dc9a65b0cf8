// The development sets of issue 11 (v1–v56: each was held out once, then read and tuned on; see
// heldout/README.md) in one shape, for leave-one-set-out measurement and for training the
// learned screen. The next set is deliberately absent: it is the lead's one-shot held-out set.
import type { SafetyKind } from '../../orchestrator/maia/intent/safetyKinds.ts'
import type { Intent } from '../../orchestrator/maia/intent/intents.ts'
import { HELD_OUT_CRISIS } from './heldout/crisisMessages.ts'
import { HELD_OUT_INTENTS } from './heldout/intentMessages.ts'
import { HELD_OUT_ORDINARY } from './heldout/ordinaryMessages.ts'
import { HELD_OUT_CRISIS_V2 } from './heldout/v2/crisisMessagesV2.ts'
import { HELD_OUT_INTENTS_V2 } from './heldout/v2/intentMessagesV2.ts'
import { HELD_OUT_ORDINARY_V2 } from './heldout/v2/ordinaryMessagesV2.ts'
import { HELD_OUT_CRISIS_V3 } from './heldout/v3/crisisMessagesV3.ts'
import { HELD_OUT_INTENTS_V3 } from './heldout/v3/intentMessagesV3.ts'
import { HELD_OUT_ORDINARY_V3 } from './heldout/v3/ordinaryMessagesV3.ts'
import { HELD_OUT_CRISIS_V4 } from './heldout/v4/crisisMessagesV4.ts'
import { HELD_OUT_INTENTS_V4 } from './heldout/v4/intentMessagesV4.ts'
import { HELD_OUT_ORDINARY_V4 } from './heldout/v4/ordinaryMessagesV4.ts'
import { HELD_OUT_CRISIS_V5 } from './heldout/v5/crisisMessagesV5.ts'
import { HELD_OUT_INTENTS_V5 } from './heldout/v5/intentMessagesV5.ts'
import { HELD_OUT_ORDINARY_V5 } from './heldout/v5/ordinaryMessagesV5.ts'
import { HELD_OUT_CRISIS_V6 } from './heldout/v6/crisisMessagesV6.ts'
import { HELD_OUT_INTENTS_V6 } from './heldout/v6/intentMessagesV6.ts'
import { HELD_OUT_ORDINARY_V6 } from './heldout/v6/ordinaryMessagesV6.ts'
import { HELD_OUT_CRISIS_V7 } from './heldout/v7/crisisMessagesV7.ts'
import { HELD_OUT_INTENTS_V7 } from './heldout/v7/intentMessagesV7.ts'
import { HELD_OUT_ORDINARY_V7 } from './heldout/v7/ordinaryMessagesV7.ts'
import { HELD_OUT_CRISIS_V8 } from './heldout/v8/crisisMessagesV8.ts'
import { HELD_OUT_INTENTS_V8 } from './heldout/v8/intentMessagesV8.ts'
import { HELD_OUT_ORDINARY_V8 } from './heldout/v8/ordinaryMessagesV8.ts'
import { HELD_OUT_CRISIS_V9 } from './heldout/v9/crisisMessagesV9.ts'
import { HELD_OUT_INTENTS_V9 } from './heldout/v9/intentMessagesV9.ts'
import { HELD_OUT_ORDINARY_V9 } from './heldout/v9/ordinaryMessagesV9.ts'
import { HELD_OUT_CRISIS_V10 } from './heldout/v10/crisisMessagesV10.ts'
import { HELD_OUT_INTENTS_V10 } from './heldout/v10/intentMessagesV10.ts'
import { HELD_OUT_ORDINARY_V10 } from './heldout/v10/ordinaryMessagesV10.ts'
import { HELD_OUT_CRISIS_V11 } from './heldout/v11/crisisMessagesV11.ts'
import { HELD_OUT_INTENTS_V11 } from './heldout/v11/intentMessagesV11.ts'
import { HELD_OUT_ORDINARY_V11 } from './heldout/v11/ordinaryMessagesV11.ts'
import { HELD_OUT_CRISIS_V12 } from './heldout/v12/crisisMessagesV12.ts'
import { HELD_OUT_INTENTS_V12 } from './heldout/v12/intentMessagesV12.ts'
import { HELD_OUT_ORDINARY_V12 } from './heldout/v12/ordinaryMessagesV12.ts'
import { HELD_OUT_CRISIS_V13 } from './heldout/v13/crisisMessagesV13.ts'
import { HELD_OUT_INTENTS_V13 } from './heldout/v13/intentMessagesV13.ts'
import { HELD_OUT_ORDINARY_V13 } from './heldout/v13/ordinaryMessagesV13.ts'
import { HELD_OUT_CRISIS_V14 } from './heldout/v14/crisisMessagesV14.ts'
import { HELD_OUT_INTENTS_V14 } from './heldout/v14/intentMessagesV14.ts'
import { HELD_OUT_ORDINARY_V14 } from './heldout/v14/ordinaryMessagesV14.ts'
import { HELD_OUT_CRISIS_V15 } from './heldout/v15/crisisMessagesV15.ts'
import { HELD_OUT_INTENTS_V15 } from './heldout/v15/intentMessagesV15.ts'
import { HELD_OUT_ORDINARY_V15 } from './heldout/v15/ordinaryMessagesV15.ts'
import { HELD_OUT_CRISIS_V16 } from './heldout/v16/crisisMessagesV16.ts'
import { HELD_OUT_INTENTS_V16 } from './heldout/v16/intentMessagesV16.ts'
import { HELD_OUT_ORDINARY_V16 } from './heldout/v16/ordinaryMessagesV16.ts'
import { HELD_OUT_CRISIS_V17 } from './heldout/v17/crisisMessagesV17.ts'
import { HELD_OUT_INTENTS_V17 } from './heldout/v17/intentMessagesV17.ts'
import { HELD_OUT_ORDINARY_V17 } from './heldout/v17/ordinaryMessagesV17.ts'
import { HELD_OUT_CRISIS_V18 } from './heldout/v18/crisisMessagesV18.ts'
import { HELD_OUT_INTENTS_V18 } from './heldout/v18/intentMessagesV18.ts'
import { HELD_OUT_ORDINARY_V18 } from './heldout/v18/ordinaryMessagesV18.ts'
import { HELD_OUT_CRISIS_V19 } from './heldout/v19/crisisMessagesV19.ts'
import { HELD_OUT_INTENTS_V19 } from './heldout/v19/intentMessagesV19.ts'
import { HELD_OUT_ORDINARY_V19 } from './heldout/v19/ordinaryMessagesV19.ts'
import { HELD_OUT_CRISIS_V20 } from './heldout/v20/crisisMessagesV20.ts'
import { HELD_OUT_INTENTS_V20 } from './heldout/v20/intentMessagesV20.ts'
import { HELD_OUT_ORDINARY_V20 } from './heldout/v20/ordinaryMessagesV20.ts'
import { HELD_OUT_CRISIS_V21 } from './heldout/v21/crisisMessagesV21.ts'
import { HELD_OUT_INTENTS_V21 } from './heldout/v21/intentMessagesV21.ts'
import { HELD_OUT_ORDINARY_V21 } from './heldout/v21/ordinaryMessagesV21.ts'
import { HELD_OUT_CRISIS_V22 } from './heldout/v22/crisisMessagesV22.ts'
import { HELD_OUT_INTENTS_V22 } from './heldout/v22/intentMessagesV22.ts'
import { HELD_OUT_ORDINARY_V22 } from './heldout/v22/ordinaryMessagesV22.ts'
import { HELD_OUT_CRISIS_V23 } from './heldout/v23/crisisMessagesV23.ts'
import { HELD_OUT_INTENTS_V23 } from './heldout/v23/intentMessagesV23.ts'
import { HELD_OUT_ORDINARY_V23 } from './heldout/v23/ordinaryMessagesV23.ts'
import { HELD_OUT_CRISIS_V24 } from './heldout/v24/crisisMessagesV24.ts'
import { HELD_OUT_INTENTS_V24 } from './heldout/v24/intentMessagesV24.ts'
import { HELD_OUT_ORDINARY_V24 } from './heldout/v24/ordinaryMessagesV24.ts'
import { HELD_OUT_CRISIS_V25 } from './heldout/v25/crisisMessagesV25.ts'
import { HELD_OUT_INTENTS_V25 } from './heldout/v25/intentMessagesV25.ts'
import { HELD_OUT_ORDINARY_V25 } from './heldout/v25/ordinaryMessagesV25.ts'
import { HELD_OUT_CRISIS_V26 } from './heldout/v26/crisisMessagesV26.ts'
import { HELD_OUT_INTENTS_V26 } from './heldout/v26/intentMessagesV26.ts'
import { HELD_OUT_ORDINARY_V26 } from './heldout/v26/ordinaryMessagesV26.ts'
import { HELD_OUT_CRISIS_V27 } from './heldout/v27/crisisMessagesV27.ts'
import { HELD_OUT_INTENTS_V27 } from './heldout/v27/intentMessagesV27.ts'
import { HELD_OUT_ORDINARY_V27 } from './heldout/v27/ordinaryMessagesV27.ts'
import { HELD_OUT_CRISIS_V28 } from './heldout/v28/crisisMessagesV28.ts'
import { HELD_OUT_INTENTS_V28 } from './heldout/v28/intentMessagesV28.ts'
import { HELD_OUT_ORDINARY_V28 } from './heldout/v28/ordinaryMessagesV28.ts'
import { HELD_OUT_CRISIS_V29 } from './heldout/v29/crisisMessagesV29.ts'
import { HELD_OUT_INTENTS_V29 } from './heldout/v29/intentMessagesV29.ts'
import { HELD_OUT_ORDINARY_V29 } from './heldout/v29/ordinaryMessagesV29.ts'
import { HELD_OUT_CRISIS_V30 } from './heldout/v30/crisisMessagesV30.ts'
import { HELD_OUT_INTENTS_V30 } from './heldout/v30/intentMessagesV30.ts'
import { HELD_OUT_ORDINARY_V30 } from './heldout/v30/ordinaryMessagesV30.ts'
import { HELD_OUT_CRISIS_V31 } from './heldout/v31/crisisMessagesV31.ts'
import { HELD_OUT_INTENTS_V31 } from './heldout/v31/intentMessagesV31.ts'
import { HELD_OUT_ORDINARY_V31 } from './heldout/v31/ordinaryMessagesV31.ts'
import { HELD_OUT_CRISIS_V32 } from './heldout/v32/crisisMessagesV32.ts'
import { HELD_OUT_INTENTS_V32 } from './heldout/v32/intentMessagesV32.ts'
import { HELD_OUT_ORDINARY_V32 } from './heldout/v32/ordinaryMessagesV32.ts'
import { HELD_OUT_CRISIS_V33 } from './heldout/v33/crisisMessagesV33.ts'
import { HELD_OUT_INTENTS_V33 } from './heldout/v33/intentMessagesV33.ts'
import { HELD_OUT_ORDINARY_V33 } from './heldout/v33/ordinaryMessagesV33.ts'
import { HELD_OUT_CRISIS_V34 } from './heldout/v34/crisisMessagesV34.ts'
import { HELD_OUT_INTENTS_V34 } from './heldout/v34/intentMessagesV34.ts'
import { HELD_OUT_ORDINARY_V34 } from './heldout/v34/ordinaryMessagesV34.ts'
import { HELD_OUT_CRISIS_V35 } from './heldout/v35/crisisMessagesV35.ts'
import { HELD_OUT_INTENTS_V35 } from './heldout/v35/intentMessagesV35.ts'
import { HELD_OUT_ORDINARY_V35 } from './heldout/v35/ordinaryMessagesV35.ts'
import { HELD_OUT_CRISIS_V36 } from './heldout/v36/crisisMessagesV36.ts'
import { HELD_OUT_INTENTS_V36 } from './heldout/v36/intentMessagesV36.ts'
import { HELD_OUT_ORDINARY_V36 } from './heldout/v36/ordinaryMessagesV36.ts'
import { HELD_OUT_CRISIS_V37 } from './heldout/v37/crisisMessagesV37.ts'
import { HELD_OUT_INTENTS_V37 } from './heldout/v37/intentMessagesV37.ts'
import { HELD_OUT_ORDINARY_V37 } from './heldout/v37/ordinaryMessagesV37.ts'
import { HELD_OUT_CRISIS_V38 } from './heldout/v38/crisisMessagesV38.ts'
import { HELD_OUT_INTENTS_V38 } from './heldout/v38/intentMessagesV38.ts'
import { HELD_OUT_ORDINARY_V38 } from './heldout/v38/ordinaryMessagesV38.ts'
import { HELD_OUT_CRISIS_V39 } from './heldout/v39/crisisMessagesV39.ts'
import { HELD_OUT_INTENTS_V39 } from './heldout/v39/intentMessagesV39.ts'
import { HELD_OUT_ORDINARY_V39 } from './heldout/v39/ordinaryMessagesV39.ts'
import { HELD_OUT_CRISIS_V40 } from './heldout/v40/crisisMessagesV40.ts'
import { HELD_OUT_INTENTS_V40 } from './heldout/v40/intentMessagesV40.ts'
import { HELD_OUT_ORDINARY_V40 } from './heldout/v40/ordinaryMessagesV40.ts'
import { HELD_OUT_CRISIS_V41 } from './heldout/v41/crisisMessagesV41.ts'
import { HELD_OUT_INTENTS_V41 } from './heldout/v41/intentMessagesV41.ts'
import { HELD_OUT_ORDINARY_V41 } from './heldout/v41/ordinaryMessagesV41.ts'
import { HELD_OUT_CRISIS_V42 } from './heldout/v42/crisisMessagesV42.ts'
import { HELD_OUT_INTENTS_V42 } from './heldout/v42/intentMessagesV42.ts'
import { HELD_OUT_ORDINARY_V42 } from './heldout/v42/ordinaryMessagesV42.ts'
import { HELD_OUT_CRISIS_V43 } from './heldout/v43/crisisMessagesV43.ts'
import { HELD_OUT_INTENTS_V43 } from './heldout/v43/intentMessagesV43.ts'
import { HELD_OUT_ORDINARY_V43 } from './heldout/v43/ordinaryMessagesV43.ts'
import { HELD_OUT_CRISIS_V44 } from './heldout/v44/crisisMessagesV44.ts'
import { HELD_OUT_INTENTS_V44 } from './heldout/v44/intentMessagesV44.ts'
import { HELD_OUT_ORDINARY_V44 } from './heldout/v44/ordinaryMessagesV44.ts'
import { HELD_OUT_CRISIS_V45 } from './heldout/v45/crisisMessagesV45.ts'
import { HELD_OUT_INTENTS_V45 } from './heldout/v45/intentMessagesV45.ts'
import { HELD_OUT_ORDINARY_V45 } from './heldout/v45/ordinaryMessagesV45.ts'
import { HELD_OUT_CRISIS_V46 } from './heldout/v46/crisisMessagesV46.ts'
import { HELD_OUT_INTENTS_V46 } from './heldout/v46/intentMessagesV46.ts'
import { HELD_OUT_ORDINARY_V46 } from './heldout/v46/ordinaryMessagesV46.ts'
import { HELD_OUT_CRISIS_V47 } from './heldout/v47/crisisMessagesV47.ts'
import { HELD_OUT_INTENTS_V47 } from './heldout/v47/intentMessagesV47.ts'
import { HELD_OUT_ORDINARY_V47 } from './heldout/v47/ordinaryMessagesV47.ts'
import { HELD_OUT_CRISIS_V48 } from './heldout/v48/crisisMessagesV48.ts'
import { HELD_OUT_INTENTS_V48 } from './heldout/v48/intentMessagesV48.ts'
import { HELD_OUT_ORDINARY_V48 } from './heldout/v48/ordinaryMessagesV48.ts'
import { HELD_OUT_CRISIS_V49 } from './heldout/v49/crisisMessagesV49.ts'
import { HELD_OUT_INTENTS_V49 } from './heldout/v49/intentMessagesV49.ts'
import { HELD_OUT_ORDINARY_V49 } from './heldout/v49/ordinaryMessagesV49.ts'
import { HELD_OUT_CRISIS_V50 } from './heldout/v50/crisisMessagesV50.ts'
import { HELD_OUT_INTENTS_V50 } from './heldout/v50/intentMessagesV50.ts'
import { HELD_OUT_ORDINARY_V50 } from './heldout/v50/ordinaryMessagesV50.ts'
import { HELD_OUT_CRISIS_V51 } from './heldout/v51/crisisMessagesV51.ts'
import { HELD_OUT_INTENTS_V51 } from './heldout/v51/intentMessagesV51.ts'
import { HELD_OUT_ORDINARY_V51 } from './heldout/v51/ordinaryMessagesV51.ts'
import { HELD_OUT_CRISIS_V52 } from './heldout/v52/crisisMessagesV52.ts'
import { HELD_OUT_INTENTS_V52 } from './heldout/v52/intentMessagesV52.ts'
import { HELD_OUT_ORDINARY_V52 } from './heldout/v52/ordinaryMessagesV52.ts'
import { HELD_OUT_CRISIS_V53 } from './heldout/v53/crisisMessagesV53.ts'
import { HELD_OUT_INTENTS_V53 } from './heldout/v53/intentMessagesV53.ts'
import { HELD_OUT_ORDINARY_V53 } from './heldout/v53/ordinaryMessagesV53.ts'
import { HELD_OUT_CRISIS_V54 } from './heldout/v54/crisisMessagesV54.ts'
import { HELD_OUT_INTENTS_V54 } from './heldout/v54/intentMessagesV54.ts'
import { HELD_OUT_ORDINARY_V54 } from './heldout/v54/ordinaryMessagesV54.ts'
import { HELD_OUT_CRISIS_V55 } from './heldout/v55/crisisMessagesV55.ts'
import { HELD_OUT_INTENTS_V55 } from './heldout/v55/intentMessagesV55.ts'
import { HELD_OUT_ORDINARY_V55 } from './heldout/v55/ordinaryMessagesV55.ts'
import { HELD_OUT_CRISIS_V56 } from './heldout/v56/crisisMessagesV56.ts'
import { HELD_OUT_INTENTS_V56 } from './heldout/v56/intentMessagesV56.ts'
import { HELD_OUT_ORDINARY_V56 } from './heldout/v56/ordinaryMessagesV56.ts'
import { TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { INTENT_TRAINING_VARIED_SECOND } from '../../orchestrator/maia/intent/data/intentTrainingVariedSecond.ts'
import { TENTH_BATCH_INTENT_EXAMPLES } from '../../orchestrator/maia/intent/data/safetyTrainingTenthBatch.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../orchestrator/maia/intent/data/safetyTraining.ts'

export interface DevSet {
  readonly name: string
  readonly crisis: ReadonlyArray<{ readonly text: string; readonly kind: SafetyKind }>
  readonly ordinary: readonly string[]
  readonly intents: ReadonlyArray<{ readonly text: string; readonly intent: Intent }>
}

/** The sets as written, oldest first; DEV_SETS counts each message once (see countedOnce). */
export const DEV_SETS_AS_WRITTEN: readonly DevSet[] = [
  { name: 'v1', crisis: HELD_OUT_CRISIS, ordinary: HELD_OUT_ORDINARY, intents: HELD_OUT_INTENTS },
  { name: 'v2', crisis: HELD_OUT_CRISIS_V2, ordinary: HELD_OUT_ORDINARY_V2, intents: HELD_OUT_INTENTS_V2 },
  { name: 'v3', crisis: HELD_OUT_CRISIS_V3, ordinary: HELD_OUT_ORDINARY_V3, intents: HELD_OUT_INTENTS_V3 },
  { name: 'v4', crisis: HELD_OUT_CRISIS_V4, ordinary: HELD_OUT_ORDINARY_V4, intents: HELD_OUT_INTENTS_V4 },
  { name: 'v5', crisis: HELD_OUT_CRISIS_V5, ordinary: HELD_OUT_ORDINARY_V5, intents: HELD_OUT_INTENTS_V5 },
  { name: 'v6', crisis: HELD_OUT_CRISIS_V6, ordinary: HELD_OUT_ORDINARY_V6, intents: HELD_OUT_INTENTS_V6 },
  { name: 'v7', crisis: HELD_OUT_CRISIS_V7, ordinary: HELD_OUT_ORDINARY_V7, intents: HELD_OUT_INTENTS_V7 },
  { name: 'v8', crisis: HELD_OUT_CRISIS_V8, ordinary: HELD_OUT_ORDINARY_V8, intents: HELD_OUT_INTENTS_V8 },
  { name: 'v9', crisis: HELD_OUT_CRISIS_V9, ordinary: HELD_OUT_ORDINARY_V9, intents: HELD_OUT_INTENTS_V9 },
  { name: 'v10', crisis: HELD_OUT_CRISIS_V10, ordinary: HELD_OUT_ORDINARY_V10, intents: HELD_OUT_INTENTS_V10 },
  { name: 'v11', crisis: HELD_OUT_CRISIS_V11, ordinary: HELD_OUT_ORDINARY_V11, intents: HELD_OUT_INTENTS_V11 },
  { name: 'v12', crisis: HELD_OUT_CRISIS_V12, ordinary: HELD_OUT_ORDINARY_V12, intents: HELD_OUT_INTENTS_V12 },
  { name: 'v13', crisis: HELD_OUT_CRISIS_V13, ordinary: HELD_OUT_ORDINARY_V13, intents: HELD_OUT_INTENTS_V13 },
  { name: 'v14', crisis: HELD_OUT_CRISIS_V14, ordinary: HELD_OUT_ORDINARY_V14, intents: HELD_OUT_INTENTS_V14 },
  { name: 'v15', crisis: HELD_OUT_CRISIS_V15, ordinary: HELD_OUT_ORDINARY_V15, intents: HELD_OUT_INTENTS_V15 },
  // v16 and v17 (round nineteen): each measured once from outside, then read; no text shared with an earlier set.
  { name: 'v16', crisis: HELD_OUT_CRISIS_V16, ordinary: HELD_OUT_ORDINARY_V16, intents: HELD_OUT_INTENTS_V16 },
  { name: 'v17', crisis: HELD_OUT_CRISIS_V17, ordinary: HELD_OUT_ORDINARY_V17, intents: HELD_OUT_INTENTS_V17 },
  // v18 and v19 (round twenty-one): each measured once from outside (none of their texts was in any
  // training text then), then read; no text shared with an earlier set.
  { name: 'v18', crisis: HELD_OUT_CRISIS_V18, ordinary: HELD_OUT_ORDINARY_V18, intents: HELD_OUT_INTENTS_V18 },
  { name: 'v19', crisis: HELD_OUT_CRISIS_V19, ordinary: HELD_OUT_ORDINARY_V19, intents: HELD_OUT_INTENTS_V19 },
  // v20 and v21 (round twenty-two): each measured once from outside (RUN20…, RUN21…), then read; no
  // text shared with an earlier set.
  { name: 'v20', crisis: HELD_OUT_CRISIS_V20, ordinary: HELD_OUT_ORDINARY_V20, intents: HELD_OUT_INTENTS_V20 },
  { name: 'v21', crisis: HELD_OUT_CRISIS_V21, ordinary: HELD_OUT_ORDINARY_V21, intents: HELD_OUT_INTENTS_V21 },
  // v22 and v23 (round twenty-three): each measured once from outside on round twenty-two's router
  // (RUN22…, RUN23…), then read; no text shared with an earlier set.
  { name: 'v22', crisis: HELD_OUT_CRISIS_V22, ordinary: HELD_OUT_ORDINARY_V22, intents: HELD_OUT_INTENTS_V22 },
  { name: 'v23', crisis: HELD_OUT_CRISIS_V23, ordinary: HELD_OUT_ORDINARY_V23, intents: HELD_OUT_INTENTS_V23 },
  // v24 (round twenty-four): measured once from outside on round twenty-three's router (RUN24…), then
  // read; no text shared with an earlier set.
  { name: 'v24', crisis: HELD_OUT_CRISIS_V24, ordinary: HELD_OUT_ORDINARY_V24, intents: HELD_OUT_INTENTS_V24 },
  // v25 and v26 (round twenty-five): v25 measured once on round twenty-four's router and on the
  // candidate that shipped the tenth and eleventh batches (RUN25…, RUN25a…), v26 once on that router
  // (RUN26…); then read.
  { name: 'v25', crisis: HELD_OUT_CRISIS_V25, ordinary: HELD_OUT_ORDINARY_V25, intents: HELD_OUT_INTENTS_V25 },
  { name: 'v26', crisis: HELD_OUT_CRISIS_V26, ordinary: HELD_OUT_ORDINARY_V26, intents: HELD_OUT_INTENTS_V26 },
  // v27, v28 and v29 (round twenty-six): v27 measured once before and once after round twenty-five
  // (RUN27…, RUN27a…), v28 on round twenty-five's router and on the twelfth batch that shipped
  // (RUN28…, RUN28a…), v29 once on that router (RUN29…); then read.
  { name: 'v27', crisis: HELD_OUT_CRISIS_V27, ordinary: HELD_OUT_ORDINARY_V27, intents: HELD_OUT_INTENTS_V27 },
  { name: 'v28', crisis: HELD_OUT_CRISIS_V28, ordinary: HELD_OUT_ORDINARY_V28, intents: HELD_OUT_INTENTS_V28 },
  { name: 'v29', crisis: HELD_OUT_CRISIS_V29, ordinary: HELD_OUT_ORDINARY_V29, intents: HELD_OUT_INTENTS_V29 },
  // v30 and v31 (round twenty-seven): v30 measured once on the twelfth batch's router and on round
  // twenty-six's two candidates (RUN30…, RUN30a…, RUN30b…), v31 once on round twenty-six's router (RUN31…);
  // then read.
  { name: 'v30', crisis: HELD_OUT_CRISIS_V30, ordinary: HELD_OUT_ORDINARY_V30, intents: HELD_OUT_INTENTS_V30 },
  { name: 'v31', crisis: HELD_OUT_CRISIS_V31, ordinary: HELD_OUT_ORDINARY_V31, intents: HELD_OUT_INTENTS_V31 },
  // v32 (round twenty-eight): measured once on round twenty-six's router and on round twenty-seven's two
  // candidates (RUN32…, RUN32a…, RUN32b…); then read.
  { name: 'v32', crisis: HELD_OUT_CRISIS_V32, ordinary: HELD_OUT_ORDINARY_V32, intents: HELD_OUT_INTENTS_V32 },
  // v33 and v34 (round thirty): v33 measured once on round twenty-seven's router and on round twenty-eight's
  // candidate (RUN33…, RUN33a…); v34 once on round twenty-eight's router and on round twenty-nine's candidate,
  // which did not ship (RUN34…, RUN34a…); then read.
  { name: 'v33', crisis: HELD_OUT_CRISIS_V33, ordinary: HELD_OUT_ORDINARY_V33, intents: HELD_OUT_INTENTS_V33 },
  { name: 'v34', crisis: HELD_OUT_CRISIS_V34, ordinary: HELD_OUT_ORDINARY_V34, intents: HELD_OUT_INTENTS_V34 },
  // v35 and v36 (round thirty-one): v35 measured once on round twenty-eight's router and on round thirty's two
  // candidates (RUN35…, RUN35b…, RUN35p…); v36 once on round thirty's router with windows off and on
  // (RUN36…, RUN36p…); then read.
  { name: 'v35', crisis: HELD_OUT_CRISIS_V35, ordinary: HELD_OUT_ORDINARY_V35, intents: HELD_OUT_INTENTS_V35 },
  { name: 'v36', crisis: HELD_OUT_CRISIS_V36, ordinary: HELD_OUT_ORDINARY_V36, intents: HELD_OUT_INTENTS_V36 },
  // v37 and v38 (round thirty-two): v37 measured once on round thirty's router and on round thirty-one's two
  // candidates (RUN37…, RUN37b…, RUN37w…); v38 once on round thirty-one's router and on W2 and W3 (RUN38…,
  // RUN38w…, RUNW3…); then read.
  { name: 'v37', crisis: HELD_OUT_CRISIS_V37, ordinary: HELD_OUT_ORDINARY_V37, intents: HELD_OUT_INTENTS_V37 },
  { name: 'v38', crisis: HELD_OUT_CRISIS_V38, ordinary: HELD_OUT_ORDINARY_V38, intents: HELD_OUT_INTENTS_V38 },
  // v39 (round thirty-three): measured once on round thirty-one's router and on round thirty-two's candidates
  // (RUN39…, RUN39b…, RUN39c…); then read.
  { name: 'v39', crisis: HELD_OUT_CRISIS_V39, ordinary: HELD_OUT_ORDINARY_V39, intents: HELD_OUT_INTENTS_V39 },
  // v40 (round thirty-four): measured once on round thirty-two's router and on round thirty-three's candidate B3
  // (RUN40…, RUN40b…); then read.
  { name: 'v40', crisis: HELD_OUT_CRISIS_V40, ordinary: HELD_OUT_ORDINARY_V40, intents: HELD_OUT_INTENTS_V40 },
  // v41 (round thirty-six): measured once on round thirty-three's router and on round thirty-four's candidate B4
  // (RUN41…, RUN41b…); then read.
  { name: 'v41', crisis: HELD_OUT_CRISIS_V41, ordinary: HELD_OUT_ORDINARY_V41, intents: HELD_OUT_INTENTS_V41 },
  // v42 (round thirty-six): measured once on round thirty-four's router and on candidate N (RUN42…, RUN42n…); then
  // read.
  { name: 'v42', crisis: HELD_OUT_CRISIS_V42, ordinary: HELD_OUT_ORDINARY_V42, intents: HELD_OUT_INTENTS_V42 },
  // v43 (round thirty-seven): measured once on round thirty-four's router and on round thirty-six's candidate B5
  // (RUN43…, RUN43b…); then read.
  { name: 'v43', crisis: HELD_OUT_CRISIS_V43, ordinary: HELD_OUT_ORDINARY_V43, intents: HELD_OUT_INTENTS_V43 },
  // v44 (round thirty-eight): measured once on round thirty-six's router and on round thirty-seven's candidate B6
  // (RUN44…, RUN44b…); then read.
  { name: 'v44', crisis: HELD_OUT_CRISIS_V44, ordinary: HELD_OUT_ORDINARY_V44, intents: HELD_OUT_INTENTS_V44 },
  // v45 (round thirty-eight): measured once on round thirty-seven's router, no candidate judged (RUN45…); then
  // read.
  { name: 'v45', crisis: HELD_OUT_CRISIS_V45, ordinary: HELD_OUT_ORDINARY_V45, intents: HELD_OUT_INTENTS_V45 },
  // v46 (round thirty-nine): measured once on round thirty-seven's router and on round thirty-eight's candidate B7
  // (RUN46…, RUN46b…); then read.
  { name: 'v46', crisis: HELD_OUT_CRISIS_V46, ordinary: HELD_OUT_ORDINARY_V46, intents: HELD_OUT_INTENTS_V46 },
  // v47 (round forty): measured once on round thirty-eight's router and on round thirty-nine's candidates B8 and S
  // (RUN47…, RUN47b…, RUN47s…); then read.
  { name: 'v47', crisis: HELD_OUT_CRISIS_V47, ordinary: HELD_OUT_ORDINARY_V47, intents: HELD_OUT_INTENTS_V47 },
  // v48 (round forty-one): measured once on round thirty-nine's router and on round forty's candidates B9 and S
  // (RUN48…, RUN48b…, RUN48s…); then read.
  { name: 'v48', crisis: HELD_OUT_CRISIS_V48, ordinary: HELD_OUT_ORDINARY_V48, intents: HELD_OUT_INTENTS_V48 },
  // v49 (round forty-two): measured once on round forty's router and on round forty-one's candidates B10 and S2
  // (RUN49…, RUN49b…, RUN49s…); then read.
  { name: 'v49', crisis: HELD_OUT_CRISIS_V49, ordinary: HELD_OUT_ORDINARY_V49, intents: HELD_OUT_INTENTS_V49 },
  // v50 (round forty-four): measured once on round forty-one's router and on round forty-two's candidate B11
  // (RUN50…, RUN50b…); then read.
  { name: 'v50', crisis: HELD_OUT_CRISIS_V50, ordinary: HELD_OUT_ORDINARY_V50, intents: HELD_OUT_INTENTS_V50 },
  // v51 (round forty-four): measured once on round forty-two's router and on round forty-three's candidate B12,
  // which was not shipped (RUN51…, RUN51b…); then read.
  { name: 'v51', crisis: HELD_OUT_CRISIS_V51, ordinary: HELD_OUT_ORDINARY_V51, intents: HELD_OUT_INTENTS_V51 },
  // v52 (round forty-five): measured once on round forty-two's router and on round forty-four's candidates N13 and B13
  // (RUN52…, RUN52n…, RUN52b…); then read.
  { name: 'v52', crisis: HELD_OUT_CRISIS_V52, ordinary: HELD_OUT_ORDINARY_V52, intents: HELD_OUT_INTENTS_V52 },
  // v53 (round forty-six): measured once on round forty-four's router and on round forty-five's candidate N14, shipped
  // (RUN53…, RUN53b…); then read.
  { name: 'v53', crisis: HELD_OUT_CRISIS_V53, ordinary: HELD_OUT_ORDINARY_V53, intents: HELD_OUT_INTENTS_V53 },
  // v54 (round forty-seven): measured once on round forty-five's router and on round forty-six's candidates M15, shipped,
  // and N15 (RUN54…, RUN54m…, RUN54n…); then read.
  { name: 'v54', crisis: HELD_OUT_CRISIS_V54, ordinary: HELD_OUT_ORDINARY_V54, intents: HELD_OUT_INTENTS_V54 },
  // v55 (round forty-eight): measured once on round forty-six's router and on round forty-seven's candidates L16 and
  // N16, shipped (RUN55…, RUN55l…, RUN55n…); then read.
  { name: 'v55', crisis: HELD_OUT_CRISIS_V55, ordinary: HELD_OUT_ORDINARY_V55, intents: HELD_OUT_INTENTS_V55 },
  // v56 (round forty-nine): measured once on round forty-seven's router and on round forty-eight's candidates L17 and
  // N17, neither shipped (RUN56…, RUN56l…, RUN56n…); then read.
  { name: 'v56', crisis: HELD_OUT_CRISIS_V56, ordinary: HELD_OUT_ORDINARY_V56, intents: HELD_OUT_INTENTS_V56 }
]

/**
 * Each set less the messages counted already: a message counts once, in the set that had it first,
 * and not at all when it is a training text (written independently, some short ones recur: v15's
 * "hmm" and "ok" are v5's; v25's "lol", "thanks!", "brb" and v26's "hi", "thanks!", "ok", "lol", "🙏"
 * are training texts or earlier sets' messages; one v27 intent message, "给我一句关于放下的话", is
 * also a tenth-batch intent message). Compared case-insensitively, as heldout.ts does.
 */
function countedOnce(sets: readonly DevSet[]): DevSet[] {
  const counted = new Set([
    // The written training texts, not INTENT_ROUTER_TRAINING: that holds these sets' own intent messages.
    ...[...TRAINING_EXAMPLES, ...INTENT_TRAINING_VARIED_SECOND, ...TENTH_BATCH_INTENT_EXAMPLES].map((example) => example.text),
    ...SAFETY_TRAINING.map((example) => example.text), ...SAFETY_TRAINING_NEGATIVES
  ].map((text) => text.trim().toLowerCase()))
  return sets.map((set) => {
    const isNew = (text: string): boolean => !counted.has(text.trim().toLowerCase())
    const kept = { name: set.name, crisis: set.crisis.filter((message) => isNew(message.text)), ordinary: set.ordinary.filter(isNew), intents: set.intents.filter((example) => isNew(example.text)) }
    for (const text of [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)]) counted.add(text.trim().toLowerCase())
    return kept
  })
}

export const DEV_SETS: readonly DevSet[] = countedOnce(DEV_SETS_AS_WRITTEN)

/** A message of a set for binary training: positive when it must escalate. */
export interface BinaryExample { readonly text: string; readonly positive: boolean; readonly kind?: SafetyKind }

/** Every message of a set as a binary example (intent messages labelled safety_escalation are positives). */
export function binaryExamples(set: DevSet): BinaryExample[] {
  return [
    ...set.crisis.map((message) => ({ text: message.text, positive: true, kind: message.kind })),
    ...set.ordinary.map((text) => ({ text, positive: false })),
    ...set.intents.map((example) => ({ text: example.text, positive: example.intent === 'safety_escalation' }))
  ]
}
