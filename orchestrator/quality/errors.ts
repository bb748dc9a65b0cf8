import { BaseError } from '../../shared/errors/index.ts'

/** No evidence bundle is kept under this hash. */
export class EvidenceNotFoundError extends BaseError {
  override name = 'EvidenceNotFoundError'
  constructor(hash: string) {
    super('No evidence bundle has this hash', { details: { hash } })
  }
}
