package dev.teracage.compiler.model;

import java.util.List;

/**
 * A function type: parameter types to result types.
 *
 * @param params the parameter types
 * @param results the result types (several under multi-value)
 */
public record FuncType(List<ValType> params, List<ValType> results) {
  /** Creates a function type, copying both lists. */
  public FuncType {
    params = List.copyOf(params);
    results = List.copyOf(results);
  }

  @Override
  public String toString() {
    return params + " -> " + results;
  }
}
