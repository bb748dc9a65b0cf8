import { createServer, connect, type Socket } from 'node:net'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { lpStream } from '@libp2p/utils'
import { Uint8ArrayList } from 'uint8arraylist'
import { afterAll, describe, expect, it } from 'vitest'
import { corkPerTick } from '../../../shared/p2p/batchSocketWrites.ts'
import { createPeer, type MaiaPeer } from '../../../shared/p2p/createPeer.ts'

/** A connected loopback socket pair. */
async function socketPair(): Promise<{ client: Socket; server: Socket; close(): void }> {
  const server = createServer()
  const accepted = new Promise<Socket>((resolve) => { server.once('connection', resolve) })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  const client = connect(port, '127.0.0.1')
  await new Promise((resolve) => client.once('connect', resolve))
  const remote = await accepted
  return { client, server: remote, close: () => { client.destroy(); remote.destroy(); server.close() } }
}

/** The shape corkPerTick reaches into: @libp2p/tcp's connection keeps its socket as `socket` and sends through `sendData`. */
function rawConnection(socket: Socket): { socket: Socket; sendData(data: Uint8ArrayList): { sentBytes: number; canSendMore: boolean } } {
  return {
    socket,
    sendData(data) {
      let sentBytes = 0
      let canSendMore = true
      for (const buffer of data) { sentBytes += buffer.byteLength; canSendMore = socket.write(buffer) }
      return { sentBytes, canSendMore }
    }
  }
}

describe('socket writes batched per tick', () => {
  it('holds one go of sends in the corked socket and writes them together once they are done, in order', async () => {
    const pair = await socketPair()
    try {
      const written: number[] = []
      const write = pair.client._writev!.bind(pair.client)
      pair.client._writev = (chunks, callback) => { written.push(chunks.length); write(chunks, callback) }
      const connection = corkPerTick(rawConnection(pair.client) as never) as unknown as ReturnType<typeof rawConnection>
      const received: Buffer[] = []
      pair.server.on('data', (chunk: Buffer) => received.push(chunk))
      // Three sends of Noise-shaped pieces (length, ciphertext) in one go.
      for (let frame = 0; frame < 3; frame += 1) connection.sendData(new Uint8ArrayList(Uint8Array.of(0, 2), Uint8Array.of(frame, frame)))
      expect(pair.client.writableCorked).toBe(1)
      await Promise.resolve()
      expect(pair.client.writableCorked).toBe(0)
      expect(written).toEqual([6])
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(Buffer.concat(received)).toEqual(Buffer.from([0, 2, 0, 0, 0, 2, 1, 1, 0, 2, 2, 2]))
    } finally {
      pair.close()
    }
  })

  it('writes before promise work queued after the sends runs (a model\'s bookkeeping between tokens must not hold a token frame)', async () => {
    const pair = await socketPair()
    try {
      const events: string[] = []
      const write = pair.client._writev!.bind(pair.client)
      pair.client._writev = (chunks, callback) => { events.push('writev'); write(chunks, callback) }
      const connection = corkPerTick(rawConnection(pair.client) as never) as unknown as ReturnType<typeof rawConnection>
      connection.sendData(new Uint8ArrayList(Uint8Array.of(0, 1), Uint8Array.of(7)))
      // Work the process queues after the frame: a chain of promise continuations, as an async generation loop has.
      void (async () => { for (let step = 0; step < 5; step += 1) { await Promise.resolve(); events.push(`work ${step}`) } })()
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(events[0]).toBe('writev')
    } finally {
      pair.close()
    }
  })

  it('with flushAfter \'tick\', holds the sends until the tick\'s promise work is done too', async () => {
    const pair = await socketPair()
    try {
      const events: string[] = []
      const write = pair.client._writev!.bind(pair.client)
      pair.client._writev = (chunks, callback) => { events.push('writev'); write(chunks, callback) }
      const connection = corkPerTick(rawConnection(pair.client) as never, { flushAfter: 'tick' }) as unknown as ReturnType<typeof rawConnection>
      connection.sendData(new Uint8ArrayList(Uint8Array.of(0, 1), Uint8Array.of(7)))
      connection.sendData(new Uint8ArrayList(Uint8Array.of(0, 1), Uint8Array.of(8)))
      await Promise.resolve()
      expect(pair.client.writableCorked).toBe(1)
      await new Promise((resolve) => process.nextTick(resolve))
      expect(pair.client.writableCorked).toBe(0)
      expect(events).toEqual(['writev'])
    } finally {
      pair.close()
    }
  })

  it('leaves a connection without a socket (another transport) as it is', () => {
    const connection = { sendData: () => ({ sentBytes: 0, canSendMore: true }) }
    const before = connection.sendData
    corkPerTick(connection as never)
    expect(connection.sendData).toBe(before)
  })

  describe('between two peers over TCP (the default transport)', () => {
    const peers: MaiaPeer[] = []
    afterAll(async () => { await Promise.allSettled(peers.map((peer) => peer.stop())) })

    it('dials, listens and carries a request and its replies intact', async () => {
      const [server, client] = await Promise.all([0, 1].map(async () => createPeer({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })))
      peers.push(server!, client!)
      await server!.handle('/test/echo/1.0.0', async (stream) => {
        const messages = lpStream(stream)
        const request = await messages.read()
        for (let index = 0; index < 20; index += 1) await messages.write(new TextEncoder().encode(`${new TextDecoder().decode(request.subarray())} ${index}`))
        await stream.close()
      })
      for (let round = 0; round < 2; round += 1) {
        const stream = await client!.dialProtocol(server!.getMultiaddrs()[0]!, '/test/echo/1.0.0')
        const messages = lpStream(stream)
        await messages.write(new TextEncoder().encode('hello'))
        const replies: string[] = []
        for (let index = 0; index < 20; index += 1) replies.push(new TextDecoder().decode((await messages.read()).subarray()))
        expect(replies).toEqual(Array.from({ length: 20 }, (_, index) => `hello ${index}`))
        await stream.close()
      }
    })
  })
})
