package dev.teracage.compiler.spec;

import dev.teracage.compiler.model.ValType;
import dev.teracage.compiler.text.Expected;
import dev.teracage.compiler.text.ScriptValue;
import dev.teracage.runtime.V128;
import dev.teracage.runtime.support.FuncRef;

/** Converts script values to call arguments and matches results against script patterns. */
final class Results {
  private Results() {}

  /** Returns the boxed argument {@code ExportedFunction.apply} takes for a script value. */
  static Object argument(ScriptValue value) {
    return switch (value) {
      case ScriptValue.Num n -> box(n.type(), n.bits());
      case ScriptValue.RefNull r -> null;
      case ScriptValue.RefExtern r -> new HostRef(r.id());
      case ScriptValue.Vec v -> new V128(v.low(), v.high());
      default -> throw new Unsupported("value " + value + " is not supported yet");
    };
  }

  static Object box(ValType type, long bits) {
    return switch (type.code()) {
      case 0x7F -> (int) bits;
      case 0x7E -> bits;
      case 0x7D -> Float.intBitsToFloat((int) bits);
      case 0x7C -> Double.longBitsToDouble(bits);
      default -> throw new Unsupported("value type " + type + " is not supported yet");
    };
  }

  /** Returns whether a boxed result matches a pattern. */
  static boolean matches(Expected expected, Object actual) {
    return switch (expected) {
      case Expected.Exact e -> matchesExact(e.value(), actual);
      case Expected.CanonicalNan n ->
          n.type().equals(ValType.F32)
              ? actual instanceof Float f && (Float.floatToRawIntBits(f) & 0x7FFFFFFF) == 0x7FC00000
              : actual instanceof Double d
                  && (Double.doubleToRawLongBits(d) & 0x7FFFFFFFFFFFFFFFL) == 0x7FF8000000000000L;
      case Expected.ArithmeticNan n ->
          n.type().equals(ValType.F32)
              ? actual instanceof Float f && (Float.floatToRawIntBits(f) & 0x7FC00000) == 0x7FC00000
              : actual instanceof Double d
                  && (Double.doubleToRawLongBits(d) & 0x7FF8000000000000L) == 0x7FF8000000000000L;
      case Expected.AnyFuncRef r -> actual instanceof FuncRef;
      case Expected.AnyExternRef r -> actual != null && !(actual instanceof FuncRef);
      case Expected.Either e -> e.alternatives().stream().anyMatch(a -> matches(a, actual));
      case Expected.Lanes l -> actual instanceof V128 v && lanesMatch(l, v);
      default -> throw new Unsupported("result pattern " + expected + " is not supported yet");
    };
  }

  private static boolean matchesExact(ScriptValue value, Object actual) {
    return switch (value) {
      case ScriptValue.Num n ->
          switch (n.type().code()) {
            case 0x7F -> actual instanceof Integer i && i == (int) n.bits();
            case 0x7E -> actual instanceof Long l && l == n.bits();
            case 0x7D -> actual instanceof Float f && Float.floatToRawIntBits(f) == (int) n.bits();
            case 0x7C -> actual instanceof Double d && Double.doubleToRawLongBits(d) == n.bits();
            default -> false;
          };
      case ScriptValue.RefNull r -> actual == null;
      case ScriptValue.RefExtern r -> new HostRef(r.id()).equals(actual);
      case ScriptValue.Vec v -> new V128(v.low(), v.high()).equals(actual);
      default -> throw new Unsupported("value " + value + " is not supported yet");
    };
  }

  /** Matches each lane of a {@code v128} against its pattern, lanes read by the shape. */
  private static boolean lanesMatch(Expected.Lanes pattern, V128 v) {
    int count = pattern.lanes().size();
    int width = 128 / count;
    for (int k = 0; k < count; k++) {
      long bits = (k < count / 2 ? v.low() : v.high()) >>> (width * (k % (count / 2)));
      long mask = width == 64 ? -1L : (1L << width) - 1;
      Expected lane = pattern.lanes().get(k);
      Object boxed =
          switch (pattern.shape()) {
            case "f32x4" -> Float.intBitsToFloat((int) bits);
            case "f64x2" -> Double.longBitsToDouble(bits);
            default -> null;
          };
      boolean ok =
          boxed != null
              ? matches(lane, boxed)
              : lane instanceof Expected.Exact e
                  && e.value() instanceof ScriptValue.Num n
                  && (n.bits() & mask) == (bits & mask);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Renders a boxed result for messages, floats with their bits. */
  static String show(Object value) {
    return switch (value) {
      case null -> "null";
      case Float f -> f + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
      case Double d -> d + " (0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
      default -> value.toString();
    };
  }

  /** A command uses something Teracage does not run yet: it counts as "not run". */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message);
    }
  }
}
