import { StreamState, YamuxStream } from '@chainsafe/libp2p-yamux/stream'
import type { Logger } from '@libp2p/interface'
import { Uint8ArrayList } from 'uint8arraylist'
import { describe, expect, it } from 'vitest'
import { sendWindowUpdatesAtHalfWindow } from '../../../shared/p2p/yamuxWindowUpdates.ts'

/** yamux's frame types and flags (its `frame.js`, not exported): data 0, window update 1; SYN 1, ACK 2. */
const DATA = 0
const WINDOW_UPDATE = 1
const ACK = 2
/** @chainsafe/libp2p-yamux's initial stream window (256 KiB). */
const WINDOW = 256 * 1024

const silent: Logger = Object.assign(() => {}, { error: () => {}, trace: () => {}, enabled: false, newScope: () => silent })

interface SentFrame { type: number; flag: number; length: number }

function streamIn(state: StreamState): { stream: YamuxStream; sent: SentFrame[]; receive(bytes: number): void } {
  const sent: SentFrame[] = []
  const stream = new YamuxStream({
    id: '1', streamId: 1, state, direction: 'inbound', log: silent, getRTT: () => -1,
    sendFrame: (header) => { sent.push({ type: header.type, flag: header.flag, length: header.length }); return true }
  })
  const receive = (bytes: number): void => {
    stream.handleData({ header: { type: DATA, flag: 0, streamID: 1, length: bytes, version: 0 }, data: new Uint8ArrayList(new Uint8Array(bytes)) } as unknown as Parameters<YamuxStream['handleData']>[0])
  }
  return { stream, sent, receive }
}

describe('yamux window updates once half the window is used', () => {
  sendWindowUpdatesAtHalfWindow()
  sendWindowUpdatesAtHalfWindow() // idempotent: patched once

  it('sends none for small frames on an established stream, then one that restores the whole window', () => {
    const { sent, receive } = streamIn(StreamState.Established)
    for (let frame = 0; frame < 100; frame += 1) receive(1024)
    expect(sent).toEqual([])
    // At half the window: one update, for everything used so far.
    for (let frame = 0; frame < 30; frame += 1) receive(1024)
    expect(sent).toEqual([{ type: WINDOW_UPDATE, flag: 0, length: 128 * 1024 }])
    // The sender never ran dry: it always had at least half the window.
    for (let frame = 0; frame < 120; frame += 1) receive(1024)
    expect(sent).toHaveLength(1)
  })

  it('still acknowledges a new inbound stream at its first frame', () => {
    const { sent, receive } = streamIn(StreamState.SYNReceived)
    receive(10)
    expect(sent).toEqual([{ type: WINDOW_UPDATE, flag: ACK, length: 10 }])
    receive(10)
    expect(sent).toHaveLength(1)
  })

  it('updates after a pause when the window ran below half, as before', () => {
    const { stream, sent, receive } = streamIn(StreamState.Established)
    stream.sendPause()
    for (let frame = 0; frame < 3; frame += 1) receive(WINDOW / 4)
    expect(sent).toEqual([])
    stream.sendResume()
    expect(sent).toEqual([{ type: WINDOW_UPDATE, flag: 0, length: 3 * (WINDOW / 4) }])
  })
})
