import { homedir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_PRICE_TABLE, priceTableSchema } from './priceTable.ts'

const multiaddrList = z.array(z.string().regex(/^\//, 'a multiaddr starts with "/"'))
export const logLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])

/** `maia node`: everything a GPU provider can set. Defaults live here and only here. */
export const nodeConfigSchema = z.object({
  dataDir: z.string().default(join(homedir(), '.maia', 'node')),
  /** GGUF path or `hf:` URI. */
  model: z.string().min(1).optional(),
  modelName: z.string().min(1).max(200).optional(),
  modelsDir: z.string().default(join(homedir(), '.maia', 'models')),
  /** Serve the model files this node holds (and partial downloads) to other nodes, chunk by chunk. */
  serveModels: z.boolean().default(true),
  /** More peers to fetch activated models from, besides the connected ones (multiaddrs with /p2p/). */
  modelPeers: multiaddrList.default([]),
  listen: multiaddrList.default(['/ip4/0.0.0.0/tcp/4101']),
  bootstrap: multiaddrList.default([]),
  /** Peer ids, besides the bootstrap orchestrators', allowed to request inference. */
  allowPeers: z.array(z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{40,100}$/, 'a base58 libp2p peer id')).default([]),
  /** Serve inference to any peer that dials in (private networks only). */
  serveAnyPeer: z.boolean().default(false),
  maxConcurrent: z.number().int().min(1).max(256).default(1),
  maxQueued: z.number().int().min(0).max(10_000).default(16),
  threads: z.number().int().min(1).max(1024).optional(),
  contextSize: z.number().int().min(256).max(1_048_576).default(4096),
  gpu: z.union([z.literal('auto'), z.literal(false)]).default('auto'),
  /** $MAIA base units per 1,000 tokens, as a decimal string. */
  pricePer1kTokens: z.string().regex(/^\d{1,40}$/, 'a whole number of base units').default('1000000000000000'),
  heartbeatIntervalMs: z.number().int().min(100).max(600_000).default(2_000),
  /** Tokens after the first are gathered this long into one frame (0: only while a frame is written). */
  tokenCoalesceMs: z.number().int().min(0).max(1_000).default(10),
  /** Prometheus `GET /metrics` port; 0 (the default) serves none. */
  metricsPort: z.number().int().min(0).max(65_535).default(0),
  /** Where the metrics port listens: it has no key, so loopback unless a scraper needs more. */
  metricsHost: z.string().default('127.0.0.1'),
  chainId: z.number().int().positive().default(31337),
  logLevel: logLevelSchema.default('info'),
  /** JSON-RPC URL of the chain; with it the node serves only while staked and on the active model. */
  chainRpc: z.string().url().optional(),
  /** The suite's deployment file (default: .maia/deployments/<chainId>.json). */
  deployment: z.string().optional(),
  /**
   * How long to wait at start for a `deployment` file that does not exist yet (a deployment still
   * running: `maia up` starts the nodes while it deploys); 0 (default): it must exist already.
   */
  deploymentWaitMs: z.number().int().min(0).max(3_600_000).default(0)
}).strict()
export type NodeConfig = z.infer<typeof nodeConfigSchema>

