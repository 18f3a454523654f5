package dev.teracage.compiler.model;

import java.util.List;

/**
 * The code section entry of one function: its declared locals (beyond the parameters) and body.
 *
 * @param locals runs of declared locals, adjacent runs of one type merged
 * @param body the instructions, ending with {@code end}
 */
public record FunctionBody(List<Local> locals, Expr body) {
  /** Creates a body, copying the list. */
  public FunctionBody {
    locals = List.copyOf(locals);
  }
}
