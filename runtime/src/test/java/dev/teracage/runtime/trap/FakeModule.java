package dev.teracage.runtime.trap;

import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.teracage.runtime.support.Traps;
import java.lang.classfile.ClassFile;
import java.lang.classfile.attribute.SourceFileAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A class shaped like generated code, built with java.lang.classfile: methods {@code f<i>} whose
 * line numbers are byte offsets inside the function body.
 *
 * <pre>
 * f2()V          +0x2: unreachable (Traps.unreachable, athrow)
 * f3(II)I        +0x1a: i32.div_s as a plain idiv
 * f7(I)I         +0x5: call f3(x, 0)
 * f9(MemorySegment,J)I  +0x30: i32.load
 * f10()V         +0x1: call f10 (endless recursion)
 * f12$part2(I)I  +0x4: call f7
 * </pre>
 */
final class FakeModule {
  static final String MODULE = "calc";

  private final Class<?> type;

  FakeModule(String className) {
    ClassDesc self = ClassDesc.of(className);
    ClassDesc segment = ClassDesc.of(MemorySegment.class.getName());
    ClassDesc ofInt = ClassDesc.of(ValueLayout.OfInt.class.getName());
    ClassDesc valueLayout = ClassDesc.of(ValueLayout.class.getName());
    ClassDesc traps = ClassDesc.of(Traps.class.getName());
    ClassDesc trap = ClassDesc.of(TrapException.class.getName());
    int flags = ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC;
    MethodTypeDesc intInt = MethodTypeDesc.of(CD_int, CD_int);
    byte[] bytes =
        ClassFile.of()
            .build(
                self,
                cb -> {
                  cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
                  cb.with(SourceFileAttribute.of(MODULE));
                  cb.withMethodBody(
                      "f2",
                      MethodTypeDesc.of(CD_void),
                      flags,
                      code ->
                          code.lineNumber(0x2)
                              .invokestatic(traps, "unreachable", MethodTypeDesc.of(trap))
                              .athrow());
                  cb.withMethodBody(
                      "f3",
                      MethodTypeDesc.of(CD_int, CD_int, CD_int),
                      flags,
                      code -> code.iload(0).iload(1).lineNumber(0x1a).idiv().ireturn());
                  cb.withMethodBody(
                      "f7",
                      intInt,
                      flags,
                      code ->
                          code.iload(0)
                              .iconst_0()
                              .lineNumber(0x5)
                              .invokestatic(self, "f3", MethodTypeDesc.of(CD_int, CD_int, CD_int))
                              .ireturn());
                  cb.withMethodBody(
                      "f9",
                      MethodTypeDesc.of(CD_int, segment, CD_long),
                      flags,
                      code ->
                          code.aload(0)
                              .getstatic(valueLayout, "JAVA_INT_UNALIGNED", ofInt)
                              .lload(1)
                              .lineNumber(0x30)
                              .invokeinterface(
                                  segment, "get", MethodTypeDesc.of(CD_int, ofInt, CD_long))
                              .ireturn());
                  cb.withMethodBody(
                      "f10",
                      MethodTypeDesc.of(CD_void),
                      flags,
                      code ->
                          code.lineNumber(0x1)
                              .invokestatic(self, "f10", MethodTypeDesc.of(CD_void))
                              .return_());
                  cb.withMethodBody(
                      "f12$part2",
                      intInt,
                      flags,
                      code ->
                          code.iload(0).lineNumber(0x4).invokestatic(self, "f7", intInt).ireturn());
                });
    type = new Loader(FakeModule.class.getClassLoader()).define(bytes);
  }

  /** Debug info: functions 0 and 1 are imports, 3 is "div", 7 is "main", the rest unnamed. */
  static DebugInfo debugInfo() {
    String[] names = new String[13];
    names[3] = "div";
    names[7] = "main";
    int[] bodies = {-1, -1, 0x100, 0x120, -1, -1, -1, 0x200, -1, 0x300, 0x400, -1, 0x500};
    return new DebugInfo(MODULE, names, bodies);
  }

  String className() {
    return type.getName();
  }

  MethodHandle function(String name, MethodType type) throws ReflectiveOperationException {
    return MethodHandles.publicLookup().findStatic(this.type, name, type);
  }

  private static final class Loader extends ClassLoader {
    Loader(ClassLoader parent) {
      super(parent);
    }

    Class<?> define(byte[] bytes) {
      return defineClass(null, bytes, 0, bytes.length);
    }
  }
}
