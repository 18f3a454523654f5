package dev.teracage.runtime.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teracage.runtime.support.Context;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BinderTest {
  /** Every wasi_snapshot_preview1 function with its witx signature: params, then the result. */
  private static final Map<String, String> WITX =
      Map.ofEntries(
          Map.entry("args_get", "ii>i"),
          Map.entry("args_sizes_get", "ii>i"),
          Map.entry("environ_get", "ii>i"),
          Map.entry("environ_sizes_get", "ii>i"),
          Map.entry("clock_res_get", "ii>i"),
          Map.entry("clock_time_get", "iji>i"),
          Map.entry("fd_advise", "ijji>i"),
          Map.entry("fd_allocate", "ijj>i"),
          Map.entry("fd_close", "i>i"),
          Map.entry("fd_datasync", "i>i"),
          Map.entry("fd_fdstat_get", "ii>i"),
          Map.entry("fd_fdstat_set_flags", "ii>i"),
          Map.entry("fd_fdstat_set_rights", "ijj>i"),
          Map.entry("fd_filestat_get", "ii>i"),
          Map.entry("fd_filestat_set_size", "ij>i"),
          Map.entry("fd_filestat_set_times", "ijji>i"),
          Map.entry("fd_pread", "iiiji>i"),
          Map.entry("fd_prestat_get", "ii>i"),
          Map.entry("fd_prestat_dir_name", "iii>i"),
          Map.entry("fd_pwrite", "iiiji>i"),
          Map.entry("fd_read", "iiii>i"),
          Map.entry("fd_readdir", "iiiji>i"),
          Map.entry("fd_renumber", "ii>i"),
          Map.entry("fd_seek", "ijii>i"),
          Map.entry("fd_sync", "i>i"),
          Map.entry("fd_tell", "ii>i"),
          Map.entry("fd_write", "iiii>i"),
          Map.entry("path_create_directory", "iii>i"),
          Map.entry("path_filestat_get", "iiiii>i"),
          Map.entry("path_filestat_set_times", "iiiijji>i"),
          Map.entry("path_link", "iiiiiii>i"),
          Map.entry("path_open", "iiiiijjii>i"),
          Map.entry("path_readlink", "iiiiii>i"),
          Map.entry("path_remove_directory", "iii>i"),
          Map.entry("path_rename", "iiiiii>i"),
          Map.entry("path_symlink", "iiiii>i"),
          Map.entry("path_unlink_file", "iii>i"),
          Map.entry("poll_oneoff", "iiii>i"),
          Map.entry("proc_exit", "i>"),
          Map.entry("proc_raise", "i>i"),
          Map.entry("sched_yield", ">i"),
          Map.entry("random_get", "ii>i"),
          Map.entry("sock_accept", "iii>i"),
          Map.entry("sock_recv", "iiiiii>i"),
          Map.entry("sock_send", "iiiii>i"),
          Map.entry("sock_shutdown", "ii>i"));

  @Test
  void bindsEveryFunctionWithItsWitxSignature() {
    Map<String, String> bound = new TreeMap<>();
    for (Map.Entry<String, MethodHandle> entry : Wasi.builder().build().handles().entrySet()) {
      bound.put(entry.getKey(), shape(entry.getValue().type()));
    }
    assertEquals(new TreeMap<>(WITX), bound);
  }

  @Test
  void snakeCase() {
    assertEquals("fd_fdstat_set_flags", Binder.snakeCase("fdFdstatSetFlags"));
    assertEquals("sched_yield", Binder.snakeCase("schedYield"));
  }

  private static String shape(MethodType type) {
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < type.parameterCount(); i++) {
      Class<?> param = type.parameterType(i);
      if (param == Context.class) {
        assertEquals(type.parameterCount() - 1, i, "context last");
      } else {
        shape.append(param == int.class ? 'i' : param == long.class ? 'j' : '?');
      }
    }
    shape.append('>');
    if (type.returnType() == int.class) {
      shape.append('i');
    }
    return shape.toString();
  }
}
