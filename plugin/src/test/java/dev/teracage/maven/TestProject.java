package dev.teracage.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** The small project the harness tests run goals on, rewritten before each test. */
final class TestProject {
  static final Path DIR = Path.of("target", "mojo-project");

  private TestProject() {}

  /** Records info lines. */
  static final class Lines extends SystemStreamLog {
    final List<String> info = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      info.add(content.toString());
    }
  }

  /** Deletes the project and writes its pom with a plugin configuration. */
  static void reset(String configuration) throws IOException {
    if (Files.exists(DIR)) {
      try (Stream<Path> files = Files.walk(DIR)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(DIR);
    Files.writeString(
        DIR.resolve("pom.xml"),
        """
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>test</groupId>
          <artifactId>mojo-project</artifactId>
          <version>1</version>
          <build>
            <plugins>
              <plugin>
                <groupId>dev.teracage</groupId>
                <artifactId>teracage-maven-plugin</artifactId>
                <configuration>%s</configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """
            .formatted(configuration));
  }

  /** Writes a module file under src/main/wasm. */
  static void module(String relative, String text) throws IOException {
    Path file = DIR.resolve("src/main/wasm").resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Runs a goal, recording its info lines. */
  static Lines run(Mojo mojo) throws Exception {
    Lines lines = new Lines();
    mojo.setLog(lines);
    mojo.execute();
    return lines;
  }
}
