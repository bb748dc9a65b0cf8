#!/usr/bin/env node
// The `maia` CLI. Sources are TypeScript run through tsx's loader, so a fresh checkout
// needs no build step after `npm install`.
import { register } from 'tsx/esm/api'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(`maia needs Node >= 22.13 (this is ${process.version}); see README "Requirements".\n`)
  process.exit(1)
}
register()
const { runCli } = await import('./cli/main.ts')
await runCli(process.argv)
