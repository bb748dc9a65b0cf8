/** Commands whose whole module graph loads under Node's type stripping (see typeScriptLoader.js). */
export declare const NATIVE_COMMANDS: readonly string[]

/** Flags that load modules Node cannot run without tsx, even under a native command. */
export declare const TSX_FLAGS: readonly string[]

/** `'native'` (Node's type stripping) or `'tsx'` for one `maia` invocation. */
export declare function chooseTypeScriptLoader(
  argv: readonly string[],
  features: { typescript?: string | false | undefined },
  env: Record<string, string | undefined>
): 'native' | 'tsx'
