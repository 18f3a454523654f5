package dev.teracage.compiler.model;

/** What an import brings in: one case per {@link ExternKind}. */
public sealed interface ImportDesc {
  /**
   * Returns the kind of entity imported.
   *
   * @return the kind
   */
  ExternKind kind();

  /**
   * An imported function.
   *
   * @param typeIndex index into the type section
   */
  record Func(int typeIndex) implements ImportDesc {
    @Override
    public ExternKind kind() {
      return ExternKind.FUNC;
    }
  }

  /**
   * An imported table.
   *
   * @param type the table type
   */
  record Table(TableType type) implements ImportDesc {
    @Override
    public ExternKind kind() {
      return ExternKind.TABLE;
    }
  }

  /**
   * An imported memory.
   *
   * @param type the memory type
   */
  record Memory(MemoryType type) implements ImportDesc {
    @Override
    public ExternKind kind() {
      return ExternKind.MEMORY;
    }
  }

  /**
   * An imported global.
   *
   * @param type the global type
   */
  record Global(GlobalType type) implements ImportDesc {
    @Override
    public ExternKind kind() {
      return ExternKind.GLOBAL;
    }
  }

  /**
   * An imported exception tag (WebAssembly 3.0).
   *
   * @param typeIndex index of the tag's function type
   */
  record Tag(int typeIndex) implements ImportDesc {
    @Override
    public ExternKind kind() {
      return ExternKind.TAG;
    }
  }
}
