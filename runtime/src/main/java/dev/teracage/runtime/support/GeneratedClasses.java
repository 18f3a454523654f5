package dev.teracage.runtime.support;

/**
 * How a module's code is spread over classes, shared by the compiler (which writes them) and the
 * runtime (which finds each function's method). A class holds at most so many defined functions
 * (the JVM caps a class's constant pool at 65,535 entries): defined function {@code d} (counting
 * from 0 after the imports) lives in group {@code d / perClass}; group 0 is the generated class
 * itself, group {@code g > 0} its companion {@code <class>$F<g>}, in the same package. A module
 * with companions says so in the generated class's static field {@value #PER_CLASS_FIELD}; without
 * it every function is in the generated class.
 */
public final class GeneratedClasses {
  /** The generated class's static {@code int} field holding the functions per class. */
  public static final String PER_CLASS_FIELD = "TERACAGE_FUNCTIONS_PER_CLASS";

  private GeneratedClasses() {}

  /**
   * Returns the binary name of a group's class.
   *
   * @param mainClass the generated class's binary name
   * @param group the group, 0 for the generated class itself
   * @return the class's binary name
   */
  public static String className(String mainClass, int group) {
    return group == 0 ? mainClass : mainClass + "$F" + group;
  }

  /**
   * Returns the group of a defined function.
   *
   * @param defined the function's index among the defined functions
   * @param perClass the functions per class
   * @return its group
   */
  public static int groupOf(int defined, int perClass) {
    return defined / perClass;
  }
}
