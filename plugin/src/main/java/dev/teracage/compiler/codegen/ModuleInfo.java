package dev.teracage.compiler.codegen;

import dev.teracage.compiler.model.FuncType;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.model.TableType;
import java.lang.constant.ClassDesc;
import java.util.List;

/**
 * What every function's emitter needs to know about its module, computed once per class.
 *
 * @param module the validated module
 * @param owner the generated class
 * @param functionTypes the type of every function, imports first
 * @param importedFunctions how many functions are imported
 * @param globals every global's type, imports first
 * @param importedGlobals how many globals are imported
 * @param tables every table's type, imports first
 * @param slots arena offsets of globals
 * @param stubs the class's private helper methods, collected as code asks for them
 * @param groups which class each defined function's method is in
 */
record ModuleInfo(
    Module module,
    ClassDesc owner,
    FuncType[] functionTypes,
    int importedFunctions,
    List<GlobalType> globals,
    int importedGlobals,
    List<TableType> tables,
    GlobalSlots slots,
    Stubs stubs,
    ClassGroups groups) {

  static ModuleInfo of(Module module, ClassDesc owner, GlobalSlots slots, ClassGroups groups) {
    int[] typeIndices = module.functionTypeIndices();
    FuncType[] types = new FuncType[typeIndices.length];
    for (int i = 0; i < types.length; i++) {
      types[i] = module.types().get(typeIndices[i]);
    }
    Stubs stubs = new Stubs(owner, module, types, groups);
    return new ModuleInfo(
        module,
        owner,
        types,
        module.importedFunctionCount(),
        module.globalTypes(),
        module.importCount(dev.teracage.compiler.model.ExternKind.GLOBAL),
        module.tableTypes(),
        slots,
        stubs,
        groups);
  }

  /**
   * Returns the class holding a defined function's method.
   *
   * @param function the function index
   * @return its class
   */
  ClassDesc ownerOf(int function) {
    return groups.count() == 1 ? owner : groups.classOf(function);
  }

  /**
   * Returns the name of the method compiled for a defined function.
   *
   * @param function the function index
   * @return {@code f<index>}
   */
  static String methodName(int function) {
    return "f" + function;
  }
}
