// Why a message routes as it does: screen matches (live and negated) and the classifier's P(safety).
//   npx tsx bench/router/diagnose.ts "message" ["message" ...]
import { getDefaultIntentClassifier } from '../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'

for (const message of process.argv.slice(2)) {
  const screen = screenForSafety(message)
  const scores = getDefaultIntentClassifier().classify(message).scores
  console.log(`${screen.flagged ? `SCREEN ${screen.kind}` : 'screen clean'} | P(safety) ${scores.safety_escalation.toFixed(2)} | ${message}`)
  for (const match of screen.matches) console.log(`    ${match.negated ? '(negated) ' : ''}${match.kind} / ${match.rule}: "${match.phrase}"`)
}
