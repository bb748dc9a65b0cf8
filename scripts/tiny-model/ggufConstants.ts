// Numeric codes from the GGUF v3 spec (ggml/docs/gguf.md) and ggml's type enum.
// Only the subset this generator emits is listed.

export const GGUF_MAGIC = 'GGUF'
export const GGUF_VERSION = 3
/** llama.cpp's default; we also write it explicitly as `general.alignment`. */
export const GGUF_ALIGNMENT = 32

/** `gguf_type`: the type tag written before every metadata value. */
export const GgufValueType = {
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9
} as const
export type GgufValueTypeCode = (typeof GgufValueType)[keyof typeof GgufValueType]

/** `ggml_type` codes and element sizes for the unquantized types we can write. */
export const GgmlType = {
  f32: { code: 0, bytesPerElement: 4 },
  f16: { code: 1, bytesPerElement: 2 }
} as const
export type TensorType = keyof typeof GgmlType

/** `llama_ftype`, advertised as `general.file_type` so tools label the file correctly. */
export const LlamaFileType: Readonly<Record<TensorType, number>> = {
  f32: 0, // LLAMA_FTYPE_ALL_F32
  f16: 1 // LLAMA_FTYPE_MOSTLY_F16
}

/** `llama_token_type` values for `tokenizer.ggml.token_type`. */
export const LlamaTokenType = {
  normal: 1,
  unknown: 2,
  control: 3,
  byte: 6
} as const
