import { configDefaults, defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // Guards that take minutes of CPU (vitest.slow.config.ts, `npm run test:slow`; CI runs both).
    exclude: [...configDefaults.exclude, 'test/**/*.slow.test.ts'],
    // Nodes, chains and models are real processes and sockets: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // As every `maia` process (scripts/maia.js): the safety rules' regexps compiled to native code at
    // once, not to bytecode first; each worker that screens a message saves ~1.2 s (bench/router/regexpTiering.ts).
    execArgv: ['--no-regexp-tier-up'],
    maxWorkers: 2,
    fileParallelism: true
  }
})
