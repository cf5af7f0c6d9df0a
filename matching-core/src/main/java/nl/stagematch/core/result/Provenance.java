package nl.stagematch.core.result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.stagematch.core.model.Pseudonyms;

/**
 * What produced a result: the SHA-256 of the canonical problem document, the variant, its
 * effective options, the seed, the coordinator's pins and forbidden pairs, the schools (V5), the
 * responder and the fit model's parameters. With the problem, this is everything a verifier needs
 * to recompute eligibility and fit (see {@code nl.stagematch.core.check.ResultVerifier}); the
 * participation policy is part of the problem and so covered by its hash.
 *
 * <p>Every map is sorted by key and every list sorted, so that the same request always gives the
 * same provenance (and the same bytes in the result document).
 *
 * @param problemSha256 lower-case hex SHA-256 of the canonical problem document ({@code
 *     ProblemJson.sha256})
 * @param variant the variant's name
 * @param seed the lottery seed
 * @param options the effective value of every declared option, sorted by name
 * @param pinned the pinned pairs, sorted by student id, then place id
 * @param forbidden the forbidden pairs, sorted by student id, then place id, without repeats
 * @param schools student id to school id, sorted; empty for one school
 * @param responder who gave the people's answers ({@code by-fit} for the built-in simulation,
 *     else the responder's class name)
 * @param fitModel the fit model's parameters (weights, travel model, mastery level), by name
 *     ({@code nl.stagematch.core.model.FitParameters})
 * @param optedOut the students who opted out after the problem was written (a coordinator's
 *     decision in a matching session), sorted; the result was computed on the problem with these
 *     students marked as opted out. Empty for a plain match.
 * @param policy a summary of the problem's policy, for people reading the document and for the
 *     message when a result is checked against another problem ({@code schoolYear}, {@code
 *     participation.optOutAllowed}, {@code participation.minimumSize}, {@code
 *     participation.exemptSectors}); informative only, the problem hash covers the policy. May be
 *     empty.
 * @param remainingFrom the students whose placement ended early on a date in a matching session
 *     (R11), by id, sorted, with that date: the first day of the rest of her wished period. The
 *     result was computed on the problem with her wished period replaced by that rest ({@code
 *     nl.stagematch.core.model.EffectiveProblem}). Empty for a plain match (and then not written).
 */
