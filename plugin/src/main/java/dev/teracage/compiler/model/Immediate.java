package dev.teracage.compiler.model;

/**
 * The shape of the immediate operands that follow an opcode in the binary format. Each constant
 * lists what follows, in order.
 */
public enum Immediate {
  /** Nothing. */
  NONE,
  /** A block type: empty ({@code 0x40}), one value type, or an s33 type index. */
  BLOCK,
  /** A label index (u32). */
  LABEL,
  /** A vector of label indices, then the default label index. */
  BR_TABLE,
  /** A function index (u32). */
  FUNC,
  /** A type index, then a table index (both u32). */
  CALL_INDIRECT,
  /** A type index (u32). */
  TYPE,
  /** A tag index (u32). */
  TAG,
  /** A block type, then a vector of catch clauses. */
  TRY_TABLE,
  /** A vector of value types (typed {@code select}). */
  SELECT_T,
  /** A local index (u32). */
  LOCAL,
  /** A global index (u32). */
  GLOBAL,
  /** A table index (u32). */
  TABLE,
  /** A memory argument: alignment exponent (with bit 6 announcing a memory index), offset. */
  MEMARG,
  /** A memory index; a single zero byte before multi-memory. */
  MEMORY,
  /** A signed 32-bit integer (sLEB128). */
  I32,
  /** A signed 64-bit integer (sLEB128). */
  I64,
  /** Four bytes of an IEEE 754 single, little-endian. */
  F32,
  /** Eight bytes of an IEEE 754 double, little-endian. */
  F64,
  /** A heap type (s33). */
  HEAP_TYPE,
  /** A data segment index, then a memory index. */
  MEMORY_INIT,
  /** A data segment index. */
  DATA,
  /** A destination memory index, then a source memory index. */
  MEMORY_COPY,
  /** An element segment index, then a table index. */
  TABLE_INIT,
  /** An element segment index. */
  ELEM,
  /** A destination table index, then a source table index. */
  TABLE_COPY,
  /** Sixteen bytes of a v128 constant. */
  V128,
  /** Sixteen lane indices (bytes). */
  SHUFFLE,
  /** One lane index (byte). */
  LANE,
  /** A memory argument, then one lane index (byte). */
  MEMARG_LANE
}
