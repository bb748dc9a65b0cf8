/** The libp2p protocol nodes fetch model files over: manifests, which chunks a peer holds, and chunks. */
export const MODEL_PROTOCOL = '/maia/model/1.0.0'

/** Default chunk size: large enough that per-chunk overhead (a stream, a hash, a bitmap write) is noise, small enough to spread over peers. */
export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024
/** Chunks are whole SHA-256 blocks and at most this big, so a peer can never make us buffer more. */
export const MIN_CHUNK_BYTES = 64 * 1024
export const MAX_CHUNK_BYTES = 64 * 1024 * 1024
/** A manifest lists at most this many chunks (a 1 TiB file at 8 MiB): its hashes fit in one 4 MiB frame. */
export const MAX_CHUNKS = 131_072
/** Largest model file accepted (1 TiB at the largest chunk size would be more; this is the cap that matters). */
export const MAX_MODEL_BYTES = 8 * 1024 ** 4

/** Request frames are tiny JSON: a peer that sends more is refused before anything is read into memory. */
export const MAX_REQUEST_FRAME_BYTES = 1024
/** Chunk bytes travel in pieces of this size, each a length-prefixed frame. */
export const PIECE_BYTES = 256 * 1024
/** The largest response frame: a manifest's chunk hashes (32 bytes each). */
export const MAX_RESPONSE_FRAME_BYTES = MAX_CHUNKS * 32

/** Serving limits: chunk uploads at once in all, per peer, and inbound streams per connection. */
export const DEFAULT_MAX_UPLOADS = 8
export const DEFAULT_MAX_UPLOADS_PER_PEER = 2
export const DEFAULT_MAX_INBOUND_STREAMS = 8
/** How long a client may take to send its request frame, and one upload may take before it is cut off (a peer that stops reading). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 5_000
export const DEFAULT_UPLOAD_TIMEOUT_MS = 60_000

/** Downloading: chunk requests in flight per peer, how long a chunk may go without a byte, peers asked for the manifest. */
export const DEFAULT_REQUESTS_PER_PEER = 2
export const DEFAULT_STALL_TIMEOUT_MS = 15_000
export const DEFAULT_MANIFEST_PEERS = 16
/** How often peers still downloading are asked again which chunks they hold. */
export const DEFAULT_HAVE_REFRESH_MS = 500
/** How long a peer that answered `busy` is left alone. */
export const BUSY_BACKOFF_MS = 250
/** How often, during a download, peers that did not hold the file are asked for its manifest again. */
export const DEFAULT_DISCOVER_MS = 2_000
