package dev.teracage.runtime.image;

import dev.teracage.runtime.layout.ArenaLayout;

/** Constants of the module image format v1; the grammar is in this package's documentation. */
public final class ImageFormat {
  /** The magic bytes {@code "TCAG"} at offset 0. */
  public static final byte[] MAGIC = {'T', 'C', 'A', 'G'};

  /** The format version this runtime reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /** The producer version: images pair with the classes of the same compiler and runtime. */
  public static final int PRODUCER_VERSION = ArenaLayout.PRODUCER_VERSION;

  /** Section ids, in the order the sections appear. */
  static final int CLASS = 1;

  static final int TYPES = 2;
  static final int IMPORTS = 3;
  static final int FUNCTIONS = 4;
  static final int TABLES = 5;
  static final int MEMORIES = 6;
  static final int GLOBALS = 7;
  static final int EXPORTS = 8;
  static final int START = 9;
  static final int ELEMENTS = 10;
  static final int DATA = 11;
  static final int NAMES = 12;
  static final int BODIES = 13;
  static final int LAYOUT = 14;
  static final int STATE = 15;

  /** Number of sections. */
  static final int SECTION_COUNT = 15;

  /** Bytes of the trailing checksum (CRC-32C of everything before it). */
  static final int CHECKSUM_SIZE = 4;

  /** {@link Init} tags. */
  static final int INIT_CONST = 0;

  static final int INIT_GLOBAL_GET = 1;
  static final int INIT_REF_FUNC = 2;
  static final int INIT_REF_NULL = 3;

  private ImageFormat() {}

  /**
   * Returns a section's name for messages.
   *
   * @param id a section id
   * @return its name
   */
  static String sectionName(int id) {
    return switch (id) {
      case CLASS -> "class";
      case TYPES -> "types";
      case IMPORTS -> "imports";
      case FUNCTIONS -> "functions";
      case TABLES -> "tables";
      case MEMORIES -> "memories";
      case GLOBALS -> "globals";
      case EXPORTS -> "exports";
      case START -> "start";
      case ELEMENTS -> "elements";
      case DATA -> "data";
      case NAMES -> "names";
      case BODIES -> "bodies";
      case LAYOUT -> "layout";
      case STATE -> "state";
      default -> "unknown " + id;
    };
  }
}
