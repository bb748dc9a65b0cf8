import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../../../../scripts/deploy/hardhatRuntime.ts'

/** A `hardhat node` child process on a free loopback port. */
export interface HardhatNode {
  rpcUrl: string
  stop(): Promise<void>
}

const READY = /Started HTTP and WebSocket JSON-RPC server at (http:\/\/[^\s/]+)/

/**
 * Starts `npx hardhat node --port 0 --hostname 127.0.0.1` (Hardhat 3; port 0 lets the OS pick a
 * free one) and resolves once it prints the URL it listens on, its readiness line. The CLI file is
 * run with this Node directly, so stopping it needs no process-group tricks.
 */
export async function startHardhatNode({ chainId }: { chainId?: number } = {}): Promise<HardhatNode> {
  const cli = hardhatCli()
  const args = [cli, 'node', '--port', '0', '--hostname', '127.0.0.1', ...(chainId === undefined ? [] : ['--chain-id', String(chainId)])]
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  const rpcUrl = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`hardhat node not ready after 60 s:\n${output}`)), 60_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = READY.exec(output)
      if (match?.[1] !== undefined) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`hardhat node exited (${code}) before it was ready:\n${output}`))
    })
  })
  // It logs every RPC call: keep draining the pipes so it never blocks on a full one.
  child.stdout?.removeAllListeners('data').resume()
  child.stderr?.removeAllListeners('data').resume()
  return { rpcUrl, stop: () => stopChild(child) }
}

/** Hardhat's CLI script, from its package.json `bin` (its `exports` hide the file from `require.resolve`). */
function hardhatCli(): string {
  const packageDir = path.join(PROJECT_ROOT, 'node_modules', 'hardhat')
  const { bin } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> }
  return path.join(packageDir, typeof bin === 'string' ? bin : bin.hardhat ?? '')
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}
