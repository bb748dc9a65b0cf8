import { z } from 'zod'

/**
 * A 65-byte secp256k1 signature as ethers writes it: `r ‖ s ‖ v` with `v` 27 or 28. Other
 * encodings of the same signature (v as 0/1, EIP-155 style v, upper-case hex in v) verify to the
 * same signer, so a receiver that accepted them would take a re-encoded copy for a different
 * message. Found by fuzzing the gossip validator: a record whose v read `Eb` was accepted.
 */
export const ethSignatureSchema = z.string().regex(/^0x[0-9a-fA-F]{128}1[bc]$/, 'expected a 65-byte signature ending in v = 1b or 1c')
