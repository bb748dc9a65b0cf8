import { ApiError } from './ApiError.ts'

/**
 * The request's path without trailing slashes. A target that does not parse as a URL ("//", which
 * reads as an empty host, or an absolute form with a bad port) threw before the handler's try: an
 * unhandled rejection that ended the orchestrator. Such a target is a path here, or names no route.
 */
export function requestPath(target = '/'): string {
  try {
    return new URL(target.startsWith('//') ? `http://localhost${target}` : target, 'http://localhost').pathname.replace(/\/+$/, '') || '/'
  } catch {
    return target
  }
}

/** The request's query parameters; none for a target that does not parse as a URL (as `requestPath`). */
export function requestQuery(target = '/'): URLSearchParams {
  try {
    return new URL(target.startsWith('//') ? `http://localhost${target}` : target, 'http://localhost').searchParams
  } catch {
    return new URLSearchParams()
  }
}

/** A path capture, percent-decoded; malformed encoding is the caller's error. */
export function decodePathParameter(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    throw new ApiError('invalid_request_error', 'Malformed percent-encoding in the path')
  }
}
