package nl.stagematch.bench.research.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stagematch.core.model.Qualification;

/**
 * The fixed catalogue of {@link ResearchCohortGenerator}: sectors with their share of first-year
 * students and their level mix, the qualifications of each sector and level, regions, and the
 * supply ratios that put the shortage in care, entree (level 1) and level 2. Independent of the
 * seed, so that every cohort uses the same qualifications.
 */
final class Catalog {

  /**
   * A sector: code, share of the students, share of each level 1..4 within the sector, number of
   * qualifications per level, and the kinds of company and work.
   */
  record Sector(String code, double share, double[] levelShares, int[] qualificationsPerLevel,
      List<String> companyKinds, List<String> workKinds) {}

  /**
   * A qualification of the catalogue.
   *
   * @param qualification crebo and level
   * @param sector the sector
   * @param share the expected share of all students who wish this qualification
   * @param ribbon whether its main period is the autumn ribbon (else the spring block)
   * @param workProcesses its work processes, such as {@code B1-K1-W2}
   */
  record Entry(Qualification qualification, Sector sector, double share, boolean ribbon,
      List<String> workProcesses) {

    /** Whether places are scarce for it: care, entree (level 1) or level 2. */
    boolean shortage() {
      return sector.code().equals(CARE) || qualification.level() <= 2;
    }
  }

  /** A region: a town with its surroundings; code, centre and relative number of students. */
  record Region(String code, double latitude, double longitude, double weight) {}

  static final String CARE = "care";

  /**
   * The sectors. Shares and level mixes are rounded approximations of the first-year BOL
   * population by sector and level (public DUO and SBB figures, not from the policy texts);
   * they are modelling choices that the tests check the generator reproduces.
   */
  static final List<Sector> SECTORS = List.of(
      new Sector(CARE, 0.28, new double[] {0.04, 0.16, 0.32, 0.48}, new int[] {1, 2, 3, 3},
          List.of("hospital", "nursing-home", "home-care", "disability-care", "childcare"),
          List.of("personal-care", "nursing", "household-support", "activities", "child-support")),
      new Sector("technology", 0.20, new double[] {0.06, 0.24, 0.32, 0.38},
          new int[] {1, 3, 3, 2},
          List.of("installer", "manufacturer", "construction", "engineering-firm", "garage"),
          List.of("installation", "assembly", "maintenance", "building", "design")),
      new Sector("business", 0.20, new double[] {0.05, 0.22, 0.25, 0.48},
          new int[] {1, 2, 2, 3},
          List.of("retail-chain", "shop", "wholesale", "office", "webshop"),
          List.of("sales", "customer-service", "stock", "administration", "marketing")),
      new Sector("ict-creative", 0.12, new double[] {0.0, 0.12, 0.28, 0.60},
          new int[] {0, 1, 2, 3},
          List.of("software-house", "it-department", "media-agency", "print-shop"),
          List.of("development", "support", "networks", "design", "content")),
      new Sector("hospitality", 0.10, new double[] {0.08, 0.32, 0.30, 0.30},
          new int[] {1, 2, 2, 2},
          List.of("restaurant", "hotel", "catering", "bakery", "event-venue"),
          List.of("kitchen", "service", "front-office", "baking", "events")),
      new Sector("logistics", 0.05, new double[] {0.10, 0.40, 0.30, 0.20},
          new int[] {1, 2, 1, 1},
          List.of("warehouse", "transport-company", "fulfilment-centre"),
          List.of("order-picking", "goods-receipt", "planning", "driving")),
      new Sector("food-green", 0.05, new double[] {0.05, 0.30, 0.35, 0.30},
          new int[] {0, 2, 2, 1},
          List.of("garden-centre", "farm", "food-processor", "landscaping"),
          List.of("growing", "animal-care", "processing", "landscaping")));

