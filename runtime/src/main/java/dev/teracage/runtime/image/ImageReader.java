package dev.teracage.runtime.image;

import static dev.teracage.runtime.image.ImageFormat.*;

import dev.teracage.runtime.layout.ArenaLayout;
import dev.teracage.runtime.layout.ValueCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a {@link ModuleImage} in format v0 and verifies it completely before returning: magic and
 * versions first, then every count and length against the bytes left, every code against its
 * domain, every index against its index space, every initializer's type, and the arena layout
 * against the one the contents give. Any problem is an {@link ImageException} naming expected and
 * found values and the byte offset; no other exception escapes for any input.
 */
public final class ImageReader {
  private final ImageInput in;
  private final List<FuncSig> types = new ArrayList<>();
  private final List<Integer> globalTypes = new ArrayList<>();
  private final List<Integer> tableTypes = new ArrayList<>();
  private final List<Integer> functionTypeIndices = new ArrayList<>();
  private int functionCount;
  private int memoryCount;

  private ImageOrigin origin;

  private final byte[] bytes;

  private ImageReader(byte[] bytes) {
    this.bytes = bytes;
    this.in = new ImageInput(bytes, bytes.length);
  }

  /** Checks the trailing CRC-32C, right after magic and versions, before anything else. */
  private void checksum() {
    if (bytes.length - in.position() < CHECKSUM_SIZE) {
      throw new ImageException(
          "checksum: expected 4 bytes, found "
              + (bytes.length - in.position())
              + " (unexpected end)",
          in.position());
    }
    int end = bytes.length - CHECKSUM_SIZE;
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes, 0, end);
    int stored = 0;
    for (int i = 0; i < CHECKSUM_SIZE; i++) {
      stored |= (bytes[end + i] & 0xFF) << (8 * i);
    }
    if (stored != (int) crc.getValue()) {
      throw new ImageException(
          String.format(
              "checksum: expected %08x, found %08x (the image is corrupt or truncated)",
              (int) crc.getValue(), stored),
          end);
    }
    in.limitTo(end);
  }

  /**
   * Reads and verifies an image.
   *
   * @param bytes the image
   * @return the image
   * @throws ImageException if the bytes are not a valid image of this format and producer version
   */
  public static ModuleImage read(byte[] bytes) {
    return new ImageReader(bytes).image();
  }

  private ModuleImage image() {
    header();
    in.beginSection(CLASS);
    String className = className();
    in.endSection();

    in.beginSection(TYPES);
    int typeCount = in.count("type count", 8);
    for (int t = 0; t < typeCount; t++) {
      in.entry("type", t);
      types.add(new FuncSig(codes("param"), codes("result")));
    }
    in.endSection();

    in.beginSection(IMPORTS);
    List<Import> imports = new ArrayList<>();
    int importCount = in.count("import count", 10);
    for (int i = 0; i < importCount; i++) {
      in.entry("import", i);
      imports.add(importEntry());
    }
    in.endSection();

    in.beginSection(FUNCTIONS);
    int[] functionTypes = new int[in.count("function count", 4)];
    for (int f = 0; f < functionTypes.length; f++) {
      in.entry("function", f);
      functionTypes[f] = in.index("type", types.size());
      functionTypeIndices.add(functionTypes[f]);
    }
    functionCount += functionTypes.length;
    in.endSection();

    in.beginSection(TABLES);
    List<TableType> tables = new ArrayList<>();
    int tableCount = in.count("table count", 10);
    for (int t = 0; t < tableCount; t++) {
      in.entry("table", t);
      tables.add(tableType());
    }
    in.endSection();

    in.beginSection(MEMORIES);
    List<MemoryType> memories = new ArrayList<>();
    int definedMemories = in.count("memory count", 9);
    for (int m = 0; m < definedMemories; m++) {
      in.entry("memory", m);
      memories.add(new MemoryType(limits(ArenaLayout.MEMORY32_MAX_PAGES)));
      memoryCount++;
    }
    in.endSection();

    in.beginSection(GLOBALS);
    List<Global> globals = new ArrayList<>();
    int globalCount = in.count("global count", 7);
    for (int g = 0; g < globalCount; g++) {
      in.entry("global", g);
      GlobalType type = globalType();
      in.item("init", -1);
      globals.add(new Global(type, init(type.valueType())));
      globalTypes.add(type.valueType());
    }
    in.endSection();

    in.beginSection(EXPORTS);
    List<Export> exports = exports();
    in.endSection();

    in.beginSection(START);
    OptionalInt start = start();
    in.endSection();

    in.beginSection(ELEMENTS);
    List<ElementSegment> elements = new ArrayList<>();
    int elementCount = in.count("element segment count", 6);
    for (int e = 0; e < elementCount; e++) {
      in.entry("element segment", e);
      elements.add(element());
    }
    in.endSection();

    in.beginSection(DATA);
    List<DataSegment> data = new ArrayList<>();
    int dataCount = in.count("data segment count", 5);
    for (int d = 0; d < dataCount; d++) {
      in.entry("data segment", d);
      data.add(dataSegment());
    }
    in.endSection();

    in.beginSection(NAMES);
    Names names = names();
    in.endSection();

    in.beginSection(BODIES);
    int bodiesAt = in.position();
    int bodyCount = in.count("body offset count", 4);
    if (bodyCount != functionTypes.length) {
      throw in.failAt(
          bodiesAt, "body offset count: expected " + functionTypes.length + ", found " + bodyCount);
    }
    int[] bodyOffsets = new int[bodyCount];
    for (int f = 0; f < bodyCount; f++) {
      in.entry("function", f);
      // 0xFFFFFFFF: unknown (a module read from text has no binary offsets).
      long offset = in.u32("body offset");
      if (offset > Integer.MAX_VALUE && offset != 0xFFFF_FFFFL) {
        throw in.failAt(
            in.position() - 4,
            "body offset: expected below " + Integer.MAX_VALUE + " or unknown, found " + offset);
      }
      bodyOffsets[f] = (int) offset;
    }
    in.endSection();

    in.beginSection(LAYOUT);
    ArenaLayout layout = layout(imports, tables, memories, globals, elements.size(), data.size());
    in.endSection();

    in.beginSection(STATE);
    int importedGlobals = 0;
    for (Import i : imports) {
      if (i.kind() == ExternKind.GLOBAL) {
        importedGlobals++;
      }
    }
    java.util.Optional<ArenaState> state =
        StateCodec.read(
            in,
            new StateCodec.Bounds(
                layout.reservedSize(),
                functionCount,
                importedGlobals,
                importedGlobals + globals.size(),
                elements.size(),
                data.size(),
                start.isPresent()));
    in.endSection();
    in.end();
    return new ModuleImage(
        className,
        types,
        imports,
        functionTypes,
        tables,
        memories,
        globals,
        exports,
        start,
        elements,
        data,
        names,
        bodyOffsets,
        layout,
        origin,
        state);
  }

  private void header() {
    byte[] magic = in.bytes(MAGIC.length, "magic");
    for (int i = 0; i < MAGIC.length; i++) {
      if (magic[i] != MAGIC[i]) {
        throw new ImageException("magic: expected \"TCAG\" (54 43 41 47), found " + hex(magic), 0);
      }
    }
    int at = in.position();
    int format = in.u16("format version");
    if (format != FORMAT_VERSION) {
      throw in.failAt(at, "format version: expected " + FORMAT_VERSION + ", found " + format);
    }
    int producer = in.u16("producer version");
    if (producer != PRODUCER_VERSION) {
      throw in.failAt(
          at + 2, "producer version: expected " + PRODUCER_VERSION + ", found " + producer);
    }
    checksum();
    String producerName = in.string("producer");
    byte[] moduleHash = in.bytes(ImageOrigin.HASH_LENGTH, "module hash");
    byte[] pairing = in.bytes(ImageOrigin.HASH_LENGTH, "pairing key");
    origin = new ImageOrigin(producerName, moduleHash, pairing);
  }

  private String className() {
    int at = in.position();
    String name = in.string("class name");
    if (!isBinaryName(name)) {
      throw in.failAt(at, "class name: expected a Java binary name, found \"" + name + "\"");
    }
    return name;
  }

  private static boolean isBinaryName(String name) {
    if (name.isEmpty() || name.length() > 1000) {
      return false;
    }
    boolean start = true;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (c == '.') {
        if (start) {
          return false;
        }
        start = true;
      } else if (start ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
        start = false;
      } else {
        return false;
      }
    }
    return !start;
  }

  private int[] codes(String what) {
    int[] codes = new int[in.count(what, 1)];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = valueType(what);
    }
    return codes;
  }

  private int valueType(String what) {
    int at = in.position();
    int code = in.u8(what);
    if (!ValueCode.isValid(code)) {
      throw in.failAt(at, what + ": expected a value type, found 0x" + Integer.toHexString(code));
    }
    return code;
  }

  private int refType(String what) {
    int at = in.position();
    int code = in.u8(what);
    if (!ValueCode.isReference(code)) {
      throw in.failAt(
          at, what + ": expected funcref or externref, found 0x" + Integer.toHexString(code));
    }
    return code;
  }

  private Limits limits(long bound) {
    boolean hasMax = in.flag("has maximum");
    int at = in.position();
    long min = in.u64("minimum");
    checkBound(at, "minimum", min, bound);
    long max = Limits.NO_MAX;
    if (hasMax) {
      at = in.position();
      max = in.u64("maximum");
      checkBound(at, "maximum", max, bound);
      if (max < min) {
        throw in.failAt(at, "maximum: expected at least " + min + ", found " + max);
      }
    }
    return new Limits(min, max);
  }

  private void checkBound(int at, String what, long value, long bound) {
    if (value < 0 || value > bound) {
      throw in.failAt(
          at, what + ": expected at most " + bound + ", found " + Long.toUnsignedString(value));
    }
  }

  private TableType tableType() {
    int elemType = refType("element type");
    TableType type = new TableType(elemType, limits(ArenaLayout.TABLE_MAX_ELEMENTS));
    tableTypes.add(elemType);
    return type;
  }

  private GlobalType globalType() {
    int type = valueType("type");
    return new GlobalType(type, in.flag("mutability"));
  }

  private Import importEntry() {
    String module = in.string("module");
    String name = in.string("name");
    int at = in.position();
    int kindCode = in.u8("kind");
    ExternKind kind = ExternKind.ofCode(kindCode);
    if (kind == null) {
      throw in.failAt(at, "kind: expected 0 to 3, found " + kindCode);
    }
    ImportDesc desc =
        switch (kind) {
          case FUNC -> {
            functionCount++;
            int typeIndex = in.index("type", types.size());
            functionTypeIndices.add(typeIndex);
            yield new ImportDesc.Func(typeIndex);
          }
          case TABLE -> new ImportDesc.Table(tableType());
          case MEMORY -> {
            memoryCount++;
            yield new ImportDesc.Memory(new MemoryType(limits(ArenaLayout.MEMORY32_MAX_PAGES)));
          }
          case GLOBAL -> {
            GlobalType type = globalType();
            globalTypes.add(type.valueType());
            yield new ImportDesc.Global(type);
          }
        };
    return new Import(module, name, desc);
  }

  /**
   * Reads an initializer whose value must have type {@code type}; the caller names it with {@link
   * ImageInput#item}, which this clears.
   */
  private Init init(int type) {
    int at = in.position();
    int tag = in.u8("tag");
    Init init =
        switch (tag) {
          case INIT_CONST -> new Init.Const(in.u64("bits"), in.u64("high bits"));
          case INIT_GLOBAL_GET -> new Init.GlobalGet(in.index("global", globalTypes.size()));
          case INIT_REF_FUNC -> new Init.RefFunc(in.index("function", functionCount));
          case INIT_REF_NULL -> new Init.RefNull((int) in.u32("heap type"));
          default -> throw in.failAt(at, "tag: expected 0 to 3, found " + tag);
        };
    String found =
        switch (init) {
          case Init.Const c -> constFits(c, type) ? null : "a constant of another type";
          case Init.GlobalGet g ->
              globalTypes.get(g.global()) == type
                  ? null
                  : "global.get of " + ValueCode.name(globalTypes.get(g.global()));
          case Init.RefFunc f -> type == ValueCode.FUNCREF ? null : "ref.func";
          case Init.RefNull n -> {
            if (n.heapType() == Init.FUNC) {
              yield type == ValueCode.FUNCREF ? null : "ref.null func";
            }
            yield n.heapType() == Init.EXTERN && type == ValueCode.EXTERNREF
                ? null
                : "ref.null " + n.heapType();
          }
        };
    if (found != null) {
      throw in.failAt(at, "expected a value of type " + ValueCode.name(type) + ", found " + found);
    }
    in.item(null, -1);
    return init;
  }

  private static boolean constFits(Init.Const c, int type) {
    return switch (type) {
      case ValueCode.I32, ValueCode.F32 -> c.bits() >>> 32 == 0 && c.high() == 0;
      case ValueCode.I64, ValueCode.F64 -> c.high() == 0;
      case ValueCode.V128 -> true;
      default -> false;
    };
  }

  private List<Export> exports() {
    List<Export> exports = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int count = in.count("export count", 9);
    for (int e = 0; e < count; e++) {
      in.entry("export", e);
      int at = in.position();
      String name = in.string("name");
      if (!seen.add(name)) {
        throw in.failAt(at, "name: expected a unique name, found \"" + name + "\" again");
      }
      int kindAt = in.position();
      int kindCode = in.u8("kind");
      ExternKind kind = ExternKind.ofCode(kindCode);
      if (kind == null) {
        throw in.failAt(kindAt, "kind: expected 0 to 3, found " + kindCode);
      }
      int bound =
          switch (kind) {
            case FUNC -> functionCount;
            case TABLE -> tableTypes.size();
            case MEMORY -> memoryCount;
            case GLOBAL -> globalTypes.size();
          };
      exports.add(new Export(name, kind, in.index("index", bound)));
    }
    return exports;
  }

  private OptionalInt start() {
    if (!in.flag("start present")) {
      return OptionalInt.empty();
    }
    int at = in.position();
    int function = in.index("start function", functionCount);
    FuncSig sig = functionSig(function);
    if (sig.paramCount() != 0 || sig.resultCount() != 0) {
      throw in.failAt(at, "start function type: expected (func), found " + sig);
    }
    return OptionalInt.of(function);
  }

  private FuncSig functionSig(int function) {
    return types.get(functionTypeIndices.get(function));
  }

  private ElementSegment element() {
    SegmentMode mode = mode(SegmentMode.DECLARATIVE);
    int table = 0;
    Init offset = null;
    int tableAt = in.position();
    if (mode == SegmentMode.ACTIVE) {
      table = in.index("table", tableTypes.size());
      in.item("offset", -1);
      offset = init(ValueCode.I32);
    }
    int typeAt = in.position();
    int elemType = refType("element type");
    if (mode == SegmentMode.ACTIVE && tableTypes.get(table) != elemType) {
      throw in.failAt(
          typeAt,
          "element type: expected "
              + ValueCode.name(tableTypes.get(table))
              + " (table "
              + table
              + " at 0x"
              + Integer.toHexString(tableAt)
              + "), found "
              + ValueCode.name(elemType));
    }
    int count = in.count("entry count", 5);
    List<Init> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      in.item("entry", i);
      entries.add(init(elemType));
    }
    return new ElementSegment(mode, table, offset, elemType, entries);
  }

  private DataSegment dataSegment() {
    SegmentMode mode = mode(SegmentMode.PASSIVE);
    int memory = 0;
    Init offset = null;
    if (mode == SegmentMode.ACTIVE) {
      memory = in.index("memory", memoryCount);
      in.item("offset", -1);
      offset = init(ValueCode.I32);
    }
    int length = in.count("length", 1);
    return new DataSegment(mode, memory, offset, in.bytes(length, "bytes"));
  }

  private SegmentMode mode(SegmentMode last) {
    int at = in.position();
    int code = in.u8("mode");
    SegmentMode mode = SegmentMode.ofCode(code);
    if (mode == null || mode.ordinal() > last.ordinal()) {
      throw in.failAt(at, "mode: expected 0 to " + last.ordinal() + ", found " + code);
    }
    return mode;
  }

  private Names names() {
    Optional<String> module =
        in.flag("module name present") ? Optional.of(in.string("module name")) : Optional.empty();
    int count = in.count("function name count", 8);
    Map<Integer, String> functions = new HashMap<>();
    int previous = -1;
    for (int i = 0; i < count; i++) {
      int at = in.position();
      in.entry("function name", i);
      int function = in.index("index", functionCount);
      if (function <= previous) {
        throw in.failAt(at, "index: expected an index above " + previous + ", found " + function);
      }
      previous = function;
      functions.put(function, in.string("name"));
    }
    return new Names(module, functions);
  }

  private ArenaLayout layout(
      List<Import> imports,
      List<TableType> tables,
      List<MemoryType> memories,
      List<Global> globals,
      int elementCount,
      int dataCount) {
    int at = in.position();
    long tableElementLimit = in.u64("table element limit");
    checkBound(at, "table element limit", tableElementLimit, ArenaLayout.TABLE_MAX_ELEMENTS);
    at = in.position();
    long memoryPageLimit = in.u64("memory page limit");
    checkBound(at, "memory page limit", memoryPageLimit, ArenaLayout.MEMORY32_MAX_PAGES);
    int fixedAt = in.position();
    long fixedSize = in.u32("fixed size");
    int reservedAt = in.position();
    long reservedSize = in.u64("reserved size");
    ArenaLayout layout;
    try {
      layout =
          ModuleImage.layoutOf(
              imports,
              tables,
              memories,
              globals,
              elementCount,
              dataCount,
              tableElementLimit,
              memoryPageLimit);
    } catch (IllegalArgumentException e) {
      throw in.failAt(fixedAt, "expected a layout that fits, found " + e.getMessage());
    }
    if (fixedSize != layout.fixedSize()) {
      throw in.failAt(
          fixedAt, "fixed size: expected " + layout.fixedSize() + ", found " + fixedSize);
    }
    if (reservedSize != layout.reservedSize()) {
      throw in.failAt(
          reservedAt,
          "reserved size: expected "
              + layout.reservedSize()
              + ", found "
              + Long.toUnsignedString(reservedSize));
    }
    return layout;
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(sb.isEmpty() ? "" : " ").append(String.format("%02x", b & 0xFF));
    }
    return sb.toString();
  }
}
