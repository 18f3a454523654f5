package dev.teracage.compiler.decode;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the code section (id 10): for each function, its size, its locals (runs of count and type;
 * the total must stay below 2^32, else "too many locals") and its body, scanned once for
 * well-formedness. Empty runs are dropped and adjacent runs of one type merged, as the model keeps
 * them. Errors inside a body name the function index.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#code-section">Code
 *     section</a>
 */
final class CodeSection {
  private CodeSection() {}

  static void read(DecodeState s) {
    ByteReader in = s.in;
    int n = in.length();
    s.codeCount = n;
    int imported = importedFunctions(s);
    for (int i = 0; i < n; i++) {
      int size = in.length();
      int begin = in.position();
      try {
        s.module.codes.add(body(s, begin));
      } catch (MalformedException e) {
        throw e.at(e.location().inFunction(imported + i, null));
      }
      if (in.position() != begin + size) {
        throw in.error("section size mismatch", begin);
      }
    }
  }

  private static int importedFunctions(DecodeState s) {
    int count = 0;
    for (Import i : s.module.imports) {
      if (i.desc() instanceof ImportDesc.Func) {
        count++;
      }
    }
    return count;
  }

  private static FunctionBody body(DecodeState s, int begin) {
    ByteReader in = s.in;
    int runs = in.length();
    List<Local> locals = runs == 0 ? List.of() : new ArrayList<>(Math.min(runs, 16));
    long total = 0;
    for (int r = 0; r < runs; r++) {
      long count = Integer.toUnsignedLong(in.u32());
      ValType type = TypeReader.valType(in);
      total += count;
      if (total >= 1L << 32) {
        throw in.error("too many locals", begin);
      }
      if (count == 0) {
        continue;
      }
      int last = locals.size() - 1;
      if (last >= 0 && locals.get(last).type().equals(type)) {
        locals.set(last, new Local(locals.get(last).count() + count, type));
      } else {
        locals.add(new Local(count, type));
      }
    }
    int codeBegin = in.position();
    int codeEnd = s.scanner.scan();
    Expr body = new Expr(in.bytes(), codeBegin, codeEnd, in.baseOffset() + codeBegin, null);
    return new FunctionBody(locals, body);
  }
}
