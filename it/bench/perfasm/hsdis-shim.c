/*
 * HotSpot (JDK 17 and later) loads a disassembler plugin, hsdis-<arch>.so, and calls its
 * decode_instructions_virtual. Debian's libhsdis0-fcml still exports only the older
 * decode_instructions, which takes the code's own addresses. HotSpot's buffer is the live code
 * (start_va equals buffer), so forwarding the call is enough. Built by perfasm.sh; never shipped.
 */
#include <stdint.h>

typedef void *(*event_callback_t)(void *, const char *, void *);
typedef int (*printf_callback_t)(void *, const char *, ...);

extern void *decode_instructions(void *start, void *end, event_callback_t event,
                                 void *event_stream, printf_callback_t printf_callback,
                                 void *printf_stream, const char *options);

void *decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va, unsigned char *buffer,
                                  uintptr_t length, event_callback_t event, void *event_stream,
                                  printf_callback_t printf_callback, void *printf_stream,
                                  const char *options, int newline) {
  (void) start_va;
  (void) end_va;
  (void) newline;
  return decode_instructions(buffer, buffer + length, event, event_stream, printf_callback,
                             printf_stream, options);
}
