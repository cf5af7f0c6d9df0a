package nl.stagematch.variants.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.process.Decision;
import nl.stagematch.variants.process.DecisionKind;
import nl.stagematch.variants.process.MatchingSession;
import nl.stagematch.variants.process.ReasonCategory;
import nl.stagematch.variants.process.Side;

/**
 * The monitoring counts of one run (R10): students in scope, matched and unplaced by reason,
 * opt-outs, refusals and objections by reason category, withdrawals, and the companies taking part or not by
 * sector, size class and region, and the students per qualification.
 *
 * <p>The report is a list of {@link Row rows}, one per dimension x value x metric, in a fixed
 * order: the dimensions in the order below, enum values in declaration order (every constant,
 * also when its count is 0), other values sorted, metrics in the order below. The counting rules:
 *
 * <ul>
 *   <li>{@code total/all}: {@code studentsTotal} (all students of the problem), {@code
 *       studentsOutOfScope}, {@code studentsInScope} (the policy's scope, R2; students who opted
 *       out are in scope), {@code matched} (in-scope students placed in the result), {@code
 *       unplaced} (in-scope students unplaced; always {@code studentsInScope - matched}), {@code
 *       optedOut}
 *       (in-scope students unplaced as OPTED_OUT), {@code companies}, {@code
 *       companiesParticipating} and {@code companiesNotParticipating} (under the policy for its
 *       school year, R5), {@code placesParticipating} and {@code capacityParticipating} (places of
 *       participating companies), then the decisions, each counted once per decision taken:
 *       {@code confirmations}, {@code pins}, {@code forbids}, {@code refusals}, {@code
 *       objections}, {@code endedEarly}, {@code optOutDecisions}, {@code withdrawals} (decisions
 *       that withdrew an earlier pin, forbid or opt-out);
 *   <li>{@code unplacedReason/REASON}: {@code students}, in-scope unplaced students per reason;
 *       they add up to {@code unplaced};
 *   <li>{@code refusalReason/CATEGORY}: {@code refusals} per reason category;
 *   <li>{@code objectionReason/CATEGORY}: {@code byStudent} and {@code byCompany};
 *   <li>{@code endReason/CATEGORY}: {@code endedEarly} per reason category;
 *   <li>{@code withdrawnKind/KIND} ({@code PIN}, {@code FORBID}, {@code OPT_OUT}): {@code
 *       withdrawals} per kind of decision withdrawn; they add up to {@code withdrawals};
 *   <li>{@code sector/CODE}, {@code sizeClass/CLASS}, {@code region/CODE}: {@code
 *       companiesParticipating}, {@code companiesNotParticipating}, {@code placesParticipating},
 *       {@code capacityParticipating}, {@code matched} (placements at the companies of that
 *       value);
 *   <li>{@code qualification/CREBO/LEVEL}: {@code studentsInScope}, {@code matched}, {@code
 *       unplaced}, {@code optedOut} (by the qualification of the learning wish), {@code
 *       placesParticipating}, {@code capacityParticipating}.
 * </ul>
 *
 * <p>Students have no region (their home location is never reported), so regions count companies,
 * places and placements only. The report never contains an id.
 *
 * @param schoolYear the policy's school year, such as {@code 2025-26}
 * @param variant the variant of the result
 * @param seed the seed of the result
 * @param rows the counts, in the order described above
 */
public record MonitoringReport(String schoolYear, String variant, long seed, List<Row> rows) {
  /** The format marker of the JSON document: {@value}. */
  public static final String FORMAT = "stagematch-monitoring/1";
  /** The kinds of decision a withdrawal can withdraw, in the order of the rows. */
  private static final List<DecisionKind> WITHDRAWABLE = List.of(DecisionKind.PIN,
      DecisionKind.FORBID, DecisionKind.OPT_OUT);
  /** The header line of the CSV document. */
  public static final String CSV_HEADER = "dimension,value,metric,count";

  /**
   * Copies the rows.
   *
   * @param schoolYear the policy's school year, such as {@code 2025-26}
   * @param variant the variant of the result
   * @param seed the seed of the result
   * @param rows the counts, in the order described above
   */
  public MonitoringReport {
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(variant, "variant");
    rows = List.copyOf(rows);
  }

