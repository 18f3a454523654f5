package dev.teracage.compiler.text;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.model.ElementSegment;
import dev.teracage.compiler.model.Export;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.ExternKind;
import dev.teracage.compiler.model.FunctionBody;
import dev.teracage.compiler.model.Global;
import dev.teracage.compiler.model.GlobalType;
import dev.teracage.compiler.model.Import;
import dev.teracage.compiler.model.ImportDesc;
import dev.teracage.compiler.model.Limits;
import dev.teracage.compiler.model.Local;
import dev.teracage.compiler.model.MemoryType;
import dev.teracage.compiler.model.SegmentMode;
import dev.teracage.compiler.model.Table;
import dev.teracage.compiler.model.TableType;
import dev.teracage.compiler.model.Tag;
import dev.teracage.compiler.model.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass over a module's fields: parses each one, in order, into the module being built.
 * Imports, functions, tables, memories, globals, exports and start are here; element and data
 * segments are in {@link SegmentFields}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html">Modules</a>
 */
final class ModuleFields {
  private final ModuleContext ctx;
  private final TokenReader r;
  private final SegmentFields segments;
  private int funcCount;
  private int tableCount;
  private int memoryCount;
  private int globalCount;
  private int tagCount;

  ModuleFields(ModuleContext ctx) {
    this.ctx = ctx;
    this.r = ctx.reader;
    this.segments = new SegmentFields(ctx);
  }

  /** Parses the fields from the reader's position up to the module's closing parenthesis. */
  void parse() {
    while (r.peek() == TokenKind.LPAREN) {
      int fieldStart = r.position();
      r.next();
      switch (r.peekText(0)) {
        case "type" -> {
          r.seek(fieldStart);
          r.skipSexpr();
          continue;
        }
        case "import" -> importField();
        case "func" -> func();
        case "table" -> table();
        case "memory" -> memory();
        case "global" -> global();
        case "tag" -> tag();
        case "export" -> export();
        case "start" -> start();
        case "elem" -> segments.elem();
        case "data" -> segments.data();
        default -> throw r.unexpected();
      }
      r.expectRParen();
    }
  }

  private static String name(String id) {
    return id == null ? null : id.substring(1);
  }

  private void importField() {
    r.expectKeyword("import");
    String module = r.expectName();
    String name = r.expectName();
    r.expectLParen();
    String kw = r.peekText(0);
    r.next();
    String id = r.acceptId();
    ctx.module.imports.add(new Import(module, name, importDesc(kw, id)));
    r.expectRParen();
  }

  private ImportDesc importDesc(String kind, String id) {
    return switch (kind) {
      case "func" -> {
        int index = funcCount++;
        if (id != null) {
          ctx.functionNames.put(index, name(id));
        }
        yield new ImportDesc.Func(TypeUses.typeUse(r, ctx, new ArrayList<>()));
      }
      case "table" -> {
        tableCount++;
        yield new ImportDesc.Table(tableType());
      }
      case "memory" -> {
        memoryCount++;
        yield new ImportDesc.Memory(new MemoryType(limits(addressType())));
      }
      case "global" -> {
        globalCount++;
        yield new ImportDesc.Global(globalType());
      }
      case "tag" -> {
        tagCount++;
        yield new ImportDesc.Tag(TypeUses.typeUse(r, ctx, new ArrayList<>()));
      }
      default -> throw r.unexpected();
    };
  }

  /** Reads {@code (export "name")*} of an entity and adds them. */
  private void inlineExports(ExternKind kind, int index) {
    while (r.acceptParen("export")) {
      ctx.module.exports.add(new Export(r.expectName(), kind, index));
      r.expectRParen();
    }
  }

  /** Reads {@code (import "m" "n")} of an entity and its description, if present. */
  private boolean inlineImport(String kind, String id) {
    if (!r.acceptParen("import")) {
      return false;
    }
    String module = r.expectName();
    String name = r.expectName();
    r.expectRParen();
    ctx.module.imports.add(new Import(module, name, importDesc(kind, id)));
    return true;
  }

  private void func() {
    r.expectKeyword("func");
    String id = r.acceptId();
    inlineExports(ExternKind.FUNC, funcCount);
    if (inlineImport("func", id)) {
      return;
    }
    int index = funcCount++;
    if (id != null) {
      ctx.functionNames.put(index, name(id));
    }
    IndexSpace locals = new IndexSpace("local");
    List<Integer> paramIds = new ArrayList<>();
    int typeIndex = TypeUses.typeUse(r, ctx, paramIds);
    Map<Integer, String> localNames = new HashMap<>();
    for (int t : paramIds) {
      addLocal(locals, t < 0 ? null : r.lexer().id(t), localNames, t);
    }
    List<Local> declared = new ArrayList<>();
    while (r.acceptParen("local")) {
      if (r.peek() == TokenKind.ID) {
        int t = r.next();
        addLocal(locals, r.lexer().id(t), localNames, t);
        addRun(declared, TypeUses.valType(r, ctx));
      } else {
        while (r.peek() != TokenKind.RPAREN) {
          addRun(declared, TypeUses.valType(r, ctx));
          locals.add(r, -1);
        }
      }
      r.expectRParen();
    }
    if (!localNames.isEmpty()) {
      ctx.localNames.put(index, localNames);
    }
    Expr body;
    try {
      body = new InstructionParser(ctx, locals).expression();
    } catch (MalformedException e) {
      throw e.at(e.location().inFunction(index, name(id)));
    }
    ctx.module.functions.add(typeIndex);
    ctx.module.codes.add(new FunctionBody(declared, body));
  }

