/**
 * Keeps the JavaScript that Node 22 erases from each TypeScript module, so a later process loads it without erasing
 * again (see erasedTypeScriptCache.js). Returns whether the hook was installed in this thread.
 */
export declare function cacheErasedTypeScript(
  directory: string,
  options?: { nodeVersion?: string; erase?: (source: string) => string }
): boolean

/** `erased-typescript` under MAIA_CACHE_DIR (`off`: none), else under the checkout's node_modules/.cache/maia. */
export declare function erasedTypeScriptDirectory(env: Record<string, string | undefined>): string | undefined
