// What a paid request waits for the chain before its node is asked: `authorize` (the voucher, chain
// time) then `reserve` (the user's deposit, re-read on every request), against a real Hardhat node
// (a separate process) behind a JSON-RPC proxy that delays each answer by --rpc-ms (a hosted RPC
// endpoint is tens of milliseconds away; a local node is not). Measured per request of an open
// session, the same session for every variant, variants alternated in one run:
//   - reads at reserve: the deposit read starts when `reserve` is called (`prefetchDeposit: false`);
//   - prefetched: the deposit read starts in `authorize`, beside the chain-time read, and `reserve`
//     takes it (the default).
// --gap-ms is the work between the two calls (the MAIA pipeline's screen and retrieval; 0 for a
// plain /v1/messages request).
//   npx tsx bench/paid-request-rpc.ts [--rpc-ms 25] [--gap-ms 0] [--requests 40] [--json]
import { createServer, request as httpRequest, type Server } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { Level } from 'level'
import { JsonRpcProvider, Wallet, hexlify, parseUnits, randomBytes } from 'ethers'
import { createChainSessionPayments } from '../orchestrator/economy/payments/createChainSessionPayments.ts'
import { connectSuite, encodeVoucherHeader, signVoucher, voucherDomain, type Voucher } from '../shared/chain/index.ts'
import { silentLogger } from '../shared/log/index.ts'
import { addressOf, deployToChain, keyOf } from '../test/scripts/cli/economy/support/chain.ts'
import { startHardhatNode } from '../test/scripts/cli/economy/support/hardhatNode.ts'

const { values } = parseArgs({ options: {
  'rpc-ms': { type: 'string', default: '25' }, 'gap-ms': { type: 'string', default: '0' },
  requests: { type: 'string', default: '40' }, json: { type: 'boolean', default: false }
} })
const rpcMs = Number(values['rpc-ms'])
const gapMs = Number(values['gap-ms'])
const requests = Number(values.requests)
const USER = 4
const OPERATOR = 1

/** An HTTP JSON-RPC proxy that answers `delayMs` after the node did: one network hop's latency. */
async function delayingProxy(target: string, delayMs: number): Promise<{ url: string; calls: () => number; server: Server }> {
  const upstream = new URL(target)
  let calls = 0
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      calls += 1
      const body = Buffer.concat(chunks)
      const forwarded = httpRequest({ host: upstream.hostname, port: upstream.port, path: upstream.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } }, (answer) => {
        const parts: Buffer[] = []
        answer.on('data', (part: Buffer) => parts.push(part))
        answer.on('end', () => setTimeout(() => {
          outgoing.writeHead(answer.statusCode ?? 200, { 'content-type': 'application/json' })
          outgoing.end(Buffer.concat(parts))
        }, delayMs))
      })
      forwarded.on('error', (error) => { outgoing.writeHead(502); outgoing.end(String(error)) })
      forwarded.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('proxy has no port')
  return { url: `http://127.0.0.1:${address.port}`, calls: () => calls, server }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN

