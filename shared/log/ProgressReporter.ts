/** Where long work (indexing a library, loading a model) reports how far it is. */
export interface ProgressReporter {
  /** `fraction` in [0, 1]. */
  update(label: string, fraction: number): void
  done(): void
}
