import type { Stream } from '@libp2p/interface'

/** Closes our end of a stream if it is still open; a close that fails becomes an abort, never a throw. */
export async function closeStream(stream: Stream): Promise<void> {
  if (stream.status === 'open') await stream.close().catch(() => stream.abort(new Error('close failed')))
}
