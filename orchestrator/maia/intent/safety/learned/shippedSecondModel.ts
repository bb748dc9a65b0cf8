/**
 * The weight of the second shipped safety model (safetyModel.second.*, safetySentenceModel.second.*) in the averaged
 * screen (averagedSafetyModels.ts): the fused log-odds are (1 − weight)·first + weight·second.
 *
 * The first is S43 (round seventy-three's training command, README "Safety screen"); the second, since round
 * eighty-nine (bench/router/heldout/v95/DECISION.md), is S56: the same command with detection also trained on v57–v92
 * and the one-line sets heldout1–16 (three copies each), read at the shipped thresholds. Round eighty-nine picked 0.6
 * on spent sets neither model trained on (v93, v94, heldout17, heldout18), before any fresh set was read: from 0.3 up
 * every guarded part of v93 and v94 held and the one-line look-alikes' false alarms stayed at or under the shipped
 * router's, and 0.6 caught the most crises there. (Round eighty-eight's second model, S54u, was heard at 0.2.)
 */
export const SHIPPED_SECOND_MODEL_WEIGHT = 0.6
