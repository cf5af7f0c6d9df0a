package nl.stagematch.bench.research.cohort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stagematch.bench.research.ResearchMessage;
import nl.stagematch.bench.research.ResearchOptionException;

/**
 * The parameters of {@link ResearchCohortGenerator}, with documented defaults and a one-line text
 * form ({@code students=10000,tightness=1.0,group-share=0.25,group-skew=0.0,regions=5,schools=3}).
 *
 * <ul>
 *   <li>{@code students} (default {@value #DEFAULT_STUDENTS}, 0 to {@value #MAX_STUDENTS}): every
 *       student of the cohort, including the few out of scope (BBL, second year, not the first
 *       internship; about 8%) and the in-scope students who opted out (about 3%);
 *   <li>{@code tightness} (default 1.0, more than 0 up to 10): the scarcity of places. The seats
 *       of every qualification, region and period are divided by the tightness, so 1.0 is the
 *       calibrated default (about 1% of the active in-scope students without a place under V1
 *       {@code school-placement}, as nationally: seed 002, footnote 6), 1.1 has a tenth fewer
 *       seats everywhere and 0.9 a ninth more;
 *   <li>{@code group-share} (default {@value #DEFAULT_GROUP_SHARE}, 0 to 1): the expected share
 *       of students in the research-only group (students with a non-western migration
 *       background). The policy texts do not give this share; 0.25 is a chosen round value, not a
 *       sourced figure: set it to the share of the population studied;
 *   <li>{@code group-skew} (default 0, 0 to 1): 0 draws the group independently of the matching
 *       input; above 0 a student of care, entree (level 1) or level 2 is {@code 1 + 2 * skew}
 *       times as likely to be in the group as another student, with the expected share kept;
 *   <li>{@code regions} (default {@value #DEFAULT_REGIONS}, 1 to {@value #MAX_REGIONS}): the
 *       number of regions, each a town with its surroundings;
 *   <li>{@code schools} (default {@value #DEFAULT_SCHOOLS}, 1 to {@value #MAX_SCHOOLS}): the
 *       number of schools (ROCs) the students belong to, for the regional-allocation variant;
 *   <li>{@code structure} (default 0, 0 or 1): 1 is the structural mode: the group's share
 *       varies by town and by urban or rural home and by qualification, and the group's students
 *       travel by other means (less by bike and car, more by public transport), every figure from
 *       a source cited in {@code docs/calibration.md} (see {@link ResearchCohortGenerator}); the
 *       expected share stays {@code group-share}. Not together with {@code group-skew}.
 * </ul>
 *
 * @param students the number of students
 * @param tightness the scarcity of places; 1.0 is calibrated to about 1% unplaced
 * @param groupShare the expected share of the research-only group
 * @param groupSkew how much the group is concentrated in care, entree and level 2
 * @param regions the number of regions
 * @param schools the number of schools
 * @param structure whether the group follows the structural mode
 */
