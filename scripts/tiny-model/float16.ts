// Node 22 has no Float16Array, so f16 values are produced as raw IEEE 754 binary16 bit patterns.
const scratchFloat = new Float32Array(1)
const scratchBits = new Uint32Array(scratchFloat.buffer)

/** IEEE 754 binary32 → binary16 bits, round-to-nearest-even, with subnormals, ±Infinity and NaN. */
export function float32ToFloat16Bits(value: number): number {
  scratchFloat[0] = value
  const bits = scratchBits[0] ?? 0
  const sign = (bits >>> 16) & 0x8000
  const exponent = (bits >>> 23) & 0xff
  const mantissa = bits & 0x7f_ffff
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa === 0 ? 0 : 0x200)
  const halfExponent = exponent - 127 + 15
  if (halfExponent >= 0x1f) return sign | 0x7c00
  if (halfExponent <= 0) {
    if (halfExponent < -10) return sign // below half the smallest subnormal: rounds to ±0
    return sign | roundShift(mantissa | 0x80_0000, 14 - halfExponent)
  }
  // A carry out of the mantissa correctly bumps the exponent (up to Infinity).
  return sign | roundShift((halfExponent << 23) | mantissa, 13)
}

function roundShift(value: number, shift: number): number {
  const kept = value >>> shift
  const remainder = value & ((1 << shift) - 1)
  const halfway = 1 << (shift - 1)
  return remainder > halfway || (remainder === halfway && (kept & 1) === 1) ? kept + 1 : kept
}
