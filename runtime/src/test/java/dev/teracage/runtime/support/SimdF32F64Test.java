package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.V128;
import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.reflect.AccessFlag;
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
      try {
        Method m =
            SimdF32F64.class.getMethod(methodName(parts[0]), params.toArray(Class<?>[]::new));
        assertEquals(type(signature.charAt(colon + 1)), m.getReturnType(), parts[0]);
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
    ClassModel model;
    try (InputStream in = SimdF32F64.class.getResourceAsStream("SimdF32F64.class")) {
      model = ClassFile.of().parse(in.readAllBytes());
    }
    List<String> tooBig = new ArrayList<>();
    int count = 0;
    for (MethodModel method : model.methods()) {
      if (!method.flags().has(AccessFlag.PUBLIC) || !method.flags().has(AccessFlag.STATIC)) {
        continue;
      }
      count++;
      int size = method.findAttribute(Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
      if (size > 35) {
        tooBig.add(method.methodName() + " " + size);
      }
    }
    assertEquals(54, count);
    assertEquals(List.of(), tooBig);
  }

  // ---- the spec-script table ----

  private static Object invoke(String mnemonic, Object... args) {
    Method m = METHODS.get(mnemonic);
    if (m == null) {
      throw new AssertionError("no helper for " + mnemonic);
    }
    try {
      Object result = m.invoke(null, args);
      assertTrue(result != null, mnemonic + " returned null");
      return result;
    } catch (IllegalAccessException | InvocationTargetException e) {
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
    Class<?>[] params = m.getParameterTypes();
    assertEquals(params.length + 2, fields.length, row);
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      String field = fields[i + 1].trim();
      if (params[i] == V128.class) {
        args[i] = v128(field);
      } else if (params[i] == float.class) {
        args[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(field, 16));
      } else if (params[i] == double.class) {
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
      assertTrue(rows.getOrDefault(mnemonic, List.of()).size() >= 5, mnemonic);
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
          f32[lane], Float.floatToRawIntBits(SimdF32F64.f32x4ExtractLane(MIXED_F32, lane)));
      int[] replaced = f32.clone();
      replaced[lane] = 0x7FA0_0001;
      assertEquals(
          V128.ofInts(replaced), SimdF32F64.f32x4ReplaceLane(MIXED_F32, f32(0x7FA0_0001), lane));
    }
    assertEquals(
        0xFFF4_0000_1234_5678L,
        Double.doubleToRawLongBits(SimdF32F64.f64x2ExtractLane(MIXED_F64, 0)));
    assertEquals(
        0x8000_0000_0000_0000L,
        Double.doubleToRawLongBits(SimdF32F64.f64x2ExtractLane(MIXED_F64, 1)));
    double snan = f64(0x7FF0_0000_0000_0001L);
    assertEquals(
        new V128(0x7FF0_0000_0000_0001L, 0x8000_0000_0000_0000L),
        SimdF32F64.f64x2ReplaceLane(MIXED_F64, snan, 0));
    assertEquals(
        new V128(0xFFF4_0000_1234_5678L, 0x7FF0_0000_0000_0001L),
        SimdF32F64.f64x2ReplaceLane(MIXED_F64, snan, 1));
    assertEquals(
        V128.ofInts(0x7FA0_0001, 0x7FA0_0001, 0x7FA0_0001, 0x7FA0_0001),
        SimdF32F64.f32x4Splat(f32(0x7FA0_0001)));
    assertEquals(
        V128.ofInts(0x8000_0000, 0x8000_0000, 0x8000_0000, 0x8000_0000),
        SimdF32F64.f32x4Splat(-0f));
    assertEquals(
        new V128(0xFFF0_0000_0000_0001L, 0xFFF0_0000_0000_0001L),
        SimdF32F64.f64x2Splat(f64(0xFFF0_0000_0000_0001L)));
  }

  @Test
  void signOperationsTouchOnlyTheSignBits() {
    assertEquals(
        V128.ofInts(0x3F80_0000, 0x7FA1_2345, 0x0000_0000, 0x7F80_0000),
        SimdF32F64.f32x4Abs(MIXED_F32));
    assertEquals(
        V128.ofInts(0xBF80_0000, 0x7FA1_2345, 0x0000_0000, 0xFF80_0000),
        SimdF32F64.f32x4Neg(MIXED_F32));
    assertEquals(new V128(0x7FF4_0000_1234_5678L, 0L), SimdF32F64.f64x2Abs(MIXED_F64));
    assertEquals(new V128(0x7FF4_0000_1234_5678L, 0L), SimdF32F64.f64x2Neg(MIXED_F64));
  }

  @Test
  void pminAndPmaxReturnAnOperandAsIs() {
    // pmin = b < a ? b : a; pmax = a < b ? b : a: a NaN or an equal zero leaves a
    V128 a = V128.ofInts(0x8000_0000, 0x0000_0000, 0x7FA0_0001, 0x3F80_0000);
    V128 b = V128.ofInts(0x0000_0000, 0x8000_0000, 0x3F80_0000, 0xFFA0_0002);
    assertEquals(
        V128.ofInts(0x8000_0000, 0x0000_0000, 0x7FA0_0001, 0x3F80_0000),
        SimdF32F64.f32x4Pmin(a, b));
    assertEquals(
        V128.ofInts(0x8000_0000, 0x0000_0000, 0x7FA0_0001, 0x3F80_0000),
        SimdF32F64.f32x4Pmax(a, b));
    V128 c = V128.ofInts(0x3F80_0000, 0xBF80_0000, 0x3F80_0000, 0xBF80_0000);
    V128 d = V128.ofInts(0x4000_0000, 0xC000_0000, 0xBF80_0000, 0x3F80_0000);
    assertEquals(
        V128.ofInts(0x3F80_0000, 0xC000_0000, 0xBF80_0000, 0xBF80_0000),
        SimdF32F64.f32x4Pmin(c, d));
    assertEquals(
        V128.ofInts(0x4000_0000, 0xBF80_0000, 0x3F80_0000, 0x3F80_0000),
        SimdF32F64.f32x4Pmax(c, d));
    V128 e = new V128(0x8000_0000_0000_0000L, 0x3FF0_0000_0000_0000L);
    V128 f = new V128(0L, 0x7FF0_0000_0000_0001L);
    assertEquals(e, SimdF32F64.f64x2Pmin(e, f));
    assertEquals(e, SimdF32F64.f64x2Pmax(e, f));
    assertEquals(new V128(0L, 0x7FF0_0000_0000_0001L), SimdF32F64.f64x2Pmin(f, e));
    assertEquals(new V128(0L, 0x7FF0_0000_0000_0001L), SimdF32F64.f64x2Pmax(f, e));
  }

  @Test
  void minAndMaxOrderSignedZerosAndGiveCanonicalNans() {
    V128 a = V128.ofInts(0x0000_0000, 0x8000_0000, 0x7FA0_0001, 0x3F80_0000);
    V128 b = V128.ofInts(0x8000_0000, 0x0000_0000, 0x3F80_0000, 0xFFC0_0000);
    checkResult("80000000 80000000 C C", SimdF32F64.f32x4Min(a, b), "f32x4.min");
    checkResult("00000000 00000000 C C", SimdF32F64.f32x4Max(a, b), "f32x4.max");
    V128 c = new V128(0L, 0x7FF0_0000_0000_0001L);
    V128 d = new V128(0x8000_0000_0000_0000L, 0L);
    checkResult("8000000000000000 C", SimdF32F64.f64x2Min(c, d), "f64x2.min");
    checkResult("0000000000000000 C", SimdF32F64.f64x2Max(c, d), "f64x2.max");
  }

  @Test
  void comparisonsAreLaneMasksAndNanIsUnorderedExceptForNe() {
    V128 a = V128.ofInts(0x0000_0000, 0x7FC0_0000, 0x3F80_0000, 0xBF80_0000);
    V128 b = V128.ofInts(0x8000_0000, 0x7FC0_0000, 0x4000_0000, 0xC000_0000);
    assertEquals(V128.ofInts(-1, 0, 0, 0), SimdF32F64.f32x4Eq(a, b));
    assertEquals(V128.ofInts(0, -1, -1, -1), SimdF32F64.f32x4Ne(a, b));
    assertEquals(V128.ofInts(0, 0, -1, 0), SimdF32F64.f32x4Lt(a, b));
    assertEquals(V128.ofInts(0, 0, 0, -1), SimdF32F64.f32x4Gt(a, b));
    assertEquals(V128.ofInts(-1, 0, -1, 0), SimdF32F64.f32x4Le(a, b));
    assertEquals(V128.ofInts(-1, 0, 0, -1), SimdF32F64.f32x4Ge(a, b));
    V128 c = new V128(0x7FF8_0000_0000_0000L, 0x3FF0_0000_0000_0000L);
    V128 d = new V128(0x7FF8_0000_0000_0000L, 0x4000_0000_0000_0000L);
    assertEquals(new V128(0, 0), SimdF32F64.f64x2Eq(c, d));
    assertEquals(new V128(-1, -1), SimdF32F64.f64x2Ne(c, d));
    assertEquals(new V128(0, -1), SimdF32F64.f64x2Lt(c, d));
    assertEquals(new V128(0, 0), SimdF32F64.f64x2Gt(c, d));
    assertEquals(new V128(0, -1), SimdF32F64.f64x2Le(c, d));
    assertEquals(new V128(0, 0), SimdF32F64.f64x2Ge(c, d));
    assertEquals(
        new V128(-1, -1),
        SimdF32F64.f64x2Le(new V128(0L, 1L), new V128(0x8000_0000_0000_0000L, 1L)));
  }

  @Test
  void conversionsTakeTheLowLanesAndZeroTheRest() {
    V128 ints = V128.ofInts(-1, 0x8000_0000, 0x7FFF_FFFF, 0x0100_0001);
    assertEquals(
        V128.ofInts(0xBF80_0000, 0xCF00_0000, 0x4F00_0000, 0x4B80_0000),
        SimdF32F64.f32x4ConvertI32x4S(ints));
    assertEquals(
        V128.ofInts(0x4F80_0000, 0x4F00_0000, 0x4F00_0000, 0x4B80_0000),
        SimdF32F64.f32x4ConvertI32x4U(ints));
    assertEquals(V128.ofDoubles(-1.0, -2147483648.0), SimdF32F64.f64x2ConvertLowI32x4S(ints));
    assertEquals(
        V128.ofDoubles(4294967295.0, 2147483648.0), SimdF32F64.f64x2ConvertLowI32x4U(ints));
    // demote: round to nearest even, overflow to infinity, NaN quiet with its high payload bits
    checkResult(
        "7f7fffff A 00000000 00000000",
        SimdF32F64.f32x4DemoteF64x2Zero(new V128(0x47EF_FFFF_EFFF_FFFFL, 0xFFF0_2000_0000_0000L)),
        "demote");
    checkResult(
        "7f800000 C 00000000 00000000",
        SimdF32F64.f32x4DemoteF64x2Zero(new V128(0x47EF_FFFF_F000_0000L, 0x7FF8_0000_0000_0000L)),
        "demote");
    assertEquals(
        0xFFC1_0000,
        SimdF32F64.f32x4DemoteF64x2Zero(new V128(0, 0xFFF0_2000_0000_0000L)).intLane(1));
    // promote: exact; lanes 2 and 3 ignored; a signalling NaN becomes quiet
    checkResult(
        "3ff0000000000000 A",
        SimdF32F64.f64x2PromoteLowF32x4(
            V128.ofInts(0x3F80_0000, 0x7FA0_0000, 0x4000_0000, 0x4040_0000)),
        "promote");
    checkResult(
        "8000000000000000 C",
        SimdF32F64.f64x2PromoteLowF32x4(V128.ofInts(0x8000_0000, 0xFFC0_0000, -1, -1)),
        "promote");
    assertEquals(
        0x7FFC_0000_0000_0000L,
        SimdF32F64.f64x2PromoteLowF32x4(V128.ofInts(0x7FA0_0000, 0, 0, 0)).low());
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
      # f32x4.min (16 of 365 spec cases)
      f32x4.min | 7fc00000 00000000 00000000 3f800000 | 00000000 ffc00000 3f800000 00000000 | C C 00000000 00000000
      f32x4.min | 7fc00000 00000000 00000000 00000000 | 00000000 ffc00000 3f800000 00000000 | C C 00000000 00000000
      f32x4.min | 80000000 80000000 80000000 80000000 | bf800000 bf800000 bf800000 bf800000 | bf800000 bf800000 bf800000 bf800000
      f32x4.min | 00000001 00000001 00000001 00000001 | bf000000 bf000000 bf000000 bf000000 | bf000000 bf000000 bf000000 bf000000
      f32x4.min | 00800000 00800000 00800000 00800000 | 80000001 80000001 80000001 80000001 | 80000001 80000001 80000001 80000001
      f32x4.min | 80800000 80800000 80800000 80800000 | 3f000000 3f000000 3f000000 3f000000 | 80800000 80800000 80800000 80800000
      f32x4.min | 3f000000 3f000000 3f000000 3f000000 | ff7fffff ff7fffff ff7fffff ff7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.min | 3f800000 3f800000 3f800000 3f800000 | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.min | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 40c90fdb 40c90fdb 40c90fdb 40c90fdb
      f32x4.min | ff7fffff ff7fffff ff7fffff ff7fffff | 80000000 80000000 80000000 80000000 | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.min | ff7fffff ff7fffff ff7fffff ff7fffff | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.min | ffc00000 ffc00000 ffc00000 ffc00000 | 80000001 80000001 80000001 80000001 | C C C C
      f32x4.min | ffc00000 ffc00000 ffc00000 ffc00000 | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | C C C C
      f32x4.min | 7fa00000 7fa00000 7fa00000 7fa00000 | 80800000 80800000 80800000 80800000 | A A A A
      f32x4.min | ffa00000 ffa00000 ffa00000 ffa00000 | bf000000 bf000000 bf000000 bf000000 | A A A A
      f32x4.min | 00000000 00000000 80000000 00000000 | 00000000 80000000 00000000 80000000 | 00000000 80000000 80000000 80000000
      # f32x4.max (16 of 365 spec cases)
      f32x4.max | 7fc00000 00000000 00000000 3f800000 | 00000000 ffc00000 3f800000 00000000 | C C 3f800000 3f800000
      f32x4.max | 7fc00000 00000000 00000000 00000000 | 00000000 ffc00000 3f800000 00000000 | C C 3f800000 00000000
      f32x4.max | 80000000 80000000 80000000 80000000 | bf800000 bf800000 bf800000 bf800000 | 80000000 80000000 80000000 80000000
      f32x4.max | 00000001 00000001 00000001 00000001 | bf000000 bf000000 bf000000 bf000000 | 00000001 00000001 00000001 00000001
      f32x4.max | 00800000 00800000 00800000 00800000 | 80000001 80000001 80000001 80000001 | 00800000 00800000 00800000 00800000
      f32x4.max | 80800000 80800000 80800000 80800000 | 3f000000 3f000000 3f000000 3f000000 | 3f000000 3f000000 3f000000 3f000000
      f32x4.max | 3f000000 3f000000 3f000000 3f000000 | ff7fffff ff7fffff ff7fffff ff7fffff | 3f000000 3f000000 3f000000 3f000000
      f32x4.max | 3f800000 3f800000 3f800000 3f800000 | 80000000 80000000 80000000 80000000 | 3f800000 3f800000 3f800000 3f800000
      f32x4.max | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 40c90fdb 40c90fdb 40c90fdb 40c90fdb
      f32x4.max | ff7fffff ff7fffff ff7fffff ff7fffff | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.max | ff7fffff ff7fffff ff7fffff ff7fffff | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | c0c90fdb c0c90fdb c0c90fdb c0c90fdb
      f32x4.max | ffc00000 ffc00000 ffc00000 ffc00000 | 80000001 80000001 80000001 80000001 | C C C C
      f32x4.max | ffc00000 ffc00000 ffc00000 ffc00000 | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | C C C C
      f32x4.max | 7fa00000 7fa00000 7fa00000 7fa00000 | 80800000 80800000 80800000 80800000 | A A A A
      f32x4.max | ffa00000 ffa00000 ffa00000 ffa00000 | bf000000 bf000000 bf000000 bf000000 | A A A A
      f32x4.max | 00000000 00000000 80000000 00000000 | 00000000 80000000 00000000 80000000 | 00000000 00000000 00000000 00000000
      # f32x4.abs (19 of 21 spec cases)
      f32x4.abs | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.abs | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.abs | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001
      f32x4.abs | 80000001 80000001 80000001 80000001 | 00000001 00000001 00000001 00000001
      f32x4.abs | 00800000 00800000 00800000 00800000 | 00800000 00800000 00800000 00800000
      f32x4.abs | 80800000 80800000 80800000 80800000 | 00800000 00800000 00800000 00800000
      f32x4.abs | 3f000000 3f000000 3f000000 3f000000 | 3f000000 3f000000 3f000000 3f000000
      f32x4.abs | bf000000 bf000000 bf000000 bf000000 | 3f000000 3f000000 3f000000 3f000000
      f32x4.abs | 3f800000 3f800000 3f800000 3f800000 | 3f800000 3f800000 3f800000 3f800000
      f32x4.abs | bf800000 bf800000 bf800000 bf800000 | 3f800000 3f800000 3f800000 3f800000
      f32x4.abs | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 40c90fdb 40c90fdb 40c90fdb 40c90fdb
      f32x4.abs | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | 40c90fdb 40c90fdb 40c90fdb 40c90fdb
      f32x4.abs | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.abs | ff7fffff ff7fffff ff7fffff ff7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.abs | 7f800000 7f800000 7f800000 7f800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.abs | ff800000 ff800000 ff800000 ff800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.abs | 2d592fff 2d592fff 2d592fff 2d592fff | 2d592fff 2d592fff 2d592fff 2d592fff
      f32x4.abs | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b
      f32x4.abs | cceb79a3 cceb79a3 cceb79a3 cceb79a3 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3
      # f32x4.add (16 of 424 spec cases)
      f32x4.add | 00000000 00000000 00000000 00000000 | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001
      f32x4.add | 80000001 80000001 80000001 80000001 | ff7fffff ff7fffff ff7fffff ff7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.add | 00800000 00800000 00800000 00800000 | 80800000 80800000 80800000 80800000 | 00000000 00000000 00000000 00000000
      f32x4.add | 80800000 80800000 80800000 80800000 | ff7fffff ff7fffff ff7fffff ff7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.add | 3f800000 3f800000 3f800000 3f800000 | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      f32x4.add | bf800000 bf800000 bf800000 bf800000 | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 40a90fdb 40a90fdb 40a90fdb 40a90fdb
      f32x4.add | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 80800000 80800000 80800000 80800000 | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.add | ff7fffff ff7fffff ff7fffff ff7fffff | 80000001 80000001 80000001 80000001 | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.add | ff7fffff ff7fffff ff7fffff ff7fffff | 3f000000 3f000000 3f000000 3f000000 | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.add | 7fc00000 7fc00000 7fc00000 7fc00000 | 80000000 80000000 80000000 80000000 | C C C C
      f32x4.add | 7fc00000 7fc00000 7fc00000 7fc00000 | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | C C C C
      f32x4.add | 7fa00000 7fa00000 7fa00000 7fa00000 | bf800000 bf800000 bf800000 bf800000 | A A A A
      f32x4.add | bf800000 bf800000 bf800000 bf800000 | 7fa00000 7fa00000 7fa00000 7fa00000 | A A A A
      f32x4.add | 7fa00000 7fa00000 7fa00000 7fa00000 | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | A A A A
      f32x4.add | ffa00000 ffa00000 ffa00000 ffa00000 | 3f000000 3f000000 3f000000 3f000000 | A A A A
      f32x4.add | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 6591a2b4 6591a2b4 6591a2b4 6591a2b4
      # f32x4.sub (16 of 424 spec cases)
      f32x4.sub | 00000000 00000000 00000000 00000000 | 00000001 00000001 00000001 00000001 | 80000001 80000001 80000001 80000001
      f32x4.sub | 00000001 00000001 00000001 00000001 | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | 40c90fdb 40c90fdb 40c90fdb 40c90fdb
      f32x4.sub | 80000001 80000001 80000001 80000001 | ff7fffff ff7fffff ff7fffff ff7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.sub | 00800000 00800000 00800000 00800000 | 80800000 80800000 80800000 80800000 | 01000000 01000000 01000000 01000000
      f32x4.sub | 00800000 00800000 00800000 00800000 | 3f800000 3f800000 3f800000 3f800000 | bf800000 bf800000 bf800000 bf800000
      f32x4.sub | 80800000 80800000 80800000 80800000 | ff7fffff ff7fffff ff7fffff ff7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.sub | 3f800000 3f800000 3f800000 3f800000 | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      f32x4.sub | ff7fffff ff7fffff ff7fffff ff7fffff | 80000001 80000001 80000001 80000001 | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.sub | ff7fffff ff7fffff ff7fffff ff7fffff | 3f000000 3f000000 3f000000 3f000000 | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.sub | 7fc00000 7fc00000 7fc00000 7fc00000 | 80000000 80000000 80000000 80000000 | C C C C
      f32x4.sub | 7fc00000 7fc00000 7fc00000 7fc00000 | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | C C C C
      f32x4.sub | 7fa00000 7fa00000 7fa00000 7fa00000 | bf800000 bf800000 bf800000 bf800000 | A A A A
      f32x4.sub | bf800000 bf800000 bf800000 bf800000 | 7fa00000 7fa00000 7fa00000 7fa00000 | A A A A
      f32x4.sub | 7fa00000 7fa00000 7fa00000 7fa00000 | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | A A A A
      f32x4.sub | ffa00000 ffa00000 ffa00000 ffa00000 | 3f000000 3f000000 3f000000 3f000000 | A A A A
      f32x4.sub | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 00000000 00000000 00000000 00000000
      # f32x4.mul (16 of 424 spec cases)
      f32x4.mul | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.mul | 00000000 00000000 00000000 00000000 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.mul | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.mul | 00000001 00000001 00000001 00000001 | bf800000 bf800000 bf800000 bf800000 | 80000001 80000001 80000001 80000001
      f32x4.mul | 00800000 00800000 00800000 00800000 | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 407fffff 407fffff 407fffff 407fffff
      f32x4.mul | 80800000 80800000 80800000 80800000 | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.mul | 80800000 80800000 80800000 80800000 | ff800000 ff800000 ff800000 ff800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.mul | bf000000 bf000000 bf000000 bf000000 | 00800000 00800000 00800000 00800000 | 80400000 80400000 80400000 80400000
      f32x4.mul | 3f800000 3f800000 3f800000 3f800000 | bf000000 bf000000 bf000000 bf000000 | bf000000 bf000000 bf000000 bf000000
      f32x4.mul | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.mul | 80000001 80000001 80000001 80000001 | 7fc00000 7fc00000 7fc00000 7fc00000 | C C C C
      f32x4.mul | ffc00000 ffc00000 ffc00000 ffc00000 | 80000001 80000001 80000001 80000001 | C C C C
      f32x4.mul | bf800000 bf800000 bf800000 bf800000 | ffc00000 ffc00000 ffc00000 ffc00000 | C C C C
      f32x4.mul | ffc00000 ffc00000 ffc00000 ffc00000 | ff7fffff ff7fffff ff7fffff ff7fffff | C C C C
      f32x4.mul | ff800000 ff800000 ff800000 ff800000 | ffc00000 ffc00000 ffc00000 ffc00000 | C C C C
      f32x4.mul | ffa00000 ffa00000 ffa00000 ffa00000 | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | A A A A
      # f32x4.div (16 of 424 spec cases)
      f32x4.div | 00000000 00000000 00000000 00000000 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.div | 00000000 00000000 00000000 00000000 | 00800000 00800000 00800000 00800000 | 00000000 00000000 00000000 00000000
      f32x4.div | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      f32x4.div | 00800000 00800000 00800000 00800000 | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 00000000 00000000 00000000 00000000
      f32x4.div | 80800000 80800000 80800000 80800000 | 80000000 80000000 80000000 80000000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.div | 80800000 80800000 80800000 80800000 | ff800000 ff800000 ff800000 ff800000 | 00000000 00000000 00000000 00000000
      f32x4.div | 3f000000 3f000000 3f000000 3f000000 | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 00100000 00100000 00100000 00100000
      f32x4.div | bf000000 bf000000 bf000000 bf000000 | 00800000 00800000 00800000 00800000 | fe000000 fe000000 fe000000 fe000000
      f32x4.div | 3f800000 3f800000 3f800000 3f800000 | bf000000 bf000000 bf000000 bf000000 | c0000000 c0000000 c0000000 c0000000
      f32x4.div | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 00000000 00000000 00000000 00000000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.div | 80000001 80000001 80000001 80000001 | 7fc00000 7fc00000 7fc00000 7fc00000 | C C C C
      f32x4.div | ffc00000 ffc00000 ffc00000 ffc00000 | 80000001 80000001 80000001 80000001 | C C C C
      f32x4.div | bf800000 bf800000 bf800000 bf800000 | ffc00000 ffc00000 ffc00000 ffc00000 | C C C C
      f32x4.div | ffc00000 ffc00000 ffc00000 ffc00000 | ff7fffff ff7fffff ff7fffff ff7fffff | C C C C
      f32x4.div | ff800000 ff800000 ff800000 ff800000 | ffc00000 ffc00000 ffc00000 ffc00000 | C C C C
      f32x4.div | ffa00000 ffa00000 ffa00000 ffa00000 | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | A A A A
      # f32x4.sqrt (20 of 44 spec cases)
      f32x4.sqrt | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.sqrt | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.sqrt | 00000001 00000001 00000001 00000001 | 1a3504f3 1a3504f3 1a3504f3 1a3504f3
      f32x4.sqrt | 80000001 80000001 80000001 80000001 | C C C C
      f32x4.sqrt | 00800000 00800000 00800000 00800000 | 20000000 20000000 20000000 20000000
      f32x4.sqrt | bf000000 bf000000 bf000000 bf000000 | C C C C
      f32x4.sqrt | 3f800000 3f800000 3f800000 3f800000 | 3f800000 3f800000 3f800000 3f800000
      f32x4.sqrt | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 40206c99 40206c99 40206c99 40206c99
      f32x4.sqrt | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 5f7fffff 5f7fffff 5f7fffff 5f7fffff
      f32x4.sqrt | 7f800000 7f800000 7f800000 7f800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.sqrt | ff800000 ff800000 ff800000 ff800000 | C C C C
      f32x4.sqrt | 7fc00000 7fc00000 7fc00000 7fc00000 | C C C C
      f32x4.sqrt | ffc00000 ffc00000 ffc00000 ffc00000 | C C C C
      f32x4.sqrt | 7fa00000 7fa00000 7fa00000 7fa00000 | A A A A
      f32x4.sqrt | ffa00000 ffa00000 ffa00000 ffa00000 | A A A A
      f32x4.sqrt | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 55ffa6ae 55ffa6ae 55ffa6ae 55ffa6ae
      f32x4.sqrt | 2d592fff 2d592fff 2d592fff 2d592fff | 366bcbe8 366bcbe8 366bcbe8 366bcbe8
      f32x4.sqrt | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | 462d9c72 462d9c72 462d9c72 462d9c72
      f32x4.sqrt | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 52411659 52411659 52411659 52411659
      f32x4.sqrt | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 48c11659 48c11659 48c11659 48c11659
      # f32x4.neg (20 of 44 spec cases)
      f32x4.neg | 00000000 00000000 00000000 00000000 | 80000000 80000000 80000000 80000000
      f32x4.neg | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.neg | 00000001 00000001 00000001 00000001 | 80000001 80000001 80000001 80000001
      f32x4.neg | 80000001 80000001 80000001 80000001 | 00000001 00000001 00000001 00000001
      f32x4.neg | bf000000 bf000000 bf000000 bf000000 | 3f000000 3f000000 3f000000 3f000000
      f32x4.neg | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | 40c90fdb 40c90fdb 40c90fdb 40c90fdb
      f32x4.neg | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.neg | ff7fffff ff7fffff ff7fffff ff7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.neg | 7f800000 7f800000 7f800000 7f800000 | ff800000 ff800000 ff800000 ff800000
      f32x4.neg | ff800000 ff800000 ff800000 ff800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.neg | 7fc00000 7fc00000 7fc00000 7fc00000 | ffc00000 ffc00000 ffc00000 ffc00000
      f32x4.neg | ffc00000 ffc00000 ffc00000 ffc00000 | 7fc00000 7fc00000 7fc00000 7fc00000
      f32x4.neg | 7fa00000 7fa00000 7fa00000 7fa00000 | ffa00000 ffa00000 ffa00000 ffa00000
      f32x4.neg | ffa00000 ffa00000 ffa00000 ffa00000 | 7fa00000 7fa00000 7fa00000 7fa00000
      f32x4.neg | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | cceb79a3 cceb79a3 cceb79a3 cceb79a3
      f32x4.neg | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | ec7f4d7b ec7f4d7b ec7f4d7b ec7f4d7b
      f32x4.neg | 2d592fff 2d592fff 2d592fff 2d592fff | ad592fff ad592fff ad592fff ad592fff
      f32x4.neg | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | e511a2b4 e511a2b4 e511a2b4 e511a2b4
      f32x4.neg | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4 | db91a2b4 db91a2b4 db91a2b4 db91a2b4
      f32x4.neg | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | d211a2b4 d211a2b4 d211a2b4 d211a2b4
      # f32x4.eq (16 of 428 spec cases)
      f32x4.eq | 7fc00000 7fc00000 7fc00000 7fc00000 | ffa00000 ffa00000 ffa00000 ffa00000 | 00000000 00000000 00000000 00000000
      f32x4.eq | ff800000 ff800000 ff800000 ff800000 | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.eq | 80000000 80000000 80000000 80000000 | 00800000 00800000 00800000 00800000 | 00000000 00000000 00000000 00000000
      f32x4.eq | bf000000 bf000000 bf000000 bf000000 | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.eq | 80800000 80800000 80800000 80800000 | ff800000 ff800000 ff800000 ff800000 | 00000000 00000000 00000000 00000000
      f32x4.eq | 80800000 80800000 80800000 80800000 | bf800000 bf800000 bf800000 bf800000 | 00000000 00000000 00000000 00000000
      f32x4.eq | 3f000000 3f000000 3f000000 3f000000 | 3f800000 3f800000 3f800000 3f800000 | 00000000 00000000 00000000 00000000
      f32x4.eq | 7fa00000 7fa00000 7fa00000 7fa00000 | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | 00000000 00000000 00000000 00000000
      f32x4.eq | 00000000 00000000 00000000 00000000 | ff800000 ff800000 ff800000 ff800000 | 00000000 00000000 00000000 00000000
      f32x4.eq | 00000000 00000000 00000000 00000000 | bf800000 bf800000 bf800000 bf800000 | 00000000 00000000 00000000 00000000
      f32x4.eq | 00000000 00000000 00000000 00000000 | 00800000 00800000 00800000 00800000 | 00000000 00000000 00000000 00000000
      f32x4.eq | 7f800000 7f800000 7f800000 7f800000 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.eq | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | ffffffff ffffffff ffffffff ffffffff
      f32x4.eq | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 01010101 02020202 | 00000000 ffffffff 00000000 00000000
      f32x4.eq | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 00010001 00020002 | 00000000 ffffffff 00000000 00000000
      f32x4.eq | bf800000 00000000 3f800000 40000000 | bf800000 00000000 00000001 00000002 | ffffffff ffffffff 00000000 00000000
      # f32x4.ne (16 of 428 spec cases)
      f32x4.ne | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.ne | ff800000 ff800000 ff800000 ff800000 | ff800000 ff800000 ff800000 ff800000 | 00000000 00000000 00000000 00000000
      f32x4.ne | ff800000 ff800000 ff800000 ff800000 | 80000001 80000001 80000001 80000001 | ffffffff ffffffff ffffffff ffffffff
      f32x4.ne | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.ne | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.ne | 80000001 80000001 80000001 80000001 | 80000001 80000001 80000001 80000001 | 00000000 00000000 00000000 00000000
      f32x4.ne | 00000000 00000000 00000000 00000000 | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.ne | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.ne | 7f800000 7f800000 7f800000 7f800000 | ffa00000 ffa00000 ffa00000 ffa00000 | ffffffff ffffffff ffffffff ffffffff
      f32x4.ne | 7f800000 7f800000 7f800000 7f800000 | 7f800000 7f800000 7f800000 7f800000 | 00000000 00000000 00000000 00000000
      f32x4.ne | bf800000 bf800000 bf800000 bf800000 | bf800000 bf800000 bf800000 bf800000 | 00000000 00000000 00000000 00000000
      f32x4.ne | 2d592fff 2d592fff 2d592fff 2d592fff | 2d592fff 2d592fff 2d592fff 2d592fff | 00000000 00000000 00000000 00000000
      f32x4.ne | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | ffffffff ffffffff ffffffff ffffffff
      f32x4.ne | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 01010101 02020202 | ffffffff 00000000 ffffffff ffffffff
      f32x4.ne | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 00010001 00020002 | ffffffff 00000000 ffffffff ffffffff
      f32x4.ne | bf800000 00000000 3f800000 40000000 | bf800000 00000000 00000001 00000002 | 00000000 00000000 ffffffff ffffffff
      # f32x4.lt (16 of 428 spec cases)
      f32x4.lt | 7fc00000 7fc00000 7fc00000 7fc00000 | bf000000 bf000000 bf000000 bf000000 | 00000000 00000000 00000000 00000000
      f32x4.lt | 00000001 00000001 00000001 00000001 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.lt | 00000001 00000001 00000001 00000001 | bf000000 bf000000 bf000000 bf000000 | 00000000 00000000 00000000 00000000
      f32x4.lt | ff800000 ff800000 ff800000 ff800000 | ff800000 ff800000 ff800000 ff800000 | 00000000 00000000 00000000 00000000
      f32x4.lt | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 00800000 00800000 00800000 00800000 | 00000000 00000000 00000000 00000000
      f32x4.lt | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 7fa00000 7fa00000 7fa00000 7fa00000 | 00000000 00000000 00000000 00000000
      f32x4.lt | 80000001 80000001 80000001 80000001 | 7f800000 7f800000 7f800000 7f800000 | ffffffff ffffffff ffffffff ffffffff
      f32x4.lt | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000
      f32x4.lt | 00000000 00000000 00000000 00000000 | ffa00000 ffa00000 ffa00000 ffa00000 | 00000000 00000000 00000000 00000000
      f32x4.lt | 00000000 00000000 00000000 00000000 | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000
      f32x4.lt | 00800000 00800000 00800000 00800000 | ff800000 ff800000 ff800000 ff800000 | 00000000 00000000 00000000 00000000
      f32x4.lt | 00800000 00800000 00800000 00800000 | 80000001 80000001 80000001 80000001 | 00000000 00000000 00000000 00000000
      f32x4.lt | 00800000 00800000 00800000 00800000 | bf800000 bf800000 bf800000 bf800000 | 00000000 00000000 00000000 00000000
      f32x4.lt | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 01010101 02020202 | 00000000 00000000 00000000 00000000
      f32x4.lt | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 00010001 00020002 | 00000000 00000000 00000000 00000000
      f32x4.lt | bf800000 00000000 3f800000 40000000 | bf800000 00000000 00000001 00000002 | 00000000 00000000 00000000 00000000
      # f32x4.le (16 of 428 spec cases)
      f32x4.le | 00000001 00000001 00000001 00000001 | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.le | 00000001 00000001 00000001 00000001 | bf800000 bf800000 bf800000 bf800000 | 00000000 00000000 00000000 00000000
      f32x4.le | 80000000 80000000 80000000 80000000 | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000
      f32x4.le | 80000000 80000000 80000000 80000000 | 80000001 80000001 80000001 80000001 | 00000000 00000000 00000000 00000000
      f32x4.le | bf000000 bf000000 bf000000 bf000000 | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000
      f32x4.le | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 80000001 80000001 80000001 80000001 | 00000000 00000000 00000000 00000000
      f32x4.le | ffc00000 ffc00000 ffc00000 ffc00000 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.le | 3f000000 3f000000 3f000000 3f000000 | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.le | 00000000 00000000 00000000 00000000 | 3f000000 3f000000 3f000000 3f000000 | ffffffff ffffffff ffffffff ffffffff
      f32x4.le | 7f800000 7f800000 7f800000 7f800000 | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000
      f32x4.le | 00800000 00800000 00800000 00800000 | bf000000 bf000000 bf000000 bf000000 | 00000000 00000000 00000000 00000000
      f32x4.le | 00800000 00800000 00800000 00800000 | 00800000 00800000 00800000 00800000 | ffffffff ffffffff ffffffff ffffffff
      f32x4.le | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 2d592fff 2d592fff 2d592fff 2d592fff | 00000000 00000000 00000000 00000000
      f32x4.le | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 01010101 02020202 | 00000000 ffffffff 00000000 00000000
      f32x4.le | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 00010001 00020002 | 00000000 ffffffff 00000000 00000000
      f32x4.le | bf800000 00000000 3f800000 40000000 | bf800000 00000000 00000001 00000002 | ffffffff ffffffff 00000000 00000000
      # f32x4.gt (16 of 428 spec cases)
      f32x4.gt | ff800000 ff800000 ff800000 ff800000 | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000
      f32x4.gt | ff800000 ff800000 ff800000 ff800000 | 80000001 80000001 80000001 80000001 | 00000000 00000000 00000000 00000000
      f32x4.gt | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 7f800000 7f800000 7f800000 7f800000 | 00000000 00000000 00000000 00000000
      f32x4.gt | 80000000 80000000 80000000 80000000 | ff800000 ff800000 ff800000 ff800000 | ffffffff ffffffff ffffffff ffffffff
      f32x4.gt | 80000000 80000000 80000000 80000000 | 40c90fdb 40c90fdb 40c90fdb 40c90fdb | 00000000 00000000 00000000 00000000
      f32x4.gt | bf000000 bf000000 bf000000 bf000000 | 80000000 80000000 80000000 80000000 | 00000000 00000000 00000000 00000000
      f32x4.gt | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.gt | 00000000 00000000 00000000 00000000 | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 00000000 00000000 00000000 00000000
      f32x4.gt | bf800000 bf800000 bf800000 bf800000 | bf800000 bf800000 bf800000 bf800000 | 00000000 00000000 00000000 00000000
      f32x4.gt | bf800000 bf800000 bf800000 bf800000 | 00800000 00800000 00800000 00800000 | 00000000 00000000 00000000 00000000
      f32x4.gt | 00800000 00800000 00800000 00800000 | 00000001 00000001 00000001 00000001 | ffffffff ffffffff ffffffff ffffffff
      f32x4.gt | 00800000 00800000 00800000 00800000 | 00000000 00000000 00000000 00000000 | ffffffff ffffffff ffffffff ffffffff
      f32x4.gt | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 00000000 00000000 00000000 00000000
      f32x4.gt | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 01010101 02020202 | 00000000 00000000 ffffffff ffffffff
      f32x4.gt | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 00010001 00020002 | 00000000 00000000 ffffffff ffffffff
      f32x4.gt | bf800000 00000000 3f800000 40000000 | bf800000 00000000 00000001 00000002 | 00000000 00000000 ffffffff ffffffff
      # f32x4.ge (16 of 428 spec cases)
      f32x4.ge | 00000001 00000001 00000001 00000001 | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 00000000 00000000 00000000 00000000
      f32x4.ge | ff800000 ff800000 ff800000 ff800000 | 3f800000 3f800000 3f800000 3f800000 | 00000000 00000000 00000000 00000000
      f32x4.ge | ff7fffff ff7fffff ff7fffff ff7fffff | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.ge | ff7fffff ff7fffff ff7fffff ff7fffff | bf800000 bf800000 bf800000 bf800000 | 00000000 00000000 00000000 00000000
      f32x4.ge | 80000000 80000000 80000000 80000000 | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 00000000 00000000 00000000 00000000
      f32x4.ge | bf000000 bf000000 bf000000 bf000000 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.ge | ffc00000 ffc00000 ffc00000 ffc00000 | 7fc00000 7fc00000 7fc00000 7fc00000 | 00000000 00000000 00000000 00000000
      f32x4.ge | 80800000 80800000 80800000 80800000 | 80000001 80000001 80000001 80000001 | 00000000 00000000 00000000 00000000
      f32x4.ge | 00000000 00000000 00000000 00000000 | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.ge | 7f800000 7f800000 7f800000 7f800000 | ff7fffff ff7fffff ff7fffff ff7fffff | ffffffff ffffffff ffffffff ffffffff
      f32x4.ge | bf800000 bf800000 bf800000 bf800000 | 00800000 00800000 00800000 00800000 | 00000000 00000000 00000000 00000000
      f32x4.ge | 00800000 00800000 00800000 00800000 | 00800000 00800000 00800000 00800000 | ffffffff ffffffff ffffffff ffffffff
      f32x4.ge | 2d592fff 2d592fff 2d592fff 2d592fff | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 00000000 00000000 00000000 00000000
      f32x4.ge | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 01010101 02020202 | 00000000 ffffffff ffffffff ffffffff
      f32x4.ge | bf800000 00000000 3f800000 40000000 | ffffffff 00000000 00010001 00020002 | 00000000 ffffffff ffffffff ffffffff
      f32x4.ge | bf800000 00000000 3f800000 40000000 | bf800000 00000000 00000001 00000002 | ffffffff ffffffff ffffffff ffffffff
      # f32x4.pmin (16 of 1936 spec cases)
      f32x4.pmin | 00000000 00000000 00000000 00000000 | 80000001 80000001 80000001 80000001 | 80000001 80000001 80000001 80000001
      f32x4.pmin | 00000000 00000000 00000000 00000000 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 00000000 00000000 00000000 00000000
      f32x4.pmin | 80000000 80000000 80000000 80000000 | 00800000 00800000 00800000 00800000 | 80000000 80000000 80000000 80000000
      f32x4.pmin | 00000001 00000001 00000001 00000001 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | 00000001 00000001 00000001 00000001
      f32x4.pmin | 80800000 80800000 80800000 80800000 | 3f000000 3f000000 3f000000 3f000000 | 80800000 80800000 80800000 80800000
      f32x4.pmin | bf000000 bf000000 bf000000 bf000000 | bf800000 bf800000 bf800000 bf800000 | bf800000 bf800000 bf800000 bf800000
      f32x4.pmin | ff800000 ff800000 ff800000 ff800000 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | ff800000 ff800000 ff800000 ff800000
      f32x4.pmin | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b
      f32x4.pmin | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | c0c90fdb c0c90fdb c0c90fdb c0c90fdb
      f32x4.pmin | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.pmin | 7fc00000 7fc00000 7fc00000 7fc00000 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 7fc00000 7fc00000 7fc00000 7fc00000
      f32x4.pmin | ffc00000 ffc00000 ffc00000 ffc00000 | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | ffc00000 ffc00000 ffc00000 ffc00000
      f32x4.pmin | ffc00000 ffc00000 ffc00000 ffc00000 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | ffc00000 ffc00000 ffc00000 ffc00000
      f32x4.pmin | ffa00000 ffa00000 ffa00000 ffa00000 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | ffa00000 ffa00000 ffa00000 ffa00000
      f32x4.pmin | 00800000 00800000 00800000 00800000 | ffc00000 ffc00000 ffc00000 ffc00000 | 00800000 00800000 00800000 00800000
      f32x4.pmin | 80800000 80800000 80800000 80800000 | ffa00000 ffa00000 ffa00000 ffa00000 | 80800000 80800000 80800000 80800000
      # f32x4.pmax (16 of 1936 spec cases)
      f32x4.pmax | 00000000 00000000 00000000 00000000 | 80000001 80000001 80000001 80000001 | 00000000 00000000 00000000 00000000
      f32x4.pmax | 00000000 00000000 00000000 00000000 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4
      f32x4.pmax | 80000000 80000000 80000000 80000000 | 00800000 00800000 00800000 00800000 | 00800000 00800000 00800000 00800000
      f32x4.pmax | 00000001 00000001 00000001 00000001 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3
      f32x4.pmax | 80800000 80800000 80800000 80800000 | 3f000000 3f000000 3f000000 3f000000 | 3f000000 3f000000 3f000000 3f000000
      f32x4.pmax | bf000000 bf000000 bf000000 bf000000 | bf800000 bf800000 bf800000 bf800000 | bf000000 bf000000 bf000000 bf000000
      f32x4.pmax | ff800000 ff800000 ff800000 ff800000 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4
      f32x4.pmax | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b
      f32x4.pmax | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b
      f32x4.pmax | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 80000000 80000000 80000000 80000000 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4
      f32x4.pmax | 7fc00000 7fc00000 7fc00000 7fc00000 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 7fc00000 7fc00000 7fc00000 7fc00000
      f32x4.pmax | ffc00000 ffc00000 ffc00000 ffc00000 | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | ffc00000 ffc00000 ffc00000 ffc00000
      f32x4.pmax | ffc00000 ffc00000 ffc00000 ffc00000 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | ffc00000 ffc00000 ffc00000 ffc00000
      f32x4.pmax | ffa00000 ffa00000 ffa00000 ffa00000 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | ffa00000 ffa00000 ffa00000 ffa00000
      f32x4.pmax | 00800000 00800000 00800000 00800000 | ffc00000 ffc00000 ffc00000 ffc00000 | 00800000 00800000 00800000 00800000
      f32x4.pmax | 80800000 80800000 80800000 80800000 | ffa00000 ffa00000 ffa00000 ffa00000 | 80800000 80800000 80800000 80800000
      # f32x4.ceil (20 of 44 spec cases)
      f32x4.ceil | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.ceil | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.ceil | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      f32x4.ceil | 80000001 80000001 80000001 80000001 | 80000000 80000000 80000000 80000000
      f32x4.ceil | bf000000 bf000000 bf000000 bf000000 | 80000000 80000000 80000000 80000000
      f32x4.ceil | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | c0c00000 c0c00000 c0c00000 c0c00000
      f32x4.ceil | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.ceil | ff7fffff ff7fffff ff7fffff ff7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.ceil | 7f800000 7f800000 7f800000 7f800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.ceil | ff800000 ff800000 ff800000 ff800000 | ff800000 ff800000 ff800000 ff800000
      f32x4.ceil | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3
      f32x4.ceil | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b
      f32x4.ceil | 2d592fff 2d592fff 2d592fff 2d592fff | 3f800000 3f800000 3f800000 3f800000
      f32x4.ceil | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4
      f32x4.ceil | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4 | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4
      f32x4.ceil | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4
      f32x4.ceil | 7fc00000 7fc00000 7fc00000 7fc00000 | C C C C
      f32x4.ceil | ffc00000 ffc00000 ffc00000 ffc00000 | C C C C
      f32x4.ceil | 7fa00000 7fa00000 7fa00000 7fa00000 | A A A A
      f32x4.ceil | ffa00000 ffa00000 ffa00000 ffa00000 | A A A A
      # f32x4.floor (20 of 44 spec cases)
      f32x4.floor | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.floor | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.floor | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.floor | 80000001 80000001 80000001 80000001 | bf800000 bf800000 bf800000 bf800000
      f32x4.floor | bf000000 bf000000 bf000000 bf000000 | bf800000 bf800000 bf800000 bf800000
      f32x4.floor | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | c0e00000 c0e00000 c0e00000 c0e00000
      f32x4.floor | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.floor | ff7fffff ff7fffff ff7fffff ff7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.floor | 7f800000 7f800000 7f800000 7f800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.floor | ff800000 ff800000 ff800000 ff800000 | ff800000 ff800000 ff800000 ff800000
      f32x4.floor | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3
      f32x4.floor | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b
      f32x4.floor | 2d592fff 2d592fff 2d592fff 2d592fff | 00000000 00000000 00000000 00000000
      f32x4.floor | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4
      f32x4.floor | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4 | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4
      f32x4.floor | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4
      f32x4.floor | 7fc00000 7fc00000 7fc00000 7fc00000 | C C C C
      f32x4.floor | ffc00000 ffc00000 ffc00000 ffc00000 | C C C C
      f32x4.floor | 7fa00000 7fa00000 7fa00000 7fa00000 | A A A A
      f32x4.floor | ffa00000 ffa00000 ffa00000 ffa00000 | A A A A
      # f32x4.trunc (20 of 44 spec cases)
      f32x4.trunc | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.trunc | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.trunc | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.trunc | 80000001 80000001 80000001 80000001 | 80000000 80000000 80000000 80000000
      f32x4.trunc | bf000000 bf000000 bf000000 bf000000 | 80000000 80000000 80000000 80000000
      f32x4.trunc | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | c0c00000 c0c00000 c0c00000 c0c00000
      f32x4.trunc | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.trunc | ff7fffff ff7fffff ff7fffff ff7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.trunc | 7f800000 7f800000 7f800000 7f800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.trunc | ff800000 ff800000 ff800000 ff800000 | ff800000 ff800000 ff800000 ff800000
      f32x4.trunc | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3
      f32x4.trunc | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b
      f32x4.trunc | 2d592fff 2d592fff 2d592fff 2d592fff | 00000000 00000000 00000000 00000000
      f32x4.trunc | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4
      f32x4.trunc | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4 | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4
      f32x4.trunc | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4
      f32x4.trunc | 7fc00000 7fc00000 7fc00000 7fc00000 | C C C C
      f32x4.trunc | ffc00000 ffc00000 ffc00000 ffc00000 | C C C C
      f32x4.trunc | 7fa00000 7fa00000 7fa00000 7fa00000 | A A A A
      f32x4.trunc | ffa00000 ffa00000 ffa00000 ffa00000 | A A A A
      # f32x4.nearest (20 of 44 spec cases)
      f32x4.nearest | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.nearest | 80000000 80000000 80000000 80000000 | 80000000 80000000 80000000 80000000
      f32x4.nearest | 00000001 00000001 00000001 00000001 | 00000000 00000000 00000000 00000000
      f32x4.nearest | 80000001 80000001 80000001 80000001 | 80000000 80000000 80000000 80000000
      f32x4.nearest | bf000000 bf000000 bf000000 bf000000 | 80000000 80000000 80000000 80000000
      f32x4.nearest | c0c90fdb c0c90fdb c0c90fdb c0c90fdb | c0c00000 c0c00000 c0c00000 c0c00000
      f32x4.nearest | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.nearest | ff7fffff ff7fffff ff7fffff ff7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.nearest | 7f800000 7f800000 7f800000 7f800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.nearest | ff800000 ff800000 ff800000 ff800000 | ff800000 ff800000 ff800000 ff800000
      f32x4.nearest | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3
      f32x4.nearest | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b
      f32x4.nearest | 2d592fff 2d592fff 2d592fff 2d592fff | 00000000 00000000 00000000 00000000
      f32x4.nearest | 6511a2b4 6511a2b4 6511a2b4 6511a2b4 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4
      f32x4.nearest | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4 | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4
      f32x4.nearest | 5211a2b4 5211a2b4 5211a2b4 5211a2b4 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4
      f32x4.nearest | 7fc00000 7fc00000 7fc00000 7fc00000 | C C C C
      f32x4.nearest | ffc00000 ffc00000 ffc00000 ffc00000 | C C C C
      f32x4.nearest | 7fa00000 7fa00000 7fa00000 7fa00000 | A A A A
      f32x4.nearest | ffa00000 ffa00000 ffa00000 ffa00000 | A A A A
      """;

  /** Spec-script cases: f64x2 arithmetic, comparisons, min/max and rounding. */
  private static final String F64X2_CASES =
      """
      # f64x2.min (16 of 367 spec cases)
      f64x2.min | 7ff8000000000000 0000000000000000 | 0000000000000000 3ff0000000000000 | C 0000000000000000
      f64x2.min | 0000000000000000 3ff0000000000000 | fff8000000000000 0000000000000000 | C 0000000000000000
      f64x2.min | 0000000000000000 3ff0000000000000 | fff8000000000000 3ff0000000000000 | C 3ff0000000000000
      f64x2.min | 0000000000000000 0000000000000000 | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.min | 0000000000000001 0000000000000001 | 401921fb54442d18 401921fb54442d18 | 0000000000000001 0000000000000001
      f64x2.min | 8010000000000000 8010000000000000 | bfe0000000000000 bfe0000000000000 | bfe0000000000000 bfe0000000000000
      f64x2.min | 8010000000000000 8010000000000000 | 7fefffffffffffff 7fefffffffffffff | 8010000000000000 8010000000000000
      f64x2.min | bff0000000000000 bff0000000000000 | fff0000000000000 fff0000000000000 | fff0000000000000 fff0000000000000
      f64x2.min | 401921fb54442d18 401921fb54442d18 | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.min | 7ff0000000000000 7ff0000000000000 | 0010000000000000 0010000000000000 | 0010000000000000 0010000000000000
      f64x2.min | 7ff8000000000000 7ff8000000000000 | bff0000000000000 bff0000000000000 | C C
      f64x2.min | 7ff8000000000000 7ff8000000000000 | 7ff4000000000000 7ff4000000000000 | A A
      f64x2.min | 7ff4000000000000 7ff4000000000000 | 0010000000000000 0010000000000000 | A A
      f64x2.min | 4b9423cbcbaabc8a 4b9423cbcbaabc8a | 4b9423cbcbaabc8a 4b9423cbcbaabc8a | 4b9423cbcbaabc8a 4b9423cbcbaabc8a
      f64x2.min | 0000000000000000 0000000000000000 | 0000000000000000 8000000000000000 | 0000000000000000 8000000000000000
      f64x2.min | 8000000000000000 0000000000000000 | 0000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      # f64x2.max (16 of 367 spec cases)
      f64x2.max | 7ff8000000000000 0000000000000000 | 0000000000000000 3ff0000000000000 | C 3ff0000000000000
      f64x2.max | 0000000000000000 3ff0000000000000 | fff8000000000000 0000000000000000 | C 3ff0000000000000
      f64x2.max | 0000000000000000 3ff0000000000000 | fff8000000000000 3ff0000000000000 | C 3ff0000000000000
      f64x2.max | 0000000000000000 0000000000000000 | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.max | 0000000000000001 0000000000000001 | 401921fb54442d18 401921fb54442d18 | 401921fb54442d18 401921fb54442d18
      f64x2.max | 8010000000000000 8010000000000000 | bfe0000000000000 bfe0000000000000 | 8010000000000000 8010000000000000
      f64x2.max | 8010000000000000 8010000000000000 | 7fefffffffffffff 7fefffffffffffff | 7fefffffffffffff 7fefffffffffffff
      f64x2.max | bff0000000000000 bff0000000000000 | fff0000000000000 fff0000000000000 | bff0000000000000 bff0000000000000
      f64x2.max | 401921fb54442d18 401921fb54442d18 | 8000000000000000 8000000000000000 | 401921fb54442d18 401921fb54442d18
      f64x2.max | 7ff0000000000000 7ff0000000000000 | 0010000000000000 0010000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.max | 7ff8000000000000 7ff8000000000000 | bff0000000000000 bff0000000000000 | C C
      f64x2.max | 7ff8000000000000 7ff8000000000000 | 7ff4000000000000 7ff4000000000000 | A A
      f64x2.max | 7ff4000000000000 7ff4000000000000 | 0010000000000000 0010000000000000 | A A
      f64x2.max | 4b9423cbcbaabc8a 4b9423cbcbaabc8a | 4b9423cbcbaabc8a 4b9423cbcbaabc8a | 4b9423cbcbaabc8a 4b9423cbcbaabc8a
      f64x2.max | 0000000000000000 0000000000000000 | 0000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.max | 8000000000000000 0000000000000000 | 0000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      # f64x2.abs (20 of 21 spec cases)
      f64x2.abs | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.abs | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.abs | 0000000000000001 0000000000000001 | 0000000000000001 0000000000000001
      f64x2.abs | 8000000000000001 8000000000000001 | 0000000000000001 0000000000000001
      f64x2.abs | 0010000000000000 0010000000000000 | 0010000000000000 0010000000000000
      f64x2.abs | 8010000000000000 8010000000000000 | 0010000000000000 0010000000000000
      f64x2.abs | 3fe0000000000000 3fe0000000000000 | 3fe0000000000000 3fe0000000000000
      f64x2.abs | bfe0000000000000 bfe0000000000000 | 3fe0000000000000 3fe0000000000000
      f64x2.abs | 3ff0000000000000 3ff0000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.abs | bff0000000000000 bff0000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.abs | 401921fb54442d18 401921fb54442d18 | 401921fb54442d18 401921fb54442d18
      f64x2.abs | c01921fb54442d18 c01921fb54442d18 | 401921fb54442d18 401921fb54442d18
      f64x2.abs | 7fefffffffffffff 7fefffffffffffff | 7fefffffffffffff 7fefffffffffffff
      f64x2.abs | ffefffffffffffff ffefffffffffffff | 7fefffffffffffff 7fefffffffffffff
      f64x2.abs | 7ff0000000000000 7ff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.abs | fff0000000000000 fff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.abs | 4b9423cbcbaabc8a 4b9423cbcbaabc8a | 4b9423cbcbaabc8a 4b9423cbcbaabc8a
      f64x2.abs | 3bcd2681472afffa 3bcd2681472afffa | 3bcd2681472afffa 3bcd2681472afffa
      f64x2.abs | 49814ccb8c148fbd 49814ccb8c148fbd | 49814ccb8c148fbd 49814ccb8c148fbd
      f64x2.abs | c3b12210f47de981 c3b12210f47de981 | 43b12210f47de981 43b12210f47de981
      # f64x2.add (16 of 424 spec cases)
      f64x2.add | 0000000000000000 0000000000000000 | 0010000000000000 0010000000000000 | 0010000000000000 0010000000000000
      f64x2.add | 0010000000000000 0010000000000000 | ffefffffffffffff ffefffffffffffff | ffefffffffffffff ffefffffffffffff
      f64x2.add | 8010000000000000 8010000000000000 | 0000000000000001 0000000000000001 | 800fffffffffffff 800fffffffffffff
      f64x2.add | 3fe0000000000000 3fe0000000000000 | bfe0000000000000 bfe0000000000000 | 0000000000000000 0000000000000000
      f64x2.add | bfe0000000000000 bfe0000000000000 | 0000000000000001 0000000000000001 | bfe0000000000000 bfe0000000000000
      f64x2.add | 401921fb54442d18 401921fb54442d18 | 0010000000000000 0010000000000000 | 401921fb54442d18 401921fb54442d18
      f64x2.add | c01921fb54442d18 c01921fb54442d18 | 7fefffffffffffff 7fefffffffffffff | 7fefffffffffffff 7fefffffffffffff
      f64x2.add | 0000000000000001 0000000000000001 | bfe0000000000000 bfe0000000000000 | bfe0000000000000 bfe0000000000000
      f64x2.add | 0000000000000001 0000000000000001 | 8010000000000000 8010000000000000 | 800fffffffffffff 800fffffffffffff
      f64x2.add | 0000000000000001 0000000000000001 | 3ff0000000000000 3ff0000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.add | 7ff8000000000000 7ff8000000000000 | 8000000000000000 8000000000000000 | C C
      f64x2.add | 7ff8000000000000 7ff8000000000000 | ffefffffffffffff ffefffffffffffff | C C
      f64x2.add | 7ff4000000000000 7ff4000000000000 | c01921fb54442d18 c01921fb54442d18 | A A
      f64x2.add | c01921fb54442d18 c01921fb54442d18 | 7ff4000000000000 7ff4000000000000 | A A
      f64x2.add | 7ff4000000000000 7ff4000000000000 | 7fefffffffffffff 7fefffffffffffff | A A
      f64x2.add | fff4000000000000 fff4000000000000 | 3ff0000000000000 3ff0000000000000 | A A
      # f64x2.sub (16 of 424 spec cases)
      f64x2.sub | 0000000000000000 0000000000000000 | 0010000000000000 0010000000000000 | 8010000000000000 8010000000000000
      f64x2.sub | 8010000000000000 8010000000000000 | 0000000000000001 0000000000000001 | 8010000000000001 8010000000000001
      f64x2.sub | 3fe0000000000000 3fe0000000000000 | bfe0000000000000 bfe0000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.sub | 3fe0000000000000 3fe0000000000000 | 401921fb54442d18 401921fb54442d18 | c01721fb54442d18 c01721fb54442d18
      f64x2.sub | 401921fb54442d18 401921fb54442d18 | 0010000000000000 0010000000000000 | 401921fb54442d18 401921fb54442d18
      f64x2.sub | c01921fb54442d18 c01921fb54442d18 | 7fefffffffffffff 7fefffffffffffff | ffefffffffffffff ffefffffffffffff
      f64x2.sub | ffefffffffffffff ffefffffffffffff | ffefffffffffffff ffefffffffffffff | 0000000000000000 0000000000000000
      f64x2.sub | 0000000000000001 0000000000000001 | 8010000000000000 8010000000000000 | 0010000000000001 0010000000000001
      f64x2.sub | 0000000000000001 0000000000000001 | 3ff0000000000000 3ff0000000000000 | bff0000000000000 bff0000000000000
      f64x2.sub | 7ff8000000000000 7ff8000000000000 | 8000000000000000 8000000000000000 | C C
      f64x2.sub | 7ff8000000000000 7ff8000000000000 | ffefffffffffffff ffefffffffffffff | C C
      f64x2.sub | 7ff4000000000000 7ff4000000000000 | c01921fb54442d18 c01921fb54442d18 | A A
      f64x2.sub | c01921fb54442d18 c01921fb54442d18 | 7ff4000000000000 7ff4000000000000 | A A
      f64x2.sub | 7ff4000000000000 7ff4000000000000 | 7fefffffffffffff 7fefffffffffffff | A A
      f64x2.sub | fff4000000000000 fff4000000000000 | 3ff0000000000000 3ff0000000000000 | A A
      f64x2.sub | 46223456789abcdf 46223456789abcdf | 46223456789abcdf 46223456789abcdf | 0000000000000000 0000000000000000
      # f64x2.mul (16 of 424 spec cases)
      f64x2.mul | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.mul | 0000000000000000 0000000000000000 | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      f64x2.mul | 0010000000000000 0010000000000000 | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      f64x2.mul | 3fe0000000000000 3fe0000000000000 | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.mul | bfe0000000000000 bfe0000000000000 | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.mul | bfe0000000000000 bfe0000000000000 | fff0000000000000 fff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.mul | 3ff0000000000000 3ff0000000000000 | 0000000000000001 0000000000000001 | 0000000000000001 0000000000000001
      f64x2.mul | bff0000000000000 bff0000000000000 | 3fe0000000000000 3fe0000000000000 | bfe0000000000000 bfe0000000000000
      f64x2.mul | 401921fb54442d18 401921fb54442d18 | bff0000000000000 bff0000000000000 | c01921fb54442d18 c01921fb54442d18
      f64x2.mul | 7fefffffffffffff 7fefffffffffffff | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.mul | 8010000000000000 8010000000000000 | 7ff8000000000000 7ff8000000000000 | C C
      f64x2.mul | fff8000000000000 fff8000000000000 | 8010000000000000 8010000000000000 | C C
      f64x2.mul | c01921fb54442d18 c01921fb54442d18 | fff8000000000000 fff8000000000000 | C C
      f64x2.mul | fff8000000000000 fff8000000000000 | 0000000000000001 0000000000000001 | C C
      f64x2.mul | fff0000000000000 fff0000000000000 | fff8000000000000 fff8000000000000 | C C
      f64x2.mul | fff4000000000000 fff4000000000000 | ffefffffffffffff ffefffffffffffff | A A
      # f64x2.div (16 of 424 spec cases)
      f64x2.div | 0000000000000000 0000000000000000 | 3fe0000000000000 3fe0000000000000 | 0000000000000000 0000000000000000
      f64x2.div | 0010000000000000 0010000000000000 | 0010000000000000 0010000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.div | 3fe0000000000000 3fe0000000000000 | 0000000000000001 0000000000000001 | 7ff0000000000000 7ff0000000000000
      f64x2.div | bfe0000000000000 bfe0000000000000 | 8000000000000000 8000000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.div | bfe0000000000000 bfe0000000000000 | fff0000000000000 fff0000000000000 | 0000000000000000 0000000000000000
      f64x2.div | 3ff0000000000000 3ff0000000000000 | ffefffffffffffff ffefffffffffffff | 8004000000000000 8004000000000000
      f64x2.div | bff0000000000000 bff0000000000000 | 3fe0000000000000 3fe0000000000000 | c000000000000000 c000000000000000
      f64x2.div | 401921fb54442d18 401921fb54442d18 | bff0000000000000 bff0000000000000 | c01921fb54442d18 c01921fb54442d18
      f64x2.div | 7fefffffffffffff 7fefffffffffffff | 0000000000000000 0000000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.div | 0000000000000001 0000000000000001 | 8010000000000000 8010000000000000 | bcb0000000000000 bcb0000000000000
      f64x2.div | 8010000000000000 8010000000000000 | 7ff8000000000000 7ff8000000000000 | C C
      f64x2.div | fff8000000000000 fff8000000000000 | 8010000000000000 8010000000000000 | C C
      f64x2.div | c01921fb54442d18 c01921fb54442d18 | fff8000000000000 fff8000000000000 | C C
      f64x2.div | fff8000000000000 fff8000000000000 | 0000000000000001 0000000000000001 | C C
      f64x2.div | fff0000000000000 fff0000000000000 | fff8000000000000 fff8000000000000 | C C
      f64x2.div | fff4000000000000 fff4000000000000 | ffefffffffffffff ffefffffffffffff | A A
      # f64x2.sqrt (20 of 44 spec cases)
      f64x2.sqrt | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.sqrt | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.sqrt | 0010000000000000 0010000000000000 | 2000000000000000 2000000000000000
      f64x2.sqrt | 3fe0000000000000 3fe0000000000000 | 3fe6a09e667f3bcd 3fe6a09e667f3bcd
      f64x2.sqrt | bfe0000000000000 bfe0000000000000 | C C
      f64x2.sqrt | 3ff0000000000000 3ff0000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.sqrt | c01921fb54442d18 c01921fb54442d18 | C C
      f64x2.sqrt | 0000000000000001 0000000000000001 | 1e60000000000000 1e60000000000000
      f64x2.sqrt | 7ff0000000000000 7ff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.sqrt | fff0000000000000 fff0000000000000 | C C
      f64x2.sqrt | 7ff8000000000000 7ff8000000000000 | C C
      f64x2.sqrt | fff8000000000000 fff8000000000000 | C C
      f64x2.sqrt | 7ff4000000000000 7ff4000000000000 | A A
      f64x2.sqrt | fff4000000000000 fff4000000000000 | A A
      f64x2.sqrt | 458fe9af5b5e16fa 458fe9af5b5e16fa | 42bff4d5bb0b6c9f 42bff4d5bb0b6c9f
      f64x2.sqrt | 3dab25ffd62b4311 3dab25ffd62b4311 | 3ecd797d05f1929d 3ecd797d05f1929d
      f64x2.sqrt | 458fe9af5b6bcbd5 458fe9af5b6bcbd5 | 42bff4d5bb124972 42bff4d5bb124972
      f64x2.sqrt | 3dab25ffd636ec12 3dab25ffd636ec12 | 3ecd797d05f7e6fe 3ecd797d05f7e6fe
      f64x2.sqrt | 46223456789abcdf 46223456789abcdf | 430822cb17ff2eb8 430822cb17ff2eb8
      f64x2.sqrt | 44f23456789abcdf 44f23456789abcdf | 4271111111111111 4271111111111111
      # f64x2.neg (20 of 44 spec cases)
      f64x2.neg | 0000000000000000 0000000000000000 | 8000000000000000 8000000000000000
      f64x2.neg | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.neg | 0010000000000000 0010000000000000 | 8010000000000000 8010000000000000
      f64x2.neg | 8010000000000000 8010000000000000 | 0010000000000000 0010000000000000
      f64x2.neg | bff0000000000000 bff0000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.neg | ffefffffffffffff ffefffffffffffff | 7fefffffffffffff 7fefffffffffffff
      f64x2.neg | 0000000000000001 0000000000000001 | 8000000000000001 8000000000000001
      f64x2.neg | 7ff0000000000000 7ff0000000000000 | fff0000000000000 fff0000000000000
      f64x2.neg | fff0000000000000 fff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.neg | 7ff8000000000000 7ff8000000000000 | fff8000000000000 fff8000000000000
      f64x2.neg | fff8000000000000 fff8000000000000 | 7ff8000000000000 7ff8000000000000
      f64x2.neg | 7ff4000000000000 7ff4000000000000 | fff4000000000000 fff4000000000000
      f64x2.neg | fff4000000000000 fff4000000000000 | 7ff4000000000000 7ff4000000000000
      f64x2.neg | 419d6f3454000000 419d6f3454000000 | c19d6f3454000000 c19d6f3454000000
      f64x2.neg | 458fe9af5b5e16fa 458fe9af5b5e16fa | c58fe9af5b5e16fa c58fe9af5b5e16fa
      f64x2.neg | 3dab25ffd62b4311 3dab25ffd62b4311 | bdab25ffd62b4311 bdab25ffd62b4311
      f64x2.neg | 3dab25ffd636ec12 3dab25ffd636ec12 | bdab25ffd636ec12 bdab25ffd636ec12
      f64x2.neg | 46223456789abcdf 46223456789abcdf | c6223456789abcdf c6223456789abcdf
      f64x2.neg | 44f23456789abcdf 44f23456789abcdf | c4f23456789abcdf c4f23456789abcdf
      f64x2.neg | 43c23456789abcdf 43c23456789abcdf | c3c23456789abcdf c3c23456789abcdf
      # f64x2.eq (16 of 441 spec cases)
      f64x2.eq | 0000000000000001 0000000000000001 | c01921fb54442d18 c01921fb54442d18 | 0000000000000000 0000000000000000
      f64x2.eq | fff0000000000000 fff0000000000000 | 7ff0000000000000 7ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | fff0000000000000 fff0000000000000 | fff4000000000000 fff4000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | 401921fb54442d18 401921fb54442d18 | 3fe0000000000000 3fe0000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | 8000000000000000 8000000000000000 | 3fe0000000000000 3fe0000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | 3fe0000000000000 3fe0000000000000 | ffefffffffffffff ffefffffffffffff | 0000000000000000 0000000000000000
      f64x2.eq | c01921fb54442d18 c01921fb54442d18 | ffefffffffffffff ffefffffffffffff | 0000000000000000 0000000000000000
      f64x2.eq | 0000000000000000 0000000000000000 | ffefffffffffffff ffefffffffffffff | 0000000000000000 0000000000000000
      f64x2.eq | 0000000000000000 0000000000000000 | fff4000000000000 fff4000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | 7ff0000000000000 7ff0000000000000 | 7fefffffffffffff 7fefffffffffffff | 0000000000000000 0000000000000000
      f64x2.eq | 7ff0000000000000 7ff0000000000000 | bff0000000000000 bff0000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | bff0000000000000 bff0000000000000 | 7ff8000000000000 7ff8000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | 7ff4000000000000 7ff4000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | 7ff4000000000000 7ff4000000000000 | bff0000000000000 bff0000000000000 | 0000000000000000 0000000000000000
      f64x2.eq | bff0000000000000 bff0000000000000 | bff0000000000000 bff0000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.eq | 0000000000000000 0000000000000000 | 4000000000000000 4000000000000000 | 0000000000000000 0000000000000000
      # f64x2.ne (16 of 441 spec cases)
      f64x2.ne | 0000000000000001 0000000000000001 | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.ne | fff0000000000000 fff0000000000000 | fff0000000000000 fff0000000000000 | 0000000000000000 0000000000000000
      f64x2.ne | 8000000000000000 8000000000000000 | 401921fb54442d18 401921fb54442d18 | ffffffffffffffff ffffffffffffffff
      f64x2.ne | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.ne | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.ne | 7fefffffffffffff 7fefffffffffffff | bff0000000000000 bff0000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.ne | 8000000000000001 8000000000000001 | 8000000000000001 8000000000000001 | 0000000000000000 0000000000000000
      f64x2.ne | 8000000000000001 8000000000000001 | c01921fb54442d18 c01921fb54442d18 | ffffffffffffffff ffffffffffffffff
      f64x2.ne | 0000000000000000 0000000000000000 | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.ne | 7ff0000000000000 7ff0000000000000 | 7ff0000000000000 7ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.ne | bff0000000000000 bff0000000000000 | bff0000000000000 bff0000000000000 | 0000000000000000 0000000000000000
      f64x2.ne | 49814ccb8c148fbd 49814ccb8c148fbd | 49814ccb8c148fbd 49814ccb8c148fbd | 0000000000000000 0000000000000000
      f64x2.ne | 43b12210f47de981 43b12210f47de981 | 49814ccb8c148fbd 49814ccb8c148fbd | ffffffffffffffff ffffffffffffffff
      f64x2.ne | fff8000000000000 fff8000000000000 | bff0000000000000 bff0000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.ne | 7ff4000000000000 7ff4000000000000 | ffefffffffffffff ffefffffffffffff | ffffffffffffffff ffffffffffffffff
      f64x2.ne | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      # f64x2.lt (16 of 441 spec cases)
      f64x2.lt | 0000000000000001 0000000000000001 | 8000000000000001 8000000000000001 | 0000000000000000 0000000000000000
      f64x2.lt | fff0000000000000 fff0000000000000 | 0010000000000000 0010000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.lt | 3ff0000000000000 3ff0000000000000 | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.lt | 8000000000000000 8000000000000000 | ffefffffffffffff ffefffffffffffff | 0000000000000000 0000000000000000
      f64x2.lt | bfe0000000000000 bfe0000000000000 | 7fefffffffffffff 7fefffffffffffff | ffffffffffffffff ffffffffffffffff
      f64x2.lt | 7fefffffffffffff 7fefffffffffffff | 8010000000000000 8010000000000000 | 0000000000000000 0000000000000000
      f64x2.lt | 8010000000000000 8010000000000000 | ffefffffffffffff ffefffffffffffff | 0000000000000000 0000000000000000
      f64x2.lt | 0000000000000000 0000000000000000 | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.lt | 0000000000000000 0000000000000000 | 8010000000000000 8010000000000000 | 0000000000000000 0000000000000000
      f64x2.lt | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.lt | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.lt | 43b12210f47de981 43b12210f47de981 | 43b12210f47de981 43b12210f47de981 | 0000000000000000 0000000000000000
      f64x2.lt | fff8000000000000 fff8000000000000 | fff0000000000000 fff0000000000000 | 0000000000000000 0000000000000000
      f64x2.lt | fff8000000000000 fff8000000000000 | 8010000000000000 8010000000000000 | 0000000000000000 0000000000000000
      f64x2.lt | fff8000000000000 fff8000000000000 | fff4000000000000 fff4000000000000 | 0000000000000000 0000000000000000
      f64x2.lt | fff4000000000000 fff4000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      # f64x2.le (16 of 441 spec cases)
      f64x2.le | 0000000000000001 0000000000000001 | fff0000000000000 fff0000000000000 | 0000000000000000 0000000000000000
      f64x2.le | 0000000000000001 0000000000000001 | 7fefffffffffffff 7fefffffffffffff | ffffffffffffffff ffffffffffffffff
      f64x2.le | 0000000000000001 0000000000000001 | c01921fb54442d18 c01921fb54442d18 | 0000000000000000 0000000000000000
      f64x2.le | fff0000000000000 fff0000000000000 | ffefffffffffffff ffefffffffffffff | ffffffffffffffff ffffffffffffffff
      f64x2.le | 401921fb54442d18 401921fb54442d18 | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.le | bfe0000000000000 bfe0000000000000 | bff0000000000000 bff0000000000000 | 0000000000000000 0000000000000000
      f64x2.le | 7fefffffffffffff 7fefffffffffffff | bfe0000000000000 bfe0000000000000 | 0000000000000000 0000000000000000
      f64x2.le | 7fefffffffffffff 7fefffffffffffff | 8000000000000001 8000000000000001 | 0000000000000000 0000000000000000
      f64x2.le | 8000000000000001 8000000000000001 | 0000000000000000 0000000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.le | 3fe0000000000000 3fe0000000000000 | 8000000000000000 8000000000000000 | 0000000000000000 0000000000000000
      f64x2.le | c01921fb54442d18 c01921fb54442d18 | 3ff0000000000000 3ff0000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.le | c01921fb54442d18 c01921fb54442d18 | 7ff8000000000000 7ff8000000000000 | 0000000000000000 0000000000000000
      f64x2.le | 0000000000000000 0000000000000000 | c01921fb54442d18 c01921fb54442d18 | 0000000000000000 0000000000000000
      f64x2.le | 7ff0000000000000 7ff0000000000000 | ffefffffffffffff ffefffffffffffff | 0000000000000000 0000000000000000
      f64x2.le | 49814ccb8c148fbd 49814ccb8c148fbd | 49814ccb8c148fbd 49814ccb8c148fbd | ffffffffffffffff ffffffffffffffff
      f64x2.le | 49814ccb8c148fbd 49814ccb8c148fbd | 43b12210f47de981 43b12210f47de981 | 0000000000000000 0000000000000000
      # f64x2.gt (16 of 441 spec cases)
      f64x2.gt | 0000000000000001 0000000000000001 | 3ff0000000000000 3ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | 0000000000000001 0000000000000001 | 7ff0000000000000 7ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | 401921fb54442d18 401921fb54442d18 | 8010000000000000 8010000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.gt | 401921fb54442d18 401921fb54442d18 | 7ff0000000000000 7ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | ffefffffffffffff ffefffffffffffff | bff0000000000000 bff0000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | 8000000000000000 8000000000000000 | 3fe0000000000000 3fe0000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | bfe0000000000000 bfe0000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | 7fefffffffffffff 7fefffffffffffff | fff0000000000000 fff0000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.gt | 8000000000000001 8000000000000001 | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | 8010000000000000 8010000000000000 | 401921fb54442d18 401921fb54442d18 | 0000000000000000 0000000000000000
      f64x2.gt | 0000000000000000 0000000000000000 | 7fefffffffffffff 7fefffffffffffff | 0000000000000000 0000000000000000
      f64x2.gt | 43b12210f47de981 43b12210f47de981 | 43b12210f47de981 43b12210f47de981 | 0000000000000000 0000000000000000
      f64x2.gt | fff8000000000000 fff8000000000000 | fff0000000000000 fff0000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | fff8000000000000 fff8000000000000 | 8010000000000000 8010000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | fff8000000000000 fff8000000000000 | fff4000000000000 fff4000000000000 | 0000000000000000 0000000000000000
      f64x2.gt | fff4000000000000 fff4000000000000 | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      # f64x2.ge (16 of 441 spec cases)
      f64x2.ge | fff0000000000000 fff0000000000000 | ffefffffffffffff ffefffffffffffff | 0000000000000000 0000000000000000
      f64x2.ge | fff0000000000000 fff0000000000000 | 7ff8000000000000 7ff8000000000000 | 0000000000000000 0000000000000000
      f64x2.ge | 401921fb54442d18 401921fb54442d18 | fff0000000000000 fff0000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.ge | 3ff0000000000000 3ff0000000000000 | 7fefffffffffffff 7fefffffffffffff | 0000000000000000 0000000000000000
      f64x2.ge | 3ff0000000000000 3ff0000000000000 | 7ff4000000000000 7ff4000000000000 | 0000000000000000 0000000000000000
      f64x2.ge | ffefffffffffffff ffefffffffffffff | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.ge | 8000000000000000 8000000000000000 | 7ff0000000000000 7ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.ge | bfe0000000000000 bfe0000000000000 | 8000000000000001 8000000000000001 | 0000000000000000 0000000000000000
      f64x2.ge | 8000000000000001 8000000000000001 | bff0000000000000 bff0000000000000 | ffffffffffffffff ffffffffffffffff
      f64x2.ge | 8010000000000000 8010000000000000 | 3fe0000000000000 3fe0000000000000 | 0000000000000000 0000000000000000
      f64x2.ge | c01921fb54442d18 c01921fb54442d18 | 8010000000000000 8010000000000000 | 0000000000000000 0000000000000000
      f64x2.ge | c01921fb54442d18 c01921fb54442d18 | c01921fb54442d18 c01921fb54442d18 | ffffffffffffffff ffffffffffffffff
      f64x2.ge | 0000000000000000 0000000000000000 | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.ge | bff0000000000000 bff0000000000000 | 7ff0000000000000 7ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.ge | 0010000000000000 0010000000000000 | 7ff0000000000000 7ff0000000000000 | 0000000000000000 0000000000000000
      f64x2.ge | 49814ccb8c148fbd 49814ccb8c148fbd | 49814ccb8c148fbd 49814ccb8c148fbd | ffffffffffffffff ffffffffffffffff
      # f64x2.pmin (16 of 1936 spec cases)
      f64x2.pmin | 0000000000000000 0000000000000000 | 43c23456789abcdf 43c23456789abcdf | 0000000000000000 0000000000000000
      f64x2.pmin | 8000000000000000 8000000000000000 | 3fe0000000000000 3fe0000000000000 | 8000000000000000 8000000000000000
      f64x2.pmin | bfe0000000000000 bfe0000000000000 | 3ff0000000000000 3ff0000000000000 | bfe0000000000000 bfe0000000000000
      f64x2.pmin | bff0000000000000 bff0000000000000 | c01921fb54442d18 c01921fb54442d18 | c01921fb54442d18 c01921fb54442d18
      f64x2.pmin | 401921fb54442d18 401921fb54442d18 | 0000000000000001 0000000000000001 | 0000000000000001 0000000000000001
      f64x2.pmin | 0000000000000001 0000000000000001 | 46223456789abcdf 46223456789abcdf | 0000000000000001 0000000000000001
      f64x2.pmin | fff0000000000000 fff0000000000000 | 46223456789abcdf 46223456789abcdf | fff0000000000000 fff0000000000000
      f64x2.pmin | 458fe9af5b5e16fa 458fe9af5b5e16fa | 458fe9af5b5e16fa 458fe9af5b5e16fa | 458fe9af5b5e16fa 458fe9af5b5e16fa
      f64x2.pmin | 458fe9af5b5e16fa 458fe9af5b5e16fa | ffefffffffffffff ffefffffffffffff | ffefffffffffffff ffefffffffffffff
      f64x2.pmin | 43c23456789abcdf 43c23456789abcdf | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.pmin | 7ff8000000000000 7ff8000000000000 | 46223456789abcdf 46223456789abcdf | 7ff8000000000000 7ff8000000000000
      f64x2.pmin | fff8000000000000 fff8000000000000 | ffefffffffffffff ffefffffffffffff | fff8000000000000 fff8000000000000
      f64x2.pmin | fff8000000000000 fff8000000000000 | 46223456789abcdf 46223456789abcdf | fff8000000000000 fff8000000000000
      f64x2.pmin | fff4000000000000 fff4000000000000 | 43c23456789abcdf 43c23456789abcdf | fff4000000000000 fff4000000000000
      f64x2.pmin | 3fe0000000000000 3fe0000000000000 | fff8000000000000 fff8000000000000 | 3fe0000000000000 3fe0000000000000
      f64x2.pmin | bfe0000000000000 bfe0000000000000 | fff4000000000000 fff4000000000000 | bfe0000000000000 bfe0000000000000
      # f64x2.pmax (16 of 1936 spec cases)
      f64x2.pmax | 0000000000000000 0000000000000000 | 43c23456789abcdf 43c23456789abcdf | 43c23456789abcdf 43c23456789abcdf
      f64x2.pmax | 8000000000000000 8000000000000000 | 3fe0000000000000 3fe0000000000000 | 3fe0000000000000 3fe0000000000000
      f64x2.pmax | bfe0000000000000 bfe0000000000000 | 3ff0000000000000 3ff0000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.pmax | bff0000000000000 bff0000000000000 | c01921fb54442d18 c01921fb54442d18 | bff0000000000000 bff0000000000000
      f64x2.pmax | 401921fb54442d18 401921fb54442d18 | 0000000000000001 0000000000000001 | 401921fb54442d18 401921fb54442d18
      f64x2.pmax | 0000000000000001 0000000000000001 | 46223456789abcdf 46223456789abcdf | 46223456789abcdf 46223456789abcdf
      f64x2.pmax | fff0000000000000 fff0000000000000 | 46223456789abcdf 46223456789abcdf | 46223456789abcdf 46223456789abcdf
      f64x2.pmax | 458fe9af5b5e16fa 458fe9af5b5e16fa | 458fe9af5b5e16fa 458fe9af5b5e16fa | 458fe9af5b5e16fa 458fe9af5b5e16fa
      f64x2.pmax | 458fe9af5b5e16fa 458fe9af5b5e16fa | ffefffffffffffff ffefffffffffffff | 458fe9af5b5e16fa 458fe9af5b5e16fa
      f64x2.pmax | 43c23456789abcdf 43c23456789abcdf | 8000000000000000 8000000000000000 | 43c23456789abcdf 43c23456789abcdf
      f64x2.pmax | 7ff8000000000000 7ff8000000000000 | 46223456789abcdf 46223456789abcdf | 7ff8000000000000 7ff8000000000000
      f64x2.pmax | fff8000000000000 fff8000000000000 | ffefffffffffffff ffefffffffffffff | fff8000000000000 fff8000000000000
      f64x2.pmax | fff8000000000000 fff8000000000000 | 46223456789abcdf 46223456789abcdf | fff8000000000000 fff8000000000000
      f64x2.pmax | fff4000000000000 fff4000000000000 | 43c23456789abcdf 43c23456789abcdf | fff4000000000000 fff4000000000000
      f64x2.pmax | 3fe0000000000000 3fe0000000000000 | fff8000000000000 fff8000000000000 | 3fe0000000000000 3fe0000000000000
      f64x2.pmax | bfe0000000000000 bfe0000000000000 | fff4000000000000 fff4000000000000 | bfe0000000000000 bfe0000000000000
      # f64x2.ceil (20 of 44 spec cases)
      f64x2.ceil | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.ceil | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.ceil | 0010000000000000 0010000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.ceil | 8010000000000000 8010000000000000 | 8000000000000000 8000000000000000
      f64x2.ceil | bff0000000000000 bff0000000000000 | bff0000000000000 bff0000000000000
      f64x2.ceil | ffefffffffffffff ffefffffffffffff | ffefffffffffffff ffefffffffffffff
      f64x2.ceil | 0000000000000001 0000000000000001 | 3ff0000000000000 3ff0000000000000
      f64x2.ceil | 7ff0000000000000 7ff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.ceil | fff0000000000000 fff0000000000000 | fff0000000000000 fff0000000000000
      f64x2.ceil | 419d6f3454000000 419d6f3454000000 | 419d6f3454000000 419d6f3454000000
      f64x2.ceil | 458fe9af5b5e16fa 458fe9af5b5e16fa | 458fe9af5b5e16fa 458fe9af5b5e16fa
      f64x2.ceil | 3dab25ffd62b4311 3dab25ffd62b4311 | 3ff0000000000000 3ff0000000000000
      f64x2.ceil | 3dab25ffd636ec12 3dab25ffd636ec12 | 3ff0000000000000 3ff0000000000000
      f64x2.ceil | 46223456789abcdf 46223456789abcdf | 46223456789abcdf 46223456789abcdf
      f64x2.ceil | 44f23456789abcdf 44f23456789abcdf | 44f23456789abcdf 44f23456789abcdf
      f64x2.ceil | 43c23456789abcdf 43c23456789abcdf | 43c23456789abcdf 43c23456789abcdf
      f64x2.ceil | 7ff8000000000000 7ff8000000000000 | C C
      f64x2.ceil | fff8000000000000 fff8000000000000 | C C
      f64x2.ceil | 7ff4000000000000 7ff4000000000000 | A A
      f64x2.ceil | fff4000000000000 fff4000000000000 | A A
      # f64x2.floor (20 of 44 spec cases)
      f64x2.floor | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.floor | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.floor | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      f64x2.floor | 8010000000000000 8010000000000000 | bff0000000000000 bff0000000000000
      f64x2.floor | bff0000000000000 bff0000000000000 | bff0000000000000 bff0000000000000
      f64x2.floor | ffefffffffffffff ffefffffffffffff | ffefffffffffffff ffefffffffffffff
      f64x2.floor | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.floor | 7ff0000000000000 7ff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.floor | fff0000000000000 fff0000000000000 | fff0000000000000 fff0000000000000
      f64x2.floor | 419d6f3454000000 419d6f3454000000 | 419d6f3454000000 419d6f3454000000
      f64x2.floor | 458fe9af5b5e16fa 458fe9af5b5e16fa | 458fe9af5b5e16fa 458fe9af5b5e16fa
      f64x2.floor | 3dab25ffd62b4311 3dab25ffd62b4311 | 0000000000000000 0000000000000000
      f64x2.floor | 3dab25ffd636ec12 3dab25ffd636ec12 | 0000000000000000 0000000000000000
      f64x2.floor | 46223456789abcdf 46223456789abcdf | 46223456789abcdf 46223456789abcdf
      f64x2.floor | 44f23456789abcdf 44f23456789abcdf | 44f23456789abcdf 44f23456789abcdf
      f64x2.floor | 43c23456789abcdf 43c23456789abcdf | 43c23456789abcdf 43c23456789abcdf
      f64x2.floor | 7ff8000000000000 7ff8000000000000 | C C
      f64x2.floor | fff8000000000000 fff8000000000000 | C C
      f64x2.floor | 7ff4000000000000 7ff4000000000000 | A A
      f64x2.floor | fff4000000000000 fff4000000000000 | A A
      # f64x2.trunc (20 of 44 spec cases)
      f64x2.trunc | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.trunc | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.trunc | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      f64x2.trunc | 8010000000000000 8010000000000000 | 8000000000000000 8000000000000000
      f64x2.trunc | bff0000000000000 bff0000000000000 | bff0000000000000 bff0000000000000
      f64x2.trunc | ffefffffffffffff ffefffffffffffff | ffefffffffffffff ffefffffffffffff
      f64x2.trunc | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.trunc | 7ff0000000000000 7ff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.trunc | fff0000000000000 fff0000000000000 | fff0000000000000 fff0000000000000
      f64x2.trunc | 419d6f3454000000 419d6f3454000000 | 419d6f3454000000 419d6f3454000000
      f64x2.trunc | 458fe9af5b5e16fa 458fe9af5b5e16fa | 458fe9af5b5e16fa 458fe9af5b5e16fa
      f64x2.trunc | 3dab25ffd62b4311 3dab25ffd62b4311 | 0000000000000000 0000000000000000
      f64x2.trunc | 3dab25ffd636ec12 3dab25ffd636ec12 | 0000000000000000 0000000000000000
      f64x2.trunc | 46223456789abcdf 46223456789abcdf | 46223456789abcdf 46223456789abcdf
      f64x2.trunc | 44f23456789abcdf 44f23456789abcdf | 44f23456789abcdf 44f23456789abcdf
      f64x2.trunc | 43c23456789abcdf 43c23456789abcdf | 43c23456789abcdf 43c23456789abcdf
      f64x2.trunc | 7ff8000000000000 7ff8000000000000 | C C
      f64x2.trunc | fff8000000000000 fff8000000000000 | C C
      f64x2.trunc | 7ff4000000000000 7ff4000000000000 | A A
      f64x2.trunc | fff4000000000000 fff4000000000000 | A A
      # f64x2.nearest (20 of 44 spec cases)
      f64x2.nearest | 0000000000000000 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.nearest | 8000000000000000 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.nearest | 0010000000000000 0010000000000000 | 0000000000000000 0000000000000000
      f64x2.nearest | 8010000000000000 8010000000000000 | 8000000000000000 8000000000000000
      f64x2.nearest | bff0000000000000 bff0000000000000 | bff0000000000000 bff0000000000000
      f64x2.nearest | ffefffffffffffff ffefffffffffffff | ffefffffffffffff ffefffffffffffff
      f64x2.nearest | 0000000000000001 0000000000000001 | 0000000000000000 0000000000000000
      f64x2.nearest | 7ff0000000000000 7ff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.nearest | fff0000000000000 fff0000000000000 | fff0000000000000 fff0000000000000
      f64x2.nearest | 419d6f3454000000 419d6f3454000000 | 419d6f3454000000 419d6f3454000000
      f64x2.nearest | 458fe9af5b5e16fa 458fe9af5b5e16fa | 458fe9af5b5e16fa 458fe9af5b5e16fa
      f64x2.nearest | 3dab25ffd62b4311 3dab25ffd62b4311 | 0000000000000000 0000000000000000
      f64x2.nearest | 3dab25ffd636ec12 3dab25ffd636ec12 | 0000000000000000 0000000000000000
      f64x2.nearest | 46223456789abcdf 46223456789abcdf | 46223456789abcdf 46223456789abcdf
      f64x2.nearest | 44f23456789abcdf 44f23456789abcdf | 44f23456789abcdf 44f23456789abcdf
      f64x2.nearest | 43c23456789abcdf 43c23456789abcdf | 43c23456789abcdf 43c23456789abcdf
      f64x2.nearest | 7ff8000000000000 7ff8000000000000 | C C
      f64x2.nearest | fff8000000000000 fff8000000000000 | C C
      f64x2.nearest | 7ff4000000000000 7ff4000000000000 | A A
      f64x2.nearest | fff4000000000000 fff4000000000000 | A A
      """;

  /** Spec-script cases: splat, lanes and the conversions. */
  private static final String SHAPE_CASES =
      """
      # f64x2.promote_low_f32x4 (16 of 16 spec cases)
      f64x2.promote_low_f32x4 | 00000000 00000000 00000000 00000000 | 0000000000000000 0000000000000000
      f64x2.promote_low_f32x4 | 80000000 80000000 80000000 80000000 | 8000000000000000 8000000000000000
      f64x2.promote_low_f32x4 | 00000001 00000001 00000001 00000001 | 36a0000000000000 36a0000000000000
      f64x2.promote_low_f32x4 | 80000001 80000001 80000001 80000001 | b6a0000000000000 b6a0000000000000
      f64x2.promote_low_f32x4 | 3f800000 3f800000 3f800000 3f800000 | 3ff0000000000000 3ff0000000000000
      f64x2.promote_low_f32x4 | bf800000 bf800000 bf800000 bf800000 | bff0000000000000 bff0000000000000
      f64x2.promote_low_f32x4 | ff7fffff ff7fffff ff7fffff ff7fffff | c7efffffe0000000 c7efffffe0000000
      f64x2.promote_low_f32x4 | 7f7fffff 7f7fffff 7f7fffff 7f7fffff | 47efffffe0000000 47efffffe0000000
      f64x2.promote_low_f32x4 | 04000000 04000000 04000000 04000000 | 3880000000000000 3880000000000000
      f64x2.promote_low_f32x4 | 7e47c33f 7e47c33f 7e47c33f 7e47c33f | 47c8f867e0000000 47c8f867e0000000
      f64x2.promote_low_f32x4 | 7f800000 7f800000 7f800000 7f800000 | 7ff0000000000000 7ff0000000000000
      f64x2.promote_low_f32x4 | ff800000 ff800000 ff800000 ff800000 | fff0000000000000 fff0000000000000
      f64x2.promote_low_f32x4 | 7fc00000 7fc00000 7fc00000 7fc00000 | C C
      f64x2.promote_low_f32x4 | 7fa00000 7fa00000 7fa00000 7fa00000 | A A
      f64x2.promote_low_f32x4 | ffc00000 ffc00000 ffc00000 ffc00000 | C C
      f64x2.promote_low_f32x4 | ffa00000 ffa00000 ffa00000 ffa00000 | A A
      # f32x4.demote_f64x2_zero (20 of 52 spec cases)
      f32x4.demote_f64x2_zero | 3ff0000000000000 3ff0000000000000 | 3f800000 3f800000 00000000 00000000
      f32x4.demote_f64x2_zero | b6a0000000000000 b6a0000000000000 | 80000001 80000001 00000000 00000000
      f32x4.demote_f64x2_zero | 47efffffd0000000 47efffffd0000000 | 7f7ffffe 7f7ffffe 00000000 00000000
      f32x4.demote_f64x2_zero | c7efffffd0000001 c7efffffd0000001 | ff7fffff ff7fffff 00000000 00000000
      f32x4.demote_f64x2_zero | 47efffffe0000000 47efffffe0000000 | 7f7fffff 7f7fffff 00000000 00000000
      f32x4.demote_f64x2_zero | 47effffff0000000 47effffff0000000 | 7f800000 7f800000 00000000 00000000
      f32x4.demote_f64x2_zero | c7effffff0000000 c7effffff0000000 | ff800000 ff800000 00000000 00000000
      f32x4.demote_f64x2_zero | 3ff0000000000001 3ff0000000000001 | 3f800000 3f800000 00000000 00000000
      f32x4.demote_f64x2_zero | 3fefffffffffffff 3fefffffffffffff | 3f800000 3f800000 00000000 00000000
      f32x4.demote_f64x2_zero | 3ff0000010000000 3ff0000010000000 | 3f800000 3f800000 00000000 00000000
      f32x4.demote_f64x2_zero | 4170000010000001 4170000010000001 | 4b800001 4b800001 00000000 00000000
      f32x4.demote_f64x2_zero | 46b4eae4f7024c70 46b4eae4f7024c70 | 75a75728 75a75728 00000000 00000000
      f32x4.demote_f64x2_zero | c006972b30cfb562 c006972b30cfb562 | c034b95a c034b95a 00000000 00000000
      f32x4.demote_f64x2_zero | c6fbedbe4819d4c4 c6fbedbe4819d4c4 | f7df6df2 f7df6df2 00000000 00000000
      f32x4.demote_f64x2_zero | 7ff8000000000000 7ff8000000000000 | C C 00000000 00000000
      f32x4.demote_f64x2_zero | 7ff4000000000000 7ff4000000000000 | A A 00000000 00000000
      f32x4.demote_f64x2_zero | fff8000000000000 fff8000000000000 | C C 00000000 00000000
      f32x4.demote_f64x2_zero | fff4000000000000 fff4000000000000 | A A 00000000 00000000
      f32x4.demote_f64x2_zero | 3690000000000001 3690000000000001 | 00000001 00000001 00000000 00000000
      f32x4.demote_f64x2_zero | b690000000000001 b690000000000001 | 80000001 80000001 00000000 00000000
      # f32x4.convert_i32x4_s (13 of 13 spec cases)
      f32x4.convert_i32x4_s | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.convert_i32x4_s | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      f32x4.convert_i32x4_s | ffffffff ffffffff ffffffff ffffffff | bf800000 bf800000 bf800000 bf800000
      f32x4.convert_i32x4_s | 7fffffff 7fffffff 7fffffff 7fffffff | 4f000000 4f000000 4f000000 4f000000
      f32x4.convert_i32x4_s | 80000000 80000000 80000000 80000000 | cf000000 cf000000 cf000000 cf000000
      f32x4.convert_i32x4_s | 499602d2 499602d2 499602d2 499602d2 | 4e932c06 4e932c06 4e932c06 4e932c06
      f32x4.convert_i32x4_s | 075bcd18 075bcd18 075bcd18 075bcd18 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3
      f32x4.convert_i32x4_s | 12345680 12345680 12345680 12345680 | 4d91a2b4 4d91a2b4 4d91a2b4 4d91a2b4
      f32x4.convert_i32x4_s | 01000001 01000001 01000001 01000001 | 4b800000 4b800000 4b800000 4b800000
      f32x4.convert_i32x4_s | feffffff feffffff feffffff feffffff | cb800000 cb800000 cb800000 cb800000
      f32x4.convert_i32x4_s | 01000003 01000003 01000003 01000003 | 4b800002 4b800002 4b800002 4b800002
      f32x4.convert_i32x4_s | fefffffd fefffffd fefffffd fefffffd | cb800002 cb800002 cb800002 cb800002
      f32x4.convert_i32x4_s | 00000000 ffffffff 7fffffff 80000000 | 00000000 bf800000 4f000000 cf000000
      # f32x4.convert_i32x4_u (17 of 17 spec cases)
      f32x4.convert_i32x4_u | 00000000 00000000 00000000 00000000 | 00000000 00000000 00000000 00000000
      f32x4.convert_i32x4_u | 00000001 00000001 00000001 00000001 | 3f800000 3f800000 3f800000 3f800000
      f32x4.convert_i32x4_u | ffffffff ffffffff ffffffff ffffffff | 4f800000 4f800000 4f800000 4f800000
      f32x4.convert_i32x4_u | 7fffffff 7fffffff 7fffffff 7fffffff | 4f000000 4f000000 4f000000 4f000000
      f32x4.convert_i32x4_u | 80000000 80000000 80000000 80000000 | 4f000000 4f000000 4f000000 4f000000
      f32x4.convert_i32x4_u | 12345678 12345678 12345678 12345678 | 4d91a2b4 4d91a2b4 4d91a2b4 4d91a2b4
      f32x4.convert_i32x4_u | 80000080 80000080 80000080 80000080 | 4f000000 4f000000 4f000000 4f000000
      f32x4.convert_i32x4_u | 80000081 80000081 80000081 80000081 | 4f000001 4f000001 4f000001 4f000001
      f32x4.convert_i32x4_u | 80000082 80000082 80000082 80000082 | 4f000001 4f000001 4f000001 4f000001
      f32x4.convert_i32x4_u | fffffe80 fffffe80 fffffe80 fffffe80 | 4f7ffffe 4f7ffffe 4f7ffffe 4f7ffffe
      f32x4.convert_i32x4_u | fffffe81 fffffe81 fffffe81 fffffe81 | 4f7fffff 4f7fffff 4f7fffff 4f7fffff
      f32x4.convert_i32x4_u | fffffe82 fffffe82 fffffe82 fffffe82 | 4f7fffff 4f7fffff 4f7fffff 4f7fffff
      f32x4.convert_i32x4_u | 075bcd18 075bcd18 075bcd18 075bcd18 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3
      f32x4.convert_i32x4_u | 90abcdef 90abcdef 90abcdef 90abcdef | 4f10abce 4f10abce 4f10abce 4f10abce
      f32x4.convert_i32x4_u | 01000001 01000001 01000001 01000001 | 4b800000 4b800000 4b800000 4b800000
      f32x4.convert_i32x4_u | 01000003 01000003 01000003 01000003 | 4b800002 4b800002 4b800002 4b800002
      f32x4.convert_i32x4_u | 00000000 ffffffff 7fffffff 80000000 | 00000000 4f800000 4f000000 4f000000
      # f64x2.convert_low_i32x4_s (6 of 6 spec cases)
      f64x2.convert_low_i32x4_s | 00000001 00000001 00000000 00000000 | 3ff0000000000000 3ff0000000000000
      f64x2.convert_low_i32x4_s | ffffffff ffffffff 00000000 00000000 | bff0000000000000 bff0000000000000
      f64x2.convert_low_i32x4_s | 00000000 00000000 00000000 00000000 | 0000000000000000 0000000000000000
      f64x2.convert_low_i32x4_s | 7fffffff 7fffffff 00000000 00000000 | 41dfffffffc00000 41dfffffffc00000
      f64x2.convert_low_i32x4_s | 80000000 80000000 00000000 00000000 | c1e0000000000000 c1e0000000000000
      f64x2.convert_low_i32x4_s | 3ade68b1 3ade68b1 00000000 00000000 | 41cd6f3458800000 41cd6f3458800000
      # f64x2.convert_low_i32x4_u (5 of 5 spec cases)
      f64x2.convert_low_i32x4_u | 00000001 00000001 00000000 00000000 | 3ff0000000000000 3ff0000000000000
      f64x2.convert_low_i32x4_u | 00000000 00000000 00000000 00000000 | 0000000000000000 0000000000000000
      f64x2.convert_low_i32x4_u | 7fffffff 7fffffff 00000000 00000000 | 41dfffffffc00000 41dfffffffc00000
      f64x2.convert_low_i32x4_u | 80000000 80000000 00000000 00000000 | 41e0000000000000 41e0000000000000
      f64x2.convert_low_i32x4_u | ffffffff ffffffff 00000000 00000000 | 41efffffffe00000 41efffffffe00000
      # f32x4.splat (19 of 22 spec cases)
      f32x4.splat | 00000000 | 00000000 00000000 00000000 00000000
      f32x4.splat | 3f8ccccd | 3f8ccccd 3f8ccccd 3f8ccccd 3f8ccccd
      f32x4.splat | bf8ccccd | bf8ccccd bf8ccccd bf8ccccd bf8ccccd
      f32x4.splat | 7e967699 | 7e967699 7e967699 7e967699 7e967699
      f32x4.splat | fe967699 | fe967699 fe967699 fe967699 fe967699
      f32x4.splat | 7f7fffff | 7f7fffff 7f7fffff 7f7fffff 7f7fffff
      f32x4.splat | ff7fffff | ff7fffff ff7fffff ff7fffff ff7fffff
      f32x4.splat | 7f000000 | 7f000000 7f000000 7f000000 7f000000
      f32x4.splat | ff000000 | ff000000 ff000000 ff000000 ff000000
      f32x4.splat | 7f800000 | 7f800000 7f800000 7f800000 7f800000
      f32x4.splat | ff800000 | ff800000 ff800000 ff800000 ff800000
      f32x4.splat | 7fc00000 | 7fc00000 7fc00000 7fc00000 7fc00000
      f32x4.splat | 7f800001 | 7f800001 7f800001 7f800001 7f800001
      f32x4.splat | 7fffffff | 7fffffff 7fffffff 7fffffff 7fffffff
      f32x4.splat | 4ceb79a3 | 4ceb79a3 4ceb79a3 4ceb79a3 4ceb79a3
      f32x4.splat | 5b91a2b4 | 5b91a2b4 5b91a2b4 5b91a2b4 5b91a2b4
      f32x4.splat | 6c7f4d7b | 6c7f4d7b 6c7f4d7b 6c7f4d7b 6c7f4d7b
      f32x4.splat | 6511a2b4 | 6511a2b4 6511a2b4 6511a2b4 6511a2b4
      f32x4.splat | 5211a2b4 | 5211a2b4 5211a2b4 5211a2b4 5211a2b4
      # f64x2.splat (20 of 30 spec cases)
      f64x2.splat | 0000000000000000 | 0000000000000000 0000000000000000
      f64x2.splat | 8000000000000000 | 8000000000000000 8000000000000000
      f64x2.splat | 0000000000000001 | 0000000000000001 0000000000000001
      f64x2.splat | 8000000000000001 | 8000000000000001 8000000000000001
      f64x2.splat | 8010000000000000 | 8010000000000000 8010000000000000
      f64x2.splat | 3fe0000000000000 | 3fe0000000000000 3fe0000000000000
      f64x2.splat | bfe0000000000000 | bfe0000000000000 bfe0000000000000
      f64x2.splat | 3ff0000000000000 | 3ff0000000000000 3ff0000000000000
      f64x2.splat | c01921fb54442d18 | c01921fb54442d18 c01921fb54442d18
      f64x2.splat | 7ff0000000000000 | 7ff0000000000000 7ff0000000000000
      f64x2.splat | fff0000000000000 | fff0000000000000 fff0000000000000
      f64x2.splat | 7ff8000000000000 | 7ff8000000000000 7ff8000000000000
      f64x2.splat | fff8000000000000 | fff8000000000000 fff8000000000000
      f64x2.splat | 7ff4000000000000 | 7ff4000000000000 7ff4000000000000
      f64x2.splat | fff4000000000000 | fff4000000000000 fff4000000000000
      f64x2.splat | 419d6f3454000000 | 419d6f3454000000 419d6f3454000000
      f64x2.splat | 44f23456789abcdf | 44f23456789abcdf 44f23456789abcdf
      f64x2.splat | 458fe9af5b5e16fa | 458fe9af5b5e16fa 458fe9af5b5e16fa
      f64x2.splat | 46223456789abcdf | 46223456789abcdf 46223456789abcdf
      f64x2.splat | 43c23456789abcdf | 43c23456789abcdf 43c23456789abcdf
      # f32x4.extract_lane (15 of 15 spec cases)
      f32x4.extract_lane | c0a00000 00000000 00000000 00000000 | 0 | c0a00000
      f32x4.extract_lane | 7e967699 00000000 00000000 00000000 | 0 | 7e967699
      f32x4.extract_lane | 7f7fffff 00000000 00000000 00000000 | 0 | 7f7fffff
      f32x4.extract_lane | 7f000000 00000000 00000000 00000000 | 0 | 7f000000
      f32x4.extract_lane | 7f800000 00000000 00000000 00000000 | 0 | 7f800000
      f32x4.extract_lane | 7fc00000 7f800000 00000000 00000000 | 0 | 7fc00000
      f32x4.extract_lane | 6c7f4d7b 00000000 00000000 00000000 | 0 | 6c7f4d7b
      f32x4.extract_lane | 5211a2b4 00000000 00000000 00000000 | 0 | 5211a2b4
      f32x4.extract_lane | 00000000 00000000 00000000 fe967699 | 3 | fe967699
      f32x4.extract_lane | 00000000 00000000 00000000 ff7fffff | 3 | ff7fffff
      f32x4.extract_lane | 00000000 00000000 00000000 ff000000 | 3 | ff000000
      f32x4.extract_lane | 00000000 00000000 00000000 ff800000 | 3 | ff800000
      f32x4.extract_lane | 00000000 00000000 ff800000 7fc00000 | 3 | 7fc00000
      f32x4.extract_lane | 00000000 00000000 00000000 4ceb79a3 | 3 | 4ceb79a3
      f32x4.extract_lane | 00000000 00000000 00000000 5b91a2b4 | 3 | 5b91a2b4
      # f64x2.extract_lane (20 of 32 spec cases)
      f64x2.extract_lane | bff8000000000000 0000000000000000 | 0 | bff8000000000000
      f64x2.extract_lane | 3ff8000000000000 0000000000000000 | 0 | 3ff8000000000000
      f64x2.extract_lane | 800ced42ec885d9d 0000000000000000 | 0 | 800ced42ec885d9d
      f64x2.extract_lane | 0010000000000000 0000000000000000 | 0 | 0010000000000000
      f64x2.extract_lane | 7ff0000000000000 0000000000000000 | 0 | 7ff0000000000000
      f64x2.extract_lane | fff8000000000000 8000000000000000 | 0 | fff8000000000000
      f64x2.extract_lane | 7ff8000000000000 0000000000000000 | 0 | 7ff8000000000000
      f64x2.extract_lane | 458fe9af5b6bcbd5 0000000000000000 | 0 | 458fe9af5b6bcbd5
      f64x2.extract_lane | 43c23456789abcdf 0000000000000000 | 0 | 43c23456789abcdf
      f64x2.extract_lane | 0000000000000000 c002000000000000 | 1 | c002000000000000
      f64x2.extract_lane | 0000000000000000 ffefffffffffffff | 1 | ffefffffffffffff
      f64x2.extract_lane | 0000000000000000 7fefffffffffffff | 1 | 7fefffffffffffff
      f64x2.extract_lane | 8000000000000000 fff0000000000000 | 1 | fff0000000000000
      f64x2.extract_lane | 8000000000000000 fff8000000000000 | 1 | fff8000000000000
      f64x2.extract_lane | 0000000000000000 7ff8000000000000 | 1 | 7ff8000000000000
      f64x2.extract_lane | 0000000000000000 419d6f3454000000 | 1 | 419d6f3454000000
      f64x2.extract_lane | 0000000000000000 8000000000000000 | 1 | 8000000000000000
      f64x2.extract_lane | 0000000000000000 4000000000000000 | 1 | 4000000000000000
      f64x2.extract_lane | 0000000000000000 c000000000000000 | 1 | c000000000000000
      f64x2.extract_lane | 0000000000000000 0010000000000000 | 1 | 0010000000000000
      # f32x4.replace_lane (19 of 24 spec cases)
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 42540000 | 0 | 42540000 00000000 00000000 00000000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 7fc00000 | 0 | 7fc00000 00000000 00000000 00000000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 7f800000 | 0 | 7f800000 00000000 00000000 00000000
      f32x4.replace_lane | 7fc00000 00000000 00000000 00000000 | 4048f5c3 | 0 | 4048f5c3 00000000 00000000 00000000
      f32x4.replace_lane | 7f800000 00000000 00000000 00000000 | 7e967699 | 0 | 7e967699 00000000 00000000 00000000
      f32x4.replace_lane | 7f800000 00000000 00000000 00000000 | 7f7fffff | 0 | 7f7fffff 00000000 00000000 00000000
      f32x4.replace_lane | 7f800000 00000000 00000000 00000000 | 7f000000 | 0 | 7f000000 00000000 00000000 00000000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 4ceb79a3 | 0 | 4ceb79a3 00000000 00000000 00000000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 5b91a2b4 | 0 | 5b91a2b4 00000000 00000000 00000000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | c2540000 | 3 | 00000000 00000000 00000000 c2540000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 7fc00000 | 3 | 00000000 00000000 00000000 7fc00000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | ff800000 | 3 | 00000000 00000000 00000000 ff800000
      f32x4.replace_lane | 00000000 00000000 00000000 7fc00000 | 4048f5c3 | 3 | 00000000 00000000 00000000 4048f5c3
      f32x4.replace_lane | 00000000 00000000 00000000 ff800000 | fe967699 | 3 | 00000000 00000000 00000000 fe967699
      f32x4.replace_lane | 00000000 00000000 00000000 ff800000 | ff7fffff | 3 | 00000000 00000000 00000000 ff7fffff
      f32x4.replace_lane | 00000000 00000000 00000000 ff800000 | ff000000 | 3 | 00000000 00000000 00000000 ff000000
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 6c7f4d7b | 3 | 00000000 00000000 00000000 6c7f4d7b
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 6511a2b4 | 3 | 00000000 00000000 00000000 6511a2b4
      f32x4.replace_lane | 00000000 00000000 00000000 00000000 | 5211a2b4 | 3 | 00000000 00000000 00000000 5211a2b4
      # f64x2.replace_lane (20 of 32 spec cases)
      f64x2.replace_lane | bff0000000000000 bff0000000000000 | 8000000000000000 | 0 | 8000000000000000 bff0000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | 3ff4000000000000 | 0 | 3ff4000000000000 0000000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | bff4000000000000 | 0 | bff4000000000000 0000000000000000
      f64x2.replace_lane | fff8000000000000 0000000000000000 | ffefffffffffffff | 0 | ffefffffffffffff 0000000000000000
      f64x2.replace_lane | fff0000000000000 0000000000000000 | 8010000000000000 | 0 | 8010000000000000 0000000000000000
      f64x2.replace_lane | 7ff0000000000000 0000000000000000 | 0010000000000000 | 0 | 0010000000000000 0000000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | fff8000000000000 | 0 | fff8000000000000 0000000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | 7ff8000000000000 | 0 | 7ff8000000000000 0000000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | fff0000000000000 | 0 | fff0000000000000 0000000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | 419d6f3454000000 | 0 | 419d6f3454000000 0000000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | 44f23456789abcdf | 0 | 44f23456789abcdf 0000000000000000
      f64x2.replace_lane | c000000000000000 c000000000000000 | 8000000000000000 | 1 | c000000000000000 8000000000000000
      f64x2.replace_lane | 0000000000000000 fff8000000000000 | ffefffffffffffff | 1 | 0000000000000000 ffefffffffffffff
      f64x2.replace_lane | 0000000000000000 7ff8000000000000 | 7fefffffffffffff | 1 | 0000000000000000 7fefffffffffffff
      f64x2.replace_lane | 0000000000000000 7ff0000000000000 | 0010000000000000 | 1 | 0000000000000000 0010000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | fff8000000000000 | 1 | 0000000000000000 fff8000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | 7ff8000000000000 | 1 | 0000000000000000 7ff8000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | fff0000000000000 | 1 | 0000000000000000 fff0000000000000
      f64x2.replace_lane | 0000000000000000 0000000000000000 | 458fe9af5b5e16fa | 1 | 0000000000000000 458fe9af5b5e16fa
      f64x2.replace_lane | 0000000000000000 0000000000000000 | 3dab25ffd62b4311 | 1 | 0000000000000000 3dab25ffd62b4311
      """;
}
