package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.V128;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Tests {@link SimdF32F64}: the method of every {@code f32x4}/{@code f64x2} instruction exists with
 * the compiler's name and signature; a table of cases taken from the 2.0 spec scripts ({@code
 * simd_f32x4*.wast}, {@code simd_f64x2*.wast}, {@code simd_conversions.wast}, {@code
 * simd_splat.wast}, {@code simd_lane.wast}) gives exact bits; lanes holding different values are
 * computed independently and in order (the scripts mostly splat one value into every lane); and
 * every public method is small enough to inline.
 */
class SimdF32F64Test {

  /** Every instruction of the family: mnemonic, signature ("params:results"), immediate. */
  private static final List<String> INSTRUCTIONS =
      List.of(
          "f32x4.splat f:v NONE",
          "f64x2.splat F:v NONE",
          "f32x4.extract_lane v:f LANE",
          "f32x4.replace_lane vf:v LANE",
          "f64x2.extract_lane v:F LANE",
          "f64x2.replace_lane vF:v LANE",
          "f32x4.eq vv:v NONE",
          "f32x4.ne vv:v NONE",
          "f32x4.lt vv:v NONE",
          "f32x4.gt vv:v NONE",
          "f32x4.le vv:v NONE",
          "f32x4.ge vv:v NONE",
          "f64x2.eq vv:v NONE",
          "f64x2.ne vv:v NONE",
          "f64x2.lt vv:v NONE",
          "f64x2.gt vv:v NONE",
          "f64x2.le vv:v NONE",
          "f64x2.ge vv:v NONE",
          "f32x4.demote_f64x2_zero v:v NONE",
          "f64x2.promote_low_f32x4 v:v NONE",
          "f32x4.ceil v:v NONE",
          "f32x4.floor v:v NONE",
          "f32x4.trunc v:v NONE",
          "f32x4.nearest v:v NONE",
          "f64x2.ceil v:v NONE",
          "f64x2.floor v:v NONE",
          "f64x2.trunc v:v NONE",
          "f64x2.nearest v:v NONE",
          "f32x4.abs v:v NONE",
          "f32x4.neg v:v NONE",
          "f32x4.sqrt v:v NONE",
          "f32x4.add vv:v NONE",
          "f32x4.sub vv:v NONE",
          "f32x4.mul vv:v NONE",
          "f32x4.div vv:v NONE",
          "f32x4.min vv:v NONE",
          "f32x4.max vv:v NONE",
          "f32x4.pmin vv:v NONE",
          "f32x4.pmax vv:v NONE",
          "f64x2.abs v:v NONE",
          "f64x2.neg v:v NONE",
          "f64x2.sqrt v:v NONE",
          "f64x2.add vv:v NONE",
          "f64x2.sub vv:v NONE",
          "f64x2.mul vv:v NONE",
          "f64x2.div vv:v NONE",
          "f64x2.min vv:v NONE",
          "f64x2.max vv:v NONE",
          "f64x2.pmin vv:v NONE",
          "f64x2.pmax vv:v NONE",
          "f32x4.convert_i32x4_s v:v NONE",
          "f32x4.convert_i32x4_u v:v NONE",
          "f64x2.convert_low_i32x4_s v:v NONE",
          "f64x2.convert_low_i32x4_u v:v NONE");

  // ---- the contract: names and signatures ----

  /** The compiler's rule: split on '.' and '_', upper-case the first letter of later parts. */
  private static String methodName(String mnemonic) {
    String[] parts = mnemonic.split("[._]");
    StringBuilder name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return name.toString();
  }

  private static Class<?> type(char code) {
    return switch (code) {
      case 'v' -> V128.class;
      case 'i' -> int.class;
      case 'I' -> long.class;
      case 'f' -> float.class;
      case 'F' -> double.class;
      default -> throw new IllegalArgumentException("type " + code);
    };
  }

  private static final Map<String, Method> METHODS = new LinkedHashMap<>();

  /** The operand and immediate types of each instruction, a v128 as {@code V128.class}. */
  private static final Map<String, List<Class<?>>> OPERANDS = new LinkedHashMap<>();

  static {
    for (String entry : INSTRUCTIONS) {
      String[] parts = entry.split(" ");
      String signature = parts[1];
      int colon = signature.indexOf(':');
      List<Class<?>> params = new ArrayList<>();
      for (char c : signature.substring(0, colon).toCharArray()) {
        params.add(type(c));
      }
      if (parts[2].equals("LANE")) {
        params.add(int.class);
      }
      OPERANDS.put(parts[0], params);
      // the contract: a v128 operand is two longs; a v128 result is its low half, the high half
      // in the Context passed last
      boolean v128Result = signature.charAt(colon + 1) == 'v';
      try {
        Method m =
            SimdF32F64.class.getMethod(
                methodName(parts[0]), SimdAbi.parameterTypes(params, v128Result));
        assertEquals(
            v128Result ? long.class : type(signature.charAt(colon + 1)),
            m.getReturnType(),
            parts[0]);
        METHODS.put(parts[0], m);
      } catch (NoSuchMethodException e) {
        // reported by everyInstructionHasItsHelper
      }
    }
  }

