import { ByteWriter } from './byteWriter.ts'
import { GGUF_MAGIC, GGUF_VERSION, GgufValueType, GgmlType, type TensorType } from './ggufConstants.ts'

/** The metadata value kinds llama.cpp reads for a llama model; it checks each key's exact type. */
export type GgufMetadataValue =
  | { readonly kind: 'uint32'; readonly value: number }
  | { readonly kind: 'float32'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'stringArray'; readonly value: readonly string[] }
  | { readonly kind: 'float32Array'; readonly value: readonly number[] }
  | { readonly kind: 'int32Array'; readonly value: readonly number[] }

export type GgufMetadataEntry = readonly [key: string, value: GgufMetadataValue]

/** One tensor-info record. `dimensions` are in ggml order: `[0]` is the contiguous (innermost) one. */
export type GgufTensorInfo = {
  readonly name: string
  readonly dimensions: readonly number[]
  readonly type: TensorType
  /** Byte offset from the start of the data section; a multiple of the alignment. */
  readonly offset: number
}

/**
 * Encodes everything before the tensor data: header, metadata, tensor infos, and the padding that
 * makes the data section start on an `alignment` boundary.
 */
export function encodeGgufPrelude(
  metadata: readonly GgufMetadataEntry[],
  tensors: readonly GgufTensorInfo[],
  alignment: number
): Buffer {
  const writer = new ByteWriter()
  writer.bytes(Buffer.from(GGUF_MAGIC, 'ascii')).uint32(GGUF_VERSION).uint64(tensors.length).uint64(metadata.length)
  for (const [key, value] of metadata) {
    writeString(writer, key)
    writeMetadataValue(writer, value)
  }
  for (const tensor of tensors) writeTensorInfo(writer, tensor)
  return writer.padTo(alignment).toBuffer()
}

function writeString(writer: ByteWriter, value: string): void {
  const bytes = Buffer.from(value, 'utf8')
  writer.uint64(bytes.byteLength).bytes(bytes)
}

function writeMetadataValue(writer: ByteWriter, value: GgufMetadataValue): void {
  switch (value.kind) {
    case 'uint32':
      writer.uint32(GgufValueType.uint32).uint32(value.value)
      return
    case 'float32':
      writer.uint32(GgufValueType.float32).float32(value.value)
      return
    case 'bool':
      writer.uint32(GgufValueType.bool).uint8(value.value ? 1 : 0)
      return
    case 'string':
      writer.uint32(GgufValueType.string)
      writeString(writer, value.value)
      return
    case 'stringArray':
      writer.uint32(GgufValueType.array).uint32(GgufValueType.string).uint64(value.value.length)
      for (const item of value.value) writeString(writer, item)
      return
    case 'float32Array':
      writer.uint32(GgufValueType.array).uint32(GgufValueType.float32).uint64(value.value.length)
      for (const item of value.value) writer.float32(item)
      return
    case 'int32Array':
      writer.uint32(GgufValueType.array).uint32(GgufValueType.int32).uint64(value.value.length)
      for (const item of value.value) writer.int32(item)
      return
  }
}

function writeTensorInfo(writer: ByteWriter, tensor: GgufTensorInfo): void {
  writeString(writer, tensor.name)
  writer.uint32(tensor.dimensions.length)
  for (const dimension of tensor.dimensions) writer.uint64(dimension)
  writer.uint32(GgmlType[tensor.type].code).uint64(tensor.offset)
}
