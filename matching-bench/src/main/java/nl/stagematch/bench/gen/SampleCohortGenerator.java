package nl.stagematch.bench.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Participation;
import nl.stagematch.core.model.ParticipationPolicy;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Policy;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.SchoolYear;
import nl.stagematch.core.model.Scope;
import nl.stagematch.core.model.SizeClass;
import nl.stagematch.core.model.Student;
import nl.stagematch.core.model.Track;
import nl.stagematch.core.model.Transport;

/**
 * A synthetic sample cohort of one regional mbo institution (ROC) in one province, school year
 * 2025-26, for demonstrations, tests and benchmarks. Seeded and deterministic: the same seed gives
 * an equal problem on any machine ({@link Random} with a fixed seed, no hash-ordered iteration).
 *
 * <p>What it produces:
 *
 * <ul>
 *   <li>1,350 to 1,650 first-year BOL students at their first internship (in scope), spread over
 *       {@link #QUALIFICATIONS 20 qualifications} in six sectors (care, technology, ICT, commerce,
 *       hospitality, logistics) at levels 1 to 4, with crebo-looking codes and work-process codes
 *       such as {@code B1-K1-W2}; plus about 5% BBL, 4% second-year, 1% not-first-internship
 *       students (out of scope) and about 3% first-year BOL students who opted out;
 *   <li>homes around the centres of {@link #REGIONS six regions} of the province of Utrecht;
 *       travel limits by bike (30-45 min), public transport (45-90 min) or car (25-45 min);
 *   <li>a few hundred companies of all size classes, each recognised for one or two qualifications
 *       of its sector with most of their work processes, located in the regions in proportion to
 *       the students; about 5% opted out for 2025-26;
 *   <li>places with capacity 1-4 in two periods: a ribbon of 2 days a week from 1 September 2025
 *       to 30 January 2026 and a block from 2 February to 24 April 2026; some offer tailored
 *       supervision or physical accessibility, which about 8% of students need;
 *   <li>a <b>shortage in care and at level 2</b>: their places offer about 85% of the capacity
 *       their students need, other qualifications about 135%;
 *   <li>policy: {@link Scope#DEFAULT}, and participation as in the compromise "companies from 50
 *       employees must take part, smaller ones may opt out" ({@code minimumSize = MEDIUM}), so
 *       the places of opted-out micro and small companies are left out.
 * </ul>
 *
 * <p>Ids are pseudonymous: {@code S-0001}, {@code C-001}, {@code P-0001}.
 */
public final class SampleCohortGenerator {

  /** The seed of the sample shipped with the project. */
  public static final long DEFAULT_SEED = 2025L;

  /** The school year of the sample. */
  public static final SchoolYear SCHOOL_YEAR = SchoolYear.of(2025);

