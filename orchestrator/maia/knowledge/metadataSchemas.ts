import { getAddress } from 'ethers/address'
import { z } from 'zod'

/** A curator account: an ETH address, normalised to its checksummed form. */
export const curatorSchema = z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'must be an ETH address (0x + 40 hex digits)').transform((address) => getAddress(address.toLowerCase()))

/** A topic: lower-case words, digits and dashes (so it can sit in a filter without quoting issues). */
export const topicSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9 _-]*$/, 'use letters, digits, spaces, "-" or "_"')

/** Topics written as one comma-separated cell or flag value. */
export const topicListSchema = z.string().transform((value) => value.split(/[,;]/).map((topic) => topic.trim()).filter(Boolean)).pipe(z.array(topicSchema))