  /**
   * One count.
   *
   * @param dimension what is broken down, such as {@code sector}
   * @param value the value of the dimension, such as {@code care}
   * @param metric what is counted, such as {@code companiesParticipating}
   * @param count the count, >= 0
   */
  public record Row(String dimension, String value, String metric, long count) {
    /**
     * Checks the count.
     *
     * @param dimension what is broken down
     * @param value the value of the dimension
     * @param metric what is counted
     * @param count the count, >= 0
     */
    public Row {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(metric, "metric");
      if (count < 0) {
        throw new IllegalStateException("The count (" + count + ") of " + dimension + "/" + value
            + "/" + metric + " is negative; this is a bug in the report.");
      }
    }
  }

  /**
   * Counts a result of {@code problem} together with the decisions taken in the session.
   *
   * @param problem the problem that was matched
   * @param result a result of {@code problem}
   * @param decisions the decisions taken on it, counted by kind (and reason, where they have one)
   * @return the counts, without any id
   * @throws IllegalArgumentException when an in-scope student is neither placed nor unplaced in
   *     the result, or a placement names a place the problem does not have
   */
  public static MonitoringReport of(MatchingProblem problem, MatchResult result,
      Collection<Decision> decisions) {
    return new Counter(problem, result).count(decisions);
  }

  /**
   * Counts the current proposal of {@code session} together with the decisions taken so far, read
   * at one moment (the session is locked while they are read).
   *
   * @param session the session to count
   * @return the counts of its current proposal and decisions
   */
  public static MonitoringReport of(MatchingSession session) {
    MatchResult result;
    List<Decision> decisions;
    synchronized (session) {
      result = session.result();
      decisions = session.decisions();
    }
    return of(session.problem(), result, decisions);
  }

  /**
   * The count of one row, or 0 when the report has no such row.
   *
   * @param dimension what is broken down, such as {@code sector}
   * @param value the value of the dimension, such as {@code care}
   * @param metric what is counted, such as {@code companiesParticipating}
   * @return the count of that row, or 0
   */
  public long count(String dimension, String value, String metric) {
    for (Row r : rows) {
      if (r.dimension.equals(dimension) && r.value.equals(value) && r.metric.equals(metric)) {
        return r.count;
      }
    }
    return 0;
  }

