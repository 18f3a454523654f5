package dev.teracage.compiler.model;

import java.util.Map;

/**
 * Names from the {@code name} custom section (or from {@code $identifiers} in text), used to say
 * where errors and traps happen.
 *
 * @param moduleName the module's name, or {@code null}
 * @param functionNames function index to name
 * @param localNames function index to (local index to name)
 */
public record Names(
    String moduleName,
    Map<Integer, String> functionNames,
    Map<Integer, Map<Integer, String>> localNames) {
  /** No names at all. */
  public static final Names NONE = new Names(null, Map.of(), Map.of());

  /** Creates names, copying the maps. */
  public Names {
    functionNames = Map.copyOf(functionNames);
    localNames = Map.copyOf(localNames);
  }

  /**
   * Returns the name of a function.
   *
   * @param functionIndex the function index
   * @return the name, or {@code null}
   */
  public String functionName(int functionIndex) {
    return functionNames.get(functionIndex);
  }
}
