/*
 * Sandbox escape attempts from a preopen "/sandbox" (holding a link "out" to its parent directory
 * and a link "loop" to itself) next to a preopen "/other". Each attempt prints its errno name; the
 * test checks the names and that the host tree is unchanged.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static void attempt(const char *what, int result) {
  printf("%s: %s\n", what, result >= 0 ? "allowed" : strerror(errno));
  if (result >= 0) {
    failures++;
  }
}

int main(void) {
  errno = 0;
  attempt("dotdot", open("/sandbox/../secret.txt", O_RDONLY));
  errno = 0;
  attempt("deep dotdot", open("/sandbox/a/../../secret.txt", O_RDONLY));
  errno = 0;
  attempt("absolute", open("/etc/passwd", O_RDONLY));
  errno = 0;
  attempt("link out", open("/sandbox/out/secret.txt", O_RDONLY));
  errno = 0;
  attempt("link out create", open("/sandbox/out/created.txt", O_WRONLY | O_CREAT, 0644));
  errno = 0;
  attempt("loop", open("/sandbox/loop/x", O_RDONLY));
  errno = 0;
  attempt("symlink out", symlink("../secret.txt", "/sandbox/evil"));
  errno = 0;
  attempt("rename across", rename("/sandbox/inside.txt", "/other/stolen.txt"));
  errno = 0;
  attempt("link across", link("/sandbox/inside.txt", "/other/stolen.txt"));
  errno = 0;
  attempt("mkdir out", mkdir("/sandbox/../made", 0755));
  errno = 0;
  attempt("unlink out", unlink("/sandbox/out/secret.txt"));
  return report();
}
