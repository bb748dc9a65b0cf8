import { describe, expect, it } from 'vitest'
import { heldOutSetFiles } from '../../../../bench/router/heldOutSetFiles.ts'
import { createIntentRouter, type IntentRouter } from '../../../../orchestrator/maia/intent/createIntentRouter.ts'
import { EmptyMessageError } from '../../../../orchestrator/maia/intent/errors.ts'
import { getShippedLearnedSafetyScreen } from '../../../../orchestrator/maia/intent/safety/learned/shippedSafetyModels.ts'
import { createResponderRouting, NOT_ESCALATED } from '../../../../orchestrator/maia/intent/createResponderRouting.ts'

// screenQuickly is the quick screen of a conversation's older turns: it must escalate exactly
// when route would, with the same kind, or an older turn's crisis would be screened more loosely
// than the same words sent as the last turn's quick route.

/** Route's escalation, in screenQuickly's shape. */
function routed(router: IntentRouter, message: string): { escalate: boolean; kind?: string } {
  const decision = router.route(message)
  return decision.intent === 'safety_escalation' ? { escalate: true, kind: decision.kind } : { escalate: false }
}

async function spentMessages(): Promise<string[]> {
  // v96 is spent (bench/router/heldout/v96/DECISION.md): crises, look-alikes and ordinary messages written from outside.
  const { crisis, ordinary, intents } = await heldOutSetFiles('v96')
  return [...crisis.map((message) => message.text), ...ordinary, ...(intents ?? []).map((example) => example.text)]
}

describe('the quick and light safety screens of older turns', () => {
  it('escalates exactly when route does, with the same kind, on a spent set written from outside', async () => {
    const router = createIntentRouter()
    const messages = await spentMessages()
    const disagreements = messages.filter((message) => JSON.stringify(router.screenQuickly(message)) !== JSON.stringify(routed(router, message)))
    expect(messages.length).toBeGreaterThan(1_000)
    expect(messages.filter((message) => router.screenQuickly(message).escalate).length).toBeGreaterThan(400)
    expect(disagreements).toEqual([])
  }, 60_000)

  it('runs the intent classifier when its threshold lets it escalate, and agrees with route then too', async () => {
    // A threshold low enough that the classifier alone escalates some messages the screen passes.
    const router = createIntentRouter({ safetyThreshold: 0.2 })
    const messages = (await spentMessages()).slice(0, 600)
    const byClassifier = messages.filter((message) => {
      const decision = router.route(message)
      return decision.reason === 'classifier' && decision.intent === 'safety_escalation'
    })
    expect(byClassifier.length).toBeGreaterThan(0)
    expect(messages.filter((message) => JSON.stringify(router.screenQuickly(message)) !== JSON.stringify(routed(router, message)))).toEqual([])
  }, 60_000)

  it('screens lightly with the learned n-gram screen alone: it escalates exactly when that screen flags', async () => {
    const router = createIntentRouter()
    const learned = getShippedLearnedSafetyScreen()
    const { crisis, ordinary } = await heldOutSetFiles('v96')
    const messages = [...crisis.map((message) => message.text), ...ordinary]
    const disagreements = messages.filter((message) => {
      const light = router.screenLightly(message)
      const flagged = learned.probability(message) >= learned.threshold
      return light.escalate !== flagged || (light.escalate && light.kind !== learned.kindOf(message))
    })
    expect(disagreements).toEqual([])
    // What the light screen gives up against the quick one (rules and n-grams), on a spent set written from outside.
    const caught = (screen: (message: string) => { escalate: boolean }) => crisis.filter((message) => screen(message.text).escalate).length
    const alarms = (screen: (message: string) => { escalate: boolean }) => ordinary.filter((message) => screen(message).escalate).length
    console.info(`[screen] v96 crises caught: quick ${caught(router.screenQuickly)}/${crisis.length}, light ${caught(router.screenLightly)}/${crisis.length}; false alarms: quick ${alarms(router.screenQuickly)}/${ordinary.length}, light ${alarms(router.screenLightly)}/${ordinary.length}`)
    expect(caught(router.screenLightly)).toBeGreaterThan(crisis.length * 0.7)
  }, 60_000)

  it('refuses an empty message as route does', () => {
    const router = createIntentRouter()
    expect(() => router.screenQuickly('  ')).toThrow(EmptyMessageError)
    expect(() => router.screenLightly('')).toThrow(EmptyMessageError)
  })

  it("is the responder's classifyQuickly: an escalation with its kind, else no intent chosen", () => {
    const routing = createResponderRouting({ claudeAvailable: false })
    expect(routing.classifyQuickly('I took all my pills an hour ago and I feel strange')).toMatchObject({ intent: 'safety_escalation' })
    expect(routing.classifyQuickly('pull a card for my week please')).toEqual({ intent: NOT_ESCALATED })
    expect(routing.classifyLightly('pull a card for my week please')).toEqual({ intent: NOT_ESCALATED })
  })
})