public record CohortSpec(int students, double tightness, double groupShare, double groupSkew,
    int regions, int schools, boolean structure) {

  /** The default number of students. */
  public static final int DEFAULT_STUDENTS = 10_000;
  /** The largest number of students. */
  public static final int MAX_STUDENTS = 1_000_000;
  /** The default group share (a chosen value; see the class documentation). */
  public static final double DEFAULT_GROUP_SHARE = 0.25;
  /** The default number of regions. */
  public static final int DEFAULT_REGIONS = 5;
  /** The largest number of regions (one per town the generator knows). */
  public static final int MAX_REGIONS = 20;
  /** The default number of schools. */
  public static final int DEFAULT_SCHOOLS = 3;
  /** The largest number of schools. */
  public static final int MAX_SCHOOLS = 99;

  private static final List<String> KEY_LIST =
      List.of("students", "tightness", "group-share", "group-skew", "regions", "schools",
          "structure");
  private static final String KEYS = String.join(", ", KEY_LIST);

  /** Validates every parameter; see the class documentation for the ranges. */
  public CohortSpec {
    if (students < 0 || students > MAX_STUDENTS) {
      throw range("students", students, 0, MAX_STUDENTS, "students=10000");
    }
    if (!(tightness > 0 && tightness <= 10)) {
      throw new ResearchOptionException(ResearchMessage.COHORT_SPEC_TIGHTNESS, tightness);
    }
    if (!(groupShare >= 0 && groupShare <= 1)) {
      throw range("group-share", groupShare, 0, 1, "group-share=0.25");
    }
    if (!(groupSkew >= 0 && groupSkew <= 1)) {
      throw new ResearchOptionException(ResearchMessage.COHORT_SPEC_GROUP_SKEW, groupSkew);
    }
    if (regions < 1 || regions > MAX_REGIONS) {
      throw range("regions", regions, 1, MAX_REGIONS, "regions=5");
    }
    if (schools < 1 || schools > MAX_SCHOOLS) {
      throw range("schools", schools, 1, MAX_SCHOOLS, "schools=3");
    }
    if (structure && groupSkew > 0) {
      throw new ResearchOptionException(ResearchMessage.COHORT_SPEC_STRUCTURE_AND_SKEW, groupSkew);
    }
  }

  /** A spec without the structural mode. */
  public CohortSpec(int students, double tightness, double groupShare, double groupSkew,
      int regions, int schools) {
    this(students, tightness, groupShare, groupSkew, regions, schools, false);
  }

  /** A spec without group skew (0: the group independent of the matching input). */
  public CohortSpec(int students, double tightness, double groupShare, int regions, int schools) {
    this(students, tightness, groupShare, 0.0, regions, schools);
  }

  /**
   * The defaults: 10,000 students, tightness 1.0, group share 0.25, skew 0, 5 regions, 3
   * schools.
   */
  public static CohortSpec defaults() {
    return new CohortSpec(DEFAULT_STUDENTS, 1.0, DEFAULT_GROUP_SHARE, 0.0, DEFAULT_REGIONS,
        DEFAULT_SCHOOLS, false);
  }

  /** This spec with {@code students} students. */
  public CohortSpec withStudents(int students) {
    return new CohortSpec(students, tightness, groupShare, groupSkew, regions, schools,
        structure);
  }

  /** This spec with tightness {@code tightness}. */
  public CohortSpec withTightness(double tightness) {
    return new CohortSpec(students, tightness, groupShare, groupSkew, regions, schools,
        structure);
  }

  /** This spec with group share {@code groupShare}. */
  public CohortSpec withGroupShare(double groupShare) {
    return new CohortSpec(students, tightness, groupShare, groupSkew, regions, schools,
        structure);
  }

  /** This spec in the structural mode ({@code true}) or not. */
  public CohortSpec withStructure(boolean structure) {
    return new CohortSpec(students, tightness, groupShare, groupSkew, regions, schools,
        structure);
  }

  /**
   * Parses {@code key=value} pairs separated by commas, such as {@code
   * students=10000,tightness=1.0,group-share=0.2,regions=5,schools=3}; any subset in any order,
   * the rest default. Blank text gives the defaults. Keys: {@code students}, {@code tightness},
   * {@code group-share}, {@code group-skew}, {@code regions}, {@code schools}.
   *
   * @throws IllegalArgumentException for an unknown or repeated key, a pair without '=', a value
   *     that is not a number, or a value out of range; the message names the key and the value
   *     and lists the valid keys
   */
  public static CohortSpec parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return defaults();
    }
    Map<String, String> given = new LinkedHashMap<>();
    for (String part : spec.split(",", -1)) {
      String pair = part.strip();
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new ResearchOptionException(ResearchMessage.COHORT_SPEC_NOT_KEY_VALUE, pair, spec)
            .with(ResearchMessage.COHORT_SPEC_VALID_KEYS_EXAMPLE, KEYS);
      }
      String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = pair.substring(eq + 1).strip();
      if (!KEY_LIST.contains(key)) {
        throw new ResearchOptionException(ResearchMessage.COHORT_SPEC_UNKNOWN_KEY, key, value)
            .with(ResearchMessage.COHORT_SPEC_VALID_KEYS, KEYS);
      }
      if (given.put(key, value) != null) {
        throw new ResearchOptionException(ResearchMessage.COHORT_SPEC_KEY_TWICE, key, spec)
            .with(ResearchMessage.COHORT_SPEC_VALID_KEYS_ONCE, KEYS);
      }
    }
    CohortSpec d = defaults();
    try {
      return new CohortSpec(
          intValue(given, "students", d.students()),
          doubleValue(given, "tightness", d.tightness()),
          doubleValue(given, "group-share", d.groupShare()),
          doubleValue(given, "group-skew", d.groupSkew()),
          intValue(given, "regions", d.regions()),
          intValue(given, "schools", d.schools()),
          structure(given));
    } catch (ResearchOptionException e) {
      throw e.with(ResearchMessage.COHORT_SPEC_VALID_KEYS, KEYS);
    }
  }

  private static int intValue(Map<String, String> given, String key, int fallback) {
    String v = given.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new ResearchOptionException(ResearchMessage.COHORT_SPEC_NOT_WHOLE, key, v,
          key + "=" + fallback);
    }
  }

  private static boolean structure(Map<String, String> given) {
    String v = given.get("structure");
    if (v == null || v.equals("0")) {
      return false;
    }
    if (v.equals("1")) {
      return true;
    }
    throw new ResearchOptionException(ResearchMessage.COHORT_SPEC_STRUCTURE, v);
  }

  private static double doubleValue(Map<String, String> given, String key, double fallback) {
    String v = given.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d) || v.endsWith("d") || v.endsWith("D") || v.endsWith("f")
          || v.endsWith("F")) {
        throw new NumberFormatException(v);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new ResearchOptionException(ResearchMessage.COHORT_SPEC_NOT_DECIMAL, key, v,
          key + "=" + fallback);
    }
  }

  private static ResearchOptionException range(String key, Object value, long low, long high,
      String example) {
    return new ResearchOptionException(ResearchMessage.COHORT_SPEC_RANGE, key, value, low, high,
        example);
  }

  /**
   * The canonical text form, every key in a fixed order ({@code structure=1} only in the
   * structural mode); {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    return "students=" + students + ",tightness=" + tightness + ",group-share=" + groupShare
        + ",group-skew=" + groupSkew + ",regions=" + regions + ",schools=" + schools
        + (structure ? ",structure=1" : "");
  }
}
