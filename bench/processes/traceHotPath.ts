// MAIA_BENCH_TRACE=1: timestamps of the first-token path inside one benchmark process, so a
// routed request's time to first token can be split into hops (bench/network-vs-inprocess.ts
// --trace). Nothing in the product changes: Node's own diagnostics channel marks each HTTP request,
// and the socket, frame and response methods are wrapped in this process only. Times are
// `performance.timeOrigin + performance.now()`: one clock for every process of the machine.
import { subscribe } from 'node:diagnostics_channel'
import { ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { FrameChannel } from '../../shared/protocol/index.ts'

export interface TraceEvent { readonly point: string; readonly at: number }

export interface HotPathTrace {
  /** Marks a point from the process's own code (the node's backend wrapper). */
  mark(point: string): void
  /** Every event since the last call, oldest first. */
  take(): TraceEvent[]
}

const now = (): number => performance.timeOrigin + performance.now()

/** Wraps this process's sockets, frames and responses; `apiPort` tells HTTP sockets from libp2p ones. */
export function traceHotPath(options: { apiPort?: () => number | undefined } = {}): HotPathTrace {
  let events: TraceEvent[] = []
  const mark = (point: string): void => { events.push({ point, at: now() }) }
  const socketKind = (socket: Socket): string => socket.localPort !== undefined && socket.localPort === options.apiPort?.() ? 'http' : 'p2p'

  subscribe('http.server.request.start', () => mark('http request'))
  const prototype = Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown> & { push(chunk: unknown): boolean }
  for (const method of ['_write', '_writev'] as const) {
    const original = prototype[method]
    prototype[method] = function (this: Socket, ...args: unknown[]) { mark(`${socketKind(this)} socket write`); return original.apply(this, args) }
  }
  const push = prototype.push
  prototype.push = function (this: Socket, chunk: unknown) { if (chunk !== null) mark(`${socketKind(this)} socket read`); return push.call(this, chunk) }
  const write = FrameChannel.prototype.write
  FrameChannel.prototype.write = function (this: FrameChannel, ...args: Parameters<FrameChannel['write']>) { mark('frame write'); return write.apply(this, args) }
  const read = FrameChannel.prototype.read
  FrameChannel.prototype.read = async function (this: FrameChannel) { const frame = await read.call(this); mark('frame read'); return frame }
  const respond = ServerResponse.prototype.write
  ServerResponse.prototype.write = function (this: ServerResponse, ...args: unknown[]) { mark('http response write'); return (respond as (...rest: unknown[]) => boolean).apply(this, args) } as typeof respond
  return { mark, take: () => { const taken = events; events = []; return taken } }
}
