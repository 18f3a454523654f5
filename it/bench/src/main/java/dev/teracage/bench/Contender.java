package dev.teracage.bench;

import com.dylibso.chicory.wasm.Parser;
import dev.teracage.compiler.decode.ModuleDecoder;
import dev.teracage.compiler.model.Module;
import dev.teracage.compiler.validate.Validator;
import java.io.ByteArrayInputStream;

/**
 * The ways to decode and validate a module that the benchmarks compare, each returning its module
 * model; {@link #NONE} does nothing, as the baseline of the heap measurement.
 */
enum Contender {
  /** No decoding: the baseline (the input bytes alone). */
  NONE {
    @Override
    Object decodeAndValidate(byte[] module) {
      return module;
    }
  },
  /** Teracage: {@link ModuleDecoder#decode(byte[])}, then {@link Validator#validate(Module)}. */
  TERACAGE {
    @Override
    Object decodeAndValidate(byte[] module) {
      Module m = ModuleDecoder.decode(module);
      Validator.validate(m);
      return m;
    }
  },
  /** Chicory 1.7.5: {@code Parser} with validation, which validates while building the module. */
  CHICORY {
    @Override
    Object decodeAndValidate(byte[] module) {
      return Parser.builder()
          .withValidation(true)
          .build()
          .parse(() -> new ByteArrayInputStream(module));
    }
  };

  /**
   * Decodes and validates a module.
   *
   * @param module the binary module
   * @return the module model
   */
  abstract Object decodeAndValidate(byte[] module);
}
