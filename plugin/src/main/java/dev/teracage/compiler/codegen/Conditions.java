package dev.teracage.compiler.codegen;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;

/**
 * Pending comparison results: a comparison leaves a JVM conditional branch opcode rather than a 0
 * or 1, so {@code i32.lt_s; br_if} becomes one {@code if_icmplt}. This class negates and
 * materializes such conditions.
 */
final class Conditions {
  private Conditions() {}

  /**
   * Returns the branch taken exactly when {@code branch} is not.
   *
   * @param branch a conditional branch opcode on int operands
   * @return its complement
   */
  static Opcode negate(Opcode branch) {
    return switch (branch) {
      case IFEQ -> Opcode.IFNE;
      case IFNE -> Opcode.IFEQ;
      case IFLT -> Opcode.IFGE;
      case IFGE -> Opcode.IFLT;
      case IFGT -> Opcode.IFLE;
      case IFLE -> Opcode.IFGT;
      case IF_ICMPEQ -> Opcode.IF_ICMPNE;
      case IF_ICMPNE -> Opcode.IF_ICMPEQ;
      case IF_ICMPLT -> Opcode.IF_ICMPGE;
      case IF_ICMPGE -> Opcode.IF_ICMPLT;
      case IF_ICMPGT -> Opcode.IF_ICMPLE;
      case IF_ICMPLE -> Opcode.IF_ICMPGT;
      default -> throw new IllegalArgumentException(branch.name());
    };
  }

  /**
   * Pushes 1 when the condition holds, else 0.
   *
   * @param cb the code builder
   * @param branch the condition's branch opcode, its operands on the stack
   */
  static void materialize(CodeBuilder cb, Opcode branch) {
    Label yes = cb.newLabel();
    Label done = cb.newLabel();
    cb.branch(branch, yes);
    cb.iconst_0();
    cb.goto_(done);
    cb.labelBinding(yes);
    cb.iconst_1();
    cb.labelBinding(done);
  }
}
