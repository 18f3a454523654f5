package dev.teracage.runtime.wasi;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Maps what {@code java.nio} throws to an {@link Errno}. Exceptions without a dedicated class carry
 * the operating system's {@code strerror} text as their reason; those texts are matched here.
 */
final class IoErrors {
  private IoErrors() {}

  static int errno(Throwable e) {
    return switch (e) {
      case NoSuchFileException x -> Errno.NOENT;
      case FileAlreadyExistsException x -> Errno.EXIST;
      case DirectoryNotEmptyException x -> Errno.NOTEMPTY;
      case AccessDeniedException x -> Errno.ACCES;
      case NotDirectoryException x -> Errno.NOTDIR;
      case NotLinkException x -> Errno.INVAL;
      case FileSystemLoopException x -> Errno.LOOP;
      case FileSystemException x -> reason(x.getReason());
      case ClosedChannelException x -> Errno.BADF;
      case NonReadableChannelException x -> Errno.BADF;
      case NonWritableChannelException x -> Errno.BADF;
      case IllegalArgumentException x -> Errno.INVAL;
      case UnsupportedOperationException x -> Errno.NOTSUP;
      case IOException x -> reason(x.getMessage());
      default -> Errno.IO;
    };
  }

  private static int reason(String reason) {
    if (reason == null) {
      return Errno.IO;
    }
    if (reason.startsWith("Too many levels of symbolic links")) {
      return Errno.LOOP; // java.nio appends " or unable to access attributes of symbolic link"
    }
    return switch (reason) {
      case "Is a directory" -> Errno.ISDIR;
      case "Not a directory" -> Errno.NOTDIR;
      case "Directory not empty" -> Errno.NOTEMPTY;
      case "Read-only file system" -> Errno.ROFS;
      case "No space left on device" -> Errno.NOSPC;
      case "Disk quota exceeded" -> Errno.DQUOT;
      case "Too many levels of symbolic links" -> Errno.LOOP;
      case "File name too long" -> Errno.NAMETOOLONG;
      case "Invalid argument" -> Errno.INVAL;
      case "Operation not permitted" -> Errno.PERM;
      case "Permission denied" -> Errno.ACCES;
      case "Invalid cross-device link" -> Errno.XDEV;
      case "Too many links" -> Errno.MLINK;
      case "File too large" -> Errno.FBIG;
      case "Device or resource busy" -> Errno.BUSY;
      case "Text file busy" -> Errno.TXTBSY;
      case "Broken pipe" -> Errno.PIPE;
      case "No such file or directory" -> Errno.NOENT;
      case "File exists" -> Errno.EXIST;
      case "Bad file descriptor" -> Errno.BADF;
      default -> Errno.IO;
    };
  }
}
