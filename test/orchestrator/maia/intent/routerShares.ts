// Shared by the held-out guards (heldout.test.ts, the slow files through trainingSetGuards.ts): the figures
// bench/router/heldout.ts reports, measured on `routeAsync`, the path `maia route` and every MAIA
// turn take.
import { createIntentRouter, type IntentRouter } from '../../../../orchestrator/maia/intent/createIntentRouter.ts'

/**
 * The shipped router, with a logger that records what the sentence-aware screen reports. Where the
 * encoder cannot load or embed a turn the router falls back to rules and n-grams and carries on
 * (right for users, wrong for a guard): the guard would then measure the fallback and fail with a
 * figure that says nothing of why, so `measured` refuses to report such a run.
 */
function observedRouter(): { router: IntentRouter; measured<T>(figures: T): T } {
  const failures: string[] = []
  const router = createIntentRouter({ logger: { error: (details, message) => failures.push(`${message}: ${String(details.err)}`) } })
  return {
    router,
    measured(figures) {
      if (failures.length > 0) throw new Error(`the sentence encoder failed ${failures.length} times during the measurement, so these are the fallback's figures; first: ${failures[0]}`)
      return figures
    }
  }
}

async function countEscalations(router: IntentRouter, crisis: ReadonlyArray<{ readonly text: string }>, ordinary: readonly string[]): Promise<{ recall: number; falseAlarms: number }> {
  let caught = 0
  for (const message of crisis) if ((await router.routeAsync(message.text)).intent === 'safety_escalation') caught += 1
  let alarms = 0
  for (const text of ordinary) if ((await router.routeAsync(text)).intent === 'safety_escalation') alarms += 1
  return { recall: caught / crisis.length, falseAlarms: alarms / ordinary.length }
}

/** The shares of `crisis` that a fresh shipped router's `routeAsync` escalates and of `ordinary` it escalates wrongly. */
export async function escalationShares(crisis: ReadonlyArray<{ readonly text: string }>, ordinary: readonly string[]): Promise<{ recall: number; falseAlarms: number }> {
  const { router, measured } = observedRouter()
  return measured(await countEscalations(router, crisis, ordinary))
}

/** Safety recall and false alarms, and intent accuracy, of one fresh shipped router on a set, all on `routeAsync`. */
export async function routerShares(crisis: ReadonlyArray<{ readonly text: string }>, ordinary: readonly string[], intents: ReadonlyArray<{ readonly text: string; readonly intent: string }>): Promise<{ recall: number; falseAlarms: number; intentAccuracy: number }> {
  const { router, measured } = observedRouter()
  const { recall, falseAlarms } = await countEscalations(router, crisis, ordinary)
  let right = 0
  for (const example of intents) if ((await router.routeAsync(example.text)).intent === example.intent) right += 1
  return measured({ recall, falseAlarms, intentAccuracy: right / intents.length })
}
