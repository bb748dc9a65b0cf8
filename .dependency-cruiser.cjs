/**
 * Bounded contexts. Each has an `index.ts` face; code in another context imports only the face.
 * A nested context (e.g. `orchestrator/maia/intent`) is a context of its own; code inside a context
 * may use its parent's internals; `shared/`'s folders are one layer and use each other directly.
 */
const CONTEXTS = [
  'orchestrator', 'orchestrator/gateway', 'orchestrator/inference', 'orchestrator/chain', 'orchestrator/metrics',
  'orchestrator/economy', 'orchestrator/quality', 'orchestrator/dashboard',
  'orchestrator/maia', 'orchestrator/maia/intent', 'orchestrator/maia/knowledge', 'orchestrator/maia/memory', 'orchestrator/maia/tokens', 'orchestrator/maia/sentenceEncoder',
  'node',
  'shared/protocol', 'shared/chat', 'shared/llama', 'shared/chain', 'shared/keys', 'shared/config', 'shared/p2p', 'shared/util', 'shared/log', 'shared/errors'
]
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const nestedIn = (context) => CONTEXTS.filter((other) => other.startsWith(`${context}/`) && !CONTEXTS.some((middle) => middle !== context && other.startsWith(`${middle}/`) && middle.startsWith(`${context}/`)))
const faceRules = CONTEXTS.map((context) => ({
  name: `face-of-${context.replaceAll('/', '-')}`,
  severity: 'error',
  comment: `Other contexts import ${context}/ only through ${context}/index.ts (its public face).`,
  from: { path: '^(node|orchestrator|shared|scripts)/', pathNot: context.startsWith('shared/') ? '^shared/' : `^${escape(context)}/` },
  to: {
    path: `^${escape(context)}/`,
    pathNot: [`^${escape(context)}/index\\.ts$`, ...nestedIn(context).map((inner) => `^${escape(inner)}/`)]
  }
}))

/**
 * Architecture rules a machine checks (`npm run lint:deps`, part of `npm test`). Each rule names a
 * boundary of the layout in README.md "Layout"; a violation fails the test run.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    ...faceRules,
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
      name: 'domain-not-gateway',
      severity: 'error',
      comment: 'Domain contexts know nothing of HTTP: they throw their own errors and the gateway maps them to API errors (orchestrator/gateway/errorTable.ts), never the reverse.',
      from: { path: '^orchestrator/(economy|inference|chain|quality|maia)/' },
      to: { path: '^orchestrator/gateway/' }
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
