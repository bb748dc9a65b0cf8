import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { SEED_COST_TABLE } from './seedCostTable.ts'

/** Where the dashboard lives on the orchestrator's HTTP port. */
export const DASHBOARD_PATH = '/dashboard'

const resolvePackageFile = createRequire(import.meta.url).resolve
const own = (name: string): string => fileURLToPath(new URL(`./assets/${name}`, import.meta.url))

/** Every file the dashboard serves, by path: its own assets and the npm libraries it uses (no CDN). */
const FILES: Record<string, { file: () => string; type: string }> = {
  [DASHBOARD_PATH]: { file: () => own('index.html'), type: 'text/html; charset=utf-8' },
  [`${DASHBOARD_PATH}/assets/dashboard.js`]: { file: () => own('dashboard.js'), type: 'text/javascript; charset=utf-8' },
  [`${DASHBOARD_PATH}/assets/dashboard.css`]: { file: () => own('dashboard.css'), type: 'text/css; charset=utf-8' },
  [`${DASHBOARD_PATH}/assets/vendor/pico.min.css`]: { file: () => resolvePackageFile('@picocss/pico/css/pico.min.css'), type: 'text/css; charset=utf-8' },
  [`${DASHBOARD_PATH}/assets/vendor/uPlot.min.css`]: { file: () => resolvePackageFile('uplot/dist/uPlot.min.css'), type: 'text/css; charset=utf-8' },
  [`${DASHBOARD_PATH}/assets/vendor/uPlot.iife.min.js`]: { file: () => resolvePackageFile('uplot/dist/uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' }
}

const HEADERS = {
  // Everything comes from this origin; the page talks only to this orchestrator's API.
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  // The API key rides in the URL fragment, which browsers never send; no referrer leaks the rest.
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache'
}

/** Answers one request when it is for a dashboard file; false otherwise, for the next handler. */
export type DashboardPages = (path: string, request: IncomingMessage, response: ServerResponse) => Promise<boolean>

/**
 * The dashboard's public files: the page, its script and style, and the chart library and CSS kit
 * from node_modules, read once and kept in memory. The data the page shows comes from the API's
 * JSON routes with the API key the page was given, so the page itself needs none.
 *
 * @example
 * const pages = createDashboardPages()
 * if (await pages(path, request, response)) return
 */
export function createDashboardPages(): DashboardPages {
  const cache = new Map<string, Promise<Buffer>>()
  const seed = Buffer.from(JSON.stringify({ phases: SEED_COST_TABLE }))
  const read = (path: string, file: () => string): Promise<Buffer> => {
    let body = cache.get(path)
    if (body === undefined) {
      body = readFile(file())
      // A failed read is retried next time rather than remembered.
      body.catch(() => cache.delete(path))
      cache.set(path, body)
    }
    return body
  }
  return async (path, request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false
    if (path === `${DASHBOARD_PATH}/seed.json`) return send(response, request, seed, 'application/json')
    const entry = FILES[path]
    if (entry === undefined) return false
    return send(response, request, await read(path, entry.file), entry.type)
  }
}

function send(response: ServerResponse, request: IncomingMessage, body: Buffer, type: string): true {
  response.writeHead(200, { ...HEADERS, 'content-type': type, 'content-length': body.length })
  response.end(request.method === 'HEAD' ? undefined : body)
  return true
}
