package dev.teracage.compiler.decode;

import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;

/**
 * The opcode and immediate operands of the instruction a {@link CodeReader} has just decoded, with
 * one accessor per kind of immediate (see the table in {@link CodeReader}). Fields and buffers are
 * reused from one instruction to the next.
 */
public abstract sealed class InstructionImmediates permits CodeReader {
  /** {@link #catchKind(int)} of {@code catch tag label}. */
  public static final int CATCH = 0;

  /** {@link #catchKind(int)} of {@code catch_ref tag label}. */
  public static final int CATCH_REF = 1;

  /** {@link #catchKind(int)} of {@code catch_all label}. */
  public static final int CATCH_ALL = 2;

  /** {@link #catchKind(int)} of {@code catch_all_ref label}. */
  public static final int CATCH_ALL_REF = 3;

  /** The current instruction's opcode. */
  Opcode opcode;

  int index1;
  int index2;
  long value;
  long high;
  int align;
  int lane;
  int blockTypeIndex;
  ValType blockValType;
  int[] targets = new int[8];
  int targetCount;
  final byte[] shuffle = new byte[16];
  ValType[] selectTypes = new ValType[1];
  int selectCount;
  int[] catches = new int[12];
  int catchCount;

  InstructionImmediates() {}

  /**
   * Returns the current instruction's opcode.
   *
   * @return the opcode, or {@code null} before the first {@link CodeReader#next()}
   */
  public Opcode opcode() {
    return opcode;
  }

  /**
   * Returns the block type's index when it is a type index.
   *
   * @return the type index, or -1 when the block type is empty or one value type
   */
  public int blockTypeIndex() {
    return blockTypeIndex;
  }

  /**
   * Returns the block type's single result when it is a value type.
   *
   * @return the type, or {@code null} when the block type is empty or a type index
   */
  public ValType blockValType() {
    return blockValType;
  }

  /**
   * Returns the label index of {@code br}, {@code br_if}, {@code br_on_null}, ...
   *
   * @return the relative depth
   */
  public int labelIndex() {
    return index1;
  }

  /**
   * Returns the buffer of {@code br_table} targets; only the first {@link #targetCount()} are
   * meaningful. The array is reused by the next {@code br_table}.
   *
   * @return the targets
   */
  public int[] targets() {
    return targets;
  }

  /**
   * Returns how many targets {@code br_table} lists before its default.
   *
   * @return the count
   */
  public int targetCount() {
    return targetCount;
  }

  /**
   * Returns the default target of {@code br_table}.
   *
   * @return the label index
   */
  public int defaultTarget() {
    return index1;
  }

  /**
   * Returns the function index of {@code call}, {@code return_call}, {@code ref.func}.
   *
   * @return the index
   */
  public int functionIndex() {
    return index1;
  }

  /**
   * Returns the type index of {@code call_indirect}, {@code call_ref}, ...
   *
   * @return the index
   */
  public int typeIndex() {
    return index1;
  }

  /**
   * Returns the tag index of {@code throw}.
   *
   * @return the index
   */
  public int tagIndex() {
    return index1;
  }

  /**
   * Returns the local index of {@code local.get}, {@code local.set}, {@code local.tee}.
   *
   * @return the index
   */
  public int localIndex() {
    return index1;
  }

  /**
   * Returns the global index of {@code global.get}, {@code global.set}.
   *
   * @return the index
   */
  public int globalIndex() {
    return index1;
  }

  /**
   * Returns the table index: of table instructions, the table of {@code call_indirect} and {@code
   * table.init}, the destination of {@code table.copy}.
   *
   * @return the index
   */
  public int tableIndex() {
    return switch (opcode.immediate()) {
      case CALL_INDIRECT, TABLE_INIT -> index2;
      default -> index1;
    };
  }

  /**
   * Returns the source table of {@code table.copy}.
   *
   * @return the index
   */
  public int sourceTableIndex() {
    return index2;
  }

  /**
   * Returns the element segment index of {@code table.init}, {@code elem.drop}.
   *
   * @return the index
   */
  public int elemIndex() {
    return index1;
  }

