package nl.stagematch.bench.cli;

import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.Message;

/**
 * The {@code stagematch} command line: {@code java -jar stagematch.jar COMMAND [ARGS]}.
 *
 * <p>Commands are registered explicitly in {@link #commands()}; an unknown name fails with the list
 * of known ones. Exit code 0 on success, 2 for bad input or arguments and for the environment (a
 * file that cannot be read or written, a full disk, too little heap), 1 only for a bug. What
 * people read is in Dutch, or in English with {@code --lang en} or {@code STAGEMATCH_LANG=en}
 * ({@link Texts}); every error starts with its stable code ({@link CliMessage}).
 */
public final class Main {

  private Main() {}

  /** The registered commands, in the order {@code --help} lists them. */
  static Map<String, Command> commands() {
    Map<String, Command> commands = new LinkedHashMap<>();
    for (Command command : List.<Command>of(
        new ValidateCommand(),
        new SampleCommand(),
        new ImportCommand(),
        new SolveCommand(),
        new MatchCommand(),
        new DemoCommand(),
        new CompareCommand(),
        new ReportCommand(),
        new VerifyCommand(),
        new ExplainCommand(),
        new SessionCommand(),
        new KeygenCommand())) {
      Command previous = commands.putIfAbsent(command.name(), command);
      if (previous != null) {
        throw new IllegalStateException("Two commands are named (" + command.name() + "): "
            + previous.getClass().getName() + " and " + command.getClass().getName() + ".");
      }
    }
    return commands;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line and returns the exit code; never calls {@link System#exit}. Public for
   * jobs that run a command inside another program (the Spark sweep runs {@code compare --shard}
   * in each task).
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.getenv(), out, err);
  }

  /**
   * Runs the command line with {@code env} as the environment (for {@value Texts#ENV}) and returns
   * the exit code. The language is {@code --lang nl|en} (anywhere in the arguments), else the
   * environment variable, else Dutch.
   */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Locale previous = Texts.use(Message.DUTCH);
    try {
      List<String> all = new ArrayList<>(Arrays.asList(args));
      String envLang = env.get(Texts.ENV);
      if (envLang != null && !envLang.isBlank()) {
        Locale locale = Texts.language(envLang);
        if (locale == null) {
          Texts.error(err, CliMessage.CLI_BAD_LANGUAGE_ENV, Texts.ENV, envLang);
          return Command.BAD_INPUT;
        }
        Texts.use(locale);
      }
      for (int i = 0; i < all.size(); i++) {
        String arg = all.get(i);
        if (arg.equals("--lang") || arg.startsWith("--lang=")) {
          String value = arg.equals("--lang") ? (i + 1 < all.size() ? all.get(i + 1) : null)
              : arg.substring("--lang=".length());
          Locale locale = value == null ? null : Texts.language(value);
          if (locale == null) {
            Texts.error(err, value == null ? CliMessage.CLI_NEEDS_VALUE
                : CliMessage.CLI_BAD_LANGUAGE, value == null ? "--lang" : value);
            err.println(Texts.text(CliMessage.CLI_MAYBE_TOOL_HELP));
            return Command.BAD_INPUT;
          }
          Texts.use(locale);
          all.subList(i, i + (arg.equals("--lang") ? 2 : 1)).clear();
          i--;
        }
      }
      return run(all, out, err);
    } finally {
      Texts.use(previous);
    }
  }

  private static int run(List<String> args, PrintStream out, PrintStream err) {
    Map<String, Command> commands = commands();
    if (args.isEmpty() || isHelp(args.get(0))) {
      out.print(toolHelp(commands));
      return args.isEmpty() ? Command.BAD_INPUT : Command.OK;
    }
    Command command = commands.get(args.get(0));
    if (command == null) {
      Texts.error(err, CliMessage.CLI_UNKNOWN_COMMAND, SafeText.clean(args.get(0)),
          String.join(", ", commands.keySet()));
      err.println(Texts.text(CliMessage.CLI_MAYBE_TOOL_HELP));
      return Command.BAD_INPUT;
    }
    List<String> rest = new ArrayList<>(args.subList(1, args.size()));
    if (rest.stream().anyMatch(Main::isHelp)) {
      out.print(command.help());
      return Command.OK;
    }
    try {
      return command.run(rest, out, err);
    } catch (UsageException e) {
      err.println(Texts.error(e.messages()));
      err.println(Texts.text(CliMessage.CLI_MAYBE_HELP, command.name()));
      return Command.BAD_INPUT;
    } catch (OutOfMemoryError e) {
      err.println(Texts.error(outOfMemory(command.name(), Runtime.getRuntime().maxMemory())));
      return Command.BAD_INPUT;
    } catch (InputFiles.MalformedTextException e) {
      err.println(Texts.error(malformedText(e)));
      return Command.BAD_INPUT;
    } catch (FileSystemException e) {
      err.println(Texts.error(fileProblem(e)));
      return Command.BAD_INPUT;
    } catch (Exception | Error e) {
      Texts.error(err, CliMessage.CLI_INTERNAL_ERROR, command.name());
      e.printStackTrace(err);
      return Command.BUG;
    }
  }

  /** The message for a run out of heap: how much the JVM had, and how to give it more. */
  static Message outOfMemory(String command, long maxHeapBytes) {
    long mib = maxHeapBytes / (1024 * 1024);
    long suggested = Math.max(2048, Long.highestOneBit(Math.max(1, mib)) * 4) / 1024;
    return Message.of(CliMessage.CLI_OUT_OF_MEMORY, command, Texts.count(mib), suggested);
  }

  /** The message for a file that cannot be read or written: the path, the reason, what to do. */
  static Message fileProblem(FileSystemException e) {
    Object reason = e.getReason() != null ? SafeText.clean(e.getReason())
        : e instanceof NoSuchFileException ? Message.of(CliMessage.CLI_FILE_PROBLEM_MISSING)
        : e instanceof AccessDeniedException ? Message.of(CliMessage.CLI_FILE_PROBLEM_DENIED)
        : e.getClass().getSimpleName();
    return Message.of(CliMessage.CLI_FILE_PROBLEM, SafeText.quote(String.valueOf(e.getFile())),
        reason);
  }

  /**
   * The message for a file that is not UTF-8: the file, the line, the column, the offset and the
   * byte, from the exception's own fields (never from its English message).
   */
  static Message malformedText(InputFiles.MalformedTextException e) {
    return Message.of(CliMessage.CLI_MALFORMED_TEXT, e.name(), e.line(), e.column(), e.offset(),
        String.format(Locale.ROOT, "%02X", e.badByte()));
  }

  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
  }

  private static String toolHelp(Map<String, Command> commands) {
    StringBuilder sb = new StringBuilder();
    sb.append(Texts.text(CliMessage.CLI_TOOL_HELP_HEAD)).append("\n");
    for (Command c : commands.values()) {
      sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
    }
    sb.append("\n").append(Texts.text(CliMessage.CLI_TOOL_HELP_FOOT, Texts.ENV)).append("\n");
    return sb.toString();
  }
}
