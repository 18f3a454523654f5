package dev.teracage.compiler.codegen;

import dev.teracage.runtime.support.GeneratedClasses;
import java.lang.constant.ClassDesc;

/**
 * Which class each defined function's method is in ({@link GeneratedClasses}): one class for
 * modules of up to {@code perClass} defined functions, else companions of {@code perClass} each.
 *
 * @param mainClass the generated class's binary name
 * @param imported how many functions are imported
 * @param defined how many functions are defined
 * @param perClass defined functions per class
 */
record ClassGroups(String mainClass, int imported, int defined, int perClass) {
  /** The number of classes. */
  int count() {
    return Math.max(1, (defined + perClass - 1) / perClass);
  }

  /** The class of a defined function (by its index in the function index space). */
  ClassDesc classOf(int function) {
    return ClassDesc.of(nameOf(GeneratedClasses.groupOf(function - imported, perClass)));
  }

  /** A group's binary class name. */
  String nameOf(int group) {
    return GeneratedClasses.className(mainClass, group);
  }

  /** The first defined function (index space) of a group. */
  int first(int group) {
    return imported + group * perClass;
  }

  /** The function after the last of a group. */
  int end(int group) {
    return imported + Math.min(defined, (group + 1) * perClass);
  }
}
