/**
 * Architecture rules a machine checks (`npm run lint:deps`, part of `npm test`). Each rule names a
 * boundary of the layout in README.md "Layout"; a violation fails the test run.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make start-up order and mocking fragile.',
      from: {},
      to: { circular: true }
    },
    {
      name: 'node-not-orchestrator',
      severity: 'error',
      comment: 'The provider daemon and the orchestrator are separate programs: they share only shared/.',
      from: { path: '^node/' },
      to: { path: '^orchestrator/' }
    },
    {
      name: 'orchestrator-not-node',
      severity: 'error',
      comment: 'The provider daemon and the orchestrator are separate programs: they share only shared/.',
      from: { path: '^orchestrator/' },
      to: { path: '^node/' }
    },
    {
      name: 'shared-imports-no-side',
      severity: 'error',
      comment: 'shared/ holds protocol, schemas, keys and chain access for both sides; it depends on neither.',
      from: { path: '^shared/' },
      to: { path: '^(node|orchestrator|scripts|bench|test)/' }
    },
    {
      name: 'code-not-tests-or-benchmarks',
      severity: 'error',
      comment: 'Shipped code never imports tests or benchmarks.',
      from: { path: '^(node|orchestrator|shared|scripts)/' },
      to: { path: '^(test|bench)/' }
    },
    {
      name: 'daemons-not-cli',
      severity: 'error',
      comment: 'scripts/ parses flags and composes; node/ and orchestrator/ never reach back into it.',
      from: { path: '^(node|orchestrator)/' },
      to: { path: '^scripts/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|artifacts|cache|types|\\.devnet)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] }
  }
}
