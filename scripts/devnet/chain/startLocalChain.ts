import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { JsonRpcProvider } from 'ethers'
import { BaseError } from '../../../shared/errors/index.ts'
import { stopChild, superviseChild } from '../childProcesses.ts'

export class LocalChainStartError extends BaseError {
  override name = 'LocalChainStartError'
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super(`Local chain did not start: ${reason}`, { details })
  }
}

export interface LocalChain {
  rpcUrl: string
  child: ChildProcess
  stop(): Promise<void>
}

/** The JSON-RPC address {@link startLocalChain} serves on `port`. */
export function localChainRpcUrl(port: number): string {
  return `http://127.0.0.1:${port}`
}

/**
 * Hardhat's JSON-RPC node on loopback, as a child process (chain id 31337, funded dev
 * accounts). Resolves once it answers `eth_chainId`. Its state lives in memory only and is gone
 * when the process exits (Hardhat 3's node cannot save or load it).
 */
export async function startLocalChain(options: { port: number; logFile: string; cwd: string; timeoutMs?: number }): Promise<LocalChain> {
  const require = createRequire(import.meta.url)
  const cli = join(dirname(require.resolve('hardhat/package.json')), 'dist', 'src', 'cli.js')
  const child = spawn(process.execPath, [cli, 'node', '--hostname', '127.0.0.1', '--port', String(options.port)], {
    cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' }
  })
  superviseChild(child, options.logFile)
  const rpcUrl = localChainRpcUrl(options.port)
  const stop = (): Promise<void> => stopChild(child)
  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  for (;;) {
    if (child.exitCode !== null) throw new LocalChainStartError('hardhat node exited', { logFile: options.logFile, exitCode: child.exitCode })
    const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true })
    const chainId = await provider.send('eth_chainId', []).catch(() => undefined)
    provider.destroy()
    if (chainId !== undefined) return { rpcUrl, child, stop }
    if (Date.now() > deadline) {
      await stop()
      throw new LocalChainStartError('no JSON-RPC answer in time', { rpcUrl, logFile: options.logFile })
    }
    // The node answers ~1.5 s after spawn: a short poll starts the deployment sooner.
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
