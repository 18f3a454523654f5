package dev.teracage.compiler.codegen;

import static dev.teracage.compiler.codegen.LaneWise.F32;
import static dev.teracage.compiler.codegen.LaneWise.I32;
import static dev.teracage.compiler.codegen.LaneWise.kind;

import dev.teracage.compiler.decode.CodeReader;
import dev.teracage.compiler.model.Opcode;
import dev.teracage.compiler.model.ValType;
import java.lang.classfile.CodeBuilder;

/**
 * v128 locals in a {@link LaneWise} lane form: four {@code float}s or {@code int}s in the local's
 * four slots (where the packed form keeps two longs), chosen per local from where its reads go.
 */
final class LaneLocals {
  private LaneLocals() {}

  /**
   * Chooses the form of each v128 local: a lane form ({@link LaneWise#F32} or {@link LaneWise#I32})
   * when some {@code local.get} of it goes straight to a consumer of that form and none to one of
   * the other, else packed. Parameters and results of other forms work either way; the choice only
   * saves packing and unpacking.
   *
   * @param f the function, before its locals are declared
   * @param body the function
   * @return the form of each local
   */
  static byte[] planLocals(FunctionEmitter f, dev.teracage.compiler.model.FunctionBody body) {
    java.util.List<ValType> types = new java.util.ArrayList<>(f.type.params());
    for (dev.teracage.compiler.model.Local l : body.locals()) {
      for (long c = 0; c < l.count(); c++) {
        types.add(l.type());
      }
    }
    byte[] forms = new byte[types.size()];
    if (!types.contains(ValType.V128)) {
      return forms;
    }
    int[] f32 = new int[forms.length];
    int[] i32 = new int[forms.length];
    byte[] code = body.body().code();
    CodeReader r = new CodeReader(false);
    r.reset(code, 0, body.body().length(), 0);
    while (r.hasNext()) {
      Opcode op = r.next();
      if (op == Opcode.LOCAL_GET && Values.isV128(types.get(r.localIndex()))) {
        byte takes = LaneWise.consumer(null, code, r.nextPosition(), body.body().length());
        if (takes == F32) {
          f32[r.localIndex()]++;
        } else if (takes == I32) {
          i32[r.localIndex()]++;
        }
      }
    }
    for (int l = 0; l < forms.length; l++) {
      forms[l] =
          f32[l] > 0 && i32[l] == 0 ? F32 : i32[l] > 0 && f32[l] == 0 ? I32 : OperandStack.PACKED;
    }
    return forms;
  }

  /**
   * Converts a v128 local just stored as two longs at {@code slot} to lane form {@code form}, in
   * place.
   */
  static void unpackInPlace(CodeBuilder cb, byte form, int slot) {
    if (form == OperandStack.PACKED) {
      return;
    }
    for (int i = 0; i < 4; i++) {
      LaneCode.unpackLane(cb, form, i, i < 2 ? slot : slot + 2);
    }
    for (int i = 3; i >= 0; i--) {
      cb.storeLocal(kind(form), slot + i);
    }
  }

  /** Sets a v128 local of lane form {@code form} to zero. */
  static void zero(CodeBuilder cb, byte form, int slot) {
    for (int i = 0; i < 4; i++) {
      if (form == F32) {
        cb.fconst_0();
      } else {
        cb.iconst_0();
      }
      cb.storeLocal(kind(form), slot + i);
    }
  }

  /**
   * {@code local.get}, {@code local.set} and {@code local.tee} of a v128 local in a lane form: the
   * value is stored lane by lane (unpacked first when it comes packed), and pushed in the lane form
   * when its consumer takes it, else packed.
   *
   * @param f the function being emitted
   * @param op the instruction
   * @param local the local
   */
  static void local(FunctionEmitter f, Opcode op, int local) {
    byte form = f.localForm(local);
    int slot = f.localSlot(local);
    CodeBuilder cb = f.cb;
    if (op != Opcode.LOCAL_GET) {
      LaneCode.spill(f, form, f.stack.form(f.stack.size() - 1), i -> slot + i, 0);
      f.stack.pop();
      if (op == Opcode.LOCAL_SET) {
        return;
      }
    }
    byte result = LaneWise.wanted(f, form);
    if (result == OperandStack.PACKED) {
      LaneCode.pack(cb, form, i -> slot + i);
    } else {
      for (int i = 0; i < 4; i++) {
        cb.loadLocal(kind(form), slot + i);
      }
    }
    f.stack.push(ValType.V128);
    f.stack.setTopForm(result);
  }
}