  private void addLocal(IndexSpace locals, String id, Map<Integer, String> names, int token) {
    int index = locals.add(id, r.lexer(), token);
    if (id != null) {
      names.put(index, name(id));
    }
  }

  private static void addRun(List<Local> runs, ValType type) {
    int last = runs.size() - 1;
    if (last >= 0 && runs.get(last).type().equals(type)) {
      runs.set(last, new Local(runs.get(last).count() + 1, type));
    } else {
      runs.add(new Local(1, type));
    }
  }

  /** Reads {@code i32|i64}, if present: true for {@code i64}. */
  private boolean addressType() {
    if (r.acceptKeyword("i64")) {
      return true;
    }
    r.acceptKeyword("i32");
    return false;
  }

  Limits limits(boolean is64) {
    boolean wide = is64 || ctx.wasm3;
    long min = wide ? IndexSpace.readU64(r) : Integer.toUnsignedLong(IndexSpace.readU32(r));
    long max = Limits.NO_MAX;
    if (r.peek() == TokenKind.NUMBER) {
      max = wide ? IndexSpace.readU64(r) : Integer.toUnsignedLong(IndexSpace.readU32(r));
    }
    boolean shared = r.acceptKeyword("shared");
    return new Limits(min, max, is64, shared);
  }

  private TableType tableType() {
    Limits limits = limits(addressType());
    return new TableType(TypeUses.refType(r, ctx), limits);
  }

  private GlobalType globalType() {
    if (r.acceptParen("mut")) {
      ValType t = TypeUses.valType(r, ctx);
      r.expectRParen();
      return new GlobalType(t, true);
    }
    return new GlobalType(TypeUses.valType(r, ctx), false);
  }

  private void table() {
    r.expectKeyword("table");
    String id = r.acceptId();
    inlineExports(ExternKind.TABLE, tableCount);
    if (inlineImport("table", id)) {
      return;
    }
    int index = tableCount++;
    int at = r.position();
    boolean is64 = addressType();
    if (r.peek() != TokenKind.NUMBER) {
      ValType type = TypeUses.refType(r, ctx);
      if (!r.acceptParen("elem")) {
        throw r.unexpected();
      }
      List<Expr> items = segments.elementItems(type);
      r.expectRParen();
      Limits limits = new Limits(items.size(), items.size(), is64, false);
      ctx.module.tables.add(new Table(new TableType(type, limits), null));
      ctx.module.elements.add(
          new ElementSegment(
              SegmentMode.ACTIVE, index, SegmentFields.zeroOffset(is64), type, items));
      return;
    }
    r.seek(at);
    TableType type = tableType();
    Expr init = null;
    if (r.peek() == TokenKind.LPAREN) {
      init = new InstructionParser(ctx, new IndexSpace("local")).expression();
    }
    ctx.module.tables.add(new Table(type, init));
  }

  private void memory() {
    r.expectKeyword("memory");
    String id = r.acceptId();
    inlineExports(ExternKind.MEMORY, memoryCount);
    if (inlineImport("memory", id)) {
      return;
    }
    int index = memoryCount++;
    boolean is64 = addressType();
    if (r.acceptParen("data")) {
      byte[] bytes = segments.dataStrings();
      r.expectRParen();
      long pages = (bytes.length + 0xFFFFL) / 0x10000L;
      ctx.module.memories.add(new MemoryType(new Limits(pages, pages, is64, false)));
      ctx.module.data.add(segments.activeData(index, bytes, is64));
      return;
    }
    ctx.module.memories.add(new MemoryType(limits(is64)));
  }

  private void global() {
    r.expectKeyword("global");
    String id = r.acceptId();
    inlineExports(ExternKind.GLOBAL, globalCount);
    if (inlineImport("global", id)) {
      return;
    }
    globalCount++;
    GlobalType type = globalType();
    Expr init = new InstructionParser(ctx, new IndexSpace("local")).expression();
    ctx.module.globals.add(new Global(type, init));
  }

  private void tag() {
    r.expectKeyword("tag");
    String id = r.acceptId();
    inlineExports(ExternKind.TAG, tagCount);
    if (inlineImport("tag", id)) {
      return;
    }
    tagCount++;
    ctx.module.tags.add(new Tag(TypeUses.typeUse(r, ctx, new ArrayList<>())));
  }

  private void export() {
    r.expectKeyword("export");
    String name = r.expectName();
    r.expectLParen();
    String kw = r.peekText(0);
    ExternKind kind;
    IndexSpace space;
    switch (kw) {
      case "func" -> {
        kind = ExternKind.FUNC;
        space = ctx.funcs;
      }
      case "table" -> {
        kind = ExternKind.TABLE;
        space = ctx.tables;
      }
      case "memory" -> {
        kind = ExternKind.MEMORY;
        space = ctx.memories;
      }
      case "global" -> {
        kind = ExternKind.GLOBAL;
        space = ctx.globals;
      }
      case "tag" -> {
        kind = ExternKind.TAG;
        space = ctx.tags;
      }
      default -> throw r.unexpected();
    }
    r.next();
    ctx.module.exports.add(new Export(name, kind, space.resolve(r)));
    r.expectRParen();
  }

  private void start() {
    int t = r.position();
    r.expectKeyword("start");
    if (ctx.module.start >= 0) {
      throw r.lexer().error(t, "multiple start sections");
    }
    ctx.module.start = ctx.funcs.resolve(r);
  }
}
