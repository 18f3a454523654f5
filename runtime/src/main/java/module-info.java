/**
 * The Teracage runtime: maps arena images and runs compiled WebAssembly modules. Depends on the JDK
 * alone. {@code dev.teracage.runtime.support} is exported for generated code only and is not API.
 */
module dev.teracage.runtime {
  requires java.management; // WASI thread CPU time

  exports dev.teracage.runtime;
  exports dev.teracage.runtime.image;
  exports dev.teracage.runtime.layout;
  exports dev.teracage.runtime.support;
  exports dev.teracage.runtime.trap;
  exports dev.teracage.runtime.wasi;
}
