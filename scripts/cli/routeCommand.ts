import { InvalidArgumentError, type Command } from 'commander'
import { createIntentRouter, DEFAULT_ROUTING_PHASE, loadRoutePolicy, ROUTE_POLICY_PHASES, ROUTING_PHASES, type RoutingPhase } from '../../orchestrator/maia/intent/index.ts'
import { loadSentenceEncoder } from '../../orchestrator/maia/sentenceEncoder/index.ts'

/**
 * `maia route "<message>"`: which intent a message has and where it would be answered.
 * Works offline on a fresh checkout: the classifier trains from the shipped labelled set in
 * well under a second. With `--json`, stdout is exactly `{ "intent", "route" }` (a stable
 * interface for scripts and quality checks), plus `"kind"` when the intent is
 * `safety_escalation` (which fixed reply it gets: e.g. `third_party_emergency`, `manipulation`);
 * nothing else is written there.
 */
export function registerRouteCommand(program: Command): void {
  program.command('route')
    .description('classify a message and show the route it would take (template, network, claude, safety)')
    .argument('<message>', 'the user message to route')
    .option('--json', 'print only {"intent","route"} as JSON (plus "kind" for a safety escalation)')
    .option('--claude', 'assume a Claude key is configured (default: whether ANTHROPIC_API_KEY is set)')
    .option('--phase <1b|2>', `the seed phase's route policy (default ${DEFAULT_ROUTING_PHASE}: the network answers synthesis and oracle readings; 1b: Claude does)`, parsePhase, DEFAULT_ROUTING_PHASE)
    .option('--policy <file>', 'JSON route policy overriding the phase\'s, e.g. {"routes":{"shadow_work":"claude"}}')
    .action(async (message: string, flags: { json?: boolean; claude?: boolean; policy?: string; phase: RoutingPhase }) => {
      // The encoder's thread boots while this one reads the policy, the models and the rules (~0.5 s sooner to the
      // answer); the screen's own load shares the thread and reports a failure, so this start's failure is dropped.
      loadSentenceEncoder().catch(() => undefined)
      const base = ROUTE_POLICY_PHASES[flags.phase]
      const policy = flags.policy === undefined ? base : await loadRoutePolicy(flags.policy, base)
      const claudeAvailable = flags.claude === true || Boolean(process.env.ANTHROPIC_API_KEY?.trim())
      // The sentence-aware screen, as the orchestrator runs it; if the encoder cannot load, the
      // rules and n-gram screen answer alone and stderr says so (stdout stays the JSON).
      const logger = { error: (details: object, text: string) => { process.stderr.write(`warning: ${text} ${JSON.stringify(details)}\n`) } }
      const decision = await createIntentRouter({ policy, claudeAvailable, logger }).routeAsync(message)
      if (flags.json === true) {
        const output = decision.kind === undefined ? { intent: decision.intent, route: decision.route } : { intent: decision.intent, route: decision.route, kind: decision.kind }
        process.stdout.write(`${JSON.stringify(output)}\n`)
        return
      }
      process.stdout.write(`${decision.intent}${decision.kind === undefined ? '' : ` (${decision.kind})`} → ${decision.route} (confidence ${decision.confidence.toFixed(2)}${decision.reason === 'classifier' ? '' : `, by ${decision.reason}`})\n`)
    })
}

function parsePhase(value: string): RoutingPhase {
  if (!(ROUTING_PHASES as string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${ROUTING_PHASES.join(', ')}`)
  return value as RoutingPhase
}
