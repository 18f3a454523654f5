package dev.teracage.bench;

import dev.teracage.bench.Signatures.Num;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What function bodies may refer to: the types, the function index space (imports first), the
 * globals, and which functions and types produce which result, so that calls are well typed.
 */
final class ModuleShape {
  /**
   * A function type with at most one result.
   *
   * @param params parameter types
   * @param result the result type, or {@code null} for none
   */
  record FnType(Num[] params, Num result) {}

  /**
   * A global.
   *
   * @param type its value type
   * @param mutable whether {@code global.set} may write it
   */
  record GlobalDecl(Num type, boolean mutable) {}

  final List<FnType> types = new ArrayList<>();
  final List<Integer> functionTypes = new ArrayList<>();
  final List<GlobalDecl> globals = new ArrayList<>();
  int importedFunctionCount;

  private final Map<Num, List<Integer>> functionsByResult = new HashMap<>();
  private final Map<Num, List<Integer>> typesByResult = new HashMap<>();

  /** Indexes functions and types by result; call once everything is declared. */
  void index() {
    for (int f = 0; f < functionTypes.size(); f++) {
      Num r = types.get(functionTypes.get(f)).result();
      functionsByResult.computeIfAbsent(r, k -> new ArrayList<>()).add(f);
    }
    for (int t = 0; t < types.size(); t++) {
      typesByResult.computeIfAbsent(types.get(t).result(), k -> new ArrayList<>()).add(t);
    }
  }

  /**
   * Returns the functions whose type has a result.
   *
   * @param result the result type, or {@code null} for none
   * @return function indices, possibly empty
   */
  List<Integer> functionsReturning(Num result) {
    return functionsByResult.getOrDefault(result, List.of());
  }

  /**
   * Returns the types with a result.
   *
   * @param result the result type, or {@code null} for none
   * @return type indices, possibly empty
   */
  List<Integer> typesReturning(Num result) {
    return typesByResult.getOrDefault(result, List.of());
  }

  /**
   * Returns the total number of functions, imports included.
   *
   * @return the count
   */
  int functionCount() {
    return functionTypes.size();
  }
}
