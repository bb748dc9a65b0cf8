#!/usr/bin/env node
// The `maia` CLI. Sources are TypeScript, run by Node's own type stripping where it can and
// through tsx's loader otherwise (cli/typeScriptLoader.js says which), so a fresh checkout needs
// no build step after `npm install`.
import module from 'node:module'
import { cacheErasedTypeScript, erasedTypeScriptDirectory } from './cli/erasedTypeScriptCache.js'
import { chooseTypeScriptLoader } from './cli/typeScriptLoader.js'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(`maia needs Node >= 22.13 (this is ${process.version}); see README "Requirements".\n`)
  process.exit(1)
}
// Every `maia` process compiles the same ~2,600 modules (libp2p, ethers, node-llama-cpp, the
// sources). V8's code cache on disk (Node's compile cache) spares a warm start part of that;
// the environment variable hands the same cache to the processes `maia up` starts (chain,
// orchestrator, nodes) and to node-llama-cpp's binary check. With it and the source-map setting
// below, loading `maia orchestrator` took 1.90 s of CPU instead of 2.17 s, `maia node` 1.35 s
// instead of 1.60 s (medians of 6 runs each, warm cache, on the 2-core machine).
const compileCache = module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE)
if (compileCache?.directory !== undefined) process.env.NODE_COMPILE_CACHE ??= compileCache.directory
// Each process `maia up` starts (orchestrator, nodes) runs this file again and chooses for itself.
if (chooseTypeScriptLoader(process.argv, process.features, process.env) === 'tsx') {
  const { register } = await import('tsx/esm/api')
  register()
} else {
  // Node 22 erases types again in every process; the erased sources are kept (cli/erasedTypeScriptCache.js).
  const directory = erasedTypeScriptDirectory(process.env)
  if (directory !== undefined) cacheErasedTypeScript(directory)
}
// tsx turns source maps on for every module, so each process parsed the maps that packages ship
// (ethers, libp2p, node-llama-cpp) at start. Stack traces still map the TypeScript sources; a
// frame inside node_modules shows its compiled JavaScript.
module.setSourceMapsSupport?.(true, { nodeModules: false, generatedCode: false })
const { runCli } = await import('./cli/main.ts')
await runCli(process.argv)
