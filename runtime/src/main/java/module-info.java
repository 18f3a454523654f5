/**
 * The Teracage runtime: maps arena images and runs compiled WebAssembly modules. Depends on the JDK
 * alone.
 */
module dev.teracage.runtime {
  exports dev.teracage.runtime;
  exports dev.teracage.runtime.support;
}
