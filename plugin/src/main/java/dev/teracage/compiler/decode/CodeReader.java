package dev.teracage.compiler.decode;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.Immediate;
import dev.teracage.compiler.model.Opcode;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Walks encoded instructions one at a time, decoding each opcode and its immediates with the one
 * {@link Opcode} table. The reader reuses its fields and buffers: after {@link #next()} returns,
 * the accessors describe that instruction until the next call; nothing is allocated per instruction
 * (except value types of typed {@code select} and block types that are typed references, which are
 * rare).
 *
 * <p>Typical use (the validator, the code generator):
 *
 * <pre>{@code
 * CodeReader r = new CodeReader(false);
 * r.reset(body.body());
 * while (r.hasNext()) {
 *   Opcode op = r.next();
 *   switch (op) {
 *     case LOCAL_GET -> use(r.localIndex());
 *     case BR_TABLE -> { int[] t = r.targets(); for (int i = 0; i < r.targetCount(); i++) ...; }
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p><b>Indices</b> ({@link #labelIndex()}, {@link #functionIndex()}, ...) are u32 values returned
 * as {@code int}: an index of 2^31 or more comes back negative, so a validator treats a negative
 * index as out of range. Accessors not belonging to the current instruction's {@link Immediate}
 * kind return stale values; the table below says which apply.
 *
 * <table>
 *   <caption>Accessors per immediate kind</caption>
 *   <tr><th>Immediate</th><th>Accessors</th></tr>
 *   <tr><td>BLOCK</td><td>{@link #blockTypeIndex()}, {@link #blockValType()}</td></tr>
 *   <tr><td>LABEL</td><td>{@link #labelIndex()}</td></tr>
 *   <tr><td>BR_TABLE</td><td>{@link #targets()}, {@link #targetCount()},
 *       {@link #defaultTarget()}</td></tr>
 *   <tr><td>FUNC</td><td>{@link #functionIndex()}</td></tr>
 *   <tr><td>CALL_INDIRECT</td><td>{@link #typeIndex()}, {@link #tableIndex()}</td></tr>
 *   <tr><td>TYPE</td><td>{@link #typeIndex()}</td></tr>
 *   <tr><td>TAG</td><td>{@link #tagIndex()}</td></tr>
 *   <tr><td>TRY_TABLE</td><td>block type accessors, {@link #catchCount()},
 *       {@link #catchKind(int)}, {@link #catchTag(int)}, {@link #catchLabel(int)}</td></tr>
 *   <tr><td>SELECT_T</td><td>{@link #selectTypeCount()}, {@link #selectType(int)}</td></tr>
 *   <tr><td>LOCAL / GLOBAL / TABLE</td><td>{@link #localIndex()} / {@link #globalIndex()} /
 *       {@link #tableIndex()}</td></tr>
 *   <tr><td>MEMARG</td><td>{@link #alignExponent()}, {@link #memoryOffset()},
 *       {@link #memoryIndex()}</td></tr>
 *   <tr><td>MEMORY</td><td>{@link #memoryIndex()}</td></tr>
 *   <tr><td>I32 / I64</td><td>{@link #i32Value()} / {@link #i64Value()}</td></tr>
 *   <tr><td>F32 / F64</td><td>{@link #f32Bits()} / {@link #f64Bits()}</td></tr>
 *   <tr><td>HEAP_TYPE</td><td>{@link #heapType()}</td></tr>
 *   <tr><td>MEMORY_INIT</td><td>{@link #dataIndex()}, {@link #memoryIndex()}</td></tr>
 *   <tr><td>DATA</td><td>{@link #dataIndex()}</td></tr>
 *   <tr><td>MEMORY_COPY</td><td>{@link #memoryIndex()} (destination),
 *       {@link #sourceMemoryIndex()}</td></tr>
 *   <tr><td>TABLE_INIT</td><td>{@link #elemIndex()}, {@link #tableIndex()}</td></tr>
 *   <tr><td>ELEM</td><td>{@link #elemIndex()}</td></tr>
 *   <tr><td>TABLE_COPY</td><td>{@link #tableIndex()} (destination),
 *       {@link #sourceTableIndex()}</td></tr>
 *   <tr><td>V128</td><td>{@link #v128Low()}, {@link #v128High()}</td></tr>
 *   <tr><td>SHUFFLE</td><td>{@link #shuffleLanes()}</td></tr>
 *   <tr><td>LANE</td><td>{@link #lane()}</td></tr>
 *   <tr><td>MEMARG_LANE</td><td>memarg accessors, {@link #lane()}</td></tr>
 * </table>
 *
 * <p><b>Errors</b> are {@link dev.teracage.compiler.MalformedException}s at the module offset of
 * the bad byte: "illegal opcode ff" (with the opcode in hex, "fc 12" for prefixed ones) for an
 * opcode not in the table, "zero byte expected" for a 2.0 reserved memory byte that is not {@code
 * 0x00}, "malformed memop flags", the integer errors of {@link ByteReader}, and "unexpected end of
 * section or function" when the bytes run out.
 *
 * <p><b>2.0 and 3.0.</b> With {@code wasm3} false (the 2.0 rules) the 3.0 opcodes are illegal, and
 * the memory index of {@code memory.size}, {@code memory.grow}, {@code memory.fill}, {@code
 * memory.copy} and {@code memory.init} is a reserved zero byte and memarg flags must be below 32
 * with a u32 offset; with it true (3.0) they are u32 memory indices, memarg bit 6 announces a
 * memory index and the offset is a u64.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/instructions.html">Binary format:
 *     instructions</a>
 */
public final class CodeReader extends InstructionImmediates {
  /** Single-byte opcodes of 2.0 and of 3.0, indexed by byte; {@code null} where illegal. */
  private static final Opcode[] SINGLE2 = new Opcode[256];

  private static final Opcode[] SINGLE3 = new Opcode[256];

  /** Immediate kind of every opcode, by ordinal, for a switch without the enum's indirection. */
  private static final Immediate[] IMMEDIATES = new Immediate[Opcode.values().length];

  static {
    for (int b = 0; b < 256; b++) {
      Opcode op = Opcode.of(Opcode.NO_PREFIX, b);
      SINGLE3[b] = op;
      SINGLE2[b] = op != null && !isWasm3Only(op) ? op : null;
    }
    for (Opcode op : Opcode.values()) {
      IMMEDIATES[op.ordinal()] = op.immediate();
    }
  }

  private static boolean isWasm3Only(Opcode op) {
    return switch (op) {
      case THROW,
          THROW_REF,
          RETURN_CALL,
          RETURN_CALL_INDIRECT,
          CALL_REF,
          RETURN_CALL_REF,
          TRY_TABLE,
          REF_EQ,
          REF_AS_NON_NULL,
          BR_ON_NULL,
          BR_ON_NON_NULL ->
          true;
      default -> op.prefix() == Opcode.SIMD_PREFIX && op.code() >= 0x100;
    };
  }

  private final ByteReader in = new ByteReader(new byte[0]);
  private final boolean multiMemory;
  private final Opcode[] single;
  private int begin;
  private int start;

  /**
   * Creates a reader with nothing to read; call {@link #reset(Expr)} first.
   *
   * @param wasm3 whether to read WebAssembly 3.0: its opcodes (tail calls, exceptions, typed
   *     function references, relaxed SIMD; "illegal opcode" under 2.0) and its memory immediates
   *     (multi-memory, memory64)
   */
  public CodeReader(boolean wasm3) {
    this.multiMemory = wasm3;
    this.single = wasm3 ? SINGLE3 : SINGLE2;
  }

  /**
   * Creates a reader over an expression, with the 2.0 rules.
   *
   * @param expr the expression
   */
  public CodeReader(Expr expr) {
    this(false);
    reset(expr);
  }

  /**
   * Starts reading an expression. Offsets in errors are module offsets when the expression was
   * decoded from a binary, else offsets inside the expression.
   *
   * @param expr the expression
   */
  public void reset(Expr expr) {
    reset(expr.code(), 0, expr.length(), Math.max(0, expr.sourceOffset()));
  }

  /**
   * Starts reading a range of bytes.
   *
   * @param code the array
   * @param begin index of the first instruction
   * @param end index after the last byte
   * @param baseOffset module offset of {@code code[0]}, for messages
   */
  public void reset(byte[] code, int begin, int end, long baseOffset) {
    in.reset(code, begin, end, baseOffset);
    this.begin = begin;
    this.start = begin;
    this.opcode = null;
  }

  /**
   * Returns whether bytes remain to be read.
   *
   * @return true while {@link #next()} can be called
   */
  public boolean hasNext() {
    return !in.atEnd();
  }

  /**
   * Returns the underlying byte reader, positioned after the current instruction. Readers of
   * constant expressions and the decoder use it to continue reading after an expression's end.
   *
   * @return the reader
   */
  public ByteReader bytes() {
    return in;
  }

  /**
   * Returns the offset of the current instruction from the start of the expression (or range).
   *
   * @return the offset of the current instruction's first byte
   */
  public int position() {
    return start - begin;
  }

  /**
   * Returns the module offset of the current instruction.
   *
   * @return the offset
   */
  public long offset() {
    return in.baseOffset() + start;
  }

  /**
   * Returns the offset from the start of the expression just after the current instruction.
   *
   * @return where the next instruction starts
   */
  public int nextPosition() {
    return in.position() - begin;
  }

  /**
   * Returns an exception at the current instruction, for callers that find it malformed.
   *
   * @param reason the specification's wording
   * @return the exception, to throw
   */
  public MalformedException error(String reason) {
    return in.error(reason, start);
  }

  /**
   * Decodes the next instruction and its immediates.
   *
   * @return its opcode
   * @throws dev.teracage.compiler.MalformedException when the bytes are not an instruction
   */
  public Opcode next() {
    start = in.position();
    int b = in.u8();
    Opcode op = single[b];
    if (op == null) {
      String code = HexFormat.of().toHexDigits((byte) b);
      if (b == Opcode.MISC_PREFIX || b == Opcode.SIMD_PREFIX) {
        long sub = Integer.toUnsignedLong(in.u32());
        op = Opcode.of(b, sub);
        code += " " + Long.toHexString(sub);
      }
      if (op == null || (!multiMemory && isWasm3Only(op))) {
        throw in.error("illegal opcode " + code, start);
      }
    }
    opcode = op;
    Immediate kind = IMMEDIATES[op.ordinal()];
    if (kind != Immediate.NONE) {
      immediates(kind);
    }
    return op;
  }

  private void immediates(Immediate kind) {
    switch (kind) {
      case NONE -> {}
      case BLOCK -> blockType();
      case LABEL, FUNC, TYPE, TAG, LOCAL, GLOBAL, TABLE, DATA, ELEM -> index1 = in.u32();
      case BR_TABLE -> brTable();
      case CALL_INDIRECT, TABLE_INIT, TABLE_COPY -> {
        index1 = in.u32();
        index2 = in.u32();
      }
      case TRY_TABLE -> tryTable();
      case SELECT_T -> selectTypes();
      case MEMARG -> memarg();
      case MEMORY -> index2 = memoryIndexImmediate();
      case I32 -> value = in.s32();
      case I64 -> value = in.s64();
      case F32 -> value = in.f32();
      case F64 -> value = in.f64();
      case HEAP_TYPE -> readHeapType();
      case MEMORY_INIT -> {
        index1 = in.u32();
        index2 = memoryIndexImmediate();
      }
      case MEMORY_COPY -> {
        index2 = memoryIndexImmediate();
        index1 = memoryIndexImmediate();
      }
      case V128 -> {
        value = in.f64();
        high = in.f64();
      }
      case SHUFFLE -> {
        for (int i = 0; i < 16; i++) {
          shuffle[i] = (byte) in.u8();
        }
      }
      case LANE -> lane = in.u8();
      case MEMARG_LANE -> {
        memarg();
        lane = in.u8();
      }
    }
  }

  private int memoryIndexImmediate() {
    if (multiMemory) {
      return in.u32();
    }
    int at = in.position();
    if (in.u8() != 0) {
      throw in.error("zero byte expected", at);
    }
    return 0;
  }

  private void memarg() {
    int at = in.position();
    int flags = in.u32();
    if (multiMemory) {
      if (flags < 0 || flags >= 0x80) {
        throw in.error("malformed memop flags", at);
      }
      index2 = (flags & 0x40) != 0 ? in.u32() : 0;
      align = flags & 0x3F;
      value = in.u64();
    } else {
      if (flags < 0 || flags >= 32) {
        throw in.error("malformed memop flags", at);
      }
      index2 = 0;
      align = flags;
      value = Integer.toUnsignedLong(in.u32());
    }
  }

  private void blockType() {
    int b = in.peek();
    blockTypeIndex = -1;
    blockValType = null;
    if (b == 0x40) {
      in.u8();
    } else if (b >= 0 && (b & 0xC0) == 0x40) {
      blockValType = TypeReader.valType(in);
    } else {
      long v = in.s33();
      blockTypeIndex = v < 0 ? Integer.MAX_VALUE : (int) Math.min(v, Integer.MAX_VALUE);
    }
  }

  private void brTable() {
    int n = in.length();
    for (int i = 0; i < n; i++) {
      if (i == targets.length) {
        targets = Arrays.copyOf(targets, i * 2);
      }
      targets[i] = in.u32();
    }
    targetCount = n;
    index1 = in.u32();
  }

  private void tryTable() {
    blockType();
    int n = in.length();
    for (int i = 0; i < n; i++) {
      if (3 * i + 2 >= catches.length) {
        catches = Arrays.copyOf(catches, catches.length * 2);
      }
      int at = in.position();
      int kind = in.u8();
      if (kind > CATCH_ALL_REF) {
        throw in.error("malformed catch clause", at);
      }
      catches[3 * i] = kind;
      catches[3 * i + 1] = kind < CATCH_ALL ? in.u32() : -1;
      catches[3 * i + 2] = in.u32();
    }
    catchCount = n;
  }

  private void selectTypes() {
    int n = in.length();
    for (int i = 0; i < n; i++) {
      if (i == selectTypes.length) {
        selectTypes = Arrays.copyOf(selectTypes, i * 2);
      }
      selectTypes[i] = TypeReader.valType(in);
    }
    selectCount = n;
  }

  private void readHeapType() {
    int at = in.position();
    long v = in.s33();
    if (v >= 0) {
      index1 = (int) Math.min(v, Integer.MAX_VALUE);
    } else if (TypeReader.isAbstractHeapType(v)) {
      index1 = (int) v;
    } else {
      throw in.error("malformed reference type", at);
    }
  }
}
