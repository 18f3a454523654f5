package dev.teracage.compiler.text;

import dev.teracage.compiler.MalformedException;
import dev.teracage.compiler.encode.ByteWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a WAST script (the specification's test script format) into its {@link Command}s.
 *
 * <p>Modules are not parsed here: a text module keeps its exact {@code (module ...)} source, a
 * quoted module its concatenated strings, a binary module its bytes, so that reading them is left
 * to the harness (and an {@code assert_malformed} observes that error, not a script error).
 * Arguments and result patterns are read by {@link ScriptConstants}.
 *
 * <pre>
 * script    ::= cmd* | modulefield*            (the latter: one inline module)
 * cmd       ::= module | (register string id?) | action | assertion
 * module    ::= (module definition? id? modulefield*)
 *             | (module definition? id? binary string*)
 *             | (module definition? id? quote string*)
 * cmd       ::= ... | (module instance id? id?) | (assert_exception action)
 *             | (assert_malformed_custom module string) | (assert_invalid_custom module string)
 * action    ::= (invoke id? string const*) | (get id? string)
 * assertion ::= (assert_return action result*) | (assert_trap action string)
 *             | (assert_trap module string) | (assert_exhaustion action string)
 *             | (assert_malformed module string) | (assert_invalid module string)
 *             | (assert_unlinkable module string) | (assert_uninstantiable module string)
 * </pre>
 *
 * <p>Every error, including unknown or unsupported script syntax, is a {@link MalformedException}
 * at the offending token's line and column.
 *
 * @see <a href="https://github.com/WebAssembly/spec/blob/main/interpreter/README.md#scripts">
 *     Scripts</a>
 */
public final class WastParser {
  /** The keywords that start a module field: a script made of those is one inline module. */
  private static final Set<String> MODULE_FIELDS =
      Set.of(
          "type", "rec", "import", "func", "table", "memory", "global", "export", "start", "elem",
          "data", "tag");

  private final Lexer lexer;
  private final TokenReader in;
  private final ScriptConstants constants;

  private WastParser(Lexer lexer) {
    this.lexer = lexer;
    this.in = new TokenReader(lexer);
    this.constants = new ScriptConstants(in);
  }

  /**
   * Reads a script.
   *
   * @param source the script's name (file name), for the script and for error locations
   * @param text the script's text
   * @return the script
   * @throws MalformedException on any lexical or syntax error in the script itself
   */
  public static Script parse(String source, String text) {
    WastParser parser = new WastParser(new Lexer(text, source));
    return new Script(source, parser.commands());
  }

  private List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    if (in.peek() == TokenKind.LPAREN
        && lexer.kind(1) == TokenKind.KEYWORD
        && MODULE_FIELDS.contains(lexer.text(1))) {
      String wrapped = "(module " + lexer.source() + "\n)";
      ScriptModule inline = new ScriptModule(null, ScriptModule.Form.TEXT, wrapped, null, 1, 1);
      commands.add(new Command.ModuleCommand(1, inline));
      return commands;
    }
    while (in.peek() != TokenKind.EOF) {
      commands.add(command());
    }
    return commands;
  }

  private Command command() {
    int open = in.position();
    int line = lexer.line(open);
    if (in.peek() != TokenKind.LPAREN || in.peek(1) != TokenKind.KEYWORD) {
      throw in.peek() == TokenKind.LPAREN ? unexpectedAt(open + 1) : in.unexpected();
    }
    String keyword = lexer.text(open + 1);
    switch (keyword) {
      case "module" -> {
        if (lexer.isKeyword(open + 2, "definition")) {
          return new Command.ModuleDefinition(line, module());
        }
        if (lexer.isKeyword(open + 2, "instance")) {
          in.seek(open + 3);
          Command instance = new Command.ModuleInstance(line, in.acceptId(), in.acceptId());
          in.expectRParen();
          return instance;
        }
        return new Command.ModuleCommand(line, module());
      }
      case "invoke", "get" -> {
        return new Command.ActionCommand(line, action());
      }
      default -> {}
    }
    in.seek(open + 2);
    Command command =
        switch (keyword) {
          case "register" -> new Command.Register(line, in.expectName(), in.acceptId());
          case "assert_return" -> assertReturn(line);
          case "assert_trap" ->
              in.peekParen("module")
                  ? new Command.AssertModuleTrap(line, module(), in.expectName())
                  : new Command.AssertTrap(line, action(), in.expectName());
          case "assert_exhaustion" -> new Command.AssertExhaustion(line, action(), in.expectName());
          case "assert_malformed" -> new Command.AssertMalformed(line, module(), in.expectName());
          case "assert_invalid" -> new Command.AssertInvalid(line, module(), in.expectName());
          case "assert_unlinkable" -> new Command.AssertUnlinkable(line, module(), in.expectName());
          case "assert_uninstantiable" ->
              new Command.AssertUninstantiable(line, module(), in.expectName());
          case "assert_exception" -> new Command.AssertException(line, action());
          case "assert_malformed_custom" ->
              new Command.AssertMalformedCustom(line, module(), in.expectName());
          case "assert_invalid_custom" ->
              new Command.AssertInvalidCustom(line, module(), in.expectName());
          default -> throw unexpectedAt(open + 1);
        };
    in.expectRParen();
    return command;
  }

  private Command assertReturn(int line) {
    Action action = action();
    List<Expected> expected = new ArrayList<>();
    while (in.peek() == TokenKind.LPAREN) {
      expected.add(constants.result());
    }
    return new Command.AssertReturn(line, action, expected);
  }

  /** Reads {@code (invoke id? name const*)} or {@code (get id? name)}. */
  private Action action() {
    if (in.peek() != TokenKind.LPAREN) {
      throw in.unexpected();
    }
    int head = in.position() + 1;
    if (lexer.isKeyword(head, "invoke")) {
      in.seek(head + 1);
      String module = in.acceptId();
      String field = in.expectName();
      List<ScriptValue> args = new ArrayList<>();
      while (in.peek() == TokenKind.LPAREN) {
        args.add(constants.argument());
      }
      in.expectRParen();
      return new Action.Invoke(module, field, args);
    }
    if (lexer.isKeyword(head, "get")) {
      in.seek(head + 1);
      String module = in.acceptId();
      String field = in.expectName();
      in.expectRParen();
      return new Action.Get(module, field);
    }
    throw unexpectedAt(head);
  }

  /**
   * Reads a module in any of its three forms, keeping it unparsed. In a definition ({@code (module
   * definition ...)}, 3.0) the keyword is blanked out of the text, which keeps every position.
   */
  private ScriptModule module() {
    int open = in.position();
    in.expectLParen();
    in.expectKeyword("module");
    int definition = in.acceptKeyword("definition") ? in.position() - 1 : -1;
    String name = in.acceptId();
    int line = lexer.line(open);
    int column = lexer.column(open);
    if (in.acceptKeyword("binary")) {
      ByteWriter bytes = new ByteWriter();
      while (in.peek() == TokenKind.STRING) {
        bytes.bytes(in.expectBytes());
      }
      in.expectRParen();
      return new ScriptModule(
          name, ScriptModule.Form.BINARY, null, bytes.toByteArray(), line, column);
    }
    if (in.acceptKeyword("quote")) {
      int first = in.position();
      ByteWriter bytes = new ByteWriter();
      while (in.peek() == TokenKind.STRING) {
        bytes.bytes(in.expectBytes());
      }
      in.expectRParen();
      String text = utf8(bytes.toByteArray(), first);
      return new ScriptModule(name, ScriptModule.Form.QUOTE, quoted(text), null, line, column);
    }
    in.seek(open);
    in.skipSexpr();
    String text = lexer.source().substring(lexer.start(open), lexer.end(in.position() - 1));
    if (definition >= 0) {
      int at = lexer.start(definition) - lexer.start(open);
      text = text.substring(0, at) + " ".repeat(10) + text.substring(at + 10);
    }
    return new ScriptModule(name, ScriptModule.Form.TEXT, text, null, line, column);
  }

  /**
   * Makes the text of a quoted module: as written when it is a whole {@code (module ...)}, else its
   * fields wrapped in one.
   */
  private static String quoted(String text) {
    try {
      Lexer inner = new Lexer(text);
      if (inner.kind(0) == TokenKind.LPAREN && inner.isKeyword(1, "module")) {
        return text;
      }
    } catch (MalformedException e) {
      // Not lexically valid: the harness reports that when it reads the wrapped text.
    }
    return "(module " + text + "\n)";
  }

  private String utf8(byte[] bytes, int token) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw lexer.error(token, "malformed UTF-8 encoding");
    }
  }

  private MalformedException unexpectedAt(int token) {
    in.seek(token);
    return in.unexpected();
  }
}
