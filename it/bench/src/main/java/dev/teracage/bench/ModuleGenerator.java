package dev.teracage.bench;

import dev.teracage.bench.ModuleShape.FnType;
import dev.teracage.bench.ModuleShape.GlobalDecl;
import dev.teracage.bench.Signatures.Num;
import dev.teracage.compiler.encode.ByteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates a large, valid WebAssembly 2.0 module, deterministically from a seed: thousands of
 * functions of log-uniformly varied sizes (tens of bytes to tens of kilobytes) with locals, nested
 * blocks, loops and ifs, {@code br_if}, {@code br_table}, direct and indirect calls, loads and
 * stores, globals, and i32/i64/f32/f64 arithmetic and conversions; one table filled by an active
 * element segment, one memory with active data segments, exports and a name section.
 *
 * <p>Run {@code java -cp benchmarks.jar dev.teracage.bench.ModuleGenerator OUT.wasm [MB] [seed]} to
 * write one to a file.
 */
public final class ModuleGenerator {
  /** The size the benchmark uses: 21 MiB of code, so the module exceeds 20 MiB. */
  public static final int BENCHMARK_CODE_BYTES = 21 << 20;

  /** The seed the benchmark uses. */
  public static final long BENCHMARK_SEED = 0x7E4AC46EL;

  private static final int IMPORTED_FUNCTIONS = 6;
  private static final int AVERAGE_FUNCTION_BYTES = 3_600;

  private ModuleGenerator() {}

  /**
   * Generates a module.
   *
   * @param seed the seed; equal seeds and sizes give equal bytes
   * @param codeBytes how many bytes of function code to generate, at least
   * @return the module's binary encoding
   */
  public static byte[] generate(long seed, int codeBytes) {
    SplittableRandom random = new SplittableRandom(seed);
    int definedCount = Math.max(16, codeBytes / AVERAGE_FUNCTION_BYTES);
    ModuleShape shape = shape(random, definedCount);
    ByteWriter out = new ByteWriter(codeBytes + (codeBytes >> 3) + 4096);
    out.u8(0).u8('a').u8('s').u8('m').u8(1).u8(0).u8(0).u8(0);
    section(out, 1, typeSection(shape));
    section(out, 2, importSection(shape));
    ByteWriter functions = new ByteWriter().u32(definedCount);
    for (int f = IMPORTED_FUNCTIONS; f < shape.functionCount(); f++) {
      functions.u32(shape.functionTypes.get(f));
    }
    section(out, 3, functions);
    int tableSize = shape.functionCount();
    section(out, 4, new ByteWriter().u32(1).u8(0x70).u8(0x01).u32(tableSize).u32(tableSize));
    section(out, 5, new ByteWriter().u32(1).u8(0x01).u32(16).u32(1024));
    section(out, 6, globalSection(shape, random));
    section(out, 7, exportSection(shape));
    ByteWriter elements = new ByteWriter().u32(1).u8(0x00).u8(0x41).u8(0).u8(0x0B);
    elements.u32(tableSize);
    for (int f = 0; f < tableSize; f++) {
      elements.u32(f);
    }
    section(out, 9, elements);
    section(out, 10, codeSection(shape, random, codeBytes));
    section(out, 11, dataSection(random));
    section(out, 0, nameSection(shape));
    return out.toByteArray();
  }

  private static ModuleShape shape(SplittableRandom random, int definedCount) {
    ModuleShape shape = new ModuleShape();
    Num[] nums = Num.values();
    int typeCount = 48;
    for (int t = 0; t < typeCount; t++) {
      Num[] params = new Num[random.nextInt(5)];
      for (int p = 0; p < params.length; p++) {
        params[p] = nums[random.nextInt(nums.length)];
      }
      // The first five types cover "no result" and each numeric result at least once.
      Num result = t < 5 ? (t == 0 ? null : nums[t - 1]) : resultOrNone(random, nums);
      shape.types.add(new FnType(params, result));
    }
    shape.importedFunctionCount = IMPORTED_FUNCTIONS;
    for (int f = 0; f < IMPORTED_FUNCTIONS + definedCount; f++) {
      // Every type has a function, so every type's result can be produced by a direct call.
      shape.functionTypes.add(f < typeCount ? f : random.nextInt(typeCount));
    }
    shape.globals.add(new GlobalDecl(Num.I32, false));
    for (int g = 0; g < 12; g++) {
      shape.globals.add(new GlobalDecl(nums[g % nums.length], g % 3 != 2));
    }
    shape.index();
    return shape;
  }

