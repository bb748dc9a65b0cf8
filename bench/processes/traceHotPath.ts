// The hot path's events inside one benchmark process, for bench/processes/child.ts: socket writes
// and reads (system calls), inference frames written and read, HTTP requests and response writes.
// Nothing in the product changes: Node's own diagnostics channel marks each HTTP request, and the
// socket, frame and response methods are wrapped in this process only, once, for every listener.
//   MAIA_BENCH_COUNT=1: counted per request (bench/routing-throughput.ts);
//   MAIA_BENCH_TRACE=1: timestamped, so a routed request's time to first token can be split into
//   hops (bench/network-vs-inprocess.ts --trace). Times are `performance.timeOrigin +
//   performance.now()`: one clock for every process of the machine.
import { subscribe } from 'node:diagnostics_channel'
import { ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { FrameChannel } from '../../shared/protocol/index.ts'

export type HotPathPoint = 'http request' | 'http response write' | 'socket write' | 'socket read' | 'frame write' | 'frame read'

/** Hears each event; `socket` is given for socket events. */
export type HotPathListener = (point: HotPathPoint, socket?: Socket) => void

const listeners: HotPathListener[] = []

/** Calls `listener` on every hot-path event of this process from now on (the methods are wrapped at the first call). */
export function observeHotPath(listener: HotPathListener): void {
  if (listeners.length === 0) wrapHotPath()
  listeners.push(listener)
}

function emit(point: HotPathPoint, socket?: Socket): void {
  for (const listener of listeners) listener(point, socket)
}

function wrapHotPath(): void {
  subscribe('http.server.request.start', () => emit('http request'))
  const prototype = Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown> & { push(chunk: unknown): boolean }
  for (const method of ['_write', '_writev'] as const) {
    const original = prototype[method]
    prototype[method] = function (this: Socket, ...args: unknown[]) { emit('socket write', this); return original.apply(this, args) }
  }
  const push = prototype.push
  prototype.push = function (this: Socket, chunk: unknown) { if (chunk !== null) emit('socket read', this); return push.call(this, chunk) }
  const write = FrameChannel.prototype.write
  FrameChannel.prototype.write = function (this: FrameChannel, ...args: Parameters<FrameChannel['write']>) { emit('frame write'); return write.apply(this, args) }
  const read = FrameChannel.prototype.read
  FrameChannel.prototype.read = async function (this: FrameChannel) { const frame = await read.call(this); emit('frame read'); return frame }
  const respond = ServerResponse.prototype.write
  ServerResponse.prototype.write = function (this: ServerResponse, ...args: unknown[]) { emit('http response write'); return (respond as (...rest: unknown[]) => boolean).apply(this, args) } as typeof respond
}

export interface TraceEvent { readonly point: string; readonly at: number }

export interface HotPathTrace {
  /** Marks a point from the process's own code (the node's backend wrapper). */
  mark(point: string): void
  /** Every event since the last call, oldest first. */
  take(): TraceEvent[]
}

/** Timestamps every hot-path event; `apiPort` tells HTTP sockets from libp2p ones. */
export function traceHotPath(options: { apiPort?: () => number | undefined } = {}): HotPathTrace {
  let events: TraceEvent[] = []
  const mark = (point: string): void => { events.push({ point, at: performance.timeOrigin + performance.now() }) }
  observeHotPath((point, socket) => {
    if (socket === undefined) mark(point)
    else mark(`${socket.localPort !== undefined && socket.localPort === options.apiPort?.() ? 'http' : 'p2p'} ${point}`)
  })
  return { mark, take: () => { const taken = events; events = []; return taken } }
}
