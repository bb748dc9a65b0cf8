import type { Command } from 'commander'
import { createIntentRouter } from '../../orchestrator/router/createIntentRouter.ts'
import { loadRoutePolicy } from '../../orchestrator/router/loadRoutePolicy.ts'

/**
 * `maia route "<message>"`: which intent a message has and where it would be answered.
 * Works offline on a fresh checkout: the classifier trains from the shipped labelled set in
 * well under a second. With `--json`, stdout is exactly `{ "intent", "route" }` (a stable
 * interface for scripts and quality checks); nothing else is written there.
 */
export function registerRouteCommand(program: Command): void {
  program.command('route')
    .description('classify a message and show the route it would take (template, network, claude, safety)')
    .argument('<message>', 'the user message to route')
    .option('--json', 'print only {"intent","route"} as JSON')
    .option('--claude', 'assume a Claude key is configured (default: whether ANTHROPIC_API_KEY is set)')
    .option('--policy <file>', 'JSON route policy, e.g. {"routes":{"shadow_work":"claude"}}')
    .action(async (message: string, flags: { json?: boolean; claude?: boolean; policy?: string }) => {
      const policy = flags.policy === undefined ? undefined : await loadRoutePolicy(flags.policy)
      const claudeAvailable = flags.claude === true || Boolean(process.env.ANTHROPIC_API_KEY?.trim())
      const decision = createIntentRouter({ policy, claudeAvailable }).route(message)
      if (flags.json === true) {
        process.stdout.write(`${JSON.stringify({ intent: decision.intent, route: decision.route })}\n`)
        return
      }
      process.stdout.write(`${decision.intent} → ${decision.route} (confidence ${decision.confidence.toFixed(2)}${decision.reason === 'classifier' ? '' : `, by ${decision.reason}`})\n`)
    })
}
