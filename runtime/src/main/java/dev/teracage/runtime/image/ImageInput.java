package dev.teracage.runtime.image;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A little-endian cursor over image bytes for {@link ImageReader}. Every read is checked against
 * the end of the current section (or of the image) before it happens, and every count against the
 * bytes left, so no declared size is trusted: problems become an {@link ImageException} naming what
 * was expected, what was found and where.
 */
final class ImageInput {
  private final byte[] buf;
  private int pos;
  private int limit;
  private int end;
  private String section = "header";
  private String entryKind;
  private int entryIndex;
  private String itemKind;
  private int itemIndex;

  ImageInput(byte[] buf, int length) {
    this.buf = buf;
    this.limit = length;
    this.end = length;
  }

  /** Ends the image earlier (before its checksum), outside any section. */
  void limitTo(int newEnd) {
    end = newEnd;
    limit = newEnd;
  }

  int position() {
    return pos;
  }

  /**
   * Names the entry being read (for example import 3) for messages; labels passed to the read
   * methods are constants, so nothing is concatenated unless something fails.
   */
  void entry(String kind, int index) {
    entryKind = kind;
    entryIndex = index;
    itemKind = null;
  }

  /** Names a part of the current entry (index -1: none); {@code null} clears it. */
  void item(String kind, int index) {
    itemKind = kind;
    itemIndex = index;
  }

  ImageException fail(String reason) {
    return failAt(pos, reason);
  }

  ImageException failAt(int offset, String reason) {
    StringBuilder where = new StringBuilder(section);
    if (entryKind != null) {
      where.append(": ").append(entryKind).append(' ').append(entryIndex);
    }
    if (itemKind != null) {
      where.append(' ').append(itemKind).append(itemIndex >= 0 ? " " + itemIndex : "");
    }
    // "import 3" + "kind: expected ..." -> "import 3 kind: expected ..."; a bare reason gets ": "
    where.append(reason.startsWith("expected") || entryKind == null ? ": " : " ");
    return new ImageException(where.append(reason).toString(), offset);
  }

  private void need(int bytes, String what) {
    if (limit - pos < bytes) {
      throw fail(
          what
              + ": expected "
              + bytes
              + " byte"
              + (bytes == 1 ? "" : "s")
              + ", found "
              + (limit - pos)
              + " (unexpected end)");
    }
  }

  int u8(String what) {
    need(1, what);
    return buf[pos++] & 0xFF;
  }

  int u16(String what) {
    need(2, what);
    int value = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8;
    pos += 2;
    return value;
  }

  long u32(String what) {
    need(4, what);
    long value = 0;
    for (int i = 0; i < 4; i++) {
      value |= (long) (buf[pos + i] & 0xFF) << (8 * i);
    }
    pos += 4;
    return value;
  }

  long u64(String what) {
    need(8, what);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value |= (long) (buf[pos + i] & 0xFF) << (8 * i);
    }
    pos += 8;
    return value;
  }

  /** Reads a u32 index and checks it is below {@code bound}. */
  int index(String what, int bound) {
    int at = pos;
    long value = u32(what);
    if (value >= bound) {
      throw failAt(at, what + ": expected an index below " + bound + ", found " + value);
    }
    return (int) value;
  }

  /** Reads a u32 flag that must be 0 or 1. */
  boolean flag(String what) {
    int at = pos;
    int value = u8(what);
    if (value > 1) {
      throw failAt(at, what + ": expected 0 or 1, found " + value);
    }
    return value == 1;
  }

  /**
   * Reads a u32 count of entries each at least {@code minEntrySize} bytes long and checks that they
   * can fit in what is left of the section.
   */
  int count(String what, int minEntrySize) {
    int at = pos;
    long count = u32(what);
    long room = (limit - pos) / minEntrySize;
    if (count > room) {
      throw failAt(
          at,
          what
              + ": expected at most "
              + room
              + " (bytes left "
              + (limit - pos)
              + "), found "
              + count);
    }
    return (int) count;
  }

  byte[] bytes(int length, String what) {
    need(length, what);
    byte[] result = new byte[length];
    System.arraycopy(buf, pos, result, 0, length);
    pos += length;
    return result;
  }

  String string(String what) {
    int length = count(what, 1);
    int at = pos;
    if (isAscii(at, length)) {
      pos += length;
      return new String(buf, at, length, StandardCharsets.ISO_8859_1);
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(buf, pos, length))
              .toString();
      pos += length;
      return s;
    } catch (CharacterCodingException e) {
      throw failAt(at, what + ": expected UTF-8, found malformed bytes");
    }
  }

  private boolean isAscii(int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (buf[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Reads a section header, checks the id, and confines reads to the section's bytes. */
  void beginSection(int id) {
    int at = pos;
    section = "image";
    int found = u8("section id");
    if (found != id) {
      throw failAt(
          at,
          "section id: expected " + id + " (" + ImageFormat.sectionName(id) + "), found " + found);
    }
    section = "section " + ImageFormat.sectionName(id);
    entryKind = null;
    itemKind = null;
    long length = u32("length");
    if (length > limit - pos) {
      throw failAt(at + 1, "length: expected at most " + (limit - pos) + ", found " + length);
    }
    limit = pos + (int) length;
  }

  /** Checks the section was consumed exactly and lifts the confinement. */
  void endSection() {
    if (pos != limit) {
      throw fail("expected the section's end, found " + (limit - pos) + " more bytes");
    }
    limit = end;
    section = "image";
    entryKind = null;
    itemKind = null;
  }

  /** Checks nothing follows the last section. */
  void end() {
    if (pos != end) {
      throw fail("expected the image's end, found " + (end - pos) + " more bytes");
    }
  }
}
