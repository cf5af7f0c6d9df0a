package nl.stagematch.core.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import nl.stagematch.core.model.Eligibility;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.FitParameters;
import nl.stagematch.core.model.IneligibilityReason;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.format.ProblemJson;
import nl.stagematch.core.model.EffectiveProblem;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.Certificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.RegionalCertificate;
import nl.stagematch.core.result.ShortlistCertificate;
import nl.stagematch.core.result.StabilityCertificate;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;

/**
 * Checks a result against its problem, from the two alone, without the library's solvers: a
 * third party (an auditor, a student's lawyer, a researcher) can run it on the files.
 *
 * <ol>
 *   <li><b>problem-hash</b>: the SHA-256 of the problem's canonical document ({@link
 *       ProblemJson#sha256}) equals the one in the result's provenance; if not, the result belongs
 *       to another problem and nothing else is checked. The provenance's variant and seed equal
 *       the result's, and its fit model parameters rebuild a {@link FitModel}.
 *   <li><b>lottery</b>: every lottery number listed under a student id is {@code
 *       Lottery.number(seed, id)}.
 *   <li><b>feasibility</b>: every student of the problem is listed exactly once (placed or
 *       unplaced) and nobody else; every placement is admissible ({@link Eligibility} with the
 *       recorded travel model, on the problem with the provenance's opted-out students marked
 *       and its remaining periods applied, see {@link EffectiveProblem}),
 *       not forbidden, within the place's capacity; every pin is kept.
 *   <li><b>fit</b>: every placement's fit equals the fit recomputed with the recorded model.
 *   <li><b>reasons</b>, where checkable: {@code OUT_OF_SCOPE} and {@code OPTED_OUT} exactly for
 *       the students eligibility says so; {@code NO_ADMISSIBLE_PLACE} only for a student without
 *       a usable (admissible, not forbidden) place; {@code CAPACITY_EXHAUSTED_*} only for one with
 *       a usable place.
 *   <li>the variant's promise, from its certificate: for {@link AssignmentCertificate} (V1)
 *       <b>optimality</b>, "most placed, then best total fit" over the free students (see the
 *       certificate for the three conditions); for {@link RegionalCertificate} (V5)
 *       <b>allocation</b> (every placement, pins included, at a place allocated to the student's
 *       school; a place to one school) and optimality per school on its own places.
 * </ol>
 *
 * <p>A result without provenance (a {@code stagematch-result/1} document) or without a
 * certificate, or with a certificate of a kind this verifier does not check yet, is reported as
 * not fully checked ({@link ResultReport#notChecked()}), never silently passed. Time and memory
 * are linear in the number of admissible (student, place) pairs.
 *
 * <pre>{@code
 * ResultReport report = ResultVerifier.verify(ProblemJson.read(problemFile),
 *     ResultJson.read(resultFile));
 * if (!report.verified()) {
 *   System.out.println(report.summary());
 * }
 * }</pre>
 */
public final class ResultVerifier {
  /** The largest number of failures listed in a report (all are counted). */
  public static final int MAX_LISTED = 50;

  /** The school of every student when a V5 request names no schools. */
  static final String ONE_SCHOOL = "school";

  private static final Map<String, String> PROMISED_KIND = Map.of(
      "school-placement", AssignmentCertificate.KIND,
      "regional-allocation", RegionalCertificate.KIND,
      "student-choice", "stability",
      "two-by-two", "acquaintance",
      "blind-shortlist", "shortlist-rounds");

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private ResultVerifier() {}

