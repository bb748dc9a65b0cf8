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
    // Each worker process runs file after file instead of one fresh process per file: the 227 files spent ~20% of
    // their time importing the same modules (ethers, libp2p, LanceDB, the router's models) again in each new process.
    // 590 -> 383 s for the whole run here (2026-12-04, same tree, one run each). The tests share no state that this
    // could leak: none mocks a module, stubs a global or the environment, or uses fake timers; servers, chains,
    // nodes and folders are made and closed per test.
    isolate: false,
    // As every `maia` process (scripts/maia.js): the safety rules' regexps compiled to native code at
    // once, not to bytecode first; each worker that screens a message saves ~1.2 s (bench/router/regexpTiering.ts).
    execArgv: ['--no-regexp-tier-up'],
    maxWorkers: 2,
    fileParallelism: true
  }
})
