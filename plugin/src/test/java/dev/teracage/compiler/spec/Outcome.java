package dev.teracage.compiler.spec;

/** What became of one script command. */
enum Outcome {
  /** The command ran and its assertion held. */
  PASSED,
  /** The command ran and its assertion did not hold. */
  FAILED,
  /** The command needs a part of Teracage that does not exist yet, or it is excluded. */
  NOT_RUN
}