  private static Num resultOrNone(SplittableRandom random, Num[] nums) {
    return random.nextInt(10) < 3 ? null : nums[random.nextInt(nums.length)];
  }

  private static ByteWriter typeSection(ModuleShape shape) {
    ByteWriter w = new ByteWriter().u32(shape.types.size());
    for (FnType t : shape.types) {
      w.u8(0x60).u32(t.params().length);
      for (Num p : t.params()) {
        w.u8(p.code);
      }
      if (t.result() == null) {
        w.u32(0);
      } else {
        w.u32(1).u8(t.result().code);
      }
    }
    return w;
  }

  private static ByteWriter importSection(ModuleShape shape) {
    ByteWriter w = new ByteWriter().u32(IMPORTED_FUNCTIONS + 1);
    for (int f = 0; f < IMPORTED_FUNCTIONS; f++) {
      w.name("env").name("host_" + f).u8(0x00).u32(shape.functionTypes.get(f));
    }
    return w.name("env").name("base").u8(0x03).u8(Num.I32.code).u8(0x00);
  }

  private static ByteWriter globalSection(ModuleShape shape, SplittableRandom random) {
    ByteWriter w = new ByteWriter().u32(shape.globals.size() - 1);
    for (int g = 1; g < shape.globals.size(); g++) {
      GlobalDecl decl = shape.globals.get(g);
      w.u8(decl.type().code).u8(decl.mutable() ? 1 : 0);
      FunctionGenerator.constant(w, decl.type(), random);
      w.u8(0x0B);
    }
    return w;
  }

  private static ByteWriter exportSection(ModuleShape shape) {
    int step = 37;
    int count = (shape.functionCount() - IMPORTED_FUNCTIONS + step - 1) / step;
    ByteWriter w = new ByteWriter().u32(count + 2);
    for (int f = IMPORTED_FUNCTIONS; f < shape.functionCount(); f += step) {
      w.name("export_" + f).u8(0x00).u32(f);
    }
    w.name("memory").u8(0x02).u32(0);
    return w.name("table").u8(0x01).u32(0);
  }

  private static ByteWriter codeSection(ModuleShape shape, SplittableRandom random, int codeBytes) {
    int defined = shape.functionCount() - IMPORTED_FUNCTIONS;
    double[] raw = new double[defined];
    double sum = 0;
    for (int i = 0; i < defined; i++) {
      // Log-uniform between 24 bytes and 48 KB: many small functions, a few large ones.
      raw[i] = Math.exp(random.nextDouble(Math.log(24), Math.log(48_000)));
      sum += raw[i];
    }
    FunctionGenerator generator = new FunctionGenerator(shape, new Signatures(), random);
    ByteWriter w = new ByteWriter(codeBytes + (codeBytes >> 4)).u32(defined);
    for (int i = 0; i < defined; i++) {
      int target = (int) Math.max(8, raw[i] * codeBytes / sum);
      FnType type = shape.types.get(shape.functionTypes.get(IMPORTED_FUNCTIONS + i));
      byte[] body = generator.body(type, target);
      w.u32(body.length).bytes(body);
    }
    return w;
  }

  private static ByteWriter dataSection(SplittableRandom random) {
    int count = 40;
    ByteWriter w = new ByteWriter().u32(count);
    int offset = 1024;
    for (int s = 0; s < count; s++) {
      byte[] bytes = new byte[256 + random.nextInt(8192)];
      random.nextBytes(bytes);
      w.u8(0x00).u8(0x41).s64(offset).u8(0x0B).u32(bytes.length).bytes(bytes);
      offset += bytes.length + random.nextInt(4096);
    }
    return w;
  }

  private static ByteWriter nameSection(ModuleShape shape) {
    ByteWriter names = new ByteWriter().u32(shape.functionCount());
    for (int f = 0; f < shape.functionCount(); f++) {
      names.u32(f).name(f < IMPORTED_FUNCTIONS ? "host_" + f : "fn_" + f);
    }
    return new ByteWriter().name("name").u8(1).sized(names);
  }

  private static void section(ByteWriter out, int id, ByteWriter content) {
    out.u8(id).sized(content);
  }

  /**
   * Writes a generated module to a file.
   *
   * @param args the output path, then optionally the code size in MiB and the seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ModuleGenerator OUT.wasm [code-MiB] [seed]");
      System.exit(2);
    }
    int bytes = args.length > 1 ? Integer.parseInt(args[1]) << 20 : BENCHMARK_CODE_BYTES;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : BENCHMARK_SEED;
    byte[] module = generate(seed, bytes);
    Files.write(Path.of(args[0]), module);
    System.out.println("wrote " + module.length + " bytes to " + args[0]);
  }
}
