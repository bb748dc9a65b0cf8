import type { Command } from 'commander'
import { createIntentRouter } from '../../orchestrator/maia/intent/index.ts'
import { loadRoutePolicy } from '../../orchestrator/maia/intent/index.ts'

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
    .option('--policy <file>', 'JSON route policy, e.g. {"routes":{"shadow_work":"claude"}}')
    .action(async (message: string, flags: { json?: boolean; claude?: boolean; policy?: string }) => {
      const policy = flags.policy === undefined ? undefined : await loadRoutePolicy(flags.policy)
      const claudeAvailable = flags.claude === true || Boolean(process.env.ANTHROPIC_API_KEY?.trim())
      const decision = createIntentRouter({ policy, claudeAvailable }).route(message)
      if (flags.json === true) {
        const output = decision.kind === undefined ? { intent: decision.intent, route: decision.route } : { intent: decision.intent, route: decision.route, kind: decision.kind }
        process.stdout.write(`${JSON.stringify(output)}\n`)
        return
      }
      process.stdout.write(`${decision.intent}${decision.kind === undefined ? '' : ` (${decision.kind})`} → ${decision.route} (confidence ${decision.confidence.toFixed(2)}${decision.reason === 'classifier' ? '' : `, by ${decision.reason}`})\n`)
    })
}
