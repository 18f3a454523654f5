package dev.teracage.bench;

import dev.teracage.compiler.model.Immediate;
import dev.teracage.compiler.model.Opcode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The numeric instructions the generator draws from, grouped by the value type they push, read from
 * the signatures in {@link Opcode} (so the generator and the decoder agree on encodings). Only
 * instructions of WebAssembly 2.0 without SIMD: plain ones (no immediate) and memory loads (a
 * memory argument).
 */
final class Signatures {
  /** The four numeric value types, with their binary encoding and signature letter. */
  enum Num {
    I32(0x7F, 'i'),
    I64(0x7E, 'I'),
    F32(0x7D, 'f'),
    F64(0x7C, 'F');

    final int code;
    final char letter;

    Num(int code, char letter) {
      this.code = code;
      this.letter = letter;
    }

    static Num ofLetter(char c) {
      return switch (c) {
        case 'i', 'a' -> I32;
        case 'I' -> I64;
        case 'f' -> F32;
        case 'F' -> F64;
        default -> throw new IllegalArgumentException("letter " + c);
      };
    }
  }

  /**
   * An instruction with its operand types.
   *
   * @param op the opcode
   * @param params what it pops, bottom first
   */
  record Op(Opcode op, Num[] params) {}

  private final Map<Num, List<Op>> pushing = new EnumMap<>(Num.class);
  private final List<Op> stores = new ArrayList<>();

  Signatures() {
    for (Num n : Num.values()) {
      pushing.put(n, new ArrayList<>());
    }
    for (Opcode op : Opcode.values()) {
      String sig = op.signature();
      boolean usable =
          sig != null
              && sig.indexOf('v') < 0
              && (op.prefix() == Opcode.NO_PREFIX || op.prefix() == Opcode.MISC_PREFIX)
              && (op.immediate() == Immediate.NONE || op.immediate() == Immediate.MEMARG);
      if (!usable) {
        continue;
      }
      int colon = sig.indexOf(':');
      Num[] params = new Num[colon];
      for (int i = 0; i < colon; i++) {
        params[i] = Num.ofLetter(sig.charAt(i));
      }
      String results = sig.substring(colon + 1);
      if (results.isEmpty() && op.immediate() == Immediate.MEMARG) {
        stores.add(new Op(op, params));
      } else if (results.length() == 1) {
        pushing.get(Num.ofLetter(results.charAt(0))).add(new Op(op, params));
      }
    }
  }

  /**
   * Returns the instructions that push one value of a type.
   *
   * @param type the type
   * @return the instructions
   */
  List<Op> pushing(Num type) {
    return pushing.get(type);
  }

  /**
   * Returns the store instructions.
   *
   * @return the stores
   */
  List<Op> stores() {
    return stores;
  }
}
