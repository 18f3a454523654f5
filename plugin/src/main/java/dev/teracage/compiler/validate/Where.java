package dev.teracage.compiler.validate;

import dev.teracage.compiler.Location;
import dev.teracage.compiler.model.Expr;
import dev.teracage.compiler.model.SourceMap;

/** Builds the {@link Location} of a position inside an expression: byte offset or line:column. */
final class Where {
  private Where() {}

  /**
   * Returns where a byte of an expression came from.
   *
   * @param expr the expression, or {@code null}
   * @param position index into {@link Expr#code()}
   * @return the location: line and column when read from text, the module byte offset when decoded
   *     from a binary, else {@link Location#UNKNOWN}
   */
  static Location at(Expr expr, int position) {
    if (expr == null) {
      return Location.UNKNOWN;
    }
    long offset = expr.sourceOffset() >= 0 ? expr.sourceOffset() + position : -1;
    SourceMap map = expr.sourceMap();
    int line = -1;
    int column = -1;
    if (map != null && map.line(position) > 0) {
      line = map.line(position);
      column = map.column(position);
    }
    return new Location(null, -1, null, offset, line, column);
  }
}
