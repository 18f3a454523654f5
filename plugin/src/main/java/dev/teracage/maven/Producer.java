package dev.teracage.maven;

import java.io.File;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/** What identifies the plugin build that produced a module's outputs, for the up-to-date check. */
final class Producer {
  private Producer() {}

  /**
   * Returns the plugin's coordinates; for a snapshot also its jar's size and modification time, so
   * that a rebuilt snapshot plugin recompiles every module.
   *
   * @param plugin the plugin descriptor, or {@code null} outside a real build
   * @return the producer text
   */
  static String of(PluginDescriptor plugin) {
    if (plugin == null) {
      return "teracage-maven-plugin";
    }
    String id = plugin.getId();
    File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
    if (plugin.getVersion() != null && plugin.getVersion().endsWith("-SNAPSHOT") && jar != null) {
      id += ":" + jar.length() + ":" + jar.lastModified();
    }
    return id;
  }
}
