import type { NodeEntry } from './NodeTable.ts'

export interface ServedModel {
  name: string
  hash: string
  nodes: number
  /** The smallest context window among the nodes serving it: what a prompt must fit. */
  contextSize: number
}

/** The models the live network serves, most widely served first. */
export function listServedModels(entries: NodeEntry[]): ServedModel[] {
  const byHash = new Map<string, ServedModel>()
  for (const { record } of entries) {
    const model = byHash.get(record.model.hash) ?? { name: record.model.name, hash: record.model.hash, nodes: 0, contextSize: record.contextSize }
    model.nodes += 1
    model.contextSize = Math.min(model.contextSize, record.contextSize)
    byHash.set(record.model.hash, model)
  }
  return [...byHash.values()].sort((a, b) => b.nodes - a.nodes || a.name.localeCompare(b.name))
}

/**
 * Maps the `model` an API caller asked for to a served model. An exact name or hash wins;
 * any other name (an app written for another provider asking for its own model id) gets the
 * network's default, so apps work by changing only their base URL and key.
 */
export function resolveModel(requested: string, served: ServedModel[], defaultName?: string): ServedModel | undefined {
  return served.find((model) => model.name === requested || model.hash === requested) ??
    served.find((model) => model.name === defaultName) ??
    served[0]
}
