package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.ValType;
import java.lang.classfile.TypeKind;
import java.util.Arrays;

/**
 * The JVM local slots of one generated method above its wasm locals: slots reserved for the rest of
 * the method, and scratch slots that one instruction's emission uses and the next may reuse. Each
 * kind of scratch slot is apart from the others, so that code using one (spilling arguments, boxing
 * a v128, copying a helper) cannot overwrite another.
 */
final class ScratchSlots {
  private int nextSlot;
  private int[] temps = new int[0];

  /** Per nesting depth, the first slot and the size of the locals of copied helpers. */
  private int[] inlineBase = new int[0];

  private int[] inlineSize = new int[0];

  /** {@link #highSlot}, or -1 before the first use. */
  private int highSlot = -1;

  /** The first of {@link #boxSlot}'s slots, or -1 before the first use. */
  private int boxSlot = -1;

  /**
   * Starts above the method's locals.
   *
   * @param first the first free slot
   */
  ScratchSlots(int first) {
    this.nextSlot = first;
  }

  /**
   * Reserves a slot for the rest of the method.
   *
   * @param kind the value's kind
   * @return the slot
   */
  int reserve(TypeKind kind) {
    int slot = nextSlot;
    nextSlot += kind.slotSize();
    return slot;
  }

  /**
   * Returns a scratch slot, live only during one instruction's emission: the {@code index}-th of
   * its kind, so spilling several values at once gets distinct slots.
   *
   * @param kind the value's kind
   * @param index which scratch slot of that kind
   * @return the JVM slot
   */
  int temp(TypeKind kind, int index) {
    return temp(kindIndex(kind), kind.slotSize(), index);
  }

  /**
   * Returns a scratch slot for a value of a wasm type ({@link #temp(TypeKind, int)}): a v128 takes
   * four slots, its two halves.
   *
   * @param t the value's type
   * @param index which scratch slot of that type
   * @return the first JVM slot
   */
  int temp(ValType t, int index) {
    return Values.isV128(t) ? temp(V128_KIND, 4, index) : temp(JvmTypes.kind(t), index);
  }

  /**
   * Returns the four slots {@link Values#box} uses, apart from every {@link #temp} so that boxing
   * while reloading spilled values cannot overwrite them.
   *
   * @return the first JVM slot
   */
  int boxSlot() {
    if (boxSlot < 0) {
      boxSlot = reserve(TypeKind.LONG);
      reserve(TypeKind.LONG);
    }
    return boxSlot;
  }

  /**
   * Returns the first of {@code size} slots for the locals of a helper copied in place ({@link
   * HelperInliner}) at a nesting depth: the same slots at every copy of that depth, apart from
   * those of other depths and from every other scratch slot.
   *
   * @param depth 0 for a helper the generated code calls, 1 for one that helper calls, ...
   * @param size the helper's locals, in slots
   * @return the first slot
   */
  int inlineSlots(int depth, int size) {
    if (depth >= inlineBase.length) {
      inlineBase = Arrays.copyOf(inlineBase, depth + 1);
      inlineSize = Arrays.copyOf(inlineSize, depth + 1);
    }
    if (inlineSize[depth] < size) {
      inlineBase[depth] = nextSlot;
      inlineSize[depth] = size;
      nextSlot += size;
    }
    return inlineBase[depth];
  }

  /**
   * Returns the long slot where helpers copied in place leave the high half of a v128 result
   * ({@link HelperInliner}), apart from every other scratch slot.
   *
   * @return the slot
   */
  int highSlot() {
    if (highSlot < 0) {
      highSlot = reserve(TypeKind.LONG);
    }
    return highSlot;
  }

  private int temp(int kindIndex, int size, int index) {
    int key = index * KINDS + kindIndex;
    if (key >= temps.length) {
      int old = temps.length;
      temps = Arrays.copyOf(temps, Math.max(key + 1, old * 2));
      Arrays.fill(temps, old, temps.length, -1);
    }
    if (temps[key] < 0) {
      temps[key] = nextSlot;
      nextSlot += size;
    }
    return temps[key];
  }

  /** The kinds of scratch slots: the five of {@link #kindIndex}, and v128. */
  private static final int KINDS = 6;

  private static final int V128_KIND = 5;

  private static int kindIndex(TypeKind kind) {
    return switch (kind) {
      case INT -> 0;
      case LONG -> 1;
      case FLOAT -> 2;
      case DOUBLE -> 3;
      default -> 4;
    };
  }
}
