package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.ValType;
import java.lang.classfile.Label;
import java.util.List;

/**
 * One entry of the control stack during code generation: a block, loop, if or the function body.
 */
final class ControlFrame {
  /** The kind of structured instruction. */
  enum Kind {
    /** The function body: a branch to it returns. */
    FUNCTION,
    /** {@code block}: branches go to its end. */
    BLOCK,
    /** {@code loop}: branches go to its start. */
    LOOP,
    /** {@code if}: branches go to its end. */
    IF
  }

  final Kind kind;
  final List<ValType> params;
  final List<ValType> results;

  /** Operand stack height below the block's parameters. */
  final int height;

  /** Where branches to this frame go: the loop start or the end (in the current method). */
  Label label;

  /** For {@code if}: where the false condition goes (in the current method). */
  Label elseLabel;

  /** When split: the instruction position of the label (the loop, or the end); else -1. */
  int labelPos = -1;

  /** When split, for {@code if}: the position of its else (or end); else -1. */
  int elsePos = -1;

  /** Whether a branch to {@link #label} was emitted (block and if). */
  boolean targeted;

  /** Whether {@code else} was seen. */
  boolean hasElse;

  ControlFrame(
      Kind kind,
      List<ValType> params,
      List<ValType> results,
      int height,
      Label label,
      Label elseLabel) {
    this.kind = kind;
    this.params = params;
    this.results = results;
    this.height = height;
    this.label = label;
    this.elseLabel = elseLabel;
  }

  /**
   * Returns the types a branch to this frame carries: a loop's parameters, else its results.
   *
   * @return the label types
   */
  List<ValType> labelTypes() {
    return kind == Kind.LOOP ? params : results;
  }
}