  /**
   * The canonical JSON document: dimension -> value -> metric -> count, in the rows' order.
   *
   * @return the document ({@value #FORMAT})
   */
  public String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("schoolYear", schoolYear);
    doc.put("variant", variant);
    doc.put("seed", seed);
    Map<String, Object> dims = new LinkedHashMap<>();
    for (Row r : rows) {
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) dims.computeIfAbsent(r.dimension,
          k -> new LinkedHashMap<String, Object>());
      @SuppressWarnings("unchecked")
      Map<String, Object> metrics = (Map<String, Object>) values.computeIfAbsent(r.value,
          k -> new LinkedHashMap<String, Object>());
      metrics.put(r.metric, r.count);
    }
    doc.put("dimensions", dims);
    return Json.pretty(doc);
  }

  /**
   * The tidy CSV document: the header {@value #CSV_HEADER}, then one line per row, {@code \n} line
   * ends. Fields holding a comma or a quote are quoted (codes and enum names never do).
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
    for (Row r : rows) {
      sb.append(csv(r.dimension)).append(',').append(csv(r.value)).append(',')
          .append(csv(r.metric)).append(',').append(r.count).append('\n');
    }
    return sb.toString();
  }

  private static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** Counts one report; used once. */
  private static final class Counter {
    private static final List<String> COMPANY_METRICS = List.of("companiesParticipating",
        "companiesNotParticipating", "placesParticipating", "capacityParticipating", "matched");
    private static final List<String> QUALIFICATION_METRICS = List.of("studentsInScope",
        "matched", "unplaced", "optedOut", "placesParticipating", "capacityParticipating");

    private final MatchingProblem problem;
    private final MatchResult result;
    private final List<Row> rows = new ArrayList<>();

    Counter(MatchingProblem problem, MatchResult result) {
      this.problem = Objects.requireNonNull(problem, "problem");
      this.result = Objects.requireNonNull(result, "result");
    }

    MonitoringReport count(Collection<Decision> decisions) {
      Objects.requireNonNull(decisions, "decisions; use an empty list for none");
      Policy policy = problem.policy();
      boolean[] participates = new boolean[problem.companies().size()];
      for (int c = 0; c < participates.length; c++) {
        participates[c] = policy.participation().participates(problem.companies().get(c),
            policy.schoolYear());
      }
      Map<String, long[]> bySector = new TreeMap<>();
      Map<SizeClass, long[]> bySize = new EnumMap<>(SizeClass.class);
      for (SizeClass s : SizeClass.values()) {
        bySize.put(s, new long[5]);
      }
      Map<String, long[]> byRegion = new TreeMap<>();
      Map<Qualification, long[]> byQualification = new TreeMap<>();
      long companiesParticipating = 0;
      for (int c = 0; c < participates.length; c++) {
        Company company = problem.companies().get(c);
        int k = participates[c] ? 0 : 1;
        companiesParticipating += participates[c] ? 1 : 0;
        bySector.computeIfAbsent(company.sector(), x -> new long[5])[k]++;
        bySize.get(company.size())[k]++;
        byRegion.computeIfAbsent(company.region(), x -> new long[5])[k]++;
      }
      long placesParticipating = 0;
      long capacityParticipating = 0;
      for (int p = 0; p < problem.places().size(); p++) {
        Place place = problem.places().get(p);
        Company company = problem.companyOfPlace(p);
        long[] q = byQualification.computeIfAbsent(place.qualification(), x -> new long[6]);
        if (!participates[problem.companyIndex(company.id())]) {
          continue;
        }
        placesParticipating++;
        capacityParticipating += place.capacity();
        q[4]++;
        q[5] += place.capacity();
        for (long[] a : List.of(bySector.get(company.sector()), bySize.get(company.size()),
            byRegion.get(company.region()))) {
          a[2]++;
          a[3] += place.capacity();
        }
      }

      long inScope = 0;
      long matched = 0;
      long optedOut = 0;
      EnumMap<UnplacedReason, Long> byReason = new EnumMap<>(UnplacedReason.class);
      for (UnplacedReason r : UnplacedReason.values()) {
        byReason.put(r, 0L);
      }
      for (Student s : problem.students()) {
        if (!policy.scope().includes(s)) {
          continue;
        }
        inScope++;
        long[] q = byQualification.computeIfAbsent(s.wish().qualification(), x -> new long[6]);
        q[0]++;
        if (result.placement(s.id()).isPresent()) {
          matched++;
          q[1]++;
          continue;
        }
        Unplaced u = result.unplacedEntry(s.id()).orElseThrow(() -> new IllegalArgumentException(
            "The student (" + s.id() + ") is in scope but neither placed nor unplaced in the"
                + " result of variant (" + result.variant() + ").\nMaybe the result belongs to"
                + " another problem; pass the problem it was computed for."));
        byReason.merge(u.reason(), 1L, Long::sum);
        q[2]++;
        if (u.reason() == UnplacedReason.OPTED_OUT) {
          optedOut++;
          q[3]++;
        }
      }
      for (Placement pl : result.placements()) {
        Place place = problem.place(pl.placeId()).orElseThrow(() -> new IllegalArgumentException(
            "The place (" + pl.placeId() + ") of the placement of student (" + pl.studentId()
                + ") is not part of the problem.\nMaybe the result belongs to another problem;"
                + " pass the problem it was computed for."));
        Company company = problem.companyOf(place);
        bySector.get(company.sector())[4]++;
        bySize.get(company.size())[4]++;
        byRegion.get(company.region())[4]++;
      }

      EnumMap<DecisionKind, Long> byKind = new EnumMap<>(DecisionKind.class);
      EnumMap<DecisionKind, Long> withdrawn = new EnumMap<>(DecisionKind.class);
      for (DecisionKind k : WITHDRAWABLE) {
        withdrawn.put(k, 0L);
      }
      EnumMap<ReasonCategory, long[]> byCategory = new EnumMap<>(ReasonCategory.class);
      for (DecisionKind k : DecisionKind.values()) {
        byKind.put(k, 0L);
      }
      for (ReasonCategory c : ReasonCategory.values()) {
        byCategory.put(c, new long[4]);
      }
      for (Decision d : decisions) {
        byKind.merge(d.kind(), 1L, Long::sum);
        long[] a = d.reason() == null ? null : byCategory.get(d.reason());
        if (d.kind() == DecisionKind.REFUSE) {
          a[0]++;
        } else if (d.kind() == DecisionKind.OBJECT) {
          a[d.side() == Side.STUDENT ? 1 : 2]++;
        } else if (d.kind() == DecisionKind.END_EARLY) {
          a[3]++;
        } else if (d.kind() == DecisionKind.WITHDRAW && d.withdraws() != null) {
          withdrawn.merge(d.withdraws(), 1L, Long::sum);
        }
      }

      String all = "all";
      add("total", all, "studentsTotal", problem.students().size());
      add("total", all, "studentsOutOfScope", problem.students().size() - inScope);
      add("total", all, "studentsInScope", inScope);
      add("total", all, "matched", matched);
      add("total", all, "unplaced", inScope - matched);
      add("total", all, "optedOut", optedOut);
      add("total", all, "companies", participates.length);
      add("total", all, "companiesParticipating", companiesParticipating);
      add("total", all, "companiesNotParticipating", participates.length - companiesParticipating);
      add("total", all, "placesParticipating", placesParticipating);
      add("total", all, "capacityParticipating", capacityParticipating);
      add("total", all, "confirmations", byKind.get(DecisionKind.CONFIRM));
      add("total", all, "pins", byKind.get(DecisionKind.PIN));
      add("total", all, "forbids", byKind.get(DecisionKind.FORBID));
      add("total", all, "refusals", byKind.get(DecisionKind.REFUSE));
      add("total", all, "objections", byKind.get(DecisionKind.OBJECT));
      add("total", all, "endedEarly", byKind.get(DecisionKind.END_EARLY));
      add("total", all, "optOutDecisions", byKind.get(DecisionKind.OPT_OUT));
      add("total", all, "withdrawals", byKind.get(DecisionKind.WITHDRAW));
      for (Map.Entry<UnplacedReason, Long> e : byReason.entrySet()) {
        add("unplacedReason", e.getKey().name(), "students", e.getValue());
      }
      for (Map.Entry<ReasonCategory, long[]> e : byCategory.entrySet()) {
        add("refusalReason", e.getKey().name(), "refusals", e.getValue()[0]);
      }
      for (Map.Entry<ReasonCategory, long[]> e : byCategory.entrySet()) {
        add("objectionReason", e.getKey().name(), "byStudent", e.getValue()[1]);
        add("objectionReason", e.getKey().name(), "byCompany", e.getValue()[2]);
      }
      for (Map.Entry<ReasonCategory, long[]> e : byCategory.entrySet()) {
        add("endReason", e.getKey().name(), "endedEarly", e.getValue()[3]);
      }
      for (Map.Entry<DecisionKind, Long> e : withdrawn.entrySet()) {
        add("withdrawnKind", e.getKey().name(), "withdrawals", e.getValue());
      }
      companyRows("sector", bySector);
      Map<String, long[]> sizes = new LinkedHashMap<>();
      bySize.forEach((k, v) -> sizes.put(k.name(), v));
      companyRows("sizeClass", sizes);
      companyRows("region", byRegion);
      for (Map.Entry<Qualification, long[]> e : byQualification.entrySet()) {
        for (int i = 0; i < QUALIFICATION_METRICS.size(); i++) {
          add("qualification", e.getKey().toString(), QUALIFICATION_METRICS.get(i),
              e.getValue()[i]);
        }
      }
      return new MonitoringReport(policy.schoolYear().toString(), result.variant(),
          result.seed(), Collections.unmodifiableList(rows));
    }

    private void companyRows(String dimension, Map<String, long[]> counts) {
      for (Map.Entry<String, long[]> e : counts.entrySet()) {
        for (int i = 0; i < COMPANY_METRICS.size(); i++) {
          add(dimension, e.getKey(), COMPANY_METRICS.get(i), e.getValue()[i]);
        }
      }
    }

    private void add(String dimension, String value, String metric, long count) {
      rows.add(new Row(dimension, value, metric, count));
    }
  }

  /**
   * The distinct dimensions of the rows, in order.
   *
   * @return the dimensions, each once
   */
  public List<String> dimensions() {
    List<String> out = new ArrayList<>();
    TreeSet<String> seen = new TreeSet<>();
    for (Row r : rows) {
      if (seen.add(r.dimension)) {
        out.add(r.dimension);
      }
    }
    return out;
  }
}
