import { StreamState, YamuxStream } from '@chainsafe/libp2p-yamux/stream'

/** The fields of a yamux stream's receive window (private in its type, plain properties at run time). */
interface ReceiveWindow {
  state: StreamState
  recvWindow: number
  recvWindowCapacity: number
}

const PATCHED = Symbol.for('@maia/yamux-window-update-threshold')

/**
 * Makes `@chainsafe/libp2p-yamux` (v8) send a window update only once half of a stream's receive
 * window is used, as go-yamux and rust-yamux do, instead of after every data frame it receives.
 *
 * Why: each update is a frame of its own (encrypted, written, read, decrypted on the far side),
 * and a routed request received ~9 frames (protocol reply, `accepted`, tokens, final), so the
 * orchestrator wrote ~9 window updates per request for nothing: the sender still had ~256 KiB of
 * window. Updates that open or acknowledge a stream (SYN/ACK flags), and those after a pause, are
 * sent as before; a sender never runs out of window while under half of it is used.
 *
 * The method is replaced on the class's prototype, once per process (idempotent): the muxer creates
 * its streams itself, so there is no instance to configure. Checked against the package version
 * in test/shared/p2p/yamuxWindowUpdates.test.ts.
 *
 * @example
 * sendWindowUpdatesAtHalfWindow() // before the first connection
 */
export function sendWindowUpdatesAtHalfWindow(): void {
  const prototype = YamuxStream.prototype as YamuxStream & { [PATCHED]?: true }
  if (prototype[PATCHED] === true) return
  const sendWindowUpdate = prototype.sendWindowUpdate
  prototype.sendWindowUpdate = function (this: YamuxStream): void {
    const window = this as unknown as ReceiveWindow
    if (window.state === StreamState.Established && window.recvWindowCapacity > window.recvWindow / 2) return
    sendWindowUpdate.call(this)
  }
  prototype[PATCHED] = true
}