const node = await startHardhatNode()
const dir = await mkdtemp(path.join(tmpdir(), 'maia-bench-paid-'))
try {
  const chain = await deployToChain(node.rpcUrl, dir)
  await chain.fund(USER, parseUnits('100', 18))
  const user = chain.as(USER)
  await (await user.MaiaToken.approve(chain.deployment.contracts.SessionPayments.address, parseUnits('100', 18))).wait()
  await (await user.SessionPayments.deposit(addressOf(OPERATOR), parseUnits('100', 18))).wait()
  const proxy = await delayingProxy(node.rpcUrl, rpcMs)
  const provider = new JsonRpcProvider(proxy.url, undefined, { staticNetwork: true, cacheTimeout: -1, batchMaxCount: 1 })
  const operatorSuite = connectSuite(chain.deployment, new Wallet(keyOf(OPERATOR), provider))
  const domain = voucherDomain({ chainId: 31337n, verifyingContract: chain.deployment.contracts.SessionPayments.address })
  const db = new Level<string, string>(path.join(dir, 'store'))
  await db.open()
  const variants = {
    'reads at reserve': createChainSessionPayments({ store: db.sublevel<string, string>('a', {}), suite: operatorSuite, domain, operator: addressOf(OPERATOR), chainNow: async () => (await provider.getBlock('latest'))?.timestamp ?? 0, logger: silentLogger(), prefetchDeposit: false }),
    prefetched: createChainSessionPayments({ store: db.sublevel<string, string>('b', {}), suite: operatorSuite, domain, operator: addressOf(OPERATOR), chainNow: async () => (await provider.getBlock('latest'))?.timestamp ?? 0, logger: silentLogger() })
  }
  const latest = await chain.provider.getBlock('latest')
  const voucherFor = async (): Promise<string> => {
    const voucher: Voucher = { user: addressOf(USER), operator: addressOf(OPERATOR), sessionId: hexlify(randomBytes(32)), maxAmount: parseUnits('10', 18), expiry: BigInt((latest?.timestamp ?? 0) + 86_400), nonce: BigInt(hexlify(randomBytes(8))) }
    return encodeVoucherHeader({ voucher, signature: await signVoucher(new Wallet(keyOf(USER)), domain, voucher) })
  }
  const headers = { 'reads at reserve': await voucherFor(), prefetched: await voucherFor() }
  const times: Record<keyof typeof variants, number[]> = { 'reads at reserve': [], prefetched: [] }
  const rpcCalls: Record<keyof typeof variants, number> = { 'reads at reserve': 0, prefetched: 0 }
  const once = async (name: keyof typeof variants, record: boolean): Promise<void> => {
    const payments = variants[name]
    const callsBefore = proxy.calls()
    const started = performance.now()
    const session = await payments.authorize(headers[name])
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs))
    const reservation = await payments.reserve(session.digest, 1_000n)
    const elapsed = performance.now() - started - gapMs
    await reservation.commit(1n)
    if (!record) return
    times[name].push(elapsed)
    rpcCalls[name] += proxy.calls() - callsBefore
  }
  // The first request of each session opens it (more reads): not what is measured.
  for (const name of Object.keys(variants) as Array<keyof typeof variants>) await once(name, false)
  for (let index = 0; index < requests; index++) {
    const order = index % 2 === 0 ? (['reads at reserve', 'prefetched'] as const) : (['prefetched', 'reads at reserve'] as const)
    for (const name of order) await once(name, true)
  }
  const result = {
    rpcMs, gapMs, requests,
    readsAtReserve: { p50Ms: median(times['reads at reserve']), p90Ms: percentile(times['reads at reserve'], 0.9), rpcCallsPerRequest: rpcCalls['reads at reserve'] / requests },
    prefetched: { p50Ms: median(times.prefetched), p90Ms: percentile(times.prefetched, 0.9), rpcCallsPerRequest: rpcCalls.prefetched / requests },
    ratioP50: median(times.prefetched) / median(times['reads at reserve'])
  }
  if (values.json) console.log(JSON.stringify(result))
  else {
    console.log(`paid request, wait for the chain before the node is asked (RPC answers +${rpcMs} ms, ${gapMs} ms of work between authorize and reserve, ${requests} requests each, alternated)`)
    console.log(`  deposit read at reserve: p50 ${result.readsAtReserve.p50Ms.toFixed(1)} ms, p90 ${result.readsAtReserve.p90Ms.toFixed(1)} ms, ${result.readsAtReserve.rpcCallsPerRequest.toFixed(1)} RPC calls per request`)
    console.log(`  prefetched in authorize: p50 ${result.prefetched.p50Ms.toFixed(1)} ms, p90 ${result.prefetched.p90Ms.toFixed(1)} ms, ${result.prefetched.rpcCallsPerRequest.toFixed(1)} RPC calls per request`)
    console.log(`  ratio (prefetched / at reserve, p50): ${result.ratioP50.toFixed(3)}`)
  }
  provider.destroy()
  await db.close()
  await new Promise((resolve) => proxy.server.close(resolve))
  chain.close()
} finally {
  await node.stop()
  await rm(dir, { recursive: true, force: true })
}
