/** What MAIA remembers about one user, decrypted, as exported through the API. */
export interface UserMemoryExport {
  userId: string
  facts: Array<{ kind: string; text: string; at: number }>
  summaries: Array<{ sessionId: string; summary: string; turns: number; updatedAt: number }>
}

export interface TextCounter {
  count(text: string): number
}

/** Per-user memory: facts and running session summaries, encrypted at rest. */
export interface UserMemory {
  /**
   * Learns from one user turn: extracts facts and updates the session's running summary. `owner`
   * (the caller's API key id) names the budget the user's memory counts against: past it, the
   * memory of that key's least recently active users is forgotten first.
   */
  observe(userId: string, sessionId: string, message: string, owner?: string): Promise<void>
  /** Memory lines most relevant to `query`, packed into `budgetTokens`; the current session's own summary is left out. */
  select(userId: string, query: string, budgetTokens: number, counter: TextCounter, currentSessionId?: string): Promise<string[]>
  export(userId: string): Promise<UserMemoryExport>
  /** Forgets everything about the user; returns how many records were deleted. */
  delete(userId: string): Promise<number>
}
