// The `--run-windows on|off` switch of the padding and window-cost benches, parsed once: the router
// option it stands for (createIntentRouter's runWindows), or nothing where the flag is left at its
// default, so the router's own default applies.
import { RUN_WINDOW_CHOICE, type IntentRouterInit } from '../../orchestrator/maia/intent/createIntentRouter.ts'

/**
 * The createIntentRouter option for a `--run-windows` value (`default`: what the benches' parseArgs fills in when the
 * flag is absent).
 *
 * @example
 * runWindowsOption('off') // { runWindows: false }
 * runWindowsOption('default') // {}
 */
export function runWindowsOption(flag: string): Pick<IntentRouterInit, 'runWindows'> {
  if (flag === 'off') return { runWindows: false }
  if (flag === 'on') return { runWindows: RUN_WINDOW_CHOICE }
  if (flag === 'default') return {}
  throw new Error(`--run-windows takes on or off, not ${JSON.stringify(flag)}`)
}