  /**
   * Returns the data segment index of {@code memory.init}, {@code data.drop}.
   *
   * @return the index
   */
  public int dataIndex() {
    return index1;
  }

  /**
   * Returns the memory index: of a memarg, of {@code memory.size} / {@code grow} / {@code fill} /
   * {@code init}, the destination of {@code memory.copy}. Always 0 under the 2.0 rules.
   *
   * @return the index
   */
  public int memoryIndex() {
    return index2;
  }

  /**
   * Returns the source memory of {@code memory.copy}.
   *
   * @return the index
   */
  public int sourceMemoryIndex() {
    return index1;
  }

  /**
   * Returns the alignment exponent of a memarg (alignment = 2^exponent bytes).
   *
   * @return the exponent, 0..63
   */
  public int alignExponent() {
    return align;
  }

  /**
   * Returns the offset of a memarg (a u32 under 2.0, a u64 under memory64).
   *
   * @return the offset, unsigned
   */
  public long memoryOffset() {
    return value;
  }

  /**
   * Returns the lane index of lane instructions.
   *
   * @return the lane, 0..255 (validation checks it against the lane count)
   */
  public int lane() {
    return lane;
  }

  /**
   * Returns the value of {@code i32.const}.
   *
   * @return the value
   */
  public int i32Value() {
    return (int) value;
  }

  /**
   * Returns the value of {@code i64.const}.
   *
   * @return the value
   */
  public long i64Value() {
    return value;
  }

  /**
   * Returns the bits of {@code f32.const}.
   *
   * @return the IEEE 754 bits
   */
  public int f32Bits() {
    return (int) value;
  }

  /**
   * Returns the bits of {@code f64.const}.
   *
   * @return the IEEE 754 bits
   */
  public long f64Bits() {
    return value;
  }

  /**
   * Returns the low 64 bits (bytes 0..7, little-endian) of {@code v128.const}.
   *
   * @return the bits
   */
  public long v128Low() {
    return value;
  }

  /**
   * Returns the high 64 bits (bytes 8..15, little-endian) of {@code v128.const}.
   *
   * @return the bits
   */
  public long v128High() {
    return high;
  }

  /**
   * Returns the sixteen lane indices of {@code i8x16.shuffle}. The array is reused.
   *
   * @return the lanes, as unsigned bytes
   */
  public byte[] shuffleLanes() {
    return shuffle;
  }

  /**
   * Returns how many types a typed {@code select} lists.
   *
   * @return the count (1 when valid)
   */
  public int selectTypeCount() {
    return selectCount;
  }

  /**
   * Returns a type of a typed {@code select}.
   *
   * @param i the position, below {@link #selectTypeCount()}
   * @return the type
   */
  public ValType selectType(int i) {
    return selectTypes[i];
  }

  /**
   * Returns the heap type of {@code ref.null}.
   *
   * @return an abstract heap type constant of {@link ValType} (negative) or a type index
   */
  public int heapType() {
    return index1;
  }

  /**
   * Returns how many catch clauses {@code try_table} has.
   *
   * @return the count
   */
  public int catchCount() {
    return catchCount;
  }

  /**
   * Returns the kind of a catch clause.
   *
   * @param i the clause, below {@link #catchCount()}
   * @return {@link #CATCH}, {@link #CATCH_REF}, {@link #CATCH_ALL} or {@link #CATCH_ALL_REF}
   */
  public int catchKind(int i) {
    return catches[3 * i];
  }

  /**
   * Returns the tag of a catch clause.
   *
   * @param i the clause, below {@link #catchCount()}
   * @return the tag index, or -1 for {@code catch_all} kinds
   */
  public int catchTag(int i) {
    return catches[3 * i + 1];
  }

  /**
   * Returns the label a catch clause branches to.
   *
   * @param i the clause, below {@link #catchCount()}
   * @return the label index
   */
  public int catchLabel(int i) {
    return catches[3 * i + 2];
  }
}