public record Provenance(String problemSha256, String variant, long seed,
    Map<String, String> options, List<Pair> pinned, List<Pair> forbidden,
    Map<String, String> schools, String responder, Map<String, String> fitModel,
    List<String> optedOut, Map<String, String> policy, Map<String, LocalDate> remainingFrom) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates, sorts and copies.
   *
   * @param problemSha256 lower-case hex SHA-256 of the canonical problem document
   * @param variant the variant's name
   * @param seed the lottery seed
   * @param options the effective value of every declared option
   * @param pinned the pinned pairs
   * @param forbidden the forbidden pairs
   * @param schools student id to school id
   * @param responder who gave the people's answers
   * @param fitModel the fit model's parameters
   * @param optedOut the students who opted out after the problem was written
   * @param policy a summary of the problem's policy
   * @param remainingFrom the students whose placement ended early on a date in a matching session
   */
  public Provenance {
    Objects.requireNonNull(problemSha256, "The problem hash of a provenance is missing.");
    if (!SHA256.matcher(problemSha256).matches()) {
      throw new IllegalArgumentException("The problem hash (" + problemSha256 + ") must be 64"
          + " lower-case hex digits.\nMaybe take it from ProblemJson.sha256(problem).");
    }
    Objects.requireNonNull(variant, "The variant of a provenance is missing.");
    if (variant.isBlank()) {
      throw new IllegalArgumentException("The variant name () of a provenance is blank."
          + "\nMaybe use the name the variant is registered under.");
    }
    options = sortedStrings(options, "option");
    pinned = sortedPairs(pinned, "pinned", false);
    forbidden = sortedPairs(forbidden, "forbidden", true);
    schools = sortedStrings(schools, "school");
    for (Map.Entry<String, String> e : schools.entrySet()) {
      Ids.check(e.getKey(), Pseudonyms.Kind.STUDENT, "a student with a school");
      Ids.check(e.getValue(), Pseudonyms.Kind.SCHOOL,
          "the school of student (" + e.getKey() + ")");
    }
    Objects.requireNonNull(responder, "The responder of a provenance is missing.");
    fitModel = sortedStrings(fitModel, "fit model parameter");
    Objects.requireNonNull(optedOut, "The opted-out students are missing; use an empty list.");
    TreeSet<String> out = new TreeSet<>();
    for (String id : optedOut) {
      Ids.check(id, Pseudonyms.Kind.STUDENT, "an opted-out student");
      if (!out.add(id)) {
        throw new IllegalArgumentException("Student (" + id + ") is listed twice as opted out."
            + "\nMaybe list her once.");
      }
    }
    optedOut = List.copyOf(out);
    policy = sortedStrings(policy, "policy field");
    Objects.requireNonNull(remainingFrom,
        "The remaining periods are missing; use an empty map.");
    TreeMap<String, LocalDate> rest = new TreeMap<>();
    for (Map.Entry<String, LocalDate> e : remainingFrom.entrySet()) {
      String id = e.getKey();
      Objects.requireNonNull(id, "A student with a remaining period is null.");
      Ids.check(id, Pseudonyms.Kind.STUDENT, "a student with a remaining period", "remainingFrom",
          Pseudonyms.personalShape(id, Pseudonyms.Kind.OTHER).isPresent()
              ? Pseudonyms.shape(id) : id);
      rest.put(id, Objects.requireNonNull(e.getValue(),
          () -> "The first day of the remaining period of student (" + id + ") is missing."));
    }
    remainingFrom = Collections.unmodifiableSortedMap(rest);
  }

  /**
   * A provenance without remaining periods (nobody's placement ended early on a date).
   *
   * @param problemSha256 lower-case hex SHA-256 of the canonical problem document
   * @param variant the variant's name
   * @param seed the lottery seed
   * @param options the effective value of every declared option
   * @param pinned the pinned pairs
   * @param forbidden the forbidden pairs
   * @param schools student id to school id
   * @param responder who gave the people's answers
   * @param fitModel the fit model's parameters
   * @param optedOut the students who opted out after the problem was written
   * @param policy a summary of the problem's policy
   */
  public Provenance(String problemSha256, String variant, long seed,
      Map<String, String> options, List<Pair> pinned, List<Pair> forbidden,
      Map<String, String> schools, String responder, Map<String, String> fitModel,
      List<String> optedOut, Map<String, String> policy) {
    this(problemSha256, variant, seed, options, pinned, forbidden, schools, responder, fitModel,
        optedOut, policy, Map.of());
  }

  /**
   * A provenance without a policy summary.
   *
   * @param problemSha256 lower-case hex SHA-256 of the canonical problem document
   * @param variant the variant's name
   * @param seed the lottery seed
   * @param options the effective value of every declared option
   * @param pinned the pinned pairs
   * @param forbidden the forbidden pairs
   * @param schools student id to school id
   * @param responder who gave the people's answers
   * @param fitModel the fit model's parameters
   * @param optedOut the students who opted out after the problem was written
   */
  public Provenance(String problemSha256, String variant, long seed,
      Map<String, String> options, List<Pair> pinned, List<Pair> forbidden,
      Map<String, String> schools, String responder, Map<String, String> fitModel,
      List<String> optedOut) {
    this(problemSha256, variant, seed, options, pinned, forbidden, schools, responder, fitModel,
        optedOut, Map.of());
  }

  /**
   * A provenance of a plain match (nobody opted out after the problem was written).
   *
   * @param problemSha256 lower-case hex SHA-256 of the canonical problem document
   * @param variant the variant's name
   * @param seed the lottery seed
   * @param options the effective value of every declared option
   * @param pinned the pinned pairs
   * @param forbidden the forbidden pairs
   * @param schools student id to school id
   * @param responder who gave the people's answers
   * @param fitModel the fit model's parameters
   */
  public Provenance(String problemSha256, String variant, long seed,
      Map<String, String> options, List<Pair> pinned, List<Pair> forbidden,
      Map<String, String> schools, String responder, Map<String, String> fitModel) {
    this(problemSha256, variant, seed, options, pinned, forbidden, schools, responder, fitModel,
        List.of());
  }

  /**
   * This provenance for another problem document and with {@code optedOut} applied to it.
   *
   * @param problemSha256 the SHA-256 of the other problem document
   * @param optedOut the students who opted out after the problem was written
   * @return a new provenance; this one is unchanged
   */
  public Provenance withProblem(String problemSha256, List<String> optedOut) {
    return new Provenance(problemSha256, variant, seed, options, pinned, forbidden, schools,
        responder, fitModel, optedOut, policy, remainingFrom);
  }

  /**
   * This provenance for another problem document, with {@code optedOut} and {@code
   * remainingFrom} applied to it (see {@code nl.stagematch.core.model.EffectiveProblem}).
   *
   * @param problemSha256 the SHA-256 of the other problem document
   * @param optedOut the students who opted out after the problem was written
   * @param remainingFrom per student whose placement ended early: the first day of the rest
   * @return a new provenance; this one is unchanged
   */
  public Provenance withProblem(String problemSha256, List<String> optedOut,
      Map<String, LocalDate> remainingFrom) {
    return new Provenance(problemSha256, variant, seed, options, pinned, forbidden, schools,
        responder, fitModel, optedOut, policy, remainingFrom);
  }

  /**
   * This provenance with another responder name.
   *
   * @param responder the responder's name
   * @return a new provenance; this one is unchanged
   */
  public Provenance withResponder(String responder) {
    return new Provenance(problemSha256, variant, seed, options, pinned, forbidden, schools,
        responder, fitModel, optedOut, policy, remainingFrom);
  }

  /**
   * The summary of {@code policy} that a provenance records (see {@link #policy()}).
   *
   * @param policy the problem's policy
   * @return the summary, sorted by key
   */
  public static Map<String, String> summary(nl.stagematch.core.model.Policy policy) {
    TreeMap<String, String> m = new TreeMap<>();
    m.put("schoolYear", policy.schoolYear().toString());
    m.put("participation.optOutAllowed", Boolean.toString(policy.participation().optOutAllowed()));
    m.put("participation.minimumSize", policy.participation().minimumSize().name());
    m.put("participation.exemptSectors",
        String.join(",", new TreeSet<>(policy.participation().exemptSectors())));
    return Collections.unmodifiableSortedMap(m);
  }

  private static Map<String, String> sortedStrings(Map<String, String> map, String what) {
    Objects.requireNonNull(map, () -> "The " + what + "s are missing; use an empty map.");
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> e : map.entrySet()) {
      sorted.put(Objects.requireNonNull(e.getKey(), () -> "A " + what + " name is null."),
          Objects.requireNonNull(e.getValue(), () -> "The " + what + " (" + e.getKey()
              + ") has no value."));
    }
    return Collections.unmodifiableSortedMap(sorted);
  }

  private static List<Pair> sortedPairs(List<Pair> pairs, String what, boolean dropRepeats) {
    Objects.requireNonNull(pairs, () -> "The " + what + " pairs are missing; use an empty list.");
    List<Pair> sorted = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      sorted.add(Objects.requireNonNull(p, () -> "A " + what + " pair is null."));
    }
    sorted.sort(null);
    List<Pair> out = new ArrayList<>(sorted.size());
    for (Pair p : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).equals(p)) {
        if (dropRepeats) {
          continue;
        }
        throw new IllegalArgumentException("The " + what + " pair " + p + " is listed twice."
            + "\nMaybe list it once.");
      }
      out.add(p);
    }
    return List.copyOf(out);
  }

  /**
   * A (student, place) pair named by id, ordered by student id, then place id.
   *
   * @param studentId the pseudonymous student id
   * @param placeId the place id
   */
  public record Pair(String studentId, String placeId) implements Comparable<Pair> {
    /**
     * Validates both ids.
     *
     * @param studentId the pseudonymous student id
     * @param placeId the place id
     */
    public Pair {
      Ids.check(studentId, Pseudonyms.Kind.STUDENT, "the student of a pair", "studentId");
      Ids.check(placeId, Pseudonyms.Kind.PLACE,
          "the place of the pair of student (" + studentId + ")", "placeId");
    }

    @Override
    public int compareTo(Pair o) {
      int c = studentId.compareTo(o.studentId);
      return c != 0 ? c : placeId.compareTo(o.placeId);
    }

    @Override
    public String toString() {
      return "(" + studentId + ", " + placeId + ")";
    }
  }
}
