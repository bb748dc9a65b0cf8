/** The versioned libp2p protocol a provider node serves inference on. */
export const INFERENCE_PROTOCOL = '/maia/infer/1.0.0'

/**
 * The same frames as {@link INFERENCE_PROTOCOL}, but a stream may carry one request after another:
 * after its final frame the node waits for the next request instead of closing. One request at a
 * time per stream, so nothing on the wire changes but the stream's lifetime; the orchestrator keeps
 * such streams open between requests, saving a stream opening (a protocol negotiation round trip,
 * a peer-store write) and its closing frames per request. Nodes serve both versions.
 */
export const INFERENCE_SESSION_PROTOCOL = '/maia/infer/1.1.0'

/**
 * {@link INFERENCE_SESSION_PROTOCOL} whose requests may carry `frameIntervalMs`: how long the node
 * gathers tokens into one frame. A caller that shows nothing until the reply is whole (a
 * non-streamed API call) asks for a long interval and gets a couple of frames instead of one every
 * 10 ms: each frame costs an encryption, a mux header, a read and a parse on both hops. Such a
 * request gets an `accepted` frame only when it waits in line (queue position above 0). Nodes
 * serve all three versions; orchestrators offer the newest first and send the field only where it
 * was accepted, so older nodes keep working unchanged.
 */
export const INFERENCE_FRAMING_PROTOCOL = '/maia/infer/1.2.0'

/**
 * {@link INFERENCE_FRAMING_PROTOCOL} where every request, streamed or not, gets `accepted` only
 * when it waits in line. At queue position 0 the frame told the orchestrator nothing its own
 * first-token deadline did not, and it travelled while the node was computing the first token:
 * an encryption and a write on the node, a wake-up, a read and a parse on the orchestrator, on the
 * path to the first token. Nodes serve all four versions; orchestrators offer the newest first.
 */
export const INFERENCE_QUEUED_ACCEPT_PROTOCOL = '/maia/infer/1.3.0'

/** The longest token-gathering interval a request may ask for: progress still reaches the orchestrator (for failover) at least this often. */
export const MAX_FRAME_INTERVAL_MS = 1_000

/** How long a node keeps an idle {@link INFERENCE_SESSION_PROTOCOL} stream open waiting for the next request. */
export const DEFAULT_SESSION_IDLE_MS = 60_000

/** The gossipsub topic on which nodes announce their capability records. */
export const CAPABILITY_TOPIC = 'maia/capabilities/1.0.0'

/** Largest inference frame accepted in either direction (bytes of JSON). */
export const MAX_FRAME_BYTES = 1024 * 1024

/** How often a node re-announces itself. */
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 2_000

/** A capability record older than this is rejected; a node missing this long is expired. */
export const DEFAULT_RECORD_MAX_AGE_MS = 10_000

/** Tolerated clock skew for records dated in the future. */
export const MAX_CLOCK_SKEW_MS = 5_000

/** The EIP-712 domain name and version under which receipts are signed. */
export const RECEIPT_DOMAIN_NAME = 'MAIA Network'
export const RECEIPT_DOMAIN_VERSION = '1'