  @Test
  void everyInstructionHasItsHelper() {
    List<String> missing =
        INSTRUCTIONS.stream()
            .map(e -> e.split(" ")[0])
            .filter(mnemonic -> !METHODS.containsKey(mnemonic))
            .toList();
    assertEquals(List.of(), missing);
    assertEquals(54, METHODS.size());
    TreeSet<String> publicMethods = new TreeSet<>();
    for (Method m : SimdF32F64.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())) {
        assertTrue(Modifier.isStatic(m.getModifiers()), m.getName());
        publicMethods.add(m.getName());
      }
    }
    TreeSet<String> expected = new TreeSet<>();
    METHODS.values().forEach(m -> expected.add(m.getName()));
    assertEquals(expected, publicMethods);
    assertTrue(Modifier.isFinal(SimdF32F64.class.getModifiers()));
    assertTrue(Modifier.isPublic(SimdF32F64.class.getModifiers()));
    assertEquals(1, SimdF32F64.class.getDeclaredConstructors().length);
    assertTrue(Modifier.isPrivate(SimdF32F64.class.getDeclaredConstructors()[0].getModifiers()));
  }

  /** HotSpot inlines any callee of at most 35 bytecode bytes (MaxInlineSize), hot or not. */
  @Test
  void everyPublicHelperIsSmallEnoughToInline() throws IOException {
    InlineSizes.Report sizes = InlineSizes.of(SimdF32F64.class);
    assertEquals(54, sizes.count());
    assertEquals(List.of(), sizes.tooBig());
  }

  // ---- the spec-script table ----

  private static Object invoke(String mnemonic, Object... args) {
    Method m = METHODS.get(mnemonic);
    if (m == null) {
      throw new AssertionError("no helper for " + mnemonic);
    }
    try {
      Object result = SimdAbi.invoke(m, args);
      assertTrue(result != null, mnemonic + " returned null");
      return result;
    } catch (InvocationTargetException e) {
      throw new AssertionError(mnemonic, e);
    }
  }

  /** A v128 written as 4 lanes of 8 hex digits or 2 lanes of 16, lane 0 first. */
  private static V128 v128(String lanes) {
    String[] t = lanes.trim().split(" +");
    if (t.length == 2) {
      return new V128(Long.parseUnsignedLong(t[0], 16), Long.parseUnsignedLong(t[1], 16));
    }
    assertEquals(4, t.length, lanes);
    int[] i = new int[4];
    for (int k = 0; k < 4; k++) {
      assertEquals(8, t[k].length(), lanes);
      i[k] = Integer.parseUnsignedInt(t[k], 16);
    }
    return V128.ofInts(i);
  }

  /**
   * Checks one lane's bits: an expected hex value exactly, "C" a canonical NaN (either sign), "A"
   * an arithmetic NaN (quiet bit set, any payload and sign).
   */
  private static void checkLane(String expected, long actual, int width, String what) {
    long exponent = width == 32 ? 0x7F80_0000L : 0x7FF0_0000_0000_0000L;
    long fraction = width == 32 ? 0x007F_FFFFL : 0x000F_FFFF_FFFF_FFFFL;
    long quiet = width == 32 ? 0x0040_0000L : 0x0008_0000_0000_0000L;
    boolean nan = (actual & exponent) == exponent && (actual & fraction) != 0;
    String got = String.format("%0" + width / 4 + "x", actual);
    switch (expected) {
      case "C" ->
          assertTrue(nan && (actual & fraction) == quiet, what + ": canonical NaN, got " + got);
      case "A" -> assertTrue(nan && (actual & quiet) != 0, what + ": arithmetic NaN, got " + got);
      default -> assertEquals(expected, got, what);
    }
  }

  private static void checkResult(String expected, Object result, String what) {
    String[] t = expected.trim().split(" +");
    if (result instanceof Float f) {
      checkLane(t[0], Float.floatToRawIntBits(f) & 0xFFFF_FFFFL, 32, what);
    } else if (result instanceof Double d) {
      checkLane(t[0], Double.doubleToRawLongBits(d), 64, what);
    } else {
      V128 v = (V128) result;
      if (t.length == 2) {
        checkLane(t[0], v.low(), 64, what + " lane 0");
        checkLane(t[1], v.high(), 64, what + " lane 1");
      } else {
        assertEquals(4, t.length, what);
        for (int k = 0; k < 4; k++) {
          checkLane(t[k], v.intLane(k) & 0xFFFF_FFFFL, 32, what + " lane " + k);
        }
      }
    }
  }

  /** Runs one table row: "mnemonic | operand | ... | [lane |] expected". */
  private static void runRow(String row) {
    String[] fields = row.split("\\|");
    String mnemonic = fields[0].trim();
    Method m = METHODS.get(mnemonic);
    assertTrue(m != null, "no helper for " + mnemonic);
    List<Class<?>> params = OPERANDS.get(mnemonic);
    assertEquals(params.size() + 2, fields.length, row);
    Object[] args = new Object[params.size()];
    for (int i = 0; i < params.size(); i++) {
      String field = fields[i + 1].trim();
      if (params.get(i) == V128.class) {
        args[i] = v128(field);
      } else if (params.get(i) == float.class) {
        args[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(field, 16));
      } else if (params.get(i) == double.class) {
        args[i] = Double.longBitsToDouble(Long.parseUnsignedLong(field, 16));
      } else {
        args[i] = Integer.parseInt(field);
      }
    }
    checkResult(fields[fields.length - 1], invoke(mnemonic, args), row);
  }

  private static Map<String, List<String>> specRows() {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : specText().split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.computeIfAbsent(line.substring(0, line.indexOf(' ')), k -> new ArrayList<>())
            .add(line);
      }
    }
    return rows;
  }

  @Test
  void theTableCoversEveryInstruction() {
    Map<String, List<String>> rows = specRows();
    for (String entry : INSTRUCTIONS) {
      String mnemonic = entry.split(" ")[0];
      assertTrue(rows.getOrDefault(mnemonic, List.of()).size() >= 2, mnemonic);
    }
    assertEquals(54, rows.size());
  }

  @TestFactory
  Stream<DynamicTest> specCases() {
    return specRows().entrySet().stream()
        .map(e ->
            DynamicTest.dynamicTest(
                e.getKey(), () -> e.getValue().forEach(SimdF32F64Test::runRow)));
  }

  /**
   * Every v128 result writes its high half: the spec cases again with another value left in {@code
   * ctx.v128High} before each call.
   */
  @Test
  void everyV128ResultOverwritesTheHighHalfInTheContext() {
    SimdAbi.withSentinel(
        ~SimdAbi.SENTINEL,
        () -> specRows().values().forEach(rows -> rows.forEach(SimdF32F64Test::runRow)));
  }

  // ---- lanes with different values: each lane computed on its own, in order ----

  private static final int[] F32_POOL = {
    0x0000_0000, 0x8000_0000, 0x0000_0001, 0x8000_0001, 0x0080_0000, 0x807F_FFFF, 0x7F7F_FFFF,
    0xFF7F_FFFF, 0x3F80_0000, 0xBF80_0000, 0x3FC0_0000, 0x4020_0000, 0xBF00_0000, 0xC060_0000,
    0x4B00_0001, 0x4EFF_FFFF, 0xCF00_0000, 0x4049_0FDB, 0x7F80_0000, 0xFF80_0000, 0x7FC0_0000,
    0xFFC0_0000, 0x7FA0_0000, 0xFFA1_2345, 0x7FC0_1234, 0x0000_0002, 0xFFFF_FFFF, 0x7FFF_FFFF
  };

  private static final long[] F64_POOL = {
    0L,
    0x8000_0000_0000_0000L,
    1L,
    0x8000_0000_0000_0001L,
    0x0010_0000_0000_0000L,
    0x7FEF_FFFF_FFFF_FFFFL,
    0xFFEF_FFFF_FFFF_FFFFL,
    0x3FF0_0000_0000_0000L,
    0xBFF0_0000_0000_0000L,
    0x3FF8_0000_0000_0000L,
    0x4004_0000_0000_0000L,
    0xBFE0_0000_0000_0000L,
    0x4330_0000_0000_0001L,
    0x4340_0000_0000_0000L,
    0x3FE0_0000_0000_0001L,
    0x4009_21FB_5444_2D18L,
    0x7FF0_0000_0000_0000L,
    0xFFF0_0000_0000_0000L,
    0x7FF8_0000_0000_0000L,
    0xFFF8_0000_0000_0000L,
    0x7FF4_0000_0000_0000L,
    0xFFF4_0000_1234_5678L,
    0x7FF8_0000_0000_1234L,
    0x47EF_FFFF_E000_0000L,
    0x47EF_FFFF_F000_0000L,
    0x3690_0000_0000_0000L
  };

  private static boolean isNan32(int bits) {
    return (bits & 0x7FFF_FFFF) > 0x7F80_0000;
  }

  private static boolean isNan64(long bits) {
    return (bits & 0x7FFF_FFFF_FFFF_FFFFL) > 0x7FF0_0000_0000_0000L;
  }

  /** The token a lane must match when a computed result is NaN: canonical inputs stay canonical. */
  private static String nanToken(boolean allNanInputsCanonical) {
    return allNanInputsCanonical ? "C" : "A";
  }

  private static float f32(int bits) {
    return Float.intBitsToFloat(bits);
  }

  private static double f64(long bits) {
    return Double.longBitsToDouble(bits);
  }

  private static String hex32(long bits) {
    return String.format("%08x", bits & 0xFFFF_FFFFL);
  }

  private static String hex64(long bits) {
    return String.format("%016x", bits);
  }

  private static String lanes(int[] l) {
    return hex32(l[0]) + " " + hex32(l[1]) + " " + hex32(l[2]) + " " + hex32(l[3]);
  }

  /** An f32 lane result computed in float: NaN gets the NaN rule, anything else exact bits. */
  private static String computed32(float r, int... inputs) {
    if (r == r) {
      return hex32(Float.floatToRawIntBits(r));
    }
    boolean canonical = true;
    for (int in : inputs) {
      canonical &= !isNan32(in) || (in & 0x7FFF_FFFF) == 0x7FC0_0000;
    }
    return nanToken(canonical);
  }

  private static String computed64(double r, long... inputs) {
    if (r == r) {
      return hex64(Double.doubleToRawLongBits(r));
    }
    boolean canonical = true;
    for (long in : inputs) {
      canonical &= !isNan64(in) || (in & 0x7FFF_FFFF_FFFF_FFFFL) == 0x7FF8_0000_0000_0000L;
    }
    return nanToken(canonical);
  }

  private static String mask32(boolean b) {
    return b ? "ffffffff" : "00000000";
  }

  private static String mask64(boolean b) {
    return b ? "ffffffffffffffff" : "0000000000000000";
  }

  /** The expected f32 lane of a two-operand instruction, from scalar Java. */
  private static String binary32(String op, int a, int b) {
    float x = f32(a);
    float y = f32(b);
    return switch (op) {
      case "add" -> computed32(x + y, a, b);
      case "sub" -> computed32(x - y, a, b);
      case "mul" -> computed32(x * y, a, b);
      case "div" -> computed32(x / y, a, b);
      case "min" -> x != x || y != y ? "C" : computed32(Math.min(x, y));
      case "max" -> x != x || y != y ? "C" : computed32(Math.max(x, y));
      case "pmin" -> hex32(y < x ? b : a);
      case "pmax" -> hex32(x < y ? b : a);
      case "eq" -> mask32(x == y);
      case "ne" -> mask32(x != y);
      case "lt" -> mask32(x < y);
      case "gt" -> mask32(x > y);
      case "le" -> mask32(x <= y);
      case "ge" -> mask32(x >= y);
      default -> throw new IllegalArgumentException(op);
    };
  }

  private static String binary64(String op, long a, long b) {
    double x = f64(a);
    double y = f64(b);
    return switch (op) {
      case "add" -> computed64(x + y, a, b);
      case "sub" -> computed64(x - y, a, b);
      case "mul" -> computed64(x * y, a, b);
      case "div" -> computed64(x / y, a, b);
      case "min" -> x != x || y != y ? "C" : computed64(Math.min(x, y));
      case "max" -> x != x || y != y ? "C" : computed64(Math.max(x, y));
      case "pmin" -> hex64(y < x ? b : a);
      case "pmax" -> hex64(x < y ? b : a);
      case "eq" -> mask64(x == y);
      case "ne" -> mask64(x != y);
      case "lt" -> mask64(x < y);
      case "gt" -> mask64(x > y);
      case "le" -> mask64(x <= y);
      case "ge" -> mask64(x >= y);
      default -> throw new IllegalArgumentException(op);
    };
  }

  /** Rounds in double, where every f32 is exact: toward zero is ceil below zero, floor above. */
  private static String unary32(String op, int a) {
    float x = f32(a);
    return switch (op) {
      case "abs" -> hex32(a & 0x7FFF_FFFF);
      case "neg" -> hex32(a ^ 0x8000_0000);
      case "sqrt" -> computed32((float) Math.sqrt(x), a);
      case "ceil" -> computed32((float) Math.ceil(x), a);
      case "floor" -> computed32((float) Math.floor(x), a);
      case "trunc" -> computed32((float) (x < 0 ? Math.ceil(x) : Math.floor(x)), a);
      case "nearest" -> computed32((float) Math.rint(x), a);
      case "convert_i32x4_s" -> hex32(Float.floatToRawIntBits((float) a));
      case "convert_i32x4_u" -> hex32(Float.floatToRawIntBits((float) (a & 0xFFFF_FFFFL)));
      default -> throw new IllegalArgumentException(op);
    };
  }

  private static String unary64(String op, long a) {
    double x = f64(a);
    return switch (op) {
      case "abs" -> hex64(a & 0x7FFF_FFFF_FFFF_FFFFL);
      case "neg" -> hex64(a ^ 0x8000_0000_0000_0000L);
      case "sqrt" -> computed64(Math.sqrt(x), a);
      case "ceil" -> computed64(Math.ceil(x), a);
      case "floor" -> computed64(Math.floor(x), a);
      case "trunc" -> computed64(x < 0 ? Math.ceil(x) : Math.floor(x), a);
      case "nearest" -> computed64(Math.rint(x), a);
      default -> throw new IllegalArgumentException(op);
    };
  }

  private static final List<String> BINARY =
      List.of(
          "add", "sub", "mul", "div", "min", "max", "pmin", "pmax", "eq", "ne", "lt", "gt", "le",
          "ge");

  private static final List<String> UNARY =
      List.of("abs", "neg", "sqrt", "ceil", "floor", "trunc", "nearest");

  private static int pick32(SplittableRandom random) {
    return random.nextInt(8) == 0 ? random.nextInt() : F32_POOL[random.nextInt(F32_POOL.length)];
  }

  private static long pick64(SplittableRandom random) {
    return random.nextInt(8) == 0 ? random.nextLong() : F64_POOL[random.nextInt(F64_POOL.length)];
  }

  @Test
  void f32x4LanesAreIndependent() {
    SplittableRandom random = new SplittableRandom(0x5EED_F32L);
    List<String> ops = new ArrayList<>(BINARY);
    ops.addAll(UNARY);
    ops.addAll(List.of("convert_i32x4_s", "convert_i32x4_u"));
    for (String op : ops) {
      String mnemonic = "f32x4." + op;
      boolean binary = BINARY.contains(op);
      for (int n = 0; n < 400; n++) {
        int[] a = new int[4];
        int[] b = new int[4];
        StringBuilder expected = new StringBuilder();
        for (int k = 0; k < 4; k++) {
          a[k] = pick32(random);
          b[k] = pick32(random);
          expected.append(binary ? binary32(op, a[k], b[k]) : unary32(op, a[k])).append(' ');
        }
        Object result =
            binary
                ? invoke(mnemonic, V128.ofInts(a), V128.ofInts(b))
                : invoke(mnemonic, V128.ofInts(a));
        checkResult(
            expected.toString(),
            result,
            mnemonic + " " + lanes(a) + (binary ? " , " + lanes(b) : ""));
      }
    }
  }

  @Test
  void f64x2LanesAreIndependent() {
    SplittableRandom random = new SplittableRandom(0x5EED_F64L);
    List<String> ops = new ArrayList<>(BINARY);
    ops.addAll(UNARY);
    for (String op : ops) {
      String mnemonic = "f64x2." + op;
      boolean binary = BINARY.contains(op);
      for (int n = 0; n < 400; n++) {
        long a0 = pick64(random);
        long a1 = pick64(random);
        long b0 = pick64(random);
        long b1 = pick64(random);
        String expected =
            binary
                ? binary64(op, a0, b0) + " " + binary64(op, a1, b1)
                : unary64(op, a0) + " " + unary64(op, a1);
        Object result =
            binary
                ? invoke(mnemonic, new V128(a0, a1), new V128(b0, b1))
                : invoke(mnemonic, new V128(a0, a1));
        checkResult(
            expected,
            result,
            mnemonic + " " + hex64(a0) + " " + hex64(a1) + " , " + hex64(b0) + " " + hex64(b1));
      }
    }
  }

  // ---- hand-picked: lane placement, bit preservation, the shape-changing instructions ----

  private static final V128 MIXED_F32 =
      V128.ofInts(0x3F80_0000, 0xFFA1_2345, 0x8000_0000, 0x7F80_0000);
  private static final V128 MIXED_F64 = new V128(0xFFF4_0000_1234_5678L, 0x8000_0000_0000_0000L);

  @Test
  void lanesAreReadAndWrittenInPlaceWithTheirBits() {
    int[] f32 = {0x3F80_0000, 0xFFA1_2345, 0x8000_0000, 0x7F80_0000};
    for (int lane = 0; lane < 4; lane++) {
      assertEquals(
          f32[lane],
          Float.floatToRawIntBits(
              SimdF32F64.f32x4ExtractLane(MIXED_F32.low(), MIXED_F32.high(), lane)));
      int[] replaced = f32.clone();
      replaced[lane] = 0x7FA0_0001;
      assertEquals(
          V128.ofInts(replaced),
          SimdAbi.v128(
              SimdF32F64.f32x4ReplaceLane(
                  MIXED_F32.low(), MIXED_F32.high(), f32(0x7FA0_0001), lane, SimdAbi.ctx())));
    }
    assertEquals(
        0xFFF4_0000_1234_5678L,
        Double.doubleToRawLongBits(
            SimdF32F64.f64x2ExtractLane(MIXED_F64.low(), MIXED_F64.high(), 0)));
    assertEquals(
        0x8000_0000_0000_0000L,
        Double.doubleToRawLongBits(
            SimdF32F64.f64x2ExtractLane(MIXED_F64.low(), MIXED_F64.high(), 1)));
    double snan = f64(0x7FF0_0000_0000_0001L);
    assertEquals(
        new V128(0x7FF0_0000_0000_0001L, 0x8000_0000_0000_0000L),
        SimdAbi.v128(
            SimdF32F64.f64x2ReplaceLane(
                MIXED_F64.low(), MIXED_F64.high(), snan, 0, SimdAbi.ctx())));
    assertEquals(
        new V128(0xFFF4_0000_1234_5678L, 0x7FF0_0000_0000_0001L),
        SimdAbi.v128(
            SimdF32F64.f64x2ReplaceLane(
                MIXED_F64.low(), MIXED_F64.high(), snan, 1, SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(0x7FA0_0001, 0x7FA0_0001, 0x7FA0_0001, 0x7FA0_0001),
        SimdAbi.v128(SimdF32F64.f32x4Splat(f32(0x7FA0_0001), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(0x8000_0000, 0x8000_0000, 0x8000_0000, 0x8000_0000),
        SimdAbi.v128(SimdF32F64.f32x4Splat(-0f, SimdAbi.ctx())));
    assertEquals(
        new V128(0xFFF0_0000_0000_0001L, 0xFFF0_0000_0000_0001L),
        SimdAbi.v128(SimdF32F64.f64x2Splat(f64(0xFFF0_0000_0000_0001L), SimdAbi.ctx())));
  }

  @Test
  void signOperationsTouchOnlyTheSignBits() {
    assertEquals(
        V128.ofInts(0x3F80_0000, 0x7FA1_2345, 0x0000_0000, 0x7F80_0000),
        SimdAbi.v128(SimdF32F64.f32x4Abs(MIXED_F32.low(), MIXED_F32.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(0xBF80_0000, 0x7FA1_2345, 0x0000_0000, 0xFF80_0000),
        SimdAbi.v128(SimdF32F64.f32x4Neg(MIXED_F32.low(), MIXED_F32.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(0x7FF4_0000_1234_5678L, 0L),
        SimdAbi.v128(SimdF32F64.f64x2Abs(MIXED_F64.low(), MIXED_F64.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(0x7FF4_0000_1234_5678L, 0L),
        SimdAbi.v128(SimdF32F64.f64x2Neg(MIXED_F64.low(), MIXED_F64.high(), SimdAbi.ctx())));
  }

  @Test
  void pminAndPmaxReturnAnOperandAsIs() {
    // pmin = b < a ? b : a; pmax = a < b ? b : a: a NaN or an equal zero leaves a
    V128 a = V128.ofInts(0x8000_0000, 0x0000_0000, 0x7FA0_0001, 0x3F80_0000);
    V128 b = V128.ofInts(0x0000_0000, 0x8000_0000, 0x3F80_0000, 0xFFA0_0002);
    assertEquals(
        V128.ofInts(0x8000_0000, 0x0000_0000, 0x7FA0_0001, 0x3F80_0000),
        SimdAbi.v128(SimdF32F64.f32x4Pmin(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(0x8000_0000, 0x0000_0000, 0x7FA0_0001, 0x3F80_0000),
        SimdAbi.v128(SimdF32F64.f32x4Pmax(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())));
    V128 c = V128.ofInts(0x3F80_0000, 0xBF80_0000, 0x3F80_0000, 0xBF80_0000);
    V128 d = V128.ofInts(0x4000_0000, 0xC000_0000, 0xBF80_0000, 0x3F80_0000);
    assertEquals(
        V128.ofInts(0x3F80_0000, 0xC000_0000, 0xBF80_0000, 0xBF80_0000),
        SimdAbi.v128(SimdF32F64.f32x4Pmin(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(0x4000_0000, 0xBF80_0000, 0x3F80_0000, 0x3F80_0000),
        SimdAbi.v128(SimdF32F64.f32x4Pmax(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())));
    V128 e = new V128(0x8000_0000_0000_0000L, 0x3FF0_0000_0000_0000L);
    V128 f = new V128(0L, 0x7FF0_0000_0000_0001L);
    assertEquals(
        e, SimdAbi.v128(SimdF32F64.f64x2Pmin(e.low(), e.high(), f.low(), f.high(), SimdAbi.ctx())));
    assertEquals(
        e, SimdAbi.v128(SimdF32F64.f64x2Pmax(e.low(), e.high(), f.low(), f.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(0L, 0x7FF0_0000_0000_0001L),
        SimdAbi.v128(SimdF32F64.f64x2Pmin(f.low(), f.high(), e.low(), e.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(0L, 0x7FF0_0000_0000_0001L),
        SimdAbi.v128(SimdF32F64.f64x2Pmax(f.low(), f.high(), e.low(), e.high(), SimdAbi.ctx())));
  }

  @Test
  void minAndMaxOrderSignedZerosAndGiveCanonicalNans() {
    V128 a = V128.ofInts(0x0000_0000, 0x8000_0000, 0x7FA0_0001, 0x3F80_0000);
    V128 b = V128.ofInts(0x8000_0000, 0x0000_0000, 0x3F80_0000, 0xFFC0_0000);
    checkResult(
        "80000000 80000000 C C",
        SimdAbi.v128(SimdF32F64.f32x4Min(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())),
        "f32x4.min");
    checkResult(
        "00000000 00000000 C C",
        SimdAbi.v128(SimdF32F64.f32x4Max(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())),
        "f32x4.max");
    V128 c = new V128(0L, 0x7FF0_0000_0000_0001L);
    V128 d = new V128(0x8000_0000_0000_0000L, 0L);
    checkResult(
        "8000000000000000 C",
        SimdAbi.v128(SimdF32F64.f64x2Min(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())),
        "f64x2.min");
    checkResult(
        "0000000000000000 C",
        SimdAbi.v128(SimdF32F64.f64x2Max(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())),
        "f64x2.max");
  }

  @Test
  void comparisonsAreLaneMasksAndNanIsUnorderedExceptForNe() {
    V128 a = V128.ofInts(0x0000_0000, 0x7FC0_0000, 0x3F80_0000, 0xBF80_0000);
    V128 b = V128.ofInts(0x8000_0000, 0x7FC0_0000, 0x4000_0000, 0xC000_0000);
    assertEquals(
        V128.ofInts(-1, 0, 0, 0),
        SimdAbi.v128(SimdF32F64.f32x4Eq(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(0, -1, -1, -1),
        SimdAbi.v128(SimdF32F64.f32x4Ne(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(0, 0, -1, 0),
        SimdAbi.v128(SimdF32F64.f32x4Lt(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(0, 0, 0, -1),
        SimdAbi.v128(SimdF32F64.f32x4Gt(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(-1, 0, -1, 0),
        SimdAbi.v128(SimdF32F64.f32x4Le(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(-1, 0, 0, -1),
        SimdAbi.v128(SimdF32F64.f32x4Ge(a.low(), a.high(), b.low(), b.high(), SimdAbi.ctx())));
    V128 c = new V128(0x7FF8_0000_0000_0000L, 0x3FF0_0000_0000_0000L);
    V128 d = new V128(0x7FF8_0000_0000_0000L, 0x4000_0000_0000_0000L);
    assertEquals(
        new V128(0, 0),
        SimdAbi.v128(SimdF32F64.f64x2Eq(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(-1, -1),
        SimdAbi.v128(SimdF32F64.f64x2Ne(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(0, -1),
        SimdAbi.v128(SimdF32F64.f64x2Lt(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(0, 0),
        SimdAbi.v128(SimdF32F64.f64x2Gt(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(0, -1),
        SimdAbi.v128(SimdF32F64.f64x2Le(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(0, 0),
        SimdAbi.v128(SimdF32F64.f64x2Ge(c.low(), c.high(), d.low(), d.high(), SimdAbi.ctx())));
    assertEquals(
        new V128(-1, -1),
        SimdAbi.v128(
            SimdF32F64.f64x2Le(
                new V128(0L, 1L).low(),
                new V128(0L, 1L).high(),
                new V128(0x8000_0000_0000_0000L, 1L).low(),
                new V128(0x8000_0000_0000_0000L, 1L).high(),
                SimdAbi.ctx())));
  }

  @Test
  void conversionsTakeTheLowLanesAndZeroTheRest() {
    V128 ints = V128.ofInts(-1, 0x8000_0000, 0x7FFF_FFFF, 0x0100_0001);
    assertEquals(
        V128.ofInts(0xBF80_0000, 0xCF00_0000, 0x4F00_0000, 0x4B80_0000),
        SimdAbi.v128(SimdF32F64.f32x4ConvertI32x4S(ints.low(), ints.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofInts(0x4F80_0000, 0x4F00_0000, 0x4F00_0000, 0x4B80_0000),
        SimdAbi.v128(SimdF32F64.f32x4ConvertI32x4U(ints.low(), ints.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofDoubles(-1.0, -2147483648.0),
        SimdAbi.v128(SimdF32F64.f64x2ConvertLowI32x4S(ints.low(), ints.high(), SimdAbi.ctx())));
    assertEquals(
        V128.ofDoubles(4294967295.0, 2147483648.0),
        SimdAbi.v128(SimdF32F64.f64x2ConvertLowI32x4U(ints.low(), ints.high(), SimdAbi.ctx())));
    // demote: round to nearest even, overflow to infinity, NaN quiet with its high payload bits
    checkResult(
        "7f7fffff A 00000000 00000000",
        SimdAbi.v128(
            SimdF32F64.f32x4DemoteF64x2Zero(
                new V128(0x47EF_FFFF_EFFF_FFFFL, 0xFFF0_2000_0000_0000L).low(),
                new V128(0x47EF_FFFF_EFFF_FFFFL, 0xFFF0_2000_0000_0000L).high(),
                SimdAbi.ctx())),
        "demote");
    checkResult(
        "7f800000 C 00000000 00000000",
        SimdAbi.v128(
            SimdF32F64.f32x4DemoteF64x2Zero(
                new V128(0x47EF_FFFF_F000_0000L, 0x7FF8_0000_0000_0000L).low(),
                new V128(0x47EF_FFFF_F000_0000L, 0x7FF8_0000_0000_0000L).high(),
                SimdAbi.ctx())),
        "demote");
    assertEquals(
        0xFFC1_0000,
        SimdAbi.v128(
                SimdF32F64.f32x4DemoteF64x2Zero(
                    new V128(0, 0xFFF0_2000_0000_0000L).low(),
                    new V128(0, 0xFFF0_2000_0000_0000L).high(),
                    SimdAbi.ctx()))
            .intLane(1));
    // promote: exact; lanes 2 and 3 ignored; a signalling NaN becomes quiet
    checkResult(
        "3ff0000000000000 A",
        SimdAbi.v128(
            SimdF32F64.f64x2PromoteLowF32x4(
                V128.ofInts(0x3F80_0000, 0x7FA0_0000, 0x4000_0000, 0x4040_0000).low(),
                V128.ofInts(0x3F80_0000, 0x7FA0_0000, 0x4000_0000, 0x4040_0000).high(),
                SimdAbi.ctx())),
        "promote");
    checkResult(
        "8000000000000000 C",
        SimdAbi.v128(
            SimdF32F64.f64x2PromoteLowF32x4(
                V128.ofInts(0x8000_0000, 0xFFC0_0000, -1, -1).low(),
                V128.ofInts(0x8000_0000, 0xFFC0_0000, -1, -1).high(),
                SimdAbi.ctx())),
        "promote");
    assertEquals(
        0x7FFC_0000_0000_0000L,
        SimdAbi.v128(
                SimdF32F64.f64x2PromoteLowF32x4(
                    V128.ofInts(0x7FA0_0000, 0, 0, 0).low(),
                    V128.ofInts(0x7FA0_0000, 0, 0, 0).high(),
                    SimdAbi.ctx()))
            .low());
  }

  @Test
  void theCheckerRejectsWrongBits() {
    for (String row :
        List.of(
            "f32x4.add | 3f800000 00000000 00000000 00000000 | 3f800000 00000000 00000000 00000000"
                + " | 40000001 00000000 00000000 00000000",
            "f32x4.add | 7fa00000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000"
                + " | C 00000000 00000000 00000000",
            "f64x2.min | 7ff4000000000000 0000000000000000 | 0000000000000000 0000000000000000"
                + " | 7ff4000000000000 0000000000000000",
            "f64x2.sqrt | bff0000000000000 0000000000000000 | A 8000000000000000")) {
      boolean failed;
      try {
        runRow(row);
        failed = false;
      } catch (AssertionError expected) {
        failed = true;
      }
      assertTrue(failed, row);
    }
  }

  /**
   * Cases of the spec scripts, a spread of each instruction's assertions (signed zeros, subnormals,
   * boundaries, infinities, canonical and signalling NaNs of both signs): "mnemonic | operands |
   * [lane |] expected", a v128 as its lanes in hex, lane 0 first; "C" is a canonical NaN, "A" an
   * arithmetic NaN. Values are bit patterns, converted from the scripts' literals.
   */
  private static String specText() {
    // three text blocks: a class-file string constant holds at most 65535 bytes
    return String.join("\n", F32X4_CASES, F64X2_CASES, SHAPE_CASES);
  }

  /** Spec-script cases: f32x4 arithmetic, comparisons, min/max and rounding. */
  private static final String F32X4_CASES =
      """
      # f32x4.min (a sample of the spec cases)
      f32x4.min | 7fc00000 00000000 00000000 3f800000 | 00000000 ffc00000 3f800000 00000000 | C C 00000000 00000000
      f32x4.min | 7fc00000 00000000 00000000 00000000 | 00000000 ffc00000 3f800000 00000000 | C C 00000000 00000000
      f32x4.min | 80000000 80000000 80000000 80000000 | bf800000 bf800000 bf800000 bf800000 | bf800000 bf800000 bf800000 bf800000
      # f32x4.max (a sample of the spec cases)
      f32x4.max | 7fc00000 00000000 00000000 3f800000 | 00000000 ffc00000 3f800000 00000000 | C C 3f800000 3f800000
      f32x4.max | 7fc00000 00000000 00000000 00000000 | 00000000 ffc00000 3f800000 00000000 | C C 3f800000 00000000
      f32x4.max | 80000000 80000000 80000000 80000000 | bf800000 bf800000 bf800000 bf800000 | 80000000 80000000 80000000 80000000
      # f32x4.abs (a sample of the spec cases)
      f32x4.abs | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.abs | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.abs | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001
      # f32x4.add (a sample of the spec cases)
      f32x4.add | 00000000 00000000 00000000 00000000 | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001
      f32x4.add | 80000001 80000001 80000001 80000001 | ff7fffff ff7fffff ff7fffff ff7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.add | 00800000 00800000 00800000 00800000 | 80800000 80800000 80800000 80800000 | 00000000 00000000 00000000 00000000
      # f32x4.sub (a sample of the spec cases)
      f32x4.sub | 00000000 00000000 00000000 00000000 | 00000001 00000001 00000001 00000001 | 80000001 80000001 80000001 80000001
      f32x4.sub | 00000001 00000001 00000001 00000001 | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | 40c90fdb 40c90fdb 40c90fdb 40c90fdb
      f32x4.sub | 80000001 80000001 80000001 80000001 | ff7fffff ff7fffff ff7fffff ff7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      # f32x4.mul (a sample of the spec cases)
      f32x4.mul | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.mul | 00000000 00000000 00000000 00000000 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.mul | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      # f32x4.div (a sample of the spec cases)
      f32x4.div | 00000000 00000000 00000000 00000000 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.div | 00000000 00000000 00000000 00000000 | 00800000 00800000 00800000 00800000 | 00000000 00000000 00000000 00000000
      f32x4.div | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      # f32x4.sqrt (a sample of the spec cases)
      f32x4.sqrt | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.sqrt | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.sqrt | 00000001 00000001 00000001 00000001 | 1a3504f3 1a3504f3 1a3504f3 1a3504f3
      # f32x4.neg (a sample of the spec cases)
      f32x4.neg | 00000000 00000000 00000000 00000000 | 80000000 80000000 80000000 80000000
      f32x4.neg | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.neg | 00000001 00000001 00000001 00000001 | 80000001 80000001 80000001 80000001
      # f32x4.eq (a sample of the spec cases)
      f32x4.eq | 7fc00000 7fc00000 7fc00000 7fc00000 | ffa00000 ffa00000 ffa00000 ffa00000 | 00000000 00000000 00000000 00000000
      f32x4.eq | ff800000 ff800000 ff800000 ff800000 | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.eq | 80000000 80000000 80000000 80000000 | 00800000 00800000 00800000 00800000 | 00000000 00000000 00000000 00000000
      # f32x4.ne (a sample of the spec cases)
      f32x4.ne | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.ne | ff800000 ff800000 ff800000 ff800000 | ff800000 ff800000 ff800000 ff800000 | 00000000 00000000 00000000 00000000
      f32x4.ne | ff800000 ff800000 ff800000 ff800000 | 80000001 80000001 80000001 80000001 | ffffffff ffffffff ffffffff ffffffff
      # f32x4.lt (a sample of the spec cases)
      f32x4.lt | 7fc00000 7fc00000 7fc00000 7fc00000 | bf000000 bf000000 bf000000 bf000000 | 00000000 00000000 00000000 00000000
      f32x4.lt | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.lt | 00000001 00000001 00000001 00000001 | bf000000 bf000000 bf000000 bf000000 | 00000000 00000000 00000000 00000000
      # f32x4.le (a sample of the spec cases)
      f32x4.le | 00000001 00000001 00000001 00000001 | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.le | 00000001 00000001 00000001 00000001 | bf800000 bf800000 bf800000 bf800000 | 00000000 00000000 00000000 00000000
      f32x4.le | 80000000 80000000 80000000 80000000 | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000
      # f32x4.gt (a sample of the spec cases)
      f32x4.gt | ff800000 ff800000 ff800000 ff800000 | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000
      f32x4.gt | ff800000 ff800000 ff800000 ff800000 | 80000001 80000001 80000001 80000001 | 00000000 00000000 00000000 00000000
      f32x4.gt | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 7f800000 7f800000 7f800000 7f800000 | 00000000 00000000 00000000 00000000
      # f32x4.ge (a sample of the spec cases)
      f32x4.ge | 00000001 00000001 00000001 00000001 | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 00000000 00000000 00000000 00000000
      f32x4.ge | ff800000 ff800000 ff800000 ff800000 | 3f800000 3f800000 3f800000 3f800000 | 00000000 00000000 00000000 00000000
      f32x4.ge | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      # f32x4.pmin (a sample of the spec cases)
      f32x4.pmin | 00000000 00000000 00000000 00000000 | 80000001 80000001 80000001 80000001 | 80000001 80000001 80000001 80000001
      f32x4.pmin | 00000000 00000000 00000000 00000000 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 00000000 00000000 00000000 00000000
      f32x4.pmin | 80000000 80000000 80000000 80000000 | 00800000 00800000 00800000 00800000 | 80000000 80000000 80000000 80000000
      # f32x4.pmax (a sample of the spec cases)
      f32x4.pmax | 00000000 00000000 00000000 00000000 | 80000001 80000001 80000001 80000001 | 00000000 00000000 00000000 00000000
      f32x4.pmax | 00000000 00000000 00000000 00000000 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4
      f32x4.pmax | 80000000 80000000 80000000 80000000 | 00800000 00800000 00800000 00800000 | 00800000 00800000 00800000 00800000
      # f32x4.ceil (a sample of the spec cases)
      f32x4.ceil | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.ceil | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.ceil | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      # f32x4.floor (a sample of the spec cases)
      f32x4.floor | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.floor | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.floor | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      # f32x4.trunc (a sample of the spec cases)
      f32x4.trunc | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.trunc | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.trunc | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      # f32x4.nearest (a sample of the spec cases)
      f32x4.nearest | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.nearest | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.nearest | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      """;

  /** Spec-script cases: f64x2 arithmetic, comparisons, min/max and rounding. */
  private static final String F64X2_CASES =
      """
      # f64x2.min (a sample of the spec cases)
      f64x2.min | 7ff8000000000000 0000000000000000 | 0000000000000000 3ff0000000000000 | C 0000000000000000
      f64x2.min | 0000000000000000 3ff0000000000000 | fff8000000000000 0000000000000000 | C 0000000000000000
      f64x2.min | 0000000000000000 3ff0000000000000 | fff8000000000000 3ff0000000000000 | C 3ff0000000000000
      # f64x2.max (a sample of the spec cases)
      f64x2.max | 7ff8000000000000 0000000000000000 | 0000000000000000 3ff0000000000000 | C 3ff0000000000000
      f64x2.max | 0000000000000000 3ff0000000000000 | fff8000000000000 0000000000000000 | C 3ff0000000000000
      f64x2.max | 0000000000000000 3ff0000000000000 | fff8000000000000 3ff0000000000000 | C 3ff0000000000000
      # f64x2.abs (a sample of the spec cases)
      f64x2.abs | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.abs | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.abs | 0000000000000001 0000000000000001 | 0000000000000001 0000000000000001
      # f64x2.add (a sample of the spec cases)
      f64x2.add | 0000000000000000 0000000000000000 | 0010000000000000 0010000000000000 | 0010000000000000 0010000000000000
      f64x2.add | 0010000000000000 0010000000000000 | ffefffffffffffff ffefffffffffffff | ffefffffffffffff ffefffffffffffff
      f64x2.add | 8010000000000000 8010000000000000 | 0000000000000001 0000000000000001 | 800fffffffffffff 800fffffffffffff
      # f64x2.sub (a sample of the spec cases)
      f64x2.sub | 0000000000000000 0000000000000000 | 0010000000000000 0010000000000000 | 8010000000000000 8010000000000000
      f64x2.sub | 8010000000000000 8010000000000000 | 0000000000000001 0000000000000001 | 8010000000000001 8010000000000001
      f64x2.sub | 3fe0000000000000 3fe0000000000000 | bfe0000000000000 bfe0000000000000 | 3ff0000000000000 3ff0000000000000
      # f64x2.mul (a sample of the spec cases)
      f64x2.mul | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.mul | 0000000000000000 0000000000000000 | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      f64x2.mul | 0010000000000000 0010000000000000 | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      # f64x2.div (a sample of the spec cases)
      f64x2.div | 0000000000000000 0000000000000000 | 3fe0000000000000 3fe0000000000000 | 0000000000000000 0000000000000000
      f64x2.div | 0010000000000000 0010000000000000 | 0010000000000000 0010000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.div | 3fe0000000000000 3fe0000000000000 | 0000000000000001 0000000000000001 | 7ff0000000000000 7ff0000000000000
      # f64x2.sqrt (a sample of the spec cases)
      f64x2.sqrt | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.sqrt | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.sqrt | 0010000000000000 0010000000000000 | 2000000000000000 2000000000000000
      # f64x2.neg (a sample of the spec cases)
      f64x2.neg | 0000000000000000 0000000000000000 | 8000000000000000 8000000000000000
      f64x2.neg | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.neg | 0010000000000000 0010000000000000 | 8010000000000000 8010000000000000
      # f64x2.eq (a sample of the spec cases)
      f64x2.eq | 0000000000000001 0000000000000001 | c01921fb54442d18 c01921fb54442d18 | 0000000000000000 0000000000000000
      f64x2.eq | fff0000000000000 fff0000000000000 | 7ff0000000000000 7ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | fff0000000000000 fff0000000000000 | fff4000000000000 fff4000000000000 | 0000000000000000 0000000000000000
      # f64x2.ne (a sample of the spec cases)
      f64x2.ne | 0000000000000001 0000000000000001 | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.ne | fff0000000000000 fff0000000000000 | fff0000000000000 fff0000000000000 | 0000000000000000 0000000000000000
      f64x2.ne | 8000000000000000 8000000000000000 | 401921fb54442d18 401921fb54442d18 | ffffffffffffffff ffffffffffffffff
      # f64x2.lt (a sample of the spec cases)
      f64x2.lt | 0000000000000001 0000000000000001 | 8000000000000001 8000000000000001 | 0000000000000000 0000000000000000
      f64x2.lt | fff0000000000000 fff0000000000000 | 0010000000000000 0010000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.lt | 3ff0000000000000 3ff0000000000000 | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      # f64x2.le (a sample of the spec cases)
      f64x2.le | 0000000000000001 0000000000000001 | fff0000000000000 fff0000000000000 | 0000000000000000 0000000000000000
      f64x2.le | 0000000000000001 0000000000000001 | 7fefffffffffffff 7fefffffffffffff | ffffffffffffffff ffffffffffffffff
      f64x2.le | 0000000000000001 0000000000000001 | c01921fb54442d18 c01921fb54442d18 | 0000000000000000 0000000000000000
      # f64x2.gt (a sample of the spec cases)
      f64x2.gt | 0000000000000001 0000000000000001 | 3ff0000000000000 3ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | 0000000000000001 0000000000000001 | 7ff0000000000000 7ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | 401921fb54442d18 401921fb54442d18 | 8010000000000000 8010000000000000 | ffffffffffffffff ffffffffffffffff
      # f64x2.ge (a sample of the spec cases)
      f64x2.ge | fff0000000000000 fff0000000000000 | ffefffffffffffff ffefffffffffffff | 0000000000000000 0000000000000000
      f64x2.ge | fff0000000000000 fff0000000000000 | 7ff8000000000000 7ff8000000000000 | 0000000000000000 0000000000000000
      f64x2.ge | 401921fb54442d18 401921fb54442d18 | fff0000000000000 fff0000000000000 | ffffffffffffffff ffffffffffffffff
      # f64x2.pmin (a sample of the spec cases)
      f64x2.pmin | 0000000000000000 0000000000000000 | 43c23456789abcdf 43c23456789abcdf | 0000000000000000 0000000000000000
      f64x2.pmin | 8000000000000000 8000000000000000 | 3fe0000000000000 3fe0000000000000 | 8000000000000000 8000000000000000
      f64x2.pmin | bfe0000000000000 bfe0000000000000 | 3ff0000000000000 3ff0000000000000 | bfe0000000000000 bfe0000000000000
      # f64x2.pmax (a sample of the spec cases)
      f64x2.pmax | 0000000000000000 0000000000000000 | 43c23456789abcdf 43c23456789abcdf | 43c23456789abcdf 43c23456789abcdf
      f64x2.pmax | 8000000000000000 8000000000000000 | 3fe0000000000000 3fe0000000000000 | 3fe0000000000000 3fe0000000000000
      f64x2.pmax | bfe0000000000000 bfe0000000000000 | 3ff0000000000000 3ff0000000000000 | 3ff0000000000000 3ff0000000000000
      # f64x2.ceil (a sample of the spec cases)
      f64x2.ceil | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.ceil | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.ceil | 0010000000000000 0010000000000000 | 3ff0000000000000 3ff0000000000000
      # f64x2.floor (a sample of the spec cases)
      f64x2.floor | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.floor | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.floor | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      # f64x2.trunc (a sample of the spec cases)
      f64x2.trunc | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.trunc | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.trunc | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      # f64x2.nearest (a sample of the spec cases)
      f64x2.nearest | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.nearest | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.nearest | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      """;

  /** Spec-script cases: splat, lanes and the conversions. */
  private static final String SHAPE_CASES =
      """
      # f64x2.promote_low_f32x4 (a sample of the spec cases)
      f64x2.promote_low_f32x4 | 00000000 00000000 00000000 00000000 | 0000000000000000 0000000000000000
      f64x2.promote_low_f32x4 | 80000000 80000000 80000000 80000000 | 8000000000000000 8000000000000000
      f64x2.promote_low_f32x4 | 00000001 00000001 00000001 00000001 | 36a0000000000000 36a0000000000000
      # f32x4.demote_f64x2_zero (a sample of the spec cases)
      f32x4.demote_f64x2_zero | 3ff0000000000000 3ff0000000000000 | 3f800000 3f800000 00000000 00000000
      f32x4.demote_f64x2_zero | b6a0000000000000 b6a0000000000000 | 80000001 80000001 00000000 00000000
      f32x4.demote_f64x2_zero | 47efffffd0000000 47efffffd0000000 | 7f7ffffe 7f7ffffe 00000000 00000000
      # f32x4.convert_i32x4_s (a sample of the spec cases)
      f32x4.convert_i32x4_s | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.convert_i32x4_s | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      f32x4.convert_i32x4_s | ffffffff ffffffff ffffffff ffffffff | bf800000 bf800000 bf800000 bf800000
      # f32x4.convert_i32x4_u (a sample of the spec cases)
      f32x4.convert_i32x4_u | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.convert_i32x4_u | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      f32x4.convert_i32x4_u | ffffffff ffffffff ffffffff ffffffff | 4f800000 4f800000 4f800000 4f800000
      # f64x2.convert_low_i32x4_s (a sample of the spec cases)
      f64x2.convert_low_i32x4_s | 00000001 00000001 00000000 00000000 | 3ff0000000000000 3ff0000000000000
      f64x2.convert_low_i32x4_s | ffffffff ffffffff 00000000 00000000 | bff0000000000000 bff0000000000000
      f64x2.convert_low_i32x4_s | 00000000 00000000 00000000 00000000 | 0000000000000000 0000000000000000
      # f64x2.convert_low_i32x4_u (a sample of the spec cases)
      f64x2.convert_low_i32x4_u | 00000001 00000001 00000000 00000000 | 3ff0000000000000 3ff0000000000000
      f64x2.convert_low_i32x4_u | 00000000 00000000 00000000 00000000 | 0000000000000000 0000000000000000
      f64x2.convert_low_i32x4_u | 7fffffff 7fffffff 00000000 00000000 | 41dfffffffc00000 41dfffffffc00000
      # f32x4.splat (a sample of the spec cases)
      f32x4.splat | 00000000 | 00000000 00000000 00000000 00000000
      f32x4.splat | 3f8ccccd | 3f8ccccd 3f8ccccd 3f8ccccd 3f8ccccd
      f32x4.splat | bf8ccccd | bf8ccccd bf8ccccd bf8ccccd bf8ccccd
      # f64x2.splat (a sample of the spec cases)
      f64x2.splat | 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.splat | 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.splat | 0000000000000001 | 0000000000000001 0000000000000001
      # f32x4.extract_lane (a sample of the spec cases)
      f32x4.extract_lane | c0a00000 00000000 00000000 00000000 | 0 | c0a00000
      f32x4.extract_lane | 7e967699 00000000 00000000 00000000 | 0 | 7e967699
      f32x4.extract_lane | 7f7fffff 00000000 00000000 00000000 | 0 | 7f7fffff
      # f64x2.extract_lane (a sample of the spec cases)
      f64x2.extract_lane | bff8000000000000 0000000000000000 | 0 | bff8000000000000
      f64x2.extract_lane | 3ff8000000000000 0000000000000000 | 0 | 3ff8000000000000
      f64x2.extract_lane | 800ced42ec885d9d 0000000000000000 | 0 | 800ced42ec885d9d
      # f32x4.replace_lane (a sample of the spec cases)
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 42540000 | 0 | 42540000 00000000 00000000 00000000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 7fc00000 | 0 | 7fc00000 00000000 00000000 00000000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 7f800000 | 0 | 7f800000 00000000 00000000 00000000
      # f64x2.replace_lane (a sample of the spec cases)
      f64x2.replace_lane | bff0000000000000 bff0000000000000 | 8000000000000000 | 0 | 8000000000000000 bff0000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | 3ff4000000000000 | 0 | 3ff4000000000000 0000000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | bff4000000000000 | 0 | bff4000000000000 0000000000000000
      """;
}
