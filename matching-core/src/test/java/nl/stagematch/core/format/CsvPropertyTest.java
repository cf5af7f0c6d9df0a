package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.Location;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.PeriodForm;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.Recognition;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.Scope;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Track;
import nl.stagematch.core.model.Transport;
import nl.stagematch.core.model.TravelLimit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded properties: any cells written with the exporter's quoting parse back as the same cells;
 * any problem (every policy field, both participations, weights such as 1.0E-7, missing homes and
 * limits) exported as CSV imports as the same canonical bytes. The seed is in the test name.
 */
class CsvPropertyTest {
  private static final String CELL_ALPHABET = "ab;,\"\n\r é€\t=1";

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> quotedCellsParseBackAsWritten() {
    return LongStream.range(0, 200).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> {
          Random r = new Random(seed);
          List<List<String>> table = new ArrayList<>();
          int columns = 1 + r.nextInt(5);
          StringBuilder text = new StringBuilder();
          for (int row = 0; row < 1 + r.nextInt(6); row++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
              StringBuilder cell = new StringBuilder();
              for (int k = r.nextInt(6); k > 0; k--) {
                cell.append(CELL_ALPHABET.charAt(r.nextInt(CELL_ALPHABET.length())));
              }
              cells.add(cell.toString());
              text.append(c > 0 ? ";" : "").append(CsvExport.quote(cell.toString()));
            }
            // a row of one empty cell is an empty line, which the parser cannot tell apart
            if (columns == 1 && cells.get(0).isEmpty()) {
              continue;
            }
            table.add(cells);
            text.append(r.nextBoolean() ? "\n" : "\r\n");
          }
          CsvErrors errors = new CsvErrors(10);
          List<CsvParser.Row> rows = CsvParser.parse(text.toString(), ';', "t.csv", errors);
          assertEquals(0, errors.count(), "seed " + seed);
          assertEquals(table, rows.stream().map(CsvParser.Row::cells).toList(),
              "seed " + seed + ", text:\n" + text);
        }));
  }

  @TestFactory
  Stream<DynamicTest> randomProblemsExportAndImportAsTheSameBytes() {
    return LongStream.range(0, 25).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> {
          MatchingProblem problem = generate(new Random(seed));
          Path set = dir.resolve("seed-" + seed);
          CsvExport.write(problem, set);
          MatchingProblem back = CsvImport.read(set, ImportOptions.defaults());
          assertArrayEquals(ProblemJson.toBytes(problem), ProblemJson.toBytes(back),
              "seed " + seed);
        }));
  }

  private static final List<String> WPS = List.of("B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "P1-K1-W3");
  private static final List<String> CODES = List.of("care", "ict", "home-care", "x1", "tech");

  static MatchingProblem generate(Random r) throws IOException {
    SchoolYear year = SchoolYear.of(2020 + r.nextInt(10));
    Set<Track> tracks = r.nextBoolean() ? Set.of(Track.BOL) : Set.of(Track.BOL, Track.BBL);
    Set<Integer> years = r.nextBoolean() ? Set.of(1) : Set.of(1, 2, 4);
    ParticipationPolicy pp = new ParticipationPolicy(r.nextBoolean(),
        SizeClass.values()[r.nextInt(4)], subset(r, CODES));
    Policy policy = new Policy(year, new Scope(tracks, years, r.nextBoolean()), pp,
        r.nextInt(101));
    List<Qualification> quals = List.of(Qualification.of("25180", 2), Qualification.of("25491",
        3), Qualification.of("10000", 1));
    List<Company> companies = new ArrayList<>();
    for (int c = 0; c < 1 + r.nextInt(4); c++) {
      List<Recognition> recognitions = new ArrayList<>();
      for (Qualification q : quals) {
        if (r.nextBoolean()) {
          recognitions.add(new Recognition(q, subset(r, WPS)));
        }
      }
      Map<SchoolYear, Participation> participation = new HashMap<>();
      if (r.nextBoolean()) {
        participation.put(year, Participation.values()[r.nextInt(2)]);
      }
      if (r.nextBoolean()) {
        participation.put(year.next(), Participation.values()[r.nextInt(2)]);
      }
      companies.add(new Company("C:" + c, recognitions, SizeClass.values()[r.nextInt(4)],
          pick(r, CODES), r.nextBoolean() ? null : pick(r, CODES), location(r), pick(r, CODES),
          participation));
    }
    List<Student> students = new ArrayList<>();
    for (int s = 0; s < r.nextInt(6); s++) {
      Map<String, Double> weights = new HashMap<>();
      for (String wp : subset(r, WPS)) {
        double[] choices = {0.0, 1.0, 2.5, 1.0E-7, 123456.789, r.nextDouble()};
        weights.put(wp, choices[r.nextInt(choices.length)]);
      }
      Map<String, Integer> competences = new HashMap<>();
      for (String wp : subset(r, WPS)) {
        competences.put(wp, 1 + r.nextInt(5));
      }
      LearningWish wish = new LearningWish(pick(r, quals), weights,
          r.nextBoolean() ? null : pick(r, CODES), r.nextBoolean() ? null : pick(r, CODES),
          period(r), r.nextBoolean() ? null : new TravelLimit(
              Transport.values()[r.nextInt(4)], 1 + r.nextInt(240)), subset(r, CODES));
      students.add(new Student("S_" + s, Track.values()[r.nextInt(2)], 1 + r.nextInt(4),
          r.nextBoolean(), r.nextBoolean(), wish, competences,
          r.nextBoolean() ? null : location(r)));
    }
    List<Place> places = new ArrayList<>();
    for (int p = 0; p < r.nextInt(6); p++) {
      places.add(new Place("P." + p, companies.get(r.nextInt(companies.size())).id(),
          pick(r, quals), period(r), 1 + r.nextInt(10_000), subset(r, CODES),
          r.nextBoolean() ? null : pick(r, CODES)));
    }
    return MatchingProblem.of(policy, students, companies, places);
  }

  private static Location location(Random r) {
    return new Location(-90 + 180 * r.nextDouble(), -180 + 360 * r.nextDouble());
  }

  private static Period period(Random r) {
    LocalDate start = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(700));
    boolean block = r.nextBoolean();
    return new Period(start, start.plusDays(r.nextInt(200)),
        block ? PeriodForm.BLOCK : PeriodForm.RIBBON, block ? 5 : 1 + r.nextInt(5));
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static Set<String> subset(Random r, List<String> list) {
    Set<String> set = new TreeSet<>();
    for (String s : list) {
      if (r.nextInt(3) == 0) {
        set.add(s);
      }
    }
    return set;
  }
}
