package dev.teracage.runtime.image;

import dev.teracage.runtime.layout.ValueCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Valid images for tests: a fixed rich one and random ones built from a seed. */
final class TestImages {
  private static final int[] VALUE_TYPES = {
    ValueCode.I32,
    ValueCode.I64,
    ValueCode.F32,
    ValueCode.F64,
    ValueCode.V128,
    ValueCode.FUNCREF,
    ValueCode.EXTERNREF
  };

  private TestImages() {}

  /** An image using every kind of entry at least once. */
  static ModuleImage rich() {
    ModuleImageBuilder b = ModuleImage.builder("wasm.m0.Module");
    int voidType = b.type(new FuncSig(new int[0], new int[0]));
    int binary =
        b.type(new FuncSig(new int[] {ValueCode.I32, ValueCode.I64}, new int[] {ValueCode.F64}));
    b.addImport(new Import("env", "log", new ImportDesc.Func(binary)));
    b.addImport(
        new Import("env", "g", new ImportDesc.Global(new GlobalType(ValueCode.I32, false))));
    b.addImport(
        new Import(
            "env", "t", new ImportDesc.Table(new TableType(ValueCode.FUNCREF, new Limits(1, 10)))));
    b.addImport(
        new Import(
            "env", "mem", new ImportDesc.Memory(new MemoryType(new Limits(1, Limits.NO_MAX)))));
    b.function(voidType, 0x40).function(binary, 0x55);
    b.table(new TableType(ValueCode.EXTERNREF, new Limits(0, Limits.NO_MAX)));
    b.table(new TableType(ValueCode.FUNCREF, new Limits(2, 2)));
    b.memory(new MemoryType(new Limits(0, 1)));
    b.global(new Global(new GlobalType(ValueCode.I64, true), Init.Const.i64(-1)));
    b.global(new Global(new GlobalType(ValueCode.I32, false), new Init.GlobalGet(0)));
    b.global(new Global(new GlobalType(ValueCode.V128, false), new Init.Const(7, -7)));
    b.global(new Global(new GlobalType(ValueCode.FUNCREF, true), new Init.RefFunc(2)));
    b.global(new Global(new GlobalType(ValueCode.EXTERNREF, true), new Init.RefNull(Init.EXTERN)));
    b.global(
        new Global(
            new GlobalType(ValueCode.F32, false),
            new Init.Const(Float.floatToRawIntBits(1.5f), 0)));
    b.export(new Export("run", ExternKind.FUNC, 1));
    b.export(new Export("mem", ExternKind.MEMORY, 1));
    b.export(new Export("table", ExternKind.TABLE, 2));
    b.export(new Export("counter", ExternKind.GLOBAL, 1));
    b.export(new Export("ünïcode ☃", ExternKind.FUNC, 0));
    b.start(1);
    b.element(
        new ElementSegment(
            SegmentMode.ACTIVE,
            2,
            Init.Const.i32(1),
            ValueCode.FUNCREF,
            List.of(new Init.RefFunc(0), new Init.RefNull(Init.FUNC), new Init.GlobalGet(4))));
    b.element(new ElementSegment(SegmentMode.PASSIVE, 0, null, ValueCode.EXTERNREF, List.of()));
    b.element(
        new ElementSegment(
            SegmentMode.DECLARATIVE, 0, null, ValueCode.FUNCREF, List.of(new Init.RefFunc(1))));
    b.data(new DataSegment(SegmentMode.ACTIVE, 1, new Init.GlobalGet(0), new byte[] {1, 2, 3}));
    b.data(new DataSegment(SegmentMode.PASSIVE, 0, null, "hello".getBytes()));
    b.names(new Names(Optional.of("demo"), Map.of(0, "log", 2, "run")));
    return b.limits(1000, 16).build();
  }

