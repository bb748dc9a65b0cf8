import { StreamCloseEvent, StreamMessageEvent, type Stream } from '@libp2p/interface'
import * as varint from 'uint8-varint'
import { Uint8ArrayList } from 'uint8arraylist'
import { describe, expect, it } from 'vitest'
import { FrameTooLargeError } from '../../../shared/protocol/errors.ts'
import { FrameChannel, TruncatedFrameError } from '../../../shared/protocol/frameChannel.ts'

/** The parts of a libp2p stream a FrameChannel uses, driven by the test. */
class FakeStream extends EventTarget {
  readonly sent: Uint8Array[] = []
  abortedWith: Error | undefined
  send(data: Uint8Array | Uint8ArrayList): boolean {
    this.sent.push(data instanceof Uint8Array ? data : data.subarray())
    return true
  }
  abort(error: Error): void {
    this.abortedWith = error
    this.dispatchEvent(new StreamCloseEvent(true, error))
  }
  onDrain(): Promise<void> { return Promise.resolve() }
  receive(bytes: Uint8Array): void { this.dispatchEvent(new StreamMessageEvent(bytes)) }
  endRemote(): void { this.dispatchEvent(new Event('remoteCloseWrite')) }
}

const channelOn = (options?: { maxFrameBytes?: number; maxUnreadBytes?: number; abortStreamOnFailure?: boolean }): { fake: FakeStream; channel: FrameChannel } => {
  const fake = new FakeStream()
  return { fake, channel: new FrameChannel(fake as unknown as Stream, options) }
}
const framed = (text: string): Uint8Array => {
  const body = new TextEncoder().encode(text)
  return new Uint8ArrayList(varint.encode(body.byteLength), body).subarray()
}
const textOf = (frame: Uint8Array | null): string | null => frame === null ? null : new TextDecoder().decode(frame)

describe('FrameChannel: length-prefixed frames from stream events', () => {
  it('cuts frames however the bytes are chunked, and reads them in order', async () => {
    const { fake, channel } = channelOn()
    const long = 'x'.repeat(300) // a two-byte length prefix
    const bytes = new Uint8ArrayList(framed('a'), framed(long), framed('{"type":"token"}')).subarray()
    const reads: Array<Promise<unknown>> = [channel.read()]
    for (const byte of bytes) fake.receive(Uint8Array.of(byte))
    reads.push(channel.read(), channel.read().catch((error: unknown) => error))
    expect(textOf(await reads[0]! as Uint8Array)).toBe('a')
    expect(textOf(await reads[1]! as Uint8Array)).toBe(long)
    expect(channel.unreadBytes).toBe(0)
    // Several frames in one chunk wait to be read; unread bytes count them.
    const { fake: other, channel: joined } = channelOn()
    other.receive(new Uint8ArrayList(framed('one'), framed('two'), framed('thr')).subarray())
    expect(joined.unreadBytes).toBe(9)
    expect([textOf(await joined.read()), textOf(await joined.read())]).toEqual(['one', 'two'])
    expect(joined.unreadBytes).toBe(3)
  })

  it('writes the same framing lpStream reads (a varint length, then the bytes)', async () => {
    const { fake, channel } = channelOn()
    for (const size of [0, 1, 127, 128, 16_383, 16_384, 1_000_000]) {
      await channel.write(new Uint8Array(size))
      const sent = fake.sent.at(-1)!
      expect(varint.decode(sent)).toBe(size)
      expect(sent.byteLength).toBe(varint.encodingLength(size) + size)
    }
  })

  it('ends cleanly after a whole frame, and refuses a stream that ends inside one', async () => {
    const { fake, channel } = channelOn()
    fake.receive(framed('last'))
    fake.endRemote()
    expect(textOf(await channel.read())).toBe('last')
    expect(await channel.read()).toBeNull()
    const { fake: cut, channel: truncated } = channelOn()
    cut.receive(framed('half').subarray(0, 3))
    const pending = truncated.read()
    cut.endRemote()
    await expect(pending).rejects.toBeInstanceOf(TruncatedFrameError)
  })

  it('refuses a length over the limit, or a prefix that cannot fit it, and aborts the stream', async () => {
    const { fake, channel } = channelOn({ maxFrameBytes: 100 })
    const pending = channel.read()
    fake.receive(varint.encode(101))
    await expect(pending).rejects.toBeInstanceOf(FrameTooLargeError)
    expect(fake.abortedWith).toBeInstanceOf(FrameTooLargeError)
    expect(channel.failed).toBe(true)
    const { fake: endless, channel: prefix } = channelOn()
    endless.receive(Uint8Array.of(0xff, 0xff, 0xff, 0xff))
    await expect(prefix.read()).rejects.toBeInstanceOf(FrameTooLargeError)
  })

  it('bounds what a peer can make it hold unread', async () => {
    const { fake, channel } = channelOn({ maxFrameBytes: 100, maxUnreadBytes: 250 })
    for (let index = 0; index < 3; index += 1) fake.receive(framed('y'.repeat(90)))
    expect(fake.abortedWith).toBeInstanceOf(FrameTooLargeError)
    await expect(channel.read()).resolves.toBeDefined()
  })

  it('passes a reset on to the pending read', async () => {
    const { fake, channel } = channelOn()
    const pending = channel.read()
    const reset = Object.assign(new Error('reset'), { name: 'StreamResetError' })
    fake.dispatchEvent(new StreamCloseEvent(false, reset))
    await expect(pending).rejects.toBe(reset)
    await expect(channel.read()).rejects.toBe(reset)
  })

  it('stops listening once disposed', () => {
    const { fake, channel } = channelOn()
    channel.dispose()
    fake.receive(framed('ignored'))
    expect(channel.unreadBytes).toBe(0)
  })

  it('gives up a read when its signal aborts, and the frame that comes later waits for the next read', async () => {
    const { fake, channel } = channelOn()
    const controller = new AbortController()
    const read = channel.read({ signal: controller.signal })
    controller.abort(new Error('read timed out'))
    await expect(read).rejects.toThrow('read timed out')
    await expect(channel.read({ signal: controller.signal })).rejects.toThrow('read timed out')
    fake.receive(framed('late'))
    expect(textOf(await channel.read({ signal: new AbortController().signal }))).toBe('late')
  })

  it('can leave the stream open on a frame over the limit, so its owner may still answer with an error frame', async () => {
    const { fake, channel } = channelOn({ maxFrameBytes: 8, abortStreamOnFailure: false })
    const read = channel.read()
    fake.receive(framed('far too long for the limit'))
    await expect(read).rejects.toBeInstanceOf(FrameTooLargeError)
    expect(fake.abortedWith).toBeUndefined()
    expect(channel.failed).toBe(true)
    await channel.write(new TextEncoder().encode('error frame'))
    expect(fake.sent).toHaveLength(1)
  })
})
