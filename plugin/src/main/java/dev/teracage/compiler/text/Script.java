package dev.teracage.compiler.text;

import java.util.List;

/**
 * A parsed WAST script: its commands in order.
 *
 * @param source the script's name (file name), for messages
 * @param commands the commands
 */
public record Script(String source, List<Command> commands) {
  /** Creates a script, copying the list. */
  public Script {
    commands = List.copyOf(commands);
  }
}
