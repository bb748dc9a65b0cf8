import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Registry } from 'prom-client'

export interface MetricsServer {
  readonly url: string
  close(): Promise<void>
}

/**
 * Serves `GET /metrics` from `registry` in the Prometheus text format, and nothing else. It has no
 * key (a node has none): bind it to loopback or a private interface, as `--metrics-host` defaults.
 *
 * @example
 * const server = await startMetricsServer(registry, { host: '127.0.0.1', port: 9464 })
 */
export async function startMetricsServer(registry: Registry, listen: { host: string; port: number }): Promise<MetricsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
      return
    }
    registry.metrics().then((body) => {
      response.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(body) }).end(body)
    }, () => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(listen.port, listen.host, () => { server.off('error', reject); resolve() })
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}/metrics`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  }
}
