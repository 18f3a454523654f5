package dev.teracage.runtime.wasi;

import dev.teracage.runtime.WasmException;

/**
 * Raised by {@code proc_exit}: the guest asked to end with a status. It unwinds the guest's stack
 * back to the embedder; {@link Wasi#run} catches it and returns the status. The process itself
 * never exits.
 */
public final class WasiExit extends WasmException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * Creates an exit.
   *
   * @param status the guest's exit status
   */
  public WasiExit(int status) {
    super("exit with status " + status, "", null);
    this.status = status;
  }

  /**
   * Returns the exit status.
   *
   * @return the status the guest passed to {@code proc_exit}
   */
  public int status() {
    return status;
  }
}
