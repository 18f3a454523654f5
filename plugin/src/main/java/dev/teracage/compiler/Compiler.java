package dev.teracage.compiler;

import dev.teracage.compiler.codegen.ClassEmitter;
import dev.teracage.compiler.codegen.CompiledClass;
import dev.teracage.compiler.encode.ModuleEncoder;
import dev.teracage.compiler.image.ImageBuilder;
import dev.teracage.compiler.model.Module;
import dev.teracage.runtime.BuildTime;
import dev.teracage.runtime.image.ImageOrigin;
import dev.teracage.runtime.image.ImageWriter;
import dev.teracage.runtime.image.ModuleImage;
import dev.teracage.runtime.layout.ArenaLayout;
import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles a validated module into its generated class and its image: the compiler's facade, used
 * by the Maven plugin, the command line and the spec harness alike.
 *
 * <p>The image is the instantiated module (design P4): the compiler loads the class it generated
 * and instantiates it with the runtime, without imports, so the image holds the arena as
 * instantiation leaves it; what needs imports is left as steps for run time.
 */
public final class Compiler {
  /** The producer name written into images. */
  public static final String PRODUCER =
      "teracage (image producer " + ArenaLayout.PRODUCER_VERSION + ")";

  /** How long a start function may run at build time by default. */
  public static final Duration DEFAULT_START_TIMEOUT = CompileOptions.DEFAULT.startTimeout();

  private Compiler() {}

  /**
   * Compiles a module, running its start function at build time for at most {@link
   * #DEFAULT_START_TIMEOUT}.
   *
   * @param module a module that passed {@link dev.teracage.compiler.validate.Validator}
   * @param className the binary name of the class to generate, such as {@code com.acme.wasm.Sqlite}
   * @return the class and image bytes
   * @throws UnsupportedFeatureException when the module uses a feature not compiled yet
   * @throws dev.teracage.compiler.codegen.CodegenException when a function cannot be compiled
   */
  public static Compilation compile(Module module, String className) {
    return compile(module, className, DEFAULT_START_TIMEOUT);
  }

  /**
   * Compiles a module.
   *
   * @param module a module that passed {@link dev.teracage.compiler.validate.Validator}
   * @param className the binary name of the class to generate
   * @param startTimeout how long the start function may run at build time (when it needs no
   *     import); if it traps or runs longer it runs at instantiation instead
   * @return the class and image bytes
   * @throws UnsupportedFeatureException when the module uses a feature not compiled yet
   * @throws dev.teracage.compiler.codegen.CodegenException when a function cannot be compiled
   */
  public static Compilation compile(Module module, String className, Duration startTimeout) {
    return compile(module, className, CompileOptions.DEFAULT.withStartTimeout(startTimeout));
  }

  /**
   * Compiles a module.
   *
   * @param module a module that passed {@link dev.teracage.compiler.validate.Validator}
   * @param className the binary name of the class to generate
   * @param options the start timeout and pre-initialization
   * @return the class and image bytes
   * @throws UnsupportedFeatureException when the module uses a feature not compiled yet
   * @throws dev.teracage.compiler.codegen.CodegenException when a function cannot be compiled
   * @throws InitializerException when pre-initialization fails
   */
  public static Compilation compile(Module module, String className, CompileOptions options) {
    Features.requireCompilable(module);
    byte[] moduleHash = sha256(ModuleEncoder.encode(module));
    byte[] pairing = pairing(moduleHash, className);
    ModuleImage image =
        ImageBuilder.build(module, className)
            .withOrigin(new ImageOrigin(PRODUCER, moduleHash, pairing));
    CompiledClass compiled =
        ClassEmitter.compile(module, className, image.layout(), HexFormat.of().formatHex(pairing));
    Map<String, byte[]> classes = new LinkedHashMap<>(compiled.companions());
    classes.put(className, compiled.bytes());
    Class<?> cls =
        new GeneratedClassLoader(Compiler.class.getClassLoader(), className, classes).mainClass();
    ModuleImage built =
        BuildTime.build(image, cls, MethodHandles.publicLookup(), options.startTimeout());
    if (options.initialization().isPresent()) {
      built = PreInitializer.run(module, built, cls, options.initialization().get());
    }
    return new Compilation(
        className,
        compiled.bytes(),
        ImageWriter.write(built),
        compiled.methodSizes(),
        compiled.companions());
  }

  /** The pairing key: SHA-256 of the module's hash, the class name and the producer version. */
  private static byte[] pairing(byte[] moduleHash, String className) {
    byte[] name = className.getBytes(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.allocate(moduleHash.length + name.length + 4);
    in.put(moduleHash).put(name).putInt(ArenaLayout.PRODUCER_VERSION);
    return sha256(in.array());
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
