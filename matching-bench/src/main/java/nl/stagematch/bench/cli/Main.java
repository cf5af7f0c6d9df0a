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

/**
 * The {@code stagematch} command line: {@code java -jar stagematch.jar COMMAND [ARGS]}.
 *
 * <p>Commands are registered explicitly in {@link #commands()}; an unknown name fails with the list
 * of known ones. Exit code 0 on success, 2 for bad input or arguments and for the environment (a
 * file that cannot be read or written, a full disk, too little heap), 1 only for a bug.
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

  /** Runs the command line and returns the exit code; never calls {@link System#exit}. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, Command> commands = commands();
    if (args.length == 0 || isHelp(args[0])) {
      out.print(toolHelp(commands));
      return args.length == 0 ? Command.BAD_INPUT : Command.OK;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      err.println("Unknown command (" + SafeText.clean(args[0]) + "). Known commands: "
          + String.join(", ", commands.keySet()) + ".");
      err.println("Maybe run 'stagematch --help'.");
      return Command.BAD_INPUT;
    }
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    if (rest.stream().anyMatch(Main::isHelp)) {
      out.print(command.help());
      return Command.OK;
    }
    try {
      return command.run(rest, out, err);
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.println("Maybe run 'stagematch " + command.name() + " --help'.");
      return Command.BAD_INPUT;
    } catch (OutOfMemoryError e) {
      err.println(outOfMemory(command.name(), Runtime.getRuntime().maxMemory()));
      return Command.BAD_INPUT;
    } catch (InputFiles.MalformedTextException e) {
      err.println(e.getMessage());
      return Command.BAD_INPUT;
    } catch (FileSystemException e) {
      err.println(fileProblem(e));
      return Command.BAD_INPUT;
    } catch (Exception | Error e) {
      err.println("stagematch " + command.name() + " failed with an internal error; this is a bug,"
          + " please report it with the input that caused it:");
      e.printStackTrace(err);
      return Command.BUG;
    }
  }

  /** The message for a run out of heap: how much the JVM had, and how to give it more. */
  static String outOfMemory(String command, long maxHeapBytes) {
    long mib = maxHeapBytes / (1024 * 1024);
    long suggested = Math.max(2048, Long.highestOneBit(Math.max(1, mib)) * 4) / 1024;
    return String.format(Locale.ROOT, "stagematch %s ran out of memory: the Java heap of %,d MiB"
        + " is too small for this input.%nMaybe give Java more heap, such as"
        + " 'java -Xmx%dg -jar stagematch.jar %s ...' (a national cohort needs a few GiB), or"
        + " split the input.", command, mib, suggested, command);
  }

  /** The message for a file that cannot be read or written: the path, the reason, what to do. */
  static String fileProblem(FileSystemException e) {
    String reason = e.getReason() != null ? e.getReason()
        : e instanceof NoSuchFileException ? "it does not exist"
        : e instanceof AccessDeniedException ? "access is denied"
        : e.getClass().getSimpleName();
    return "The file " + SafeText.quote(String.valueOf(e.getFile())) + " cannot be used: "
        + SafeText.clean(reason) + "."
        + "\nMaybe check the path, that its directory exists, that it is a file and not a"
        + " directory, the permissions, and that the disk is not full.";
  }

  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
  }

  private static String toolHelp(Map<String, Command> commands) {
    StringBuilder sb = new StringBuilder();
    sb.append("Usage: java -jar stagematch.jar COMMAND [ARGS]\n\n");
    sb.append("Blind internship matching for the mbo.\n\nCommands:\n");
    for (Command c : commands.values()) {
      sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
    }
    sb.append("\nRun 'stagematch COMMAND --help' for the options of one command.\n");
    return sb.toString();
  }
}
