package dev.teracage.compiler.codegen;

/**
 * Where each global lives in the arena: the byte offset of its slot, a constant the code generator
 * bakes into code. The runtime's {@code ArenaLayout} provides it ({@code layout::globalOffset}).
 */
@FunctionalInterface
public interface GlobalSlots {
  /**
   * Returns the arena offset of a global's slot.
   *
   * @param global the global index (imports first)
   * @return the byte offset from the arena's base
   */
  long globalOffset(int global);
}
