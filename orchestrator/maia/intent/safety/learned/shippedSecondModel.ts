/**
 * The weight of the second shipped safety model (safetyModel.second.*, safetySentenceModel.second.*) in the averaged
 * screen (averagedSafetyModels.ts): the fused log-odds are (1 − weight)·first + weight·second.
 *
 * The first is S43 (round seventy-three's training command, README "Safety screen"); the second is S54u (round
 * eighty-six's: the same command with detection also trained on v81–v86 and the one-line sets heldout1–11, three copies
 * each), both read at the shipped thresholds. Round eighty-eight (bench/router/heldout/v94/DECISION.md) picked 0.2 on
 * spent sets neither model trained on, before any fresh set was read: from 0.25 up, v92 loses a non-Latin crisis its
 * guard holds, and from 0.45 up a Thai shadow-work request of v87's intent set escalates.
 */
export const SHIPPED_SECOND_MODEL_WEIGHT = 0.2
