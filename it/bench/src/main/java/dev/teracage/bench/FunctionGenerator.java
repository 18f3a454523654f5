package dev.teracage.bench;

import dev.teracage.bench.ModuleShape.FnType;
import dev.teracage.bench.Signatures.Num;
import dev.teracage.bench.Signatures.Op;
import dev.teracage.compiler.encode.ByteWriter;
import dev.teracage.compiler.model.Immediate;
import dev.teracage.compiler.model.Opcode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes well-typed function bodies (locals and code) of a requested size. Code is produced type
 * first: {@link #expr} emits instructions that push exactly one value of a type, {@link #stmt}
 * instructions that leave the stack as they found it. A stack of labels (each with the type a
 * branch to it carries, {@code null} for none) keeps {@code br_if} and {@code br_table} valid.
 */
final class FunctionGenerator {
  private static final int MAX_DEPTH = 7;
  private static final Num[] NUMS = Num.values();

  private final ModuleShape shape;
  private final Signatures signatures;
  private final SplittableRandom random;

  private ByteWriter code;
  private Num[] locals;
  private Num result;
  private final List<Num> labels = new ArrayList<>();
  private final List<Integer> mutableGlobals = new ArrayList<>();

  FunctionGenerator(ModuleShape shape, Signatures signatures, SplittableRandom random) {
    this.shape = shape;
    this.signatures = signatures;
    this.random = random;
    for (int g = 0; g < shape.globals.size(); g++) {
      if (shape.globals.get(g).mutable()) {
        mutableGlobals.add(g);
      }
    }
  }

  /**
   * Returns one function body: the locals vector then the expression, without the size prefix.
   *
   * @param type the function's type
   * @param targetSize the code size to reach (the body ends soon after)
   * @return the body's bytes
   */
  byte[] body(FnType type, int targetSize) {
    code = new ByteWriter(targetSize + 256);
    List<Num> all = new ArrayList<>(List.of(type.params()));
    int runs = random.nextInt(7);
    code.u32(runs);
    for (int r = 0; r < runs; r++) {
      int count = 1 + random.nextInt(4);
      Num t = NUMS[random.nextInt(NUMS.length)];
      code.u32(count).u8(t.code);
      for (int i = 0; i < count; i++) {
        all.add(t);
      }
    }
    locals = all.toArray(Num[]::new);
    result = type.result();
    labels.clear();
    labels.add(result);
    do {
      stmt(0);
    } while (code.size() < targetSize);
    if (result != null) {
      expr(result, 1);
    }
    code.u8(0x0B);
    return code.toByteArray();
  }

  private void stmt(int depth) {
    int pick = random.nextInt(100);
    boolean nest = depth < MAX_DEPTH - 2;
    if (pick < 22 && locals.length > 0) {
      int i = random.nextInt(locals.length);
      expr(locals[i], depth + 1);
      code.u8(0x21).u32(i);
    } else if (pick < 34) {
      Op store = pickOp(signatures.stores());
      operands(store.params(), depth);
      instruction(store.op());
    } else if (pick < 42) {
      int f = random.nextInt(shape.functionCount());
      FnType t = shape.types.get(shape.functionTypes.get(f));
      operands(t.params(), depth);
      code.u8(0x10).u32(f);
      dropIfAny(t.result());
    } else if (pick < 45) {
      int ti = random.nextInt(shape.types.size());
      FnType t = shape.types.get(ti);
      operands(t.params(), depth);
      expr(Num.I32, depth + 1);
      code.u8(0x11).u32(ti).u8(0);
      dropIfAny(t.result());
    } else if (pick < 49 && !mutableGlobals.isEmpty()) {
      int g = mutableGlobals.get(random.nextInt(mutableGlobals.size()));
      expr(shape.globals.get(g).type(), depth + 1);
      code.u8(0x24).u32(g);
    } else if (pick < 60 || !nest) {
      dropExpr(depth);
    } else if (pick < 68) {
      code.u8(0x02).u8(0x40);
      labels.add(null);
      stmts(depth + 1, 1 + random.nextInt(5));
      labels.removeLast();
      code.u8(0x0B);
    } else if (pick < 75) {
      code.u8(0x03).u8(0x40);
      labels.add(null);
      stmts(depth + 1, 1 + random.nextInt(5));
      expr(Num.I32, depth + 1);
      code.u8(0x0D).u32(0);
      labels.removeLast();
      code.u8(0x0B);
    } else if (pick < 86) {
      ifStmt(depth);
    } else if (pick < 90) {
      brTableBlock(depth);
    } else {
      brIf(depth);
    }
  }

  private void stmts(int depth, int count) {
    for (int i = 0; i < count; i++) {
      stmt(depth);
    }
  }

  private void ifStmt(int depth) {
    expr(Num.I32, depth + 1);
    code.u8(0x04).u8(0x40);
    labels.add(null);
    stmts(depth + 1, 1 + random.nextInt(4));
    if (random.nextInt(8) == 0) {
      if (result != null) {
        expr(result, depth + 1);
      }
      code.u8(0x0F);
    }
    if (random.nextBoolean()) {
      code.u8(0x05);
      stmts(depth + 1, 1 + random.nextInt(4));
    }
    labels.removeLast();
    code.u8(0x0B);
  }

  private void brTableBlock(int depth) {
    code.u8(0x02).u8(0x40);
    labels.add(null);
    stmts(depth + 1, 1 + random.nextInt(3));
    expr(Num.I32, depth + 1);
    List<Integer> targets = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(labels.size() - 1 - i) == null) {
        targets.add(i);
      }
    }
    int n = 1 + random.nextInt(24);
    code.u8(0x0E).u32(n);
    for (int i = 0; i <= n; i++) {
      code.u32(targets.get(random.nextInt(targets.size())));
    }
    labels.removeLast();
    code.u8(0x0B);
  }

  private void brIf(int depth) {
    int depthIndex = random.nextInt(labels.size());
    Num carried = labels.get(labels.size() - 1 - depthIndex);
    if (carried != null) {
      expr(carried, depth + 1);
    }
    expr(Num.I32, depth + 1);
    code.u8(0x0D).u32(depthIndex);
    dropIfAny(carried);
  }

  private void dropExpr(int depth) {
    expr(NUMS[random.nextInt(NUMS.length)], depth + 1);
    code.u8(0x1A);
  }

  private void dropIfAny(Num type) {
    if (type != null) {
      code.u8(0x1A);
    }
  }

  private void expr(Num type, int depth) {
    int leafChance = 10 + depth * 13;
    int pick = random.nextInt(100);
    if (depth >= MAX_DEPTH || pick < leafChance) {
      leaf(type);
      return;
    }
    pick = random.nextInt(100);
    if (pick < 64) {
      Op op = pickOp(signatures.pushing(type));
      operands(op.params(), depth);
      instruction(op.op());
    } else if (pick < 72) {
      List<Integer> fs = shape.functionsReturning(type);
      int f = fs.get(random.nextInt(fs.size()));
      operands(shape.types.get(shape.functionTypes.get(f)).params(), depth);
      code.u8(0x10).u32(f);
    } else if (pick < 75) {
      List<Integer> ts = shape.typesReturning(type);
      int ti = ts.get(random.nextInt(ts.size()));
      operands(shape.types.get(ti).params(), depth);
      expr(Num.I32, depth + 1);
      code.u8(0x11).u32(ti).u8(0);
    } else if (pick < 80) {
      expr(type, depth + 1);
      expr(type, depth + 1);
      expr(Num.I32, depth + 1);
      code.u8(0x1B);
    } else if (pick < 86) {
      tee(type, depth);
    } else if (pick < 91) {
      code.u8(0x02).u8(type.code);
      labels.add(type);
      stmts(depth + 1, random.nextInt(3));
      expr(type, depth + 1);
      labels.removeLast();
      code.u8(0x0B);
    } else if (pick < 97) {
      expr(Num.I32, depth + 1);
      code.u8(0x04).u8(type.code);
      labels.add(type);
      stmts(depth + 1, random.nextInt(3));
      expr(type, depth + 1);
      code.u8(0x05);
      stmts(depth + 1, random.nextInt(3));
      expr(type, depth + 1);
      labels.removeLast();
      code.u8(0x0B);
    } else if (type == Num.I32) {
      if (random.nextBoolean()) {
        code.u8(0x3F).u8(0);
      } else {
        expr(Num.I32, depth + 1);
        code.u8(0x40).u8(0);
      }
    } else {
      leaf(type);
    }
  }

  private void tee(Num type, int depth) {
    int start = random.nextInt(Math.max(1, locals.length));
    for (int k = 0; k < locals.length; k++) {
      int i = (start + k) % locals.length;
      if (locals[i] == type) {
        expr(type, depth + 1);
        code.u8(0x22).u32(i);
        return;
      }
    }
    leaf(type);
  }

  private void leaf(Num type) {
    int pick = random.nextInt(100);
    if (pick < 50 && locals.length > 0) {
      int start = random.nextInt(locals.length);
      for (int k = 0; k < locals.length; k++) {
        int i = (start + k) % locals.length;
        if (locals[i] == type) {
          code.u8(0x20).u32(i);
          return;
        }
      }
    } else if (pick < 62) {
      int start = random.nextInt(shape.globals.size());
      for (int k = 0; k < shape.globals.size(); k++) {
        int g = (start + k) % shape.globals.size();
        if (shape.globals.get(g).type() == type) {
          code.u8(0x23).u32(g);
          return;
        }
      }
    }
    constant(code, type, random);
  }

  /**
   * Writes a {@code t.const} instruction with a random value.
   *
   * @param out where
   * @param type the type
   * @param random the source of values
   */
  static void constant(ByteWriter out, Num type, SplittableRandom random) {
    boolean small = random.nextInt(4) != 0;
    switch (type) {
      case I32 -> out.u8(0x41).s64(small ? random.nextInt(-64, 4096) : random.nextInt());
      case I64 -> out.u8(0x42).s64(small ? random.nextInt(-64, 4096) : random.nextLong());
      case F32 -> out.u8(0x43).f32(Float.floatToRawIntBits((float) random.nextDouble(-1e6, 1e6)));
      case F64 -> out.u8(0x44).f64(Double.doubleToRawLongBits(random.nextDouble(-1e9, 1e9)));
    }
  }

  private void operands(Num[] params, int depth) {
    for (Num p : params) {
      expr(p, depth + 1);
    }
  }

  private Op pickOp(List<Op> ops) {
    return ops.get(random.nextInt(ops.size()));
  }

  private void instruction(Opcode op) {
    if (op.prefix() != Opcode.NO_PREFIX) {
      code.u8(op.prefix()).u32(op.code());
    } else {
      code.u8(op.code());
    }
    if (op.immediate() == Immediate.MEMARG) {
      int natural = Integer.numberOfTrailingZeros(op.arg());
      int align = random.nextInt(5) == 0 ? random.nextInt(natural + 1) : natural;
      code.u32(align).u32(random.nextInt(4) == 0 ? random.nextInt(65536) : random.nextInt(64));
    }
  }
}
