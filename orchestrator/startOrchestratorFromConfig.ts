import { join } from 'node:path'
import { Level } from 'level'
import type { Logger } from 'pino'
import type { OrchestratorConfig } from '../shared/config/index.ts'
import { InvalidConfigError } from '../shared/config/index.ts'
import { InsecureKeyFileError, loadOrCreateIdentity, readKeyFile } from '../shared/keys/index.ts'
import { createLifecycle, sha256File, type Lifecycle } from '../shared/util/index.ts'
import { connectDashboardChain } from './dashboard/index.ts'
import { createOrchestratorEconomy } from './economy/index.ts'
import type { ProgressReporter } from '../shared/log/index.ts'
import { createMaiaPipeline, type ClaudeGenerator } from './maia/index.ts'
import {
  asAnswerVerifier, createClaudeReference, createLevelDistillationSet, createLevelEvidenceStore, createReputationBook, createTeacherForcingVerifier, reputationKey,
  type NodeSlasher, type QualityInit, type ReputationBook
} from './quality/index.ts'
import { startOrchestrator, type Orchestrator } from './startOrchestrator.ts'

export interface OrchestratorFromConfig {
  readonly orchestrator: Orchestrator
  /** Whether the MAIA pipeline can reach Claude (an Anthropic key is configured). */
  readonly claude: boolean
  /** Stops the orchestrator, then closes the chain connection, the pipeline and the store, in that order. */
  stop(): Promise<void>
}

/**
 * The orchestrator daemon's composition root: from a validated config to a serving orchestrator
 * (store, MAIA pipeline, chain economy, peer and API). The CLI only parses flags into `config`
 * and calls this; everything long-lived is stopped by `stop()`, in reverse order of creation.
 */
export async function startOrchestratorFromConfig(config: OrchestratorConfig, components: { logger: Logger; progress: ProgressReporter; env: NodeJS.ProcessEnv }): Promise<OrchestratorFromConfig> {
  const { logger } = components
  const apiKeys = [...config.apiKeys, ...(config.apiKeysFile === undefined ? [] : await readApiKeysFile(config.apiKeysFile))]
  if (apiKeys.length === 0) throw new InvalidConfigError('flags', 'apiKeys: give at least one --api-key, MAIA_ORCHESTRATOR_API_KEYS or --api-keys-file')
  const identity = await loadOrCreateIdentity(config.dataDir)
  const lifecycle = createLifecycle()
  // The tokenizer and the verifier are often the same GGUF (the devnet passes one file for both):
  // a model of gigabytes is read once at start, not once per use.
  const hashes = new Map<string, Promise<`0x${string}`>>()
  const hashModel = (path: string): Promise<`0x${string}`> => {
    let hash = hashes.get(path)
    if (hash === undefined) hashes.set(path, hash = sha256File(path))
    return hash
  }
  // Each start-up step's wall time, logged once serving: where a slow start went.
  const startedAt = performance.now()
  const steps: Record<string, number> = {}
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const stepStartedAt = performance.now()
    try {
      return await run()
    } finally {
      steps[step] = Math.round(performance.now() - stepStartedAt)
    }
  }
  try {
    const db = new Level<string, string>(join(config.dataDir, 'store'))
    await db.open()
    lifecycle.add({ stop: () => db.close() })
    const pipeline = await timed('pipeline', () => createMaiaPipeline(config, { db, logger, progress: components.progress, env: components.env }))
    lifecycle.add({ stop: () => pipeline.close() })
    // Reputation from quality sampling weights routing and, through the settler, rewards.
    const reputation = config.qualitySampleRate > 0 ? createReputationBook({ now: Date.now }) : undefined
    const chainRpc = config.chainRpc
    const onChain = chainRpc === undefined ? undefined : await timed('chain', () => createOrchestratorEconomy({ ...config, chainRpc }, {
      db, wallet: identity.wallet, logger,
      // Each receipt is weighed by the standing it was served in, and a node proven to lie in an epoch
      // forfeits it (settlement/rewardWeighting.ts): the book's count of proven lies tells the two apart.
      ...(reputation === undefined ? {} : {
        rewardWeight: (node: string) => reputation.rewardMultiplier(reputationKey(node)),
        provenLies: (node: string) => reputation.get(reputationKey(node)).integrityFailures
      })
    }))
    if (onChain !== undefined) lifecycle.add({ stop: () => onChain.close() })
    // The served model's tokenizer bounds its nodes' receipts tightly (others get the byte bound).
    if (onChain !== undefined && config.tokenizerModel !== undefined) {
      onChain.economy.tokenizer = { counter: pipeline.maia.counter, modelHash: (await hashModel(config.tokenizerModel)).toLowerCase() }
    }
    // The dashboard's economy and governance pages read the chain through their own provider.
    const dashboardChain = chainRpc === undefined ? undefined : await timed('dashboard', () => connectDashboardChain({
      rpcUrl: chainRpc, deploymentFile: config.deployment,
      earnedBy: async (account) => (await onChain?.economy.settler?.claimFor(account))?.cumulativeAmount
    }))
    if (dashboardChain !== undefined) lifecycle.add({ stop: () => dashboardChain.close() })
    const quality = reputation === undefined ? undefined : await timed('quality', () => composeQuality(config, {
      db, reputation, logger, lifecycle, hashModel,
      ...(pipeline.maia.claude === undefined ? {} : { claude: pipeline.maia.claude }),
      ...(onChain?.slasher === undefined ? {} : { slasher: onChain.slasher })
    }))
    const orchestrator = lifecycle.add(await timed('network', () => startOrchestrator({
      ...(quality === undefined ? {} : { quality }),
      ...(dashboardChain === undefined ? {} : { dashboard: { chain: dashboardChain.reader } }),
      maia: pipeline.maia,
      chain: onChain?.chain,
      economy: onChain?.economy,
      identity,
      logger,
      apiKeys,
      adminApiKeys: config.adminApiKeys,
      listen: config.listen,
      http: { host: config.httpHost, port: config.httpPort },
      recordMaxAgeMs: config.recordMaxAgeMs,
      maxAttempts: config.maxAttempts,
      defaultModel: config.defaultModel
    })))
    // `sinceProcessStartMs` includes loading the modules, which this function's steps do not.
    logger.info({ ms: Math.round(performance.now() - startedAt), sinceProcessStartMs: Math.round(performance.now()), steps }, 'orchestrator start-up timings')
    return { orchestrator, claude: pipeline.maia.claude !== undefined, stop: () => lifecycle.stop() }
  } catch (error) {
    throw await lifecycle.rollback(error)
  }
}

