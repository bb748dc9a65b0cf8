/**
 * What one record takes in the database, as its root sees it: the key with its sublevel prefix,
 * and the value, in UTF-8 bytes. Budgets count this, so they bound what a scan of the database finds.
 *
 * @example
 * storedBytes(db.sublevel('sessions'), 's1', '{}') // 10 + 2 + 2 = 14
 */
export function storedBytes(store: { readonly prefix: string }, key: string, value: string): number {
  return Buffer.byteLength(store.prefix) + Buffer.byteLength(key) + Buffer.byteLength(value)
}
