package nl.stagematch.core.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.Message;

/**
 * One CSV file of the set, read and checked against its columns: the header row names the
 * columns (in any order, Dutch or English, case and accents ignored); a personal column, an
 * unknown column, a column given twice or a required column missing is an error.
 */
final class CsvTable {

  /** A column a file may have: its key, whether it is required, its names (Dutch first). */
  record Column(String key, boolean required, List<String> names) {
    static Column of(String key, boolean required, String... names) {
      return new Column(key, required, List.of(names));
    }

    /** The name written in exported files and used when the column is absent: the Dutch one. */
    String dutch() {
      return names.get(0);
    }
  }

  /** The kind of file: its names (Dutch first) and columns. */
  record Spec(String what, List<String> fileNames, List<Column> columns) {
    Column column(String key) {
      for (Column c : columns) {
        if (c.key().equals(key)) {
          return c;
        }
      }
      throw new IllegalArgumentException("No column " + key + " in " + what);
    }
  }

  /** The key of the school's student number column, accepted when pseudonymising. */
  static final String SCHOOL_NUMBER = "schoolNumber";

  final String file;
  /** The ids (first column named id) of rows left out for a wrong number of cells. */
  final java.util.Set<String> skippedIds = new java.util.HashSet<>();
  final List<CsvParser.Row> rows;
  private final Map<String, Integer> index;
  private final Map<String, String> written;
  private final Spec spec;

  private CsvTable(String file, Spec spec, List<CsvParser.Row> rows, Map<String, Integer> index,
      Map<String, String> written) {
    this.file = file;
    this.spec = spec;
    this.rows = rows;
    this.index = index;
    this.written = written;
  }

  /**
   * Checks the header of {@code parsed} against {@code spec}; returns the table of its data rows
   * (blank rows left out), or null when the header has an error (added to {@code errors}).
   */
  static CsvTable of(String file, Spec spec, List<CsvParser.Row> parsed, CsvErrors errors) {
    return of(file, spec, parsed, errors, false);
  }

