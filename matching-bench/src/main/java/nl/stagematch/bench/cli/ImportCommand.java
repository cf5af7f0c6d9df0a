package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.csv.CsvImport;
import nl.stagematch.core.csv.CsvImportException;
import nl.stagematch.core.csv.ImportOptions;
import nl.stagematch.core.json.ProblemJson;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.SchoolYear;

/**
 * {@code stagematch import DIR}: converts a school's CSV export (docs/import.md) into a problem
 * document; every error of every file on its own line, nothing written on an error.
 */
final class ImportCommand implements Command {

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "Convert a school's CSV files (spreadsheet export) into a problem document";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, ""
        + "Usage: stagematch import DIR [--out FILE] [--areas FILE] [--encoding NAME]%n"
        + "                         [--separator ;|,] [--school-year YEAR]%n"
        + "%n"
        + "Reads the CSV files in DIR (studenten.csv, bedrijven.csv, erkenningen.csv,%n"
        + "plaatsen.csv and optionally beleid.csv, or their English names; see docs/import.md)%n"
        + "and writes them as a canonical problem document (stagematch-problem/1) to FILE or%n"
        + "standard output. A personal column (name, e-mail, date of birth, address, BSN, ...),%n"
        + "an unknown column or a bad cell refuses the whole import: every error is printed as%n"
        + "FILE:ROW:COLUMN: message, and nothing is written (an existing FILE is left as it was).%n"
        + "%n"
        + "Options:%n"
        + "  --out FILE          write the problem document to FILE (replaced only on success)%n"
        + "  --areas FILE        a table of area codes (columns pc4;breedtegraad;lengtegraad) to%n"
        + "                      resolve the pc4 column of students and companies%n"
        + "  --encoding NAME     the files' encoding, such as UTF-8 or windows-1252 (default:%n"
        + "                      detected: a byte-order mark or valid UTF-8 is UTF-8, anything%n"
        + "                      else Windows-1252)%n"
        + "  --separator ;|,     the separator (default: detected from the header row)%n"
        + "  --school-year YEAR  the school year, such as 2025 or 2025-26 (overrides beleid.csv;%n"
        + "                      needed without it)%n"
        + "  --help              print this text%n"
        + "%n"
        + "Exit code 0 when the problem was written, 2 when the files or arguments are wrong.%n");
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path dir = null;
    Path file = null;
    ImportOptions.Builder options = ImportOptions.builder();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--out":
          file = Path.of(value(args, ++i, arg));
          break;
        case "--areas":
          options.areas(Path.of(value(args, ++i, arg)));
          break;
        case "--encoding":
          String name = value(args, ++i, arg);
          try {
            options.encoding(Charset.forName(name));
          } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("The encoding (" + name + ") is unknown. Use UTF-8 or"
                + " windows-1252, or leave the option out to detect it.");
          }
          break;
        case "--separator":
          String sep = value(args, ++i, arg);
          if (!sep.equals(";") && !sep.equals(",")) {
            throw new UsageException("The separator (" + sep + ") must be ; or , (quote it in"
                + " the shell: --separator ';').");
          }
          options.separator(sep.charAt(0));
          break;
        case "--school-year":
          String year = value(args, ++i, arg);
          try {
            options.schoolYear(year.matches("\\d{4}") ? SchoolYear.of(Integer.parseInt(year))
                : SchoolYear.parse(year));
          } catch (IllegalArgumentException e) {
            throw new UsageException("The school year (" + year + ") must be written as 2025 or"
                + " 2025-26.");
          }
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException("Unknown option (" + arg + ") for import. Known options:"
                + " --out, --areas, --encoding, --separator, --school-year, --help.");
          }
          if (dir != null) {
            throw new UsageException("Give one DIR to import, not two (" + dir + " and " + arg
                + ").");
          }
          dir = Path.of(arg);
      }
    }
    if (dir == null) {
      throw new UsageException("Give the DIR that holds the CSV files (studenten.csv, ...).");
    }
    if (!Files.isDirectory(dir)) {
      err.println("The directory (" + dir + ") does not exist or is not a directory.\nMaybe check"
          + " the path; give the directory that holds studenten.csv, bedrijven.csv, ...");
      return BAD_INPUT;
    }
    if (file != null && !Files.isDirectory(file.toAbsolutePath().getParent())) {
      err.println("The directory of the output file (" + file + ") does not exist.\nMaybe create"
          + " it first, or check the path given with --out.");
      return BAD_INPUT;
    }
    ImportOptions built = options.build();
    MatchingProblem problem;
    try {
      if (file == null) {
        problem = CsvImport.read(dir, built);
        ProblemJson.write(problem, out);
        out.flush();
      } else {
        problem = CsvImport.convert(dir, built, file);
      }
    } catch (CsvImportException e) {
      for (String line : e.lines()) {
        err.println(line);
      }
      err.println(String.format(Locale.ROOT, "%s cannot be imported: %,d error%s; nothing was"
          + " written.%nMaybe fix the files (or export them again) and import again; see"
          + " docs/import.md.", dir, e.errorCount(), e.errorCount() == 1 ? "" : "s"));
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println("The file (" + e.getFile() + ") does not exist.\nMaybe check the path.");
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("Reading or writing failed: " + e.getMessage() + "\nMaybe check the paths and"
          + " their permissions.");
      return BAD_INPUT;
    }
    if (file != null) {
      err.println(String.format(Locale.ROOT, "wrote %s: %,d students, %,d companies, %,d places"
          + " (%s)", file, problem.students().size(), problem.companies().size(),
          problem.places().size(), ProblemJson.FORMAT));
    }
    return OK;
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException("The option " + option + " needs a value.");
    }
    return args.get(i);
  }
}