/**
 * Quality sampling from config: evidence and the distillation set in the store, Claude as the
 * reference when a key is configured, the teacher-forcing verifier when `verifierModel` names the
 * approved GGUF, and the chain slasher when governance granted this orchestrator the role.
 */
async function composeQuality(config: OrchestratorConfig, components: {
  db: Level<string, string>; reputation: ReputationBook; logger: Logger; lifecycle: Lifecycle; hashModel: (path: string) => Promise<`0x${string}`>; claude?: ClaudeGenerator; slasher?: NodeSlasher
}): Promise<QualityInit> {
  const verifier = config.verifierModel === undefined ? undefined : await createTeacherForcingVerifier({
    modelPath: config.verifierModel, contextSize: config.verifierContextSize, threads: config.verifierThreads, logger: components.logger
  })
  if (verifier !== undefined) components.lifecycle.add({ stop: () => verifier.dispose() })
  // The loop judges only answers of this model: after governance activates another, it stops
  // judging (and says so) until the orchestrator is restarted with the new GGUF.
  const verifierModelHash = config.verifierModel === undefined ? undefined : await components.hashModel(config.verifierModel)
  const reference = components.claude === undefined ? undefined : createClaudeReference(components.claude)
  components.logger.info({ sampleRate: config.qualitySampleRate, verifier: verifier !== undefined, reference: components.claude !== undefined, slasher: components.slasher !== undefined }, 'quality sampling on')
  // Bounded (the set's own defaults where none is configured); a budget of 0 keeps no set at all.
  const distillation = config.distillationMaxBytes === 0 ? undefined : createLevelDistillationSet({
    store: components.db.sublevel<string, string>('distillation', {}),
    logger: components.logger,
    limits: { maxBytes: config.distillationMaxBytes, ownerShare: config.distillationKeyShare }
  })
  return {
    sampleRate: config.qualitySampleRate,
    reputation: components.reputation,
    evidence: createLevelEvidenceStore({ store: components.db.sublevel<string, string>('evidence', {}) }),
    ...(distillation === undefined ? {} : { distillation }),
    ...(verifier === undefined ? {} : { verifier: asAnswerVerifier(verifier, { sampledPositions: config.verifierSampledPositions, ...(verifierModelHash === undefined ? {} : { modelHash: verifierModelHash }) }) }),
    ...(reference === undefined ? {} : { askReference: reference.ask, referenceUsage: reference.usage }),
    ...(components.slasher === undefined ? {} : { slasher: components.slasher })
  }
}

/**
 * The keys of `--api-keys-file`, one per line (`#` comments). The file holds every app's secret, so it
 * is held to the key files' rule: a file other users can read is refused (InsecureKeyFileError).
 */
export async function readApiKeysFile(path: string): Promise<string[]> {
  let bytes: Uint8Array | undefined
  try {
    bytes = await readKeyFile(path)
  } catch (cause) {
    if (cause instanceof InsecureKeyFileError) throw cause
    throw new InvalidConfigError(path, 'cannot read the API keys file', { cause })
  }
  if (bytes === undefined) throw new InvalidConfigError(path, 'the API keys file does not exist')
  const text = new TextDecoder().decode(bytes)
  const keys = text.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean)
  const short = keys.find((key) => key.length < 8)
  if (short !== undefined) throw new InvalidConfigError(path, 'API keys need at least 8 characters')
  return keys
}
