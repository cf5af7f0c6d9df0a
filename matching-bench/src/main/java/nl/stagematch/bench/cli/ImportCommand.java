package nl.stagematch.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.stagematch.core.format.CsvImport;
import nl.stagematch.core.format.CsvImportException;
import nl.stagematch.core.format.ImportOptions;
import nl.stagematch.core.format.PseudonymKey;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.FileMessages;
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
    return Texts.dutch() ? "De CSV-bestanden van een school (export uit een spreadsheet) omzetten"
        + " in een probleemdocument"
        : "Convert a school's CSV files (spreadsheet export) into a problem document";
  }

  @Override
  public String help() {
    return String.format(Locale.ROOT, Texts.dutch() ? DUTCH_HELP : ENGLISH_HELP);
  }

  private static final String DUTCH_HELP = ""
        + "Gebruik: stagematch import MAP [--out BESTAND] [--areas BESTAND] [--encoding NAAM]%n"
        + "                           [--separator ;|,] [--school-year JAAR]%n"
        + "                           [--pseudonymise SLEUTELBESTAND [--mapping BESTAND]]%n"
        + "         stagematch import --new-key SLEUTELBESTAND%n"
        + "%n"
        + "Leest de CSV-bestanden in MAP (studenten.csv, bedrijven.csv, erkenningen.csv,%n"
        + "plaatsen.csv en eventueel beleid.csv en reistijden.csv, of hun Engelse namen; zie%n"
        + "docs/import.md) en%n"
        + "schrijft ze als canoniek probleemdocument (stagematch-problem/1) naar BESTAND of%n"
        + "standaarduitvoer. Een persoonlijke kolom (naam, e-mail, geboortedatum, adres, BSN,%n"
        + "...), een onbekende kolom of een foute cel weigert de hele import: elke fout wordt%n"
        + "afgedrukt als BESTAND:RIJ:KOLOM: melding, en er wordt niets geschreven (een bestaand%n"
        + "BESTAND blijft zoals het was).%n"
        + "%n"
        + "Opties:%n"
        + "  --out BESTAND       schrijf het probleemdocument naar BESTAND (alleen vervangen als%n"
        + "                      het lukt)%n"
        + "  --areas BESTAND     een tabel van gebiedscodes (kolommen pc4;breedtegraad;%n"
        + "                      lengtegraad) om de kolom pc4 van studenten en bedrijven op te%n"
        + "                      lossen%n"
        + "  --encoding NAAM     de codering van de bestanden, zoals UTF-8 of windows-1252%n"
        + "                      (standaard: herkend: een byte-order mark of geldige UTF-8 is%n"
        + "                      UTF-8, al het andere Windows-1252)%n"
        + "  --separator ;|,     het scheidingsteken (standaard: herkend uit de kopregel)%n"
        + "  --school-year JAAR  het schooljaar, zoals 2025 of 2025-26 (gaat voor beleid.csv;%n"
        + "                      nodig zonder dat bestand)%n"
        + "  --pseudonymise SLEUTELBESTAND  accepteer het eigen studentnummer van de school%n"
        + "                      (studentnummer) in plaats van de id en maak er een pseudoniem%n"
        + "                      S-XXXXXXXXXX van, HMAC-SHA-256 met de sleutel in%n"
        + "                      SLEUTELBESTAND; het nummer staat niet in het probleem%n"
        + "  --mapping BESTAND   met --pseudonymise: schrijf pseudoniem;studentnummer naar%n"
        + "                      BESTAND, alleen voor de school (om uitslagen terug te koppelen%n"
        + "                      aan namen)%n"
        + "  --new-key SLEUTELBESTAND  schrijf een nieuwe willekeurige sleutel (32 bytes,%n"
        + "                      hexadecimaal) naar SLEUTELBESTAND, dat nog niet mag bestaan;%n"
        + "                      bewaar hem op school en nergens anders%n"
        + "  --help              druk deze tekst af%n"
        + "%n"
        + "Afsluitcode 0 als het probleem is geschreven, 2 als de bestanden of de argumenten niet%n"
        + "kloppen.%n";

  private static final String ENGLISH_HELP = ""
        + "Usage: stagematch import DIR [--out FILE] [--areas FILE] [--encoding NAME]%n"
        + "                         [--separator ;|,] [--school-year YEAR]%n"
        + "                         [--pseudonymise KEYFILE [--mapping FILE]]%n"
        + "       stagematch import --new-key KEYFILE%n"
        + "%n"
        + "Reads the CSV files in DIR (studenten.csv, bedrijven.csv, erkenningen.csv,%n"
        + "plaatsen.csv and optionally beleid.csv and reistijden.csv, or their English names;%n"
        + "see docs/import.md)%n"
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
        + "  --pseudonymise KEYFILE  accept the school's own student number (studentnummer) in%n"
        + "                      place of the id and turn it into a pseudonym S-XXXXXXXXXX,%n"
        + "                      HMAC-SHA-256 with the key in KEYFILE; the number is not in%n"
        + "                      the problem%n"
        + "  --mapping FILE      with --pseudonymise: write pseudonym;studentnummer to FILE, for%n"
        + "                      the school only (to turn results back into names)%n"
        + "  --new-key KEYFILE   write a new random key (32 bytes, hexadecimal) to KEYFILE, which%n"
        + "                      must not exist; keep it with the school and nowhere else%n"
        + "  --help              print this text%n"
        + "%n"
        + "Exit code 0 when the problem was written, 2 when the files or arguments are wrong.%n";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Path dir = null;
    Path file = null;
    Path keyFile = null;
    Path newKey = null;
    Path mappingFile = null;
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
            throw new UsageException(CliMessage.CLI_IMPORT_UNKNOWN_ENCODING, name);
          }
          break;
        case "--separator":
          String sep = value(args, ++i, arg);
          if (!sep.equals(";") && !sep.equals(",")) {
            throw new UsageException(CliMessage.CLI_IMPORT_BAD_SEPARATOR, sep);
          }
          options.separator(sep.charAt(0));
          break;
        case "--pseudonymise":
        case "--pseudonymize":
          keyFile = Path.of(value(args, ++i, arg));
          break;
        case "--mapping":
          mappingFile = Path.of(value(args, ++i, arg));
          break;
        case "--new-key":
          newKey = Path.of(value(args, ++i, arg));
          break;
        case "--school-year":
          String year = value(args, ++i, arg);
          try {
            options.schoolYear(year.matches("\\d{4}") ? SchoolYear.of(Integer.parseInt(year))
                : SchoolYear.parse(year));
          } catch (IllegalArgumentException e) {
            throw new UsageException(CliMessage.CLI_IMPORT_BAD_SCHOOL_YEAR, year);
          }
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException(CliMessage.CLI_UNKNOWN_OPTION, arg, name(), "--out,"
                + " --areas, --encoding, --separator, --school-year, --pseudonymise, --mapping,"
                + " --new-key, --help");
          }
          if (dir != null) {
            throw new UsageException(CliMessage.CLI_IMPORT_TWO_DIRS, dir, arg);
          }
          dir = Path.of(arg);
      }
    }
    if (newKey != null) {
      if (dir != null || keyFile != null || mappingFile != null || file != null) {
        throw new UsageException(CliMessage.CLI_IMPORT_KEY_NEW_ALONE);
      }
      return newKey(newKey, err);
    }
    if (mappingFile != null && keyFile == null) {
      throw new UsageException(CliMessage.CLI_IMPORT_KEY_MAPPING_WITHOUT_KEY);
    }
    if (dir == null) {
      throw new UsageException(CliMessage.CLI_IMPORT_DIR_MISSING);
    }
    if (keyFile != null) {
      try {
        options.pseudonymise(PseudonymKey.read(keyFile));
      } catch (NoSuchFileException e) {
        Texts.error(err, CliMessage.CLI_IMPORT_KEY_FILE_MISSING, keyFile);
        return BAD_INPUT;
      } catch (IllegalArgumentException e) {
        Texts.error(err, CliMessage.CLI_IMPORT_KEY_INVALID, Texts.errorText(e));
        return BAD_INPUT;
      } catch (FileSystemException e) {
        // a directory, an unreadable file: what is wrong, with the path
        Texts.error(err, CliMessage.CLI_IMPORT_KEY_NOT_READ, keyFile, FileMessages.reason(e));
        return BAD_INPUT;
      } catch (IOException e) {
        Texts.error(err, CliMessage.CLI_IMPORT_KEY_NOT_READ, keyFile, e.getClass().getSimpleName());
        return BAD_INPUT;
      }
      if (mappingFile != null && (sameFile(mappingFile, keyFile)
          || (file != null && sameFile(mappingFile, file)))) {
        throw new UsageException(CliMessage.CLI_IMPORT_KEY_MAPPING_SAME_PATH, mappingFile);
      }
      if (mappingFile != null
          && !Files.isDirectory(mappingFile.toAbsolutePath().getParent())) {
        Texts.error(err, CliMessage.CLI_IMPORT_KEY_MAPPING_NO_DIR, mappingFile);
        return BAD_INPUT;
      }
    }
    if (!Files.isDirectory(dir)) {
      Texts.error(err, CliMessage.CLI_IMPORT_NO_DIR, dir);
      return BAD_INPUT;
    }
    if (file != null && !Files.isDirectory(file.toAbsolutePath().getParent())) {
      Texts.error(err, CliMessage.CLI_IMPORT_NO_OUT_DIR, file);
      return BAD_INPUT;
    }
    ImportOptions built = options.build();
    MatchingProblem problem;
    try {
      if (file == null) {
        CsvImport.Imported imported = CsvImport.readWithMapping(dir, built);
        problem = imported.problem();
        if (mappingFile != null) {
          writeMapping(imported, mappingFile);
        }
        ProblemJson.write(problem, out);
        out.flush();
      } else {
        problem = CsvImport.convert(dir, built, file, mappingFile);
      }
    } catch (CsvImportException e) {
      for (String line : Texts.errorLines(e, Texts.locale())) {
        err.println(line);
      }
      Texts.error(err, e.errorCount() == 1 ? CliMessage.CLI_IMPORT_ONE_ERROR
          : CliMessage.CLI_IMPORT_ERRORS, dir, Texts.count(e.errorCount()));
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      Texts.error(err, CliMessage.CLI_FILE_NOT_FOUND, Texts.fileName(e.getFile()));
      return BAD_INPUT;
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_IMPORT_IO, e.getMessage());
      return BAD_INPUT;
    }
    if (file != null) {
      Texts.println(err, CliMessage.CLI_IMPORT_WROTE, file,
          Texts.count(problem.students().size()), Texts.count(problem.companies().size()),
          Texts.count(problem.places().size()), ProblemJson.FORMAT);
    }
    if (mappingFile != null) {
      Texts.println(err, CliMessage.CLI_IMPORT_KEY_MAPPING_WRITTEN, mappingFile);
    }
    return OK;
  }

  private static int newKey(Path file, PrintStream err) {
    if (Files.exists(file)) {
      Texts.error(err, CliMessage.CLI_IMPORT_KEY_EXISTS, file);
      return BAD_INPUT;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      Texts.error(err, CliMessage.CLI_IMPORT_KEY_NO_DIR, file);
      return BAD_INPUT;
    }
    try {
      PseudonymKey.generate(file);
    } catch (IOException e) {
      Texts.error(err, CliMessage.CLI_IMPORT_KEY_NOT_WRITTEN, file, e.getMessage());
      return BAD_INPUT;
    }
    Texts.println(err, CliMessage.CLI_IMPORT_KEY_WRITTEN, file);
    return OK;
  }

  private static void writeMapping(CsvImport.Imported imported, Path target) throws IOException {
    CsvImport.writeMapping(imported.mapping(), target);
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(CliMessage.CLI_NEEDS_VALUE, option);
    }
    return args.get(i);
  }
}
