import { configDefaults, defineConfig } from 'vitest/config'
import base from './vitest.config.ts'

// `npm run test:slow`: the guards that take minutes of CPU each (every message of a large set
// through the sentence encoder), kept out of `npm test` so that it stays under ten minutes on two
// cores; CI (.ci/run) runs them after `npm test`. Same settings as vitest.config.ts otherwise
// (not mergeConfig: it would concatenate the include and exclude lists).
export default defineConfig({
  test: {
    ...base.test,
    include: ['test/**/*.slow.test.ts'],
    exclude: [...configDefaults.exclude]
  }
})