  /**
   * As {@link #of(String, Spec, List, CsvErrors)}; with {@code schoolNumber}, a column of the
   * school's own student number is accepted as the column {@value #SCHOOL_NUMBER} in place of the
   * spec's first column (the id), to be pseudonymised.
   */
  static CsvTable of(String file, Spec spec, List<CsvParser.Row> parsed, CsvErrors errors,
      boolean schoolNumber) {
    if (parsed.isEmpty() || parsed.get(0).blank()) {
      errors.add(file, 0, null, CoreMessage.CSV_NO_HEADER, names(spec));
      return null;
    }
    CsvParser.Row header = parsed.get(0);
    long before = errors.count();
    Map<String, Column> byName = new LinkedHashMap<>();
    for (Column c : spec.columns()) {
      for (String name : c.names()) {
        byName.put(normalise(name), c);
      }
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    List<String> cells = header.cells();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      if (name.isEmpty()) {
        if (columnHasValues(parsed, i)) {
          errors.add(file, 1, "column " + (i + 1), CoreMessage.CSV_UNNAMED_COLUMN, i + 1,
              names(spec));
        }
        continue;
      }
      Optional<String> personal = ProblemJson.personalCategory(name)
          .or(() -> ProblemJson.personalCategory(stripAccents(name)));
      if (schoolNumber
          && personal.filter(ProblemJson.SCHOOL_NUMBER_CATEGORY::equals).isPresent()) {
        Integer earlier = index.putIfAbsent(SCHOOL_NUMBER, i);
        if (earlier != null) {
          errors.add(file, 1, name, CoreMessage.CSV_SCHOOL_NUMBER_COLUMN_TWICE, name,
              written.get(SCHOOL_NUMBER), earlier + 1);
        } else {
          written.put(SCHOOL_NUMBER, name);
        }
        continue;
      }
      if (personal.filter(ProblemJson.SCHOOL_NUMBER_CATEGORY::equals).isPresent()) {
        errors.add(file, 1, name, CoreMessage.CSV_SCHOOL_NUMBER, name,
            CsvImport.schoolNumberKind());
        continue;
      }
      if (personal.isPresent()) {
        errors.add(file, 1, name, CoreMessage.CSV_PERSONAL_COLUMN, name,
            ProblemJson.personalCategoryText(personal.get()), file);
        continue;
      }
      Column column = byName.get(normalise(name));
      if (column == null) {
        String known = names(spec);
        errors.add(file, 1, name, CoreMessage.CSV_UNKNOWN_COLUMN, name, CsvSet.what(spec),
            Message.phrase(known, known));
        continue;
      }
      Integer earlier = index.putIfAbsent(column.key(), i);
      if (earlier != null) {
        errors.add(file, 1, name, CoreMessage.CSV_DUPLICATE_COLUMN, name,
            written.get(column.key()), earlier + 1);
        continue;
      }
      written.put(column.key(), name);
    }
    String id = spec.columns().get(0).key();
    if (index.containsKey(SCHOOL_NUMBER) && index.containsKey(id)) {
      errors.add(file, 1, written.get(id), CoreMessage.CSV_ID_AND_SCHOOL_NUMBER, written.get(id),
          written.get(SCHOOL_NUMBER), CsvImport.schoolNumberKind());
    }
    for (Column c : spec.columns()) {
      if (c.required() && !index.containsKey(c.key())
          && !(c.key().equals(id) && index.containsKey(SCHOOL_NUMBER))) {
        errors.add(file, 1, null, CoreMessage.CSV_COLUMN_MISSING, c.dutch(),
            String.join(", ", c.names().subList(1, c.names().size())));
      }
    }
    if (errors.count() != before) {
      return null;
    }
    List<CsvParser.Row> rows = new ArrayList<>();
    List<CsvParser.Row> skipped = new ArrayList<>();
    for (CsvParser.Row row : parsed.subList(1, parsed.size())) {
      if (row.blank()) {
        continue;
      }
      if (row.cells().size() > cells.size()) {
        boolean extra = false;
        for (int i = cells.size(); i < row.cells().size(); i++) {
          extra |= !row.cells().get(i).isBlank();
        }
        if (extra) {
          errors.add(file, row.number(), null, CoreMessage.CSV_EXTRA_CELLS, row.cells().size(),
              cells.size());
          skipped.add(row);
          continue;
        }
      }
      rows.add(row);
    }
    CsvTable table = new CsvTable(file, spec, rows, index, written);
    for (CsvParser.Row row : skipped) {
      table.skippedIds.add(table.get(row, "id"));
    }
    return table;
  }

  private static boolean columnHasValues(List<CsvParser.Row> parsed, int i) {
    for (CsvParser.Row row : parsed.subList(1, parsed.size())) {
      if (!row.cell(i).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the column {@code key} is required. */
  boolean isRequired(String key) {
    return key.equals(SCHOOL_NUMBER) || spec.column(key).required();
  }

  /** Whether the file has the column {@code key}. */
  boolean has(String key) {
    return index.containsKey(key);
  }

  /** The cell of column {@code key} in {@code row}, stripped; "" when absent or empty. */
  String get(CsvParser.Row row, String key) {
    Integer i = index == null ? null : index.get(key);
    return i == null ? "" : row.cell(i).strip();
  }

  /** The column's header as written in the file, or its Dutch name when the file lacks it. */
  String header(String key) {
    String name = written.get(key);
    return name != null ? name : key.equals(SCHOOL_NUMBER) ? "studentnummer"
        : spec.column(key).dutch();
  }

  static String names(Spec spec) {
    List<String> names = new ArrayList<>();
    for (Column c : spec.columns()) {
      names.add(c.dutch() + (c.names().size() > 1 ? " / " + c.names().get(1) : ""));
    }
    return String.join(", ", names);
  }

  /** Lower case, accents removed, everything but letters and digits removed. */
  static String normalise(String name) {
    return stripAccents(name).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  static String stripAccents(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
