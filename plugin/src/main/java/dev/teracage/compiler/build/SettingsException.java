package dev.teracage.compiler.build;

/**
 * A build setting has a value that cannot work. Names the setting (as a path of configuration
 * elements, such as {@code modules/module[2]/packageName}) and carries the bad value.
 */
public final class SettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String element;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param element the setting's configuration path
   * @param value the bad value as given
   * @param problem what is wrong and how to fix it
   */
  public SettingsException(String element, String value, String problem) {
    super("<" + element + "> '" + value + "': " + problem);
    this.element = element;
    this.value = value;
  }

  /**
   * Returns the setting's configuration path.
   *
   * @return for example {@code modules/module[2]/packageName}
   */
  public String element() {
    return element;
  }

  /**
   * Returns the bad value.
   *
   * @return the value as given
   */
  public String value() {
    return value;
  }
}