  /** A random valid image. */
  static ModuleImage random(long seed) {
    Random r = new Random(seed);
    ModuleImageBuilder b = ModuleImage.builder("wasm.r" + seed + ".M$" + r.nextInt(100));
    List<FuncSig> types = new ArrayList<>();
    for (int t = r.nextInt(5); t > 0; t--) {
      FuncSig sig = new FuncSig(valueTypes(r, 3), valueTypes(r, 3));
      types.add(sig);
      b.type(sig);
    }
    if (r.nextBoolean()) {
      types.add(new FuncSig(new int[0], new int[0]));
      b.type(types.getLast());
    }
    List<Integer> functions = new ArrayList<>(); // type index per function index
    List<Integer> globals = new ArrayList<>();
    List<Integer> tables = new ArrayList<>();
    int memories = 0;
    for (int i = r.nextInt(6); i > 0; i--) {
      String module = "m" + r.nextInt(3);
      String name = "i" + i;
      switch (r.nextInt(4)) {
        case 0 -> {
          if (!types.isEmpty()) {
            int type = r.nextInt(types.size());
            functions.add(type);
            b.addImport(new Import(module, name, new ImportDesc.Func(type)));
          }
        }
        case 1 -> {
          TableType type = tableType(r);
          tables.add(type.elemType());
          b.addImport(new Import(module, name, new ImportDesc.Table(type)));
        }
        case 2 -> {
          memories++;
          b.addImport(new Import(module, name, new ImportDesc.Memory(memoryType(r))));
        }
        default -> {
          GlobalType type = new GlobalType(pick(r, VALUE_TYPES), r.nextBoolean());
          globals.add(type.valueType());
          b.addImport(new Import(module, name, new ImportDesc.Global(type)));
        }
      }
    }
    if (!types.isEmpty()) {
      for (int f = r.nextInt(6); f > 0; f--) {
        int type = r.nextInt(types.size());
        functions.add(type);
        b.function(type, r.nextInt(1 << 20));
      }
    }
    for (int t = r.nextInt(3); t > 0; t--) {
      TableType type = tableType(r);
      tables.add(type.elemType());
      b.table(type);
    }
    for (int m = r.nextInt(3); m > 0; m--) {
      memories++;
      b.memory(memoryType(r));
    }
    for (int g = r.nextInt(6); g > 0; g--) {
      int type = pick(r, VALUE_TYPES);
      b.global(
          new Global(new GlobalType(type, r.nextBoolean()), init(r, type, globals, functions)));
      globals.add(type);
    }
    int exportCount = r.nextInt(5);
    for (int e = 0; e < exportCount; e++) {
      ExternKind kind = ExternKind.values()[r.nextInt(4)];
      int bound =
          switch (kind) {
            case FUNC -> functions.size();
            case TABLE -> tables.size();
            case MEMORY -> memories;
            case GLOBAL -> globals.size();
          };
      if (bound > 0) {
        b.export(new Export("e" + e, kind, r.nextInt(bound)));
      }
    }
    for (int f = 0; f < functions.size(); f++) {
      FuncSig sig = types.get(functions.get(f));
      if (sig.paramCount() == 0 && sig.resultCount() == 0 && r.nextBoolean()) {
        b.start(f);
        break;
      }
    }
    for (int e = r.nextInt(4); e > 0; e--) {
      SegmentMode mode = SegmentMode.values()[r.nextInt(3)];
      if (mode == SegmentMode.ACTIVE && tables.isEmpty()) {
        mode = SegmentMode.PASSIVE;
      }
      int table = mode == SegmentMode.ACTIVE ? r.nextInt(tables.size()) : 0;
      int elemType = mode == SegmentMode.ACTIVE ? tables.get(table) : pick(r, VALUE_TYPES, 5, 7);
      Init offset = mode == SegmentMode.ACTIVE ? init(r, ValueCode.I32, globals, functions) : null;
      List<Init> entries = new ArrayList<>();
      for (int i = r.nextInt(5); i > 0; i--) {
        entries.add(init(r, elemType, globals, functions));
      }
      b.element(new ElementSegment(mode, table, offset, elemType, entries));
    }
    for (int d = r.nextInt(4); d > 0; d--) {
      boolean active = memories > 0 && r.nextBoolean();
      byte[] bytes = new byte[r.nextInt(20)];
      r.nextBytes(bytes);
      b.data(
          active
              ? new DataSegment(
                  SegmentMode.ACTIVE,
                  r.nextInt(memories),
                  init(r, ValueCode.I32, globals, functions),
                  bytes)
              : new DataSegment(SegmentMode.PASSIVE, 0, null, bytes));
    }
    Map<Integer, String> names = new HashMap<>();
    for (int f = 0; f < functions.size(); f++) {
      if (r.nextBoolean()) {
        names.put(f, "f" + f);
      }
    }
    b.names(new Names(r.nextBoolean() ? Optional.of("mod" + seed) : Optional.empty(), names));
    return b.limits(r.nextInt(100_000), r.nextInt(65537)).build();
  }

  private static Init init(Random r, int type, List<Integer> globals, List<Integer> functions) {
    List<Integer> sameType = new ArrayList<>();
    for (int g = 0; g < globals.size(); g++) {
      if (globals.get(g) == type) {
        sameType.add(g);
      }
    }
    if (!sameType.isEmpty() && r.nextInt(3) == 0) {
      return new Init.GlobalGet(sameType.get(r.nextInt(sameType.size())));
    }
    return switch (type) {
      case ValueCode.I32, ValueCode.F32 -> new Init.Const(r.nextLong() >>> 32, 0);
      case ValueCode.I64, ValueCode.F64 -> new Init.Const(r.nextLong(), 0);
      case ValueCode.V128 -> new Init.Const(r.nextLong(), r.nextLong());
      case ValueCode.FUNCREF ->
          !functions.isEmpty() && r.nextBoolean()
              ? new Init.RefFunc(r.nextInt(functions.size()))
              : new Init.RefNull(Init.FUNC);
      default -> new Init.RefNull(Init.EXTERN);
    };
  }

  private static TableType tableType(Random r) {
    long min = r.nextInt(20);
    long max = r.nextBoolean() ? Limits.NO_MAX : min + r.nextInt(20);
    return new TableType(
        r.nextBoolean() ? ValueCode.FUNCREF : ValueCode.EXTERNREF, new Limits(min, max));
  }

  private static MemoryType memoryType(Random r) {
    long min = r.nextInt(4);
    long max = r.nextBoolean() ? Limits.NO_MAX : min + r.nextInt(4);
    return new MemoryType(new Limits(min, max));
  }

  private static int[] valueTypes(Random r, int most) {
    int[] types = new int[r.nextInt(most + 1)];
    for (int i = 0; i < types.length; i++) {
      types[i] = pick(r, VALUE_TYPES);
    }
    return types;
  }

  private static int pick(Random r, int[] values) {
    return values[r.nextInt(values.length)];
  }

  private static int pick(Random r, int[] values, int from, int to) {
    return values[from + r.nextInt(to - from)];
  }
}
