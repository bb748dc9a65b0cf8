import { BaseError } from '../../shared/errors/index.ts'

/**
 * A quota record read back from the store does not match its schema (a corrupt or foreign database).
 *
 * @example
 * await quota.admit(item) // throws CorruptQuotaRecordError when an index record was tampered with
 */
export class CorruptQuotaRecordError extends BaseError {
  override name = 'CorruptQuotaRecordError'
  constructor({ key, issues, cause }: { key: string; issues: string[]; cause?: unknown }) {
    super('Corrupt storage quota record', { details: { key, issues }, cause })
  }
}
