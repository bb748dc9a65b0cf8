// How a `maia` process runs its TypeScript sources. Plain JavaScript: it is loaded before any
// TypeScript can be.
//
// Node >= 22.18 erases types itself (`process.features.typescript === 'strip'`): no transform
// runs, no loader thread starts, and V8's compile cache holds the sources like any JavaScript.
// On the 2-core machine that saved ~2 s of CPU over a `maia up` (15.9/16.3 s vs 18.5/17.6 s).
// tsx stays the fallback: for older Node, for help and unknown words, and for any command whose
// modules use syntax Node cannot erase or its V8 does not parse yet (`await using` in Node 22:
// write try/finally; test/scripts/cli/typeScriptLoader.test.ts catches either).

/**
 * Commands whose whole module graph loads under Node's type stripping; any other command, help
 * and unknown words included, runs through tsx. test/scripts/cli/typeScriptLoader.test.ts loads
 * each of these natively, so a construct Node cannot strip fails there, not in `npm start`.
 */
export const NATIVE_COMMANDS = Object.freeze(['up', 'node', 'orchestrator', 'deploy', 'report', 'status', 'route', 'knowledge', 'quality', 'model', 'dataset', 'stake', 'session', 'gov', 'rewards', 'chain'])

/** Flags that load modules Node cannot run without tsx, even under a native command. */
export const TSX_FLAGS = Object.freeze([])

/**
 * `'native'` or `'tsx'` for one invocation. `MAIA_TS_LOADER=tsx` forces tsx (and `native`
 * forces Node's stripping where this Node has it), for comparing the two.
 *
 * @param {readonly string[]} argv process.argv
 * @param {{ typescript?: string | false | undefined }} features process.features
 * @param {Record<string, string | undefined>} env process.env
 * @returns {'native' | 'tsx'}
 */
export function chooseTypeScriptLoader(argv, features, env) {
  if (features.typescript !== 'strip') return 'tsx'
  if (env.MAIA_TS_LOADER === 'tsx') return 'tsx'
  if (env.MAIA_TS_LOADER === 'native') return 'native'
  const words = argv.slice(2)
  if (words.some((word) => TSX_FLAGS.includes(word))) return 'tsx'
  const command = words.find((word) => !word.startsWith('-'))
  return command !== undefined && NATIVE_COMMANDS.includes(command) ? 'native' : 'tsx'
}
