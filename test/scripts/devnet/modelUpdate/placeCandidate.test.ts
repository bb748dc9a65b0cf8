import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { placeCandidate } from '../../../../scripts/devnet/modelUpdate/placeCandidate.ts'
import type { DevnetNode } from '../../../../scripts/devnet/startDevnet.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'

const SHA = `0x${'ef'.repeat(32)}`

describe('placeCandidate', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let nodes: DevnetNode[]
  beforeEach(async () => {
    directory = await temporaryDirectory('maia-place-candidate-')
    nodes = ['node-1', 'node-2', 'node-3'].map((name) => ({ name, peerId: name, address: `/ip4/127.0.0.1/tcp/1/p2p/${name}`, modelsDir: join(directory.path, name, 'models'), logFile: join(directory.path, `${name}.log`) }))
  })
  afterEach(async () => { await directory.remove() })

  it('puts the file in the holder\'s store under its hash and clears it (and partial downloads) from the others', async () => {
    const candidate = join(directory.path, 'candidate.gguf')
    await writeFile(candidate, 'weights')
    // An earlier run left the file, a partial download and a manifest cache in node-2's and node-3's stores.
    for (const node of nodes.slice(1)) {
      await mkdir(node.modelsDir, { recursive: true })
      for (const name of [`${SHA.slice(2)}.gguf`, `${SHA.slice(2)}.gguf.part`, `${SHA.slice(2)}.gguf.part.json`, `${SHA.slice(2)}.manifest.json`, 'other.gguf']) await writeFile(join(node.modelsDir, name), 'x')
    }
    await placeCandidate(nodes, nodes[0]!, { path: candidate, sha256: SHA })
    expect(await readFile(join(nodes[0]!.modelsDir, `${SHA.slice(2)}.gguf`), 'utf8')).toBe('weights')
    for (const node of nodes.slice(1)) expect(await readdir(node.modelsDir)).toEqual(['other.gguf'])
  })
})
