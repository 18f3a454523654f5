package dev.teracage.runtime.image;

import java.util.Objects;

/** What an import expects: a function of a type, or a table, memory or global of a type. */
public sealed interface ImportDesc
    permits ImportDesc.Func, ImportDesc.Table, ImportDesc.Memory, ImportDesc.Global {
  /**
   * Returns the kind of the import.
   *
   * @return the kind
   */
  ExternKind kind();

  /**
   * A function import.
   *
   * @param typeIndex index of its signature in {@link ModuleImage#types()}
   */
  record Func(int typeIndex) implements ImportDesc {
    @Override
    public ExternKind kind() {
      return ExternKind.FUNC;
    }
  }

  /**
   * A table import.
   *
   * @param type the table type
   */
  record Table(TableType type) implements ImportDesc {
    /** Checks the description. */
    public Table {
      Objects.requireNonNull(type);
    }

    @Override
    public ExternKind kind() {
      return ExternKind.TABLE;
    }
  }

  /**
   * A memory import.
   *
   * @param type the memory type
   */
  record Memory(MemoryType type) implements ImportDesc {
    /** Checks the description. */
    public Memory {
      Objects.requireNonNull(type);
    }

    @Override
    public ExternKind kind() {
      return ExternKind.MEMORY;
    }
  }

  /**
   * A global import.
   *
   * @param type the global type
   */
  record Global(GlobalType type) implements ImportDesc {
    /** Checks the description. */
    public Global {
      Objects.requireNonNull(type);
    }

    @Override
    public ExternKind kind() {
      return ExternKind.GLOBAL;
    }
  }
}
