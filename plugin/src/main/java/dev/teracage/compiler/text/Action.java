package dev.teracage.compiler.text;

import java.util.List;

/** Something a script does to an instance. */
public sealed interface Action {
  /**
   * Returns the module instance acted on.
   *
   * @return its {@code $name}, or {@code null} for the most recent module
   */
  String moduleName();

  /**
   * Returns the export acted on.
   *
   * @return the export name
   */
  String field();

  /**
   * {@code (invoke $m "name" args...)}.
   *
   * @param moduleName the instance's name, or {@code null}
   * @param field the export name
   * @param args the arguments
   */
  record Invoke(String moduleName, String field, List<ScriptValue> args) implements Action {
    /** Creates an action, copying the list. */
    public Invoke {
      args = List.copyOf(args);
    }
  }

  /**
   * {@code (get $m "name")}: reads an exported global.
   *
   * @param moduleName the instance's name, or {@code null}
   * @param field the export name
   */
  record Get(String moduleName, String field) implements Action {}
}