  /** The autumn ribbon: 2 days a week, 1 September 2025 to 30 January 2026. */
  public static final Period AUTUMN_RIBBON =
      Period.ribbon(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 30), 2);

  /** The spring block: 2 February to 24 April 2026. */
  public static final Period SPRING_BLOCK =
      Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24));

  /** Place features derived from support needs. */
  public static final List<String> FEATURES =
      List.of("tailored-supervision", "physically-accessible");

  /** A region: code, centre and share of the students. */
  public record Region(String code, double latitude, double longitude, double share) {}

  /** The six regions of the province of Utrecht used by the sample. */
  public static final List<Region> REGIONS = List.of(
      new Region("utrecht-stad", 52.0907, 5.1214, 0.34),
      new Region("amersfoort", 52.1561, 5.3878, 0.20),
      new Region("nieuwegein-houten", 52.0290, 5.0900, 0.14),
      new Region("zeist-heuvelrug", 52.0860, 5.2400, 0.11),
      new Region("veenendaal-rhenen", 52.0280, 5.5580, 0.11),
      new Region("woerden-lopik", 52.0850, 4.8830, 0.10));

  /** A sector: code, kinds of company and kinds of work. */
  record Sector(String code, List<String> companyKinds, List<String> workKinds) {}

  private static final Sector CARE = new Sector("care",
      List.of("hospital", "nursing-home", "home-care", "disability-care", "childcare"),
      List.of("personal-care", "nursing", "household-support", "activities", "child-support"));
  private static final Sector TECHNOLOGY = new Sector("technology",
      List.of("installer", "manufacturer", "engineering-firm", "maintenance-service"),
      List.of("installation", "assembly", "maintenance", "design"));
  private static final Sector ICT = new Sector("ict",
      List.of("software-house", "it-department", "managed-services"),
      List.of("development", "support", "networks", "testing"));
  private static final Sector COMMERCE = new Sector("commerce",
      List.of("retail-chain", "shop", "wholesale", "webshop"),
      List.of("sales", "customer-service", "stock", "marketing"));
  private static final Sector HOSPITALITY = new Sector("hospitality",
      List.of("restaurant", "hotel", "catering", "event-venue"),
      List.of("kitchen", "service", "front-office", "events"));
  private static final Sector LOGISTICS = new Sector("logistics",
      List.of("warehouse", "transport-company", "fulfilment-centre"),
      List.of("order-picking", "goods-receipt", "planning", "forklift"));

  /**
   * A qualification of the sample: crebo-looking code, level, sector, relative size, the main
   * period of its internships, and its core tasks (number of work processes per core task).
   */
  record QualificationSpec(Qualification qualification, Sector sector, double weight,
      boolean ribbon, int[] coreTasks) {

    List<String> workProcesses() {
      List<String> out = new ArrayList<>();
      for (int k = 0; k < coreTasks.length; k++) {
        for (int w = 1; w <= coreTasks[k]; w++) {
          out.add("B1-K" + (k + 1) + "-W" + w);
        }
      }
      if (qualification.level() >= 3) {
        out.add("P1-K1-W1");
        out.add("P1-K1-W2");
      }
      return out;
    }

    boolean shortage() {
      return sector == CARE || qualification.level() == 2;
    }
  }

  /** The qualifications of the sample (synthetic crebo-looking codes). */
  static final List<QualificationSpec> QUALIFICATIONS = List.of(
      spec("25250", 1, CARE, 0.9, true, 3, 3),
      spec("25498", 2, CARE, 1.6, true, 4, 3),
      spec("25480", 3, CARE, 1.4, false, 4, 4, 2),
      spec("25655", 4, CARE, 1.2, false, 4, 4, 3),
      spec("25486", 3, CARE, 1.0, true, 3, 4),
      spec("25258", 2, TECHNOLOGY, 0.8, false, 3, 3),
      spec("25257", 3, TECHNOLOGY, 0.7, false, 4, 3),
      spec("25263", 3, TECHNOLOGY, 0.5, true, 3, 4),
      spec("25224", 4, TECHNOLOGY, 0.5, false, 4, 3, 2),
      spec("25606", 2, ICT, 0.5, true, 3, 3),
      spec("25605", 3, ICT, 0.6, false, 4, 3),
      spec("25604", 4, ICT, 1.0, false, 4, 4),
      spec("25420", 2, COMMERCE, 0.9, true, 3, 3),
      spec("25425", 3, COMMERCE, 0.5, true, 3, 4),
      spec("25440", 4, COMMERCE, 0.5, false, 4, 3),
      spec("25160", 2, HOSPITALITY, 0.6, true, 4, 3),
      spec("25166", 2, HOSPITALITY, 0.5, false, 3, 3),
      spec("25175", 3, HOSPITALITY, 0.4, false, 3, 4),
      spec("25411", 2, LOGISTICS, 0.6, true, 3, 3),
      spec("25413", 3, LOGISTICS, 0.3, false, 3, 3, 2));

  /** Capacity over demand for qualifications in shortage (care, level 2) and the others. */
  static final double SHORTAGE_RATIO = 0.85;
  static final double AMPLE_RATIO = 1.35;

  private static QualificationSpec spec(String crebo, int level, Sector sector, double weight,
      boolean ribbon, int... coreTasks) {
    return new QualificationSpec(Qualification.of(crebo, level), sector, weight, ribbon,
        coreTasks);
  }

  private SampleCohortGenerator() {}

  /** The sample with {@link #DEFAULT_SEED}. */
  public static MatchingProblem generate() {
    return generate(DEFAULT_SEED);
  }

  /** The sample for {@code seed}; equal seeds give equal problems. */
  public static MatchingProblem generate(long seed) {
    return new Run(seed).build();
  }

  /** One generation run; all randomness comes from one seeded {@link Random}, in a fixed order. */
  private static final class Run {
    private final Random r;
    private final List<Student> students = new ArrayList<>();
    private final List<Company.Builder> companies = new ArrayList<>();
    private final List<String> companySector = new ArrayList<>();
    private final List<SizeClass> companySize = new ArrayList<>();
    private final List<List<QualificationSpec>> companyQuals = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();

    Run(long seed) {
      this.r = new Random(seed);
    }

    MatchingProblem build() {
      int inScope = 1350 + r.nextInt(301);
      int[] demand = split(inScope);
      int id = 0;
      for (int q = 0; q < QUALIFICATIONS.size(); q++) {
        for (int i = 0; i < demand[q]; i++) {
          students.add(student(++id, QUALIFICATIONS.get(q), Track.BOL, 1, true, false));
        }
      }
      // Out of scope or opted out: BBL, second-year, not-first-internship, opted-out.
      int extra = (int) Math.round(inScope * 0.13);
      for (int i = 0; i < extra; i++) {
        QualificationSpec q = QUALIFICATIONS.get(pick(weights()));
        int kind = r.nextInt(100);
        if (kind < 38) {
          students.add(student(++id, q, Track.BBL, 1 + r.nextInt(2), true, false));
        } else if (kind < 69) {
          students.add(student(++id, q, Track.BOL, 2, r.nextBoolean(), false));
        } else if (kind < 77) {
          students.add(student(++id, q, Track.BOL, 1, false, false));
        } else {
          students.add(student(++id, q, Track.BOL, 1, true, true));
        }
      }
      for (int q = 0; q < QUALIFICATIONS.size(); q++) {
        QualificationSpec spec = QUALIFICATIONS.get(q);
        double ratio = spec.shortage() ? SHORTAGE_RATIO : AMPLE_RATIO;
        placesFor(spec, (int) Math.max(1, Math.round(demand[q] * ratio)));
      }
      MatchingProblem.Builder b = MatchingProblem.builder().policy(new Policy(SCHOOL_YEAR,
          Scope.DEFAULT, new ParticipationPolicy(false, SizeClass.MEDIUM, Set.of())));
      for (Company.Builder c : companies) {
        b.addCompany(c.build());
      }
      return b.addPlaces(places).addStudents(students).build();
    }

    private double[] weights() {
      double[] w = new double[QUALIFICATIONS.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = QUALIFICATIONS.get(i).weight();
      }
      return w;
    }

    /** Splits {@code total} over the qualifications in proportion to their weight, +-10%. */
    private int[] split(int total) {
      double[] w = weights();
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        w[i] *= 0.9 + 0.2 * r.nextDouble();
        sum += w[i];
      }
      int[] out = new int[w.length];
      int given = 0;
      for (int i = 0; i < w.length; i++) {
        out[i] = (int) Math.floor(total * w[i] / sum);
        given += out[i];
      }
      for (int i = 0; given < total; i = (i + 1) % w.length) {
        out[i]++;
        given++;
      }
      return out;
    }

    private int pick(double[] weights) {
      double sum = 0;
      for (double w : weights) {
        sum += w;
      }
      double x = r.nextDouble() * sum;
      for (int i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }

    private Region region() {
      double[] w = new double[REGIONS.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = REGIONS.get(i).share();
      }
      return REGIONS.get(pick(w));
    }

    /** A point around the region's centre, about 3.5 km standard deviation each way. */
    private double[] near(Region region) {
      double lat = region.latitude() + r.nextGaussian() * 0.032;
      double lon = region.longitude() + r.nextGaussian() * 0.052;
      return new double[] {lat, lon};
    }

    private <T> T any(List<T> list) {
      return list.get(r.nextInt(list.size()));
    }

    private Student student(int n, QualificationSpec spec, Track track, int year, boolean first,
        boolean optedOut) {
      boolean mainPeriod = r.nextInt(100) < 85;
      Period period = spec.ribbon() == mainPeriod ? AUTUMN_RIBBON : SPRING_BLOCK;
      LearningWish.Builder w = LearningWish.builder(spec.qualification(), period);
      List<String> wps = spec.workProcesses();
      int wanted = 2 + r.nextInt(4);
      for (int i = 0; i < wanted; i++) {
        w.workProcess(any(wps), 1 + r.nextInt(3));
      }
      if (r.nextInt(100) < 60) {
        w.companyKind(any(spec.sector().companyKinds()));
      }
      if (r.nextInt(100) < 50) {
        w.workKind(any(spec.sector().workKinds()));
      }
      int t = r.nextInt(100);
      if (t < 45) {
        w.travelLimit(Transport.BIKE, 30 + 5 * r.nextInt(4));
      } else if (t < 90) {
        w.travelLimit(Transport.PUBLIC_TRANSPORT, 45 + 15 * r.nextInt(4));
      } else {
        w.travelLimit(Transport.CAR, 25 + 5 * r.nextInt(5));
      }
      if (r.nextInt(100) < 8) {
        w.requiredFeature(r.nextInt(4) == 0 ? FEATURES.get(1) : FEATURES.get(0));
      }
      double[] home = near(region());
      Student.Builder s = Student.builder(String.format("S-%04d", n), w.build())
          .track(track).studyYear(year).firstInternship(first).optedOut(optedOut)
          .home(home[0], home[1]);
      int known = r.nextInt(4);
      for (int i = 0; i < known; i++) {
        s.competence(any(wps), 1 + r.nextInt(3));
      }
      return s.build();
    }

    /** Creates places for {@code spec} until their capacity reaches {@code target}. */
    private void placesFor(QualificationSpec spec, int target) {
      int capacity = 0;
      while (capacity < target) {
        int c = companyFor(spec);
        SizeClass size = companySize.get(c);
        int max = switch (size) {
          case MICRO -> 1;
          case SMALL -> 2;
          case MEDIUM -> 3;
          case LARGE -> 4;
        };
        int cap = Math.min(1 + r.nextInt(max), target - capacity);
        boolean mainPeriod = r.nextInt(100) < 85;
        Period period = spec.ribbon() == mainPeriod ? AUTUMN_RIBBON : SPRING_BLOCK;
        Place.Builder p = Place.builder(String.format("P-%04d", places.size() + 1),
            String.format("C-%03d", c + 1), spec.qualification(), period).capacity(cap);
        if (r.nextInt(100) < 30) {
          p.feature(FEATURES.get(0));
        }
        if (r.nextInt(100) < 25) {
          p.feature(FEATURES.get(1));
        }
        if (r.nextInt(100) < 70) {
          p.workKind(any(spec.sector().workKinds()));
        }
        places.add(p.build());
        capacity += cap;
      }
    }

    /**
     * A company recognised for {@code spec}: an existing one of its sector that already holds the
     * recognition (40%), one of its sector that adds it (15%, at most two per company), or a new
     * one.
     */
    private int companyFor(QualificationSpec spec) {
      int roll = r.nextInt(100);
      List<Integer> holders = new ArrayList<>();
      List<Integer> sameSector = new ArrayList<>();
      for (int c = 0; c < companies.size(); c++) {
        if (companyQuals.get(c).contains(spec)) {
          holders.add(c);
        } else if (companySector.get(c).equals(spec.sector().code())
            && companyQuals.get(c).size() < 2) {
          sameSector.add(c);
        }
      }
      if (roll < 40 && !holders.isEmpty()) {
        return any(holders);
      }
      if (roll < 55 && !sameSector.isEmpty()) {
        int c = any(sameSector);
        recognise(c, spec);
        return c;
      }
      return newCompany(spec);
    }

    private int newCompany(QualificationSpec spec) {
      int n = companies.size() + 1;
      int s = r.nextInt(100);
      SizeClass size = s < 35 ? SizeClass.MICRO : s < 70 ? SizeClass.SMALL
          : s < 90 ? SizeClass.MEDIUM : SizeClass.LARGE;
      Region region = region();
      double[] at = near(region);
      Company.Builder c = Company.builder(String.format("C-%03d", n))
          .size(size).sector(spec.sector().code()).kind(any(spec.sector().companyKinds()))
          .region(region.code()).location(at[0], at[1]);
      if (size.compareTo(SizeClass.MEDIUM) < 0 ? r.nextInt(100) < 6 : r.nextInt(100) < 3) {
        c.participation(SCHOOL_YEAR, Participation.OPTED_OUT);
      }
      companies.add(c);
      companySector.add(spec.sector().code());
      companySize.add(size);
      companyQuals.add(new ArrayList<>());
      recognise(companies.size() - 1, spec);
      return companies.size() - 1;
    }

    /** Adds a recognition with 60-100% of the qualification's work processes. */
    private void recognise(int c, QualificationSpec spec) {
      List<String> all = spec.workProcesses();
      List<String> carried = new ArrayList<>();
      for (String wp : all) {
        if (r.nextInt(100) < 80) {
          carried.add(wp);
        }
      }
      while (carried.size() < Math.ceil(all.size() * 0.6)) {
        String wp = any(all);
        if (!carried.contains(wp)) {
          carried.add(wp);
        }
      }
      companies.get(c).recognition(spec.qualification(), carried.toArray(new String[0]));
      companyQuals.get(c).add(spec);
    }
  }
}