  /** The towns regions are made of, in the order they are used (largest first). */
  static final List<Region> REGIONS = List.of(
      new Region("amsterdam", 52.3676, 4.9041, 1.00),
      new Region("rotterdam", 51.9244, 4.4777, 0.90),
      new Region("den-haag", 52.0705, 4.3007, 0.80),
      new Region("utrecht", 52.0907, 5.1214, 0.70),
      new Region("eindhoven", 51.4416, 5.4697, 0.55),
      new Region("groningen", 53.2194, 6.5665, 0.50),
      new Region("tilburg", 51.5555, 5.0913, 0.45),
      new Region("almere", 52.3508, 5.2647, 0.40),
      new Region("breda", 51.5719, 4.7683, 0.40),
      new Region("nijmegen", 51.8126, 5.8372, 0.40),
      new Region("enschede", 52.2215, 6.8937, 0.35),
      new Region("arnhem", 51.9851, 5.8987, 0.35),
      new Region("zwolle", 52.5168, 6.0830, 0.30),
      new Region("amersfoort", 52.1561, 5.3878, 0.30),
      new Region("maastricht", 50.8514, 5.6910, 0.30),
      new Region("den-bosch", 51.6978, 5.3037, 0.30),
      new Region("haarlem", 52.3874, 4.6462, 0.30),
      new Region("apeldoorn", 52.2112, 5.9699, 0.30),
      new Region("leeuwarden", 53.2012, 5.7999, 0.25),
      new Region("leiden", 52.1601, 4.4970, 0.25));

  /**
   * Seats offered per active student, before the tightness, for qualifications without a
   * shortage; the others get the ratios below. Calibrated (see docs/calibration.md) so that V1
   * leaves about 1% of the active students unplaced at tightness 1.0.
   */
  static final double AMPLE_RATIO = 1.15;
  /** Seats per active student in care at levels 3 and 4 (the largest shortage, seed 002). */
  static final double CARE_RATIO = 1.04;
  /** Seats per active student at level 2 outside care. */
  static final double LEVEL_2_RATIO = 1.08;
  /** Seats per active student at entree (level 1), or in care at level 2. */
  static final double SEVERE_RATIO = 1.01;

  /** Relative weights of the qualifications within one sector and level. */
  private static final double[] WITHIN = {1.0, 0.7, 0.5};

  static final List<Entry> ENTRIES;
  private static final Map<Qualification, Entry> BY_QUALIFICATION;

  static {
    List<Entry> entries = new ArrayList<>();
    for (int s = 0; s < SECTORS.size(); s++) {
      Sector sector = SECTORS.get(s);
      for (int level = 1; level <= 4; level++) {
        int n = sector.qualificationsPerLevel()[level - 1];
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += WITHIN[k];
        }
        for (int k = 0; k < n; k++) {
          String crebo = String.format("2%d%d%02d", s + 1, level, k + 1);
          double share = sector.share() * sector.levelShares()[level - 1] * WITHIN[k] / sum;
          entries.add(new Entry(Qualification.of(crebo, level), sector, share,
              (s + level + k) % 2 == 0, workProcesses(level)));
        }
      }
    }
    ENTRIES = Collections.unmodifiableList(entries);
    Map<Qualification, Entry> by = new HashMap<>();
    for (Entry e : entries) {
      by.put(e.qualification(), e);
    }
    BY_QUALIFICATION = Collections.unmodifiableMap(by);
  }

  private Catalog() {}

  private static List<String> workProcesses(int level) {
    int[] coreTasks = switch (level) {
      case 1 -> new int[] {3, 2};
      case 2 -> new int[] {3, 3};
      case 3 -> new int[] {4, 3, 2};
      default -> new int[] {4, 4, 3};
    };
    List<String> out = new ArrayList<>();
    for (int k = 0; k < coreTasks.length; k++) {
      for (int w = 1; w <= coreTasks[k]; w++) {
        out.add("B1-K" + (k + 1) + "-W" + w);
      }
    }
    if (level >= 3) {
      out.add("P1-K1-W1");
      out.add("P1-K1-W2");
    }
    return List.copyOf(out);
  }

  /** The catalogue entry of {@code q}, or null if it is not in the catalogue. */
  static Entry entry(Qualification q) {
    return BY_QUALIFICATION.get(q);
  }

  /** Seats per active student for {@code e}, before the tightness. */
  static double supplyRatio(Entry e) {
    boolean care = e.sector().code().equals(CARE);
    int level = e.qualification().level();
    if (level == 1 || (care && level == 2)) {
      return SEVERE_RATIO;
    }
    if (care) {
      return CARE_RATIO;
    }
    if (level == 2) {
      return LEVEL_2_RATIO;
    }
    return AMPLE_RATIO;
  }
}