  /**
   * Verifies {@code result} against {@code problem}; never throws for a bad result.
   *
   * @param problem the problem the result claims to be of
   * @param result the result to check
   * @return what held, what failed and what could not be checked
   */
  public static ResultReport verify(MatchingProblem problem, MatchResult result) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(result, "result");
    return new Run(problem, result).run();
  }

  /** A JSON path segment for the map key {@code key} (as the readers render paths). */
  static String key(String key) {
    return PLAIN_KEY.matcher(key).matches() ? "." + key
        : "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  private static final class Run {
    private final MatchingProblem problem;
    private final MatchResult result;
    private final Provenance provenance;
    private final List<Message> checked = new ArrayList<>();
    private final List<Finding> failures = new ArrayList<>();
    private final List<Finding> notChecked = new ArrayList<>();
    private long failureCount;
    private final int n;
    private final int m;
    /** The fit model the result records (the default without a provenance). */
    // the problem's own until the provenance says which model the result was computed with
    private FitModel fitModel;
    /**
     * The problem with the provenance's opted-out students marked as opted out and its remaining
     * periods applied (the problem the variant was given).
     */
    private MatchingProblem effective;
    private Eligibility eligibility;
    /** Per student: the admissible places (ascending) and their fits. */
    private int[][] places;
    private int[][] fits;
    private final Set<Long> forbidden = new HashSet<>();
    private int[] placeOf;
    private int[] placementAt;
    private int[] pinnedPlace;
    private int[] pinsAt;
    private boolean[] free;

    Run(MatchingProblem problem, MatchResult result) {
      this.problem = problem;
      this.fitModel = FitModel.of(problem);
      this.result = result;
      this.provenance = result.provenance();
      this.n = problem.students().size();
      this.m = problem.places().size();
      this.effective = problem;
    }

    private void fail(String property, String path, VerifyMessage key, Object... args) {
      failureCount++;
      if (failures.size() < MAX_LISTED) {
        failures.add(new Finding(property, path, message(key, args)));
      }
    }

    private void fail(String property, String path, Message text) {
      failureCount++;
      if (failures.size() < MAX_LISTED) {
        failures.add(new Finding(property, path, text));
      }
    }

    /** Checked and held: one line of the report. */
    private void held(VerifyMessage key, Object... args) {
      checked.add(message(key, args));
    }

    private ResultReport report() {
      return new ResultReport(checked, failures, failureCount, notChecked);
    }

    ResultReport run() {
      if (provenance == null) {
        notChecked.add(new Finding("problem-hash", "$",
            Message.of(VerifyMessage.VERIFY_NO_PROVENANCE)));
      } else {
        String hash = ProblemJson.sha256(problem);
        if (!hash.equals(provenance.problemSha256())) {
          fail("problem-hash", "$.provenance.problemSha256", VerifyMessage.VERIFY_PROBLEM_HASH,
              provenance.problemSha256(), hash, policyDifference());
          return report();
        }
        held(VerifyMessage.VERIFY_CHECKED_PROBLEM_HASH, hash);
        if (!provenance.variant().equals(result.variant())) {
          fail("provenance", "$.provenance.variant", VerifyMessage.VERIFY_PROVENANCE_VARIANT,
              provenance.variant(), result.variant());
        }
        if (provenance.seed() != result.seed()) {
          fail("provenance", "$.provenance.seed", VerifyMessage.VERIFY_PROVENANCE_SEED,
              provenance.seed(), result.seed());
        }
        try {
          fitModel = FitParameters.toModel(provenance.fitModel());
        } catch (IllegalArgumentException e) {
          fail("provenance", "$.provenance.fitModel", VerifyMessage.VERIFY_PROVENANCE_FIT_MODEL,
              e.getMessage().replace('\n', ' '));
          return report();
        }
        if (!knownIds()) {
          return report();
        }
        effective = EffectiveProblem.of(problem, provenance.optedOut(),
            provenance.remainingFrom());
      }
      eligibility = Eligibility.compute(effective, fitModel.travelModel());
      places = new int[n][];
      fits = new int[n][];
      for (int s = 0; s < n; s++) {
        places[s] = eligibility.admissiblePlaces(s);
        fits[s] = fitModel.scores(eligibility, s);
      }
      lottery();
      feasibility();
      reasons();
      promise();
      return report();
    }

    /**
     * The policy fields that differ between the result's provenance and the problem, if any (a
     * {@link VerifyMessage#VERIFY_POLICY_DIFFER}), else an empty phrase.
     */
    private Message policyDifference() {
      Map<String, String> given = Provenance.summary(problem.policy());
      List<String> dutch = new ArrayList<>();
      List<String> english = new ArrayList<>();
      for (Map.Entry<String, String> e : provenance.policy().entrySet()) {
        String now = given.get(e.getKey());
        if (now != null && !now.equals(e.getValue())) {
          Message field = message(VerifyMessage.VERIFY_POLICY_FIELD, e.getKey(), e.getValue(),
              now);
          dutch.add(field.text(Message.DUTCH));
          english.add(field.text(Locale.ENGLISH));
        }
      }
      return english.isEmpty() ? Message.phrase("", "")
          : Message.of(VerifyMessage.VERIFY_POLICY_DIFFER,
              Message.phrase(String.join(", ", dutch), String.join(", ", english)));
    }

    /** Whether every id of the provenance is in the problem (fails for each that is not). */
    private boolean knownIds() {
      long before = failureCount;
      pinnedPlace = new int[n];
      Arrays.fill(pinnedPlace, -1);
      pinsAt = new int[m];
      List<Provenance.Pair> pins = provenance.pinned();
      for (int j = 0; j < pins.size(); j++) {
        int s = problem.studentIndex(pins.get(j).studentId());
        int p = problem.placeIndex(pins.get(j).placeId());
        if (s < 0 || p < 0) {
          fail("provenance", "$.provenance.pinned[" + j + "]", VerifyMessage.VERIFY_PIN_UNKNOWN,
              pins.get(j).toString(), studentOrPlace(s < 0));
        } else if (pinnedPlace[s] >= 0) {
          fail("provenance", "$.provenance.pinned[" + j + "]", VerifyMessage.VERIFY_PIN_TWICE,
              pins.get(j).studentId());
        } else {
          pinnedPlace[s] = p;
          pinsAt[p]++;
        }
      }
      List<Provenance.Pair> never = provenance.forbidden();
      for (int j = 0; j < never.size(); j++) {
        int s = problem.studentIndex(never.get(j).studentId());
        int p = problem.placeIndex(never.get(j).placeId());
        if (s < 0 || p < 0) {
          fail("provenance", "$.provenance.forbidden[" + j + "]",
              VerifyMessage.VERIFY_FORBIDDEN_UNKNOWN, never.get(j).toString(),
              studentOrPlace(s < 0));
        } else {
          forbidden.add(pairKey(s, p));
        }
      }
      for (int j = 0; j < provenance.optedOut().size(); j++) {
        if (problem.studentIndex(provenance.optedOut().get(j)) < 0) {
          fail("provenance", "$.provenance.optedOut[" + j + "]",
              VerifyMessage.VERIFY_OPTED_OUT_UNKNOWN, provenance.optedOut().get(j));
        }
      }
      for (Map.Entry<String, LocalDate> e : provenance.remainingFrom().entrySet()) {
        // the same checks as EffectiveProblem's, each reported at its own path
        String at = "$.provenance.remainingFrom" + key(e.getKey());
        Optional<Student> student = problem.student(e.getKey());
        try {
          if (student.isEmpty()) {
            EffectiveProblem.of(problem, List.of(), Map.of(e.getKey(), e.getValue()));
          } else {
            EffectiveProblem.restOfPeriod(e.getKey(), student.get().wish().period(),
                e.getValue());
          }
        } catch (InvalidValueException x) {
          fail("provenance", at, x.message());
        }
      }
      for (String id : provenance.schools().keySet()) {
        if (problem.studentIndex(id) < 0) {
          fail("provenance", "$.provenance.schools" + key(id),
              VerifyMessage.VERIFY_SCHOOL_STUDENT_UNKNOWN, id);
        }
      }
      return failureCount == before;
    }

    private static long pairKey(int s, int p) {
      return ((long) s << 32) | p;
    }

    private boolean isForbidden(int s, int p) {
      return !forbidden.isEmpty() && forbidden.contains(pairKey(s, p));
    }

    /** The fit of admissible pair (s, p), or -1 if it is not admissible. */
    private int fitOf(int s, int p) {
      int k = Arrays.binarySearch(places[s], p);
      return k >= 0 ? fits[s][k] : -1;
    }

    private int usableCount(int s) {
      int count = 0;
      for (int p : places[s]) {
        count += isForbidden(s, p) ? 0 : 1;
      }
      return count;
    }

    private void lottery() {
      int count = 0;
      for (Map.Entry<String, Long> e : result.lotteryNumbers().entrySet()) {
        if (problem.studentIndex(e.getKey()) < 0) {
          continue; // a number of another draw (a pair, a place): not a student's own number
        }
        long expected = Lottery.number(result.seed(), e.getKey());
        count++;
        if (e.getValue() != expected) {
          fail("lottery", "$.lotteryNumbers" + key(e.getKey()), VerifyMessage.VERIFY_LOTTERY,
              e.getKey(), e.getValue(), result.seed(), expected);
        }
      }
      held(VerifyMessage.VERIFY_CHECKED_LOTTERY, count(count), result.seed());
    }

    private void feasibility() {
      long before = failureCount;
      placeOf = new int[n];
      Arrays.fill(placeOf, -1);
      placementAt = new int[n];
      boolean[] listed = new boolean[n];
      int[] load = new int[m];
      long fitFailures = 0;
      List<Placement> placements = result.placements();
      for (int i = 0; i < placements.size(); i++) {
        Placement pl = placements.get(i);
        String path = "$.placements[" + i + "]";
        int s = problem.studentIndex(pl.studentId());
        int p = problem.placeIndex(pl.placeId());
        if (s < 0) {
          fail("feasibility", path, VerifyMessage.VERIFY_STUDENT_UNKNOWN, pl.studentId());
          continue;
        }
        listed[s] = true;
        if (p < 0) {
          fail("feasibility", path, VerifyMessage.VERIFY_PLACEMENT_PLACE_UNKNOWN, pl.placeId(),
              pl.studentId());
          continue;
        }
        placeOf[s] = p;
        placementAt[s] = i;
        load[p]++;
        Optional<IneligibilityReason> why = eligibility.reason(s, p);
        int fit = fitOf(s, p);
        if (why.isPresent() || fit < 0) {
          IneligibilityReason r = why.orElse(null);
          fail("feasibility", path, VerifyMessage.VERIFY_NOT_ADMISSIBLE, pl.studentId(),
              pl.placeId(), r == null ? "?" : Message.phrase(
                  r + " (" + r.describe(Message.DUTCH) + ")",
                  r + " (" + r.describe(Locale.ENGLISH) + ")"));
          continue;
        }
        if (isForbidden(s, p) && pinnedPlace[s] != p) {
          fail("feasibility", path, VerifyMessage.VERIFY_FORBIDDEN_PLACED, pl.studentId(),
              pl.placeId());
        }
        if (fit != pl.fit()) {
          fitFailures++;
          fail("fit", path + ".fit", VerifyMessage.VERIFY_FIT, pl.studentId(), pl.placeId(),
              pl.fit(), fit);
        }
      }
      List<Unplaced> unplaced = result.unplaced();
      for (int i = 0; i < unplaced.size(); i++) {
        int s = problem.studentIndex(unplaced.get(i).studentId());
        if (s < 0) {
          fail("feasibility", "$.unplaced[" + i + "]", VerifyMessage.VERIFY_STUDENT_UNKNOWN,
              unplaced.get(i).studentId());
        } else {
          listed[s] = true;
        }
      }
      List<String> missing = new ArrayList<>();
      int missingCount = 0;
      for (int s = 0; s < n; s++) {
        if (!listed[s]) {
          missingCount++;
          if (missing.size() < 5) {
            missing.add(problem.students().get(s).id());
          }
        }
      }
      if (missingCount > 0) {
        fail("feasibility", "$", VerifyMessage.VERIFY_STUDENTS_MISSING, missingCount,
            String.join(", ", missing) + (missingCount > missing.size() ? ", ..." : ""));
      }
      for (int p = 0; p < m; p++) {
        Place place = problem.places().get(p);
        if (load[p] > place.capacity()) {
          fail("feasibility", "$.placements", VerifyMessage.VERIFY_OVER_CAPACITY, place.id(),
              load[p], place.capacity());
        }
      }
      if (provenance != null) {
        List<Provenance.Pair> pins = provenance.pinned();
        for (int j = 0; j < pins.size(); j++) {
          int s = problem.studentIndex(pins.get(j).studentId());
          if (placeOf[s] != problem.placeIndex(pins.get(j).placeId())) {
            fail("feasibility", "$.provenance.pinned[" + j + "]", VerifyMessage.VERIFY_PIN_NOT_KEPT,
                pins.get(j).toString(), placeOf[s] < 0
                    ? Message.of(VerifyMessage.VERIFY_WHERE_UNPLACED)
                    : message(VerifyMessage.VERIFY_WHERE_PLACED,
                        problem.places().get(placeOf[s]).id()));
          }
        }
      }
      if (failureCount == before) {
        held(VerifyMessage.VERIFY_CHECKED_FEASIBILITY, count(n), count(placements.size()),
            count(provenance == null ? 0 : provenance.pinned().size()));
      }
      if (fitFailures == 0) {
        held(VerifyMessage.VERIFY_CHECKED_FIT, count(placements.size()));
      }
    }

    private void reasons() {
      long before = failureCount;
      List<Unplaced> unplaced = result.unplaced();
      for (int i = 0; i < unplaced.size(); i++) {
        Unplaced u = unplaced.get(i);
        int s = problem.studentIndex(u.studentId());
        if (s < 0) {
          continue;
        }
        String path = "$.unplaced[" + i + "].reason";
        IneligibilityReason none = eligibility.noPlaceReason(s).orElse(null);
        UnplacedReason r = u.reason();
        if (r == UnplacedReason.OUT_OF_SCOPE || r == UnplacedReason.OPTED_OUT
            || none == IneligibilityReason.OUT_OF_SCOPE || none == IneligibilityReason.OPTED_OUT) {
          String expected = none == IneligibilityReason.OUT_OF_SCOPE
              || none == IneligibilityReason.OPTED_OUT ? none.name() : null;
          if (!r.name().equals(expected)) {
            fail("reasons", path, VerifyMessage.VERIFY_REASON_ELIGIBILITY, u.studentId(), r.name(),
                expected == null ? Message.of(VerifyMessage.VERIFY_IN_SCOPE) : expected);
          }
        } else if (r == UnplacedReason.NO_ADMISSIBLE_PLACE) {
          int usable = usableCount(s);
          // without a provenance the forbidden pairs are unknown: not checkable
          if (usable > 0 && pinnedPlace(s) < 0 && provenance != null) {
            fail("reasons", path, VerifyMessage.VERIFY_REASON_NO_ADMISSIBLE, u.studentId(), usable,
                problem.places().get(firstUsable(s)).id());
          }
        } else if (r.name().startsWith("CAPACITY_EXHAUSTED") && usableCount(s) == 0) {
          fail("reasons", path, VerifyMessage.VERIFY_REASON_CAPACITY, u.studentId(), r.name());
        }
      }
      if (failureCount == before) {
        held(VerifyMessage.VERIFY_CHECKED_REASONS, count(unplaced.size()));
      }
    }

    private int pinnedPlace(int s) {
      return pinnedPlace == null ? -1 : pinnedPlace[s];
    }

    private int firstUsable(int s) {
      for (int p : places[s]) {
        if (!isForbidden(s, p)) {
          return p;
        }
      }
      return -1;
    }

    /** The seats of place p left for free students: its capacity minus its pins. */
    private int freeSeats(int p) {
      return problem.places().get(p).capacity() - (pinsAt == null ? 0 : pinsAt[p]);
    }

    /** Whether student s is free: in scope, taking part, not pinned, with a usable place. */
    private boolean isFree(int s) {
      if (free == null) {
        free = new boolean[n];
        for (int t = 0; t < n; t++) {
          free[t] = pinnedPlace(t) < 0 && eligibility.noPlaceReason(t).isEmpty()
              && usableCount(t) > 0;
        }
      }
      return free[s];
    }

    private void promise() {
      Certificate c = result.certificate();
      String expected = PROMISED_KIND.get(result.variant());
      if (c == null) {
        notChecked.add(new Finding(expected == null ? "promise" : property(expected),
            "$.certificate", message(VerifyMessage.VERIFY_NO_CERTIFICATE, result.variant())));
        return;
      }
      String path = "$.certificate." + c.kind();
      if (expected != null && !expected.equals(c.kind())) {
        fail(property(expected), "$.certificate", VerifyMessage.VERIFY_CERTIFICATE_KIND,
            result.variant(), expected, c.kind());
        return;
      }
      if (provenance == null) {
        notChecked.add(new Finding(property(c.kind()), path,
            Message.of(VerifyMessage.VERIFY_CERTIFICATE_NO_PROVENANCE)));
        return;
      }
      if (c instanceof AssignmentCertificate a) {
        int[] subset = freeStudents(null, null);
        assignment(a, path, subset, p -> true, Message.of(VerifyMessage.VERIFY_LABEL_OPTIMALITY));
      } else if (c instanceof RegionalCertificate r) {
        regional(r, path);
      } else if (c instanceof StabilityCertificate x) {
        List<Finding> found = new ArrayList<>();
        StabilityCheck.verify(effective, fitModel, result, x, found);
        external(found, message(VerifyMessage.VERIFY_CHECKED_STABILITY, path));
      } else if (c instanceof AcquaintanceCertificate x) {
        List<Finding> found = new ArrayList<>();
        AcquaintanceCheck.verify(effective, fitModel, result, x, found);
        external(found, message(VerifyMessage.VERIFY_CHECKED_ACQUAINTANCE, path));
      } else if (c instanceof ShortlistCertificate x) {
        List<Finding> found = new ArrayList<>();
        ShortlistCheck.verify(effective, fitModel, result, x, found);
        external(found, message(VerifyMessage.VERIFY_CHECKED_SHORTLIST, path));
      }
    }

    /**
     * Records the findings of a check of another class as failures, or {@code whenNone} as a
     * check that held if there are none.
     */
    private void external(List<Finding> found, Message whenNone) {
      for (Finding f : found) {
        failureCount++;
        if (failures.size() < MAX_LISTED) {
          failures.add(f);
        }
      }
      if (found.isEmpty()) {
        checked.add(whenNone);
      }
    }

    private static String property(String kind) {
      switch (kind) {
        case AssignmentCertificate.KIND:
          return "optimality";
        case RegionalCertificate.KIND:
          return "allocation";
        case "shortlist-rounds":
          return "shortlist";
        default:
          return kind;
      }
    }

    /** The free students (ascending), of school {@code school} if given. */
    private int[] freeStudents(String[] schoolOf, String school) {
      int[] out = new int[n];
      int count = 0;
      for (int s = 0; s < n; s++) {
        if (isFree(s) && (school == null || school.equals(schoolOf[s]))) {
          out[count++] = s;
        }
      }
      return Arrays.copyOf(out, count);
    }

    /**
     * Checks an assignment certificate over the free students {@code subset} and the places
     * {@code allowed}, each with its capacity minus its pins; see {@link AssignmentCertificate}.
     */
    private void assignment(AssignmentCertificate a, String path, int[] subset,
        IntPredicate allowed, Message label) {
      long before = failureCount;
      long penalty = a.penalty();
      long[] v = new long[m];
      boolean[] priced = new boolean[m];
      for (Map.Entry<String, Long> e : a.placePrices().entrySet()) {
        int p = problem.placeIndex(e.getKey());
        String at = path + ".placePrices" + key(e.getKey());
        if (p < 0) {
          fail("optimality", at, VerifyMessage.VERIFY_PLACE_UNKNOWN, e.getKey());
        } else if (!allowed.test(p)) {
          fail("optimality", at, VerifyMessage.VERIFY_PRICE_PLACE_NOT_ALLOWED, e.getKey());
        } else if (e.getValue() < 0) {
          fail("optimality", at, VerifyMessage.VERIFY_PRICE_PLACE_NEGATIVE, e.getKey(),
              e.getValue());
        } else {
          v[p] = e.getValue();
          priced[p] = true;
        }
      }
      boolean[] inSubset = new boolean[n];
      for (int s : subset) {
        inSubset[s] = true;
      }
      for (String id : a.studentPrices().keySet()) {
        int s = problem.studentIndex(id);
        if (s < 0 || !inSubset[s]) {
          fail("optimality", path + ".studentPrices" + key(id), s < 0
              ? VerifyMessage.VERIFY_PRICE_STUDENT_UNKNOWN
              : VerifyMessage.VERIFY_PRICE_STUDENT_NOT_FREE, id);
        }
      }
      boolean[] missingPrice = new boolean[m];
      long dual = 0;
      long primal = 0;
      long costBound = 0;
      long placed = 0;
      long totalFit = 0;
      try {
        for (int s : subset) {
          String id = problem.students().get(s).id();
          String at = path + ".studentPrices" + key(id);
          Long price = a.studentPrices().get(id);
          if (price == null) {
            fail("optimality", at, VerifyMessage.VERIFY_PRICE_STUDENT_MISSING, id);
            continue;
          }
          long u = price;
          if (u > penalty) {
            fail("optimality", at, VerifyMessage.VERIFY_PRICE_ABOVE_PENALTY, id, u, penalty);
          }
          dual = Math.addExact(dual, u);
          int maxCost = 0;
          for (int k = 0; k < places[s].length; k++) {
            int p = places[s][k];
            if (!allowed.test(p) || isForbidden(s, p) || freeSeats(p) <= 0) {
              continue;
            }
            int cost = 1000 - fits[s][k];
            maxCost = Math.max(maxCost, cost);
            if (!priced[p] && !missingPrice[p]) {
              missingPrice[p] = true;
              fail("optimality", path + ".placePrices", VerifyMessage.VERIFY_PRICE_PLACE_MISSING,
                  problem.places().get(p).id(), id);
            }
            long reduced = Math.addExact(Math.subtractExact(cost, u), v[p]);
            if (reduced < 0) {
              fail("optimality", at, VerifyMessage.VERIFY_PRICES_INFEASIBLE, id,
                  problem.places().get(p).id(), cost, u, v[p], reduced);
            }
          }
          costBound += maxCost;
          int p = placeOf[s];
          int fit = p >= 0 && allowed.test(p) && !isForbidden(s, p) && freeSeats(p) > 0
              ? fitOf(s, p) : -1;
          if (fit >= 0) {
            primal = Math.addExact(primal, 1000 - fit);
            placed++;
            totalFit += fit;
          } else if (p >= 0) {
            fail("optimality", "$.placements[" + placementAt[s] + "]",
                VerifyMessage.VERIFY_PLACED_NOT_USABLE, id, problem.places().get(p).id());
          } else {
            primal = Math.addExact(primal, penalty);
          }
        }
        for (int p = 0; p < m; p++) {
          if (priced[p]) {
            dual = Math.subtractExact(dual, Math.multiplyExact((long) Math.max(0, freeSeats(p)),
                v[p]));
          }
        }
      } catch (ArithmeticException e) {
        fail("optimality", path, VerifyMessage.VERIFY_PRICES_OVERFLOW);
        return;
      }
      if (penalty <= costBound) {
        fail("optimality", path + ".penalty", VerifyMessage.VERIFY_PENALTY_TOO_SMALL, penalty,
            costBound);
      }
      if (failureCount == before && dual != primal) {
        fail("optimality", path, primal > dual ? VerifyMessage.VERIFY_DUAL_GAP_BETTER
            : VerifyMessage.VERIFY_DUAL_GAP, dual, penalty, primal, primal - dual);
      }
      if (failureCount == before) {
        held(VerifyMessage.VERIFY_CHECKED_OPTIMALITY, label, count(subset.length), count(placed),
            count(totalFit), count(primal), count(penalty), count(costBound));
      }
    }

    private void regional(RegionalCertificate r, String path) {
      long before = failureCount;
      Map<String, String> schools = provenance.schools();
      String[] schoolOf = new String[n];
      for (int s = 0; s < n; s++) {
        String id = problem.students().get(s).id();
        schoolOf[s] = schools.isEmpty() ? ONE_SCHOOL : schools.get(id);
      }
      String[] allocation = new String[m];
      for (Map.Entry<String, String> e : r.allocation().entrySet()) {
        int p = problem.placeIndex(e.getKey());
        if (p < 0) {
          fail("allocation", path + ".allocation" + key(e.getKey()),
              VerifyMessage.VERIFY_PLACE_UNKNOWN, e.getKey());
        } else {
          allocation[p] = e.getValue();
        }
      }
      TreeSet<String> schoolIds = new TreeSet<>(r.schools().keySet());
      for (int s = 0; s < n; s++) {
        String id = problem.students().get(s).id();
        int p = placeOf[s];
        boolean isFree = isFree(s);
        if ((isFree || pinnedPlace[s] >= 0) && schoolOf[s] == null) {
          fail("allocation", "$.provenance.schools", VerifyMessage.VERIFY_NO_SCHOOL, id);
          continue;
        }
        if (isFree) {
          schoolIds.add(schoolOf[s]);
        }
        if (p >= 0 && schoolOf[s] != null && !schoolOf[s].equals(allocation[p])) {
          if (allocation[p] == null) {
            fail("allocation", "$.placements[" + placementAt[s] + "]",
                VerifyMessage.VERIFY_ALLOCATED_NONE, id, schoolOf[s],
                problem.places().get(p).id());
          } else {
            fail("allocation", "$.placements[" + placementAt[s] + "]",
                VerifyMessage.VERIFY_ALLOCATED_ELSEWHERE, id, schoolOf[s],
                problem.places().get(p).id(), allocation[p]);
          }
        }
      }
      if (failureCount == before) {
        held(VerifyMessage.VERIFY_CHECKED_ALLOCATION, count(r.allocation().size()));
      }
      for (String school : schoolIds) {
        AssignmentCertificate a = r.schools().get(school);
        int[] subset = freeStudents(schoolOf, school);
        if (a == null) {
          if (subset.length > 0) {
            fail("optimality", path + ".schools", VerifyMessage.VERIFY_SCHOOL_NO_CERTIFICATE,
                school, subset.length);
          }
          continue;
        }
        assignment(a, path + ".schools" + key(school), subset,
            p -> school.equals(allocation[p]),
            message(VerifyMessage.VERIFY_LABEL_OPTIMALITY_SCHOOL, school));
      }
    }
  }

  /**
   * The message {@code key} with {@code args}, each text argument (an id, a key or a value from
   * the result document) escaped and cut by {@link SafeText#clean(String)}, so that it can
   * neither forge a line nor control a terminal.
   */
  /** The most characters of a text from the files that a finding shows. */
  static final int ECHO_LIMIT = 240;

  static Message message(VerifyMessage key, Object... args) {
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // an id or a name from the files: escaped and bounded (far below a pasted file)
      safe[i] = args[i] instanceof String text ? SafeText.clean(text, ECHO_LIMIT) : args[i];
    }
    return Message.of(key, safe);
  }

  /** A count with the thousands separator of the message's language (1.000 or 1,000). */
  static Message count(long n) {
    return Message.count(n);
  }

  /** The word student or place, in both languages. */
  static Message studentOrPlace(boolean student) {
    return student ? Message.phrase("student", "student") : Message.phrase("plaats", "place");
  }
}
