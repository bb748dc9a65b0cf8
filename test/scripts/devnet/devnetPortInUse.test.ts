import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isPortFree } from '../../../scripts/devnet/freePort.ts'
import { startDevnet } from '../../../scripts/devnet/startDevnet.ts'
import { temporaryDirectory } from '../../helpers/network.ts'
import { tinyModelPath } from '../../helpers/tinyModel.ts'

// Two `maia up` on one machine: the second one's orchestrator could not bind 8787, and its demo
// then talked to the first one's orchestrator (another chain: "deposit: 0"). It must refuse instead.
describe('maia up on a port already in use', () => {
  it('refuses to start, naming the port, before starting anything', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    const port = (server.address() as { port: number }).port
    const directory = await temporaryDirectory('maia-devnet-port-')
    try {
      expect(await isPortFree(port)).toBe(false)
      await expect(startDevnet({ dataDir: directory.path, nodes: 1, model: await tinyModelPath(), httpPort: port, chain: 'none' }))
        .rejects.toMatchObject({ name: 'DevnetStartError', message: expect.stringContaining(`port ${port}`) })
    } finally {
      await new Promise((resolve) => server.close(resolve))
      await directory.remove()
    }
    expect(await isPortFree(port)).toBe(true)
  })
})