/** `maia orchestrator`. */
export const orchestratorConfigSchema = z.object({
  dataDir: z.string().default(join(homedir(), '.maia', 'orchestrator')),
  listen: multiaddrList.default(['/ip4/0.0.0.0/tcp/4100']),
  httpHost: z.string().default('127.0.0.1'),
  httpPort: z.number().int().min(0).max(65_535).default(8787),
  /** API keys accepted by the HTTP API. */
  apiKeys: z.array(z.string().min(8, 'API keys need at least 8 characters')).default([]),
  /** Operator keys for the cost report and settlement routes; without any, every API key is one. */
  adminApiKeys: z.array(z.string().min(8, 'API keys need at least 8 characters')).default([]),
  /** A file with one API key per line (# comments allowed), merged with `apiKeys`. */
  apiKeysFile: z.string().optional(),
  recordMaxAgeMs: z.number().int().min(500).max(3_600_000).default(10_000),
  maxAttempts: z.number().int().min(1).max(10).default(3),
  defaultModel: z.string().optional(),
  logLevel: logLevelSchema.default('info'),
  /** The model id apps ask for to get the MAIA pipeline (routing, knowledge, memory). */
  maiaModelName: z.string().min(1).default('maia'),
  /** MAIA's identity prompt (small, always first, cached). Default: orchestrator/maia/prompt/identity.md. */
  identityFile: z.string().optional(),
  /** Token budgets of the prompt's parts (scaled down to fit a node's context window). */
  budgets: z.object({
    identity: z.number().int().min(0).default(5_000),
    wisdom: z.number().int().min(0).default(20_000),
    memory: z.number().int().min(0).default(3_000),
    conversation: z.number().int().min(0).default(6_000)
  }).strict().default({ identity: 5_000, wisdom: 20_000, memory: 3_000, conversation: 6_000 }),
  /** Where the knowledge index lives, and the library it is built from when absent. */
  knowledgeDir: z.string().optional(),
  libraryDir: z.string().optional(),
  /** A GGUF whose tokenizer counts prompt budgets (the served model's); an estimate otherwise. */
  tokenizerModel: z.string().optional(),
  /** 32+ byte secret (hex) that user memory is encrypted with; a random one is kept in dataDir otherwise. */
  memorySecret: z.string().regex(/^(?:[0-9a-fA-F]{2}){32,}$/, 'at least 32 bytes of hex (an even number of hex digits)').optional(),
  /**
   * What one API key can make the orchestrator keep, in bytes as stored (indexes included); defaults
   * total 60 MiB a key. The memory of the key's users (44 MiB, orchestrator/maia/memory): past it,
   * its least recently active users' memory is forgotten first. Its sessions in the ledger, and
   * apart its sessions in careful mode (8 MiB each, orchestrator/economy/accounting): past it, its
   * least recently used are rolled into daily totals, which reports count as before. The markers
   * each rolled-up session leaves, so that a resumed session is counted once and stays careful
   * (1 MiB each for ordinary and careful sessions, ~2,600 markers): past them, the oldest go.
   */
  memoryBytesPerKey: z.number().int().min(65_536).optional(),
  sessionBytesPerKey: z.number().int().min(65_536).optional(),
  carefulSessionBytesPerKey: z.number().int().min(65_536).optional(),
  markerBytesPerKey: z.number().int().min(65_536).optional(),
  carefulMarkerBytesPerKey: z.number().int().min(65_536).optional(),
  claudeApiKey: z.string().min(1).optional(),
  claudeModel: z.string().min(1).default('claude-sonnet-5-5'),
  claudeBaseUrl: z.string().url().optional(),
  claudeTimeoutMs: z.number().int().min(1_000).max(600_000).default(60_000),
  /**
   * The seed's phase whose route policy applies: `2` (default) sends synthesis and oracle readings to
   * the network and keeps Claude for quality sampling; `1b` sends them to Claude.
   */
  routingPhase: z.enum(['1b', '2']).default('2'),
  /** Per-intent overrides of the phase's policy (see orchestrator/maia/intent). */
  routingPolicy: z.record(z.string(), z.string()).optional(),
  prices: priceTableSchema.default(DEFAULT_PRICE_TABLE),
  /** JSON-RPC URL of the chain: enables stake/model gating, paid sessions, receipts and rewards. */
  chainRpc: z.string().url().optional(),
  /** The suite's deployment file (default: .maia/deployments/<chain id>.json). */
  deployment: z.string().optional(),
  /**
   * How long to wait at start for a `deployment` file that does not exist yet (a deployment still
   * running: `maia up` starts the orchestrator while it deploys); 0 (default): it must exist already.
   */
  deploymentWaitMs: z.number().int().min(0).max(3_600_000).default(0),
  /** Refuse requests without an `x-maia-voucher` (402). */
  requirePayment: z.boolean().default(false),
  /** Settle a rewards epoch (redeem vouchers, post the root) this often. */
  epochIntervalMs: z.number().int().min(1_000).max(30 * 24 * 3_600_000).default(3_600_000),
  /**
   * The most a paid request is charged per 1,000 tokens, in $MAIA base units, whatever price a node
   * announces (nodes set their own): a node asking more is paid this. Default 10^16, ten times a
   * node's default price (10^15).
   */
  maxPricePer1kTokens: z.string().regex(/^\d{1,40}$/, 'a whole number of base units').default('10000000000000000'),
  /**
   * When no node can answer a network-routed turn (none eligible, e.g. all quarantined, or every one
   * tried failed), Claude answers it instead of an error (needs a Claude key). Off by default.
   */
  claudeEscalation: z.boolean().default(false),
  /** Share of network-served answers checked by quality sampling (phase 2: 0.1); 0 turns it off. */
  qualitySampleRate: z.number().min(0).max(1).default(0.1),
  /**
   * Bytes the distillation set (sampled prompts and answers, kept for phase 3) holds at most, the
   * oldest samples dropped first; 0 keeps none. Default 256 MiB (orchestrator/quality/distillation).
   */
  distillationMaxBytes: z.number().int().min(0).refine((bytes) => bytes === 0 || bytes >= 4_096, 'either 0 (keep no distillation set) or at least 4096 bytes').optional(),
  /** Share of the distillation set one API key's samples hold at most (default 0.5). */
  distillationKeyShare: z.number().gt(0).max(1).optional(),
  /** The approved GGUF, loaded by the teacher-forcing verifier; without it only peer and reference scoring run. */
  verifierModel: z.string().min(1).optional(),
  /** CPU threads of the verifier (it evaluates, never generates: one or two are enough). */
  verifierThreads: z.number().int().min(1).max(256).default(1),
  /** The verifier's context: at least the nodes' prompt plus answer. */
  verifierContextSize: z.number().int().min(256).max(1_048_576).default(4_096),
  /**
   * Answer positions the verifier's first pass reads (random, plus the end); a doubtful answer is
   * then read at every position. 0: every position at once (the slower, pre-sequential check).
   */
  verifierSampledPositions: z.number().int().min(0).max(4_096).default(16),
  /** Credited as curator of the library indexed at start (an ETH address). */
  libraryCurator: z.string().regex(/^0x[0-9a-fA-F]{40}$/).optional()
}).strict()
export type OrchestratorConfig = z.infer<typeof orchestratorConfigSchema>
