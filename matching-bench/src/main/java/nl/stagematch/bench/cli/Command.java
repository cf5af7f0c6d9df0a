package nl.stagematch.bench.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the {@code stagematch} command line.
 *
 * <p>Exit codes: {@link #OK} on success, {@link #BAD_INPUT} when the input or the arguments are at
 * fault (the message says what, where, and what to do), {@link #BUG} only for a bug of ours, and
 * {@link #UNSUPPORTED} for an input the command does not handle.
 */
interface Command {
  int OK = 0;
  int BUG = 1;
  int BAD_INPUT = 2;
  int UNSUPPORTED = 3;

  /** The name the command is called by, such as {@code validate}. */
  String name();

  /** One line for the tool's {@code --help}. */
  String summary();

  /** The full text printed by {@code stagematch NAME --help}. */
  String help();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command name; never contains {@code --help}
   * @return the exit code
   * @throws UsageException when the arguments are wrong; the caller prints the message and exits 2
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
