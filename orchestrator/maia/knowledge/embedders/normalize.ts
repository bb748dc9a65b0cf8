/** Scales `vector` to unit length in place (a zero vector stays zero), so cosine = dot product. */
export function normalize(vector: Float32Array): Float32Array {
  let sum = 0
  for (const value of vector) sum += value * value
  const length = Math.sqrt(sum)
  if (length > 0) for (let index = 0; index < vector.length; index += 1) vector[index] = vector[index]! / length
  return vector
}
