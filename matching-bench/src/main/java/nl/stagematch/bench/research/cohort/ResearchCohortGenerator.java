package nl.stagematch.bench.research.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.stagematch.bench.gen.Cumulative;
import nl.stagematch.bench.gen.SampleCohortGenerator;
import nl.stagematch.bench.research.ResearchCohort;
import nl.stagematch.core.model.Company;
import nl.stagematch.core.model.LearningWish;
import nl.stagematch.core.model.Lottery;
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
 * Generates research cohorts calibrated to public figures: a blind {@link MatchingProblem} of
 * first-year mbo students of school year 2025-26 and their internship places, with beside it the
 * research-only group flag and the school of every student. Seeded and deterministic: the same
 * spec and seed give an equal cohort on any JVM ({@link Random} with a specified algorithm, one
 * stream per phase, no hash-ordered iteration). A cohort of 120,000 students takes a few seconds
 * and well under 1 GB of heap.
 *
 * <p>What a cohort holds (targets and test tolerances in {@code docs/calibration.md}):
 *
 * <ul>
 *   <li><b>Qualifications</b>: 7 sectors (care 28%, technology 20%, business 20%, ICT and
 *       creative 12%, hospitality 10%, logistics 5%, food and green 5%) with their own level mix,
 *       about 5% entree (level 1), 22% level 2, 30% level 3 and 43% level 4 overall; 1 to 3
 *       qualifications per sector and level with synthetic crebo-looking codes ({@code 2SLKK}:
 *       sector, level, number) and work processes such as {@code B1-K2-W1}.
 *   <li><b>Scope</b> (R2, R3): about 4% BBL, 3% second-year and 1% first-year BOL students not
 *       at their first internship (out of scope); of the first-year BOL students at their first
 *       internship about 3% opted out.
 *   <li><b>Regions and travel</b>: {@link CohortSpec#regions()} Dutch towns, largest first;
 *       homes and companies scattered around the town centre (3.5 km standard deviation each
 *       way). Travel limits by bike (30%, 30-45 min), public transport (60%, 45-90 min) or car
 *       (10%, 25-40 min).
 *   <li><b>Periods</b> (R12): an autumn ribbon of 2 days a week and a spring block; each
 *       qualification has a main period, which 80% of its students wish.
 *   <li><b>Learning wish and competences</b>: 2 to 5 work processes with weights 1-3, a company
 *       kind (60%) and a work kind (50%), 6% need a place feature (R9: tailored supervision or
 *       physical accessibility); 0 to 3 competences at level 1-3.
 *   <li><b>Places and scarcity</b> (R13): for every qualification, region and period the seats
 *       of participating companies are {@code active students * ratio / tightness * noise}
 *       (noise log-normal with 10% spread), ratio 1.15 in general, 0.99 in care and at level 2,
 *       0.96 at entree and in care at level 2. At tightness 1.0 V1 leaves about 1% of the active
 *       students unplaced, most of them in care, entree and level 2 (seed 002, line 73 and
 *       footnote 6). 30% of places offer tailored supervision, 25% physical accessibility.
 *   <li><b>Companies</b> (R5): sizes micro 55%, small 30%, medium 10%, large 5%, with up to 2, 3,
 *       6 and 15 places and capacity up to 1, 2, 3 and 5 per place; a recognition for each
 *       qualification they have a place for, with 60-100% of its work processes. Policy: the
 *       compromise "companies from 50 employees take part, smaller ones may opt out" (seed 000,
 *       lines 1060-1106); 10% of micro and small companies opt out (their places are extra: the
 *       seats above count participating companies only), 3% of medium and large ones declare an
 *       opt-out that is not honoured.
 *   <li><b>Research-only attributes</b>, never in the problem: the group (each student with
 *       probability {@link CohortSpec#groupShare()} from the seeded lottery, key {@code group};
 *       with {@link CohortSpec#groupSkew()} above 0 weighted towards care, entree and level 2)
 *       and the school ({@code roc-01} ...): the school of the student's region with
 *       probability 0.85, else any school, by the seeded lottery (key {@code school}).
 *   <li><b>Structural mode</b> ({@link CohortSpec#structure()}): the group is no longer
 *       independent of the input. A student's odds of being in the group are {@link
 *       #ODDS_G4_CITY} in the city of Amsterdam, Rotterdam, Den Haag or Utrecht, {@link
 *       #ODDS_OTHER_CITY} in the city of another town and {@link #ODDS_SURROUNDINGS} in the
 *       surroundings (CBS: 3 in 10, 1 in 10 and 1 in 20 inhabitants), times {@link #ODDS_CARE}
 *       in care (CBS StatLine 83850NED against 83852NED) and {@link #ODDS_LOWER_LEVELS} at entree
 *       and level 2 (a modelling choice); the half of a town's students living within {@link
 *       #CITY_RADIUS_KM} of its centre live in the city, the other half in the surroundings. The
 *       probability is {@code group-share * odds / mean odds}, so that the expected share stays
 *       {@code group-share}. A student of the group goes by bike {@link #GROUP_BIKE_FACTOR} and by
 *       car {@link #GROUP_CAR_FACTOR} times as often as the default mix (SCP, "Anders
 *       onderweg"), the rest by public transport; the travel limits per means are the same.
 *       Sources and figures: {@code docs/calibration.md}, section 1.
 * </ul>
 *
 * <p>Ids are pseudonymous: {@code S-000001}, {@code C-000001}, {@code P-000001}.
 */
public final class ResearchCohortGenerator {

  /** The school year of every generated cohort. */
  public static final SchoolYear SCHOOL_YEAR = SchoolYear.of(2025);

  /** The policy: default scope; companies from 50 employees take part, smaller may opt out. */
  public static final Policy POLICY = new Policy(SCHOOL_YEAR, Scope.DEFAULT,
      new ParticipationPolicy(false, SizeClass.MEDIUM, Set.of()));

  static final Period RIBBON = SampleCohortGenerator.AUTUMN_RIBBON;
  static final Period BLOCK = SampleCohortGenerator.SPRING_BLOCK;
  static final List<String> FEATURES = SampleCohortGenerator.FEATURES;

  /** Standard deviation of homes and companies around the town centre, in km, each way. */
  private static final double SPREAD_KM = 3.0;

  /**
   * Structural mode: the radius around a town's centre within which half of its students live
   * (the median of the distance, {@code 3.0 * sqrt(2 ln 2)} km): the city; the rest live in the
   * surroundings.
   */
  public static final double CITY_RADIUS_KM = SPREAD_KM * Math.sqrt(2 * Math.log(2));
  /** Structural mode: the group's odds in the city of one of the four largest towns (CBS). */
  public static final double ODDS_G4_CITY = 6;
  /** Structural mode: the group's odds in the city of another town (CBS). */
  public static final double ODDS_OTHER_CITY = 2;
  /** Structural mode: the group's odds in the surroundings of any town (CBS). */
  public static final double ODDS_SURROUNDINGS = 1;
  /** Structural mode: the factor on the odds in care (CBS: 27.3% against 23.6% of all mbo). */
  public static final double ODDS_CARE = 1.16;
  /** Structural mode: the factor on the odds at entree and level 2 (a modelling choice). */
  public static final double ODDS_LOWER_LEVELS = 1.5;
  /** Structural mode: a group student's bike share against the default (SCP: 10% / 27%). */
  public static final double GROUP_BIKE_FACTOR = 10.0 / 27.0;
  /** Structural mode: a group student's car share against the default (SCP: 66% / 85%). */
  public static final double GROUP_CAR_FACTOR = 66.0 / 85.0;
  /** The four largest towns (the G4), whose city has the highest odds. */
  private static final Set<String> G4 = Set.of("amsterdam", "rotterdam", "den-haag", "utrecht");
  /** The default transport mix in percent: bike below 25, public transport below 90, car. */
  private static final int BIKE = 25;
  private static final int CAR = 10;

  private ResearchCohortGenerator() {}

  /**
   * The cohort for {@code spec} and {@code seed}, labelled {@code generated-<students>}.
   * Equal arguments give equal cohorts.
   */
  public static ResearchCohort generate(CohortSpec spec, long seed) {
    return new Run(spec, seed).build();
  }

  /** The sector of a generated qualification, such as {@code care}; empty for any other. */
  public static Optional<String> sectorOf(Qualification qualification) {
    Catalog.Entry e = Catalog.entry(qualification);
    return e == null ? Optional.empty() : Optional.of(e.sector().code());
  }

  /**
   * Whether places for a generated qualification are scarce by design: care, entree (level 1)
   * and level 2.
   */
  public static boolean inShortage(Qualification qualification) {
    Catalog.Entry e = Catalog.entry(qualification);
    return e != null && e.shortage();
  }

  /** The sector codes of generated cohorts, in the catalogue's order. */
  public static List<String> sectors() {
    List<String> out = new ArrayList<>();
    for (Catalog.Sector s : Catalog.SECTORS) {
      out.add(s.code());
    }
    return List.copyOf(out);
  }

  /** A company being built: its builder and what the generator needs to know about it. */
  private static final class Draft {
    final String id;
    final Company.Builder builder;
    final SizeClass size;
    final boolean participates;
    final int maxPlaces;
    final Set<Qualification> recognised = new TreeSet<>();
    int places;

    Draft(String id, Company.Builder builder, SizeClass size, boolean participates,
        int maxPlaces) {
      this.id = id;
      this.builder = builder;
      this.size = size;
      this.participates = participates;
      this.maxPlaces = maxPlaces;
    }
  }

  /** One generation run; each phase draws from its own seeded {@link Random}. */
  private static final class Run {
    private final CohortSpec spec;
    private final long seed;
    private final List<Catalog.Region> regions;
    private final double[] regionCum;
    private final double[] entryCum;
    private final List<Student> students = new ArrayList<>();
    /** Active students per (entry, region, period) cell. */
    private final int[] demand;
    private final int[] studentRegion;
    private final List<Draft> companies = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    /** Per (sector, region): companies that can take another place. */
    private final Map<Integer, List<Draft>> open = new HashMap<>();
    /** Structural mode: the group, drawn with the students; the mean odds it is scaled by. */
    private final Set<String> structuralGroup = new TreeSet<>();
    private final double meanOdds;
    private final Lottery lottery;

    Run(CohortSpec spec, long seed) {
      this.spec = spec;
      this.seed = seed;
      this.regions = Catalog.REGIONS.subList(0, spec.regions());
      this.regionCum = new double[regions.size()];
      double acc = 0;
      for (int i = 0; i < regions.size(); i++) {
        acc += regions.get(i).weight();
        regionCum[i] = acc;
      }
      this.entryCum = new double[Catalog.ENTRIES.size()];
      acc = 0;
      for (int i = 0; i < entryCum.length; i++) {
        acc += Catalog.ENTRIES.get(i).share();
        entryCum[i] = acc;
      }
      this.demand = new int[entryCum.length * regions.size() * 2];
      this.studentRegion = new int[spec.students()];
      this.lottery = Lottery.withSeed(seed);
      this.meanOdds = spec.structure() ? meanOdds() : 1;
    }

    /** The expected odds of a student (structural mode): home and qualification independent. */
    private double meanOdds() {
      double total = 0;
      double home = 0;
      for (Catalog.Region region : regions) {
        total += region.weight();
        home += region.weight() * (0.5 * cityOdds(region) + 0.5 * ODDS_SURROUNDINGS);
      }
      double shares = 0;
      double qualification = 0;
      for (Catalog.Entry e : Catalog.ENTRIES) {
        shares += e.share();
        qualification += e.share() * qualificationOdds(e);
      }
      return home / total * (qualification / shares);
    }

    private static double cityOdds(Catalog.Region region) {
      return G4.contains(region.code()) ? ODDS_G4_CITY : ODDS_OTHER_CITY;
    }

    private static double qualificationOdds(Catalog.Entry e) {
      double odds = e.sector().code().equals(Catalog.CARE) ? ODDS_CARE : 1;
      return e.qualification().level() <= 2 ? odds * ODDS_LOWER_LEVELS : odds;
    }

    /** Structural mode: whether the student is in the group, from the seeded lottery. */
    private boolean structuralDraw(String id, Catalog.Region region, double[] home,
        Catalog.Entry entry) {
      double dy = (home[0] - region.latitude()) * 111.2;
      double dx = (home[1] - region.longitude()) * 111.2
          * Math.cos(Math.toRadians(region.latitude()));
      boolean city = Math.sqrt(dx * dx + dy * dy) < CITY_RADIUS_KM;
      double odds = (city ? cityOdds(region) : ODDS_SURROUNDINGS) * qualificationOdds(entry);
      double p = spec.groupShare() * odds / meanOdds;
      return p >= 1 || lottery.number("group", id) < p * (double) Long.MAX_VALUE;
    }

    private Random phase(long salt) {
      return new Random(Lottery.mix(seed ^ Lottery.mix(salt)));
    }

    ResearchCohort build() {
      Random r = phase(1);
      for (int i = 0; i < spec.students(); i++) {
        students.add(student(r, i));
      }
      Random supply = phase(2);
      int cells = demand.length;
      for (int cell = 0; cell < cells; cell++) {
        placesFor(supply, cell);
      }
      MatchingProblem.Builder b = MatchingProblem.builder().policy(POLICY);
      for (Draft d : companies) {
        b.addCompany(d.builder.build());
      }
      MatchingProblem problem = b.addPlaces(places).addStudents(students).build();
      return new ResearchCohort("generated-" + spec.students(), problem, group(),
          schools());
    }

    private int cell(int entry, int region, boolean ribbon) {
      return (entry * regions.size() + region) * 2 + (ribbon ? 1 : 0);
    }

    private static int draw(Random r, double[] cumulative) {
      return Cumulative.pick(cumulative, r.nextDouble());
    }

    private static <T> T any(Random r, List<T> list) {
      return list.get(r.nextInt(list.size()));
    }

    /** A point around the centre of {@code region}, {@link #SPREAD_KM} each way. */
    private static double[] near(Random r, Catalog.Region region) {
      double lat = region.latitude() + r.nextGaussian() * SPREAD_KM / 111.2;
      double lon = region.longitude() + r.nextGaussian() * SPREAD_KM
          / (111.2 * Math.cos(Math.toRadians(region.latitude())));
      return new double[] {lat, lon};
    }

    private Student student(Random r, int i) {
      int kind = r.nextInt(1000);
      Track track = Track.BOL;
      int year = 1;
      boolean first = true;
      boolean optedOut = false;
      if (kind < 40) {
        track = Track.BBL;
      } else if (kind < 70) {
        year = 2;
        first = r.nextBoolean();
      } else if (kind < 80) {
        first = false;
      } else if (r.nextInt(1000) < 30) {
        optedOut = true;
      }
      int e = draw(r, entryCum);
      Catalog.Entry entry = Catalog.ENTRIES.get(e);
      int region = draw(r, regionCum);
      String id = String.format("S-%06d", i + 1);
      // the structural mode needs the home before the transport; the default keeps its order
      double[] home = spec.structure() ? near(r, regions.get(region)) : null;
      boolean inGroup = spec.structure()
          && structuralDraw(id, regions.get(region), home, entry);
      if (inGroup) {
        structuralGroup.add(id);
      }
      int bike = inGroup ? (int) Math.round(BIKE * GROUP_BIKE_FACTOR) : BIKE;
      int car = inGroup ? (int) Math.round(CAR * GROUP_CAR_FACTOR) : CAR;
      boolean ribbon = r.nextInt(100) < 80 == entry.ribbon();
      LearningWish.Builder w = LearningWish.builder(entry.qualification(),
          ribbon ? RIBBON : BLOCK);
      List<String> wps = entry.workProcesses();
      int wanted = 2 + r.nextInt(4);
      for (int k = 0; k < wanted; k++) {
        w.workProcess(any(r, wps), 1 + r.nextInt(3));
      }
      if (r.nextInt(100) < 60) {
        w.companyKind(any(r, entry.sector().companyKinds()));
      }
      if (r.nextInt(100) < 50) {
        w.workKind(any(r, entry.sector().workKinds()));
      }
      int t = r.nextInt(100);
      if (t < bike) {
        w.travelLimit(Transport.BIKE, 30 + 5 * r.nextInt(4));
      } else if (t < 100 - car) {
        w.travelLimit(Transport.PUBLIC_TRANSPORT, 45 + 15 * r.nextInt(4));
      } else {
        w.travelLimit(Transport.CAR, 25 + 5 * r.nextInt(4));
      }
      if (r.nextInt(100) < 6) {
        w.requiredFeature(r.nextInt(4) == 0 ? FEATURES.get(1) : FEATURES.get(0));
      }
      if (home == null) {
        home = near(r, regions.get(region));
      }
      Student.Builder s = Student.builder(id, w.build())
          .track(track).studyYear(year).firstInternship(first).optedOut(optedOut)
          .home(home[0], home[1]);
      int known = r.nextInt(4);
      for (int k = 0; k < known; k++) {
        s.competence(any(r, wps), 1 + r.nextInt(3));
      }
      studentRegion[i] = region;
      if (track == Track.BOL && year == 1 && first && !optedOut) {
        demand[cell(e, region, ribbon)]++;
      }
      return s.build();
    }

    /** Adds places for one (entry, region, period) cell until its seats reach the target. */
    private void placesFor(Random r, int cell) {
      int e = cell / 2 / regions.size();
      int region = cell / 2 % regions.size();
      boolean ribbon = cell % 2 == 1;
      Catalog.Entry entry = Catalog.ENTRIES.get(e);
      double noise = Math.exp(0.1 * r.nextGaussian());
      double exact = demand[cell] * Catalog.supplyRatio(entry) / spec.tightness() * noise;
      int target = (int) Math.floor(exact);
      if (r.nextDouble() < exact - target) {
        target++;
      }
      int seats = 0;
      while (seats < target) {
        Draft c = companyFor(r, entry, region);
        int max = switch (c.size) {
          case MICRO -> 1;
          case SMALL -> 2;
          case MEDIUM -> 3;
          case LARGE -> 5;
        };
        int cap = 1 + r.nextInt(max);
        if (c.participates) {
          cap = Math.min(cap, target - seats);
          seats += cap;
        }
        Place.Builder p = Place.builder(String.format("P-%06d", places.size() + 1),
            c.id, entry.qualification(), ribbon ? RIBBON : BLOCK)
            .capacity(cap);
        if (r.nextInt(100) < 30) {
          p.feature(FEATURES.get(0));
        }
        if (r.nextInt(100) < 25) {
          p.feature(FEATURES.get(1));
        }
        if (r.nextInt(100) < 70) {
          p.workKind(any(r, entry.sector().workKinds()));
        }
        places.add(p.build());
      }
    }

    /**
     * A company of the entry's sector in the region with room for another place (45%), or a new
     * one; it gets the recognition if it lacks it.
     */
    private Draft companyFor(Random r, Catalog.Entry entry, int region) {
      int sector = Catalog.SECTORS.indexOf(entry.sector());
      List<Draft> pool = open.computeIfAbsent(sector * Catalog.REGIONS.size() + region,
          k -> new ArrayList<>());
      Draft c;
      if (!pool.isEmpty() && r.nextInt(100) < 45) {
        int k = r.nextInt(pool.size());
        c = pool.get(k);
        if (c.places + 1 >= c.maxPlaces) {
          pool.set(k, pool.get(pool.size() - 1));
          pool.remove(pool.size() - 1);
        }
      } else {
        c = newCompany(r, entry, region);
        if (c.maxPlaces > 1) {
          pool.add(c);
        }
      }
      c.places++;
      if (c.recognised.add(entry.qualification())) {
        recognise(r, c, entry);
      }
      return c;
    }

    private Draft newCompany(Random r, Catalog.Entry entry, int region) {
      int s = r.nextInt(100);
      SizeClass size = s < 55 ? SizeClass.MICRO : s < 85 ? SizeClass.SMALL
          : s < 95 ? SizeClass.MEDIUM : SizeClass.LARGE;
      int maxPlaces = switch (size) {
        case MICRO -> 2;
        case SMALL -> 3;
        case MEDIUM -> 6;
        case LARGE -> 15;
      };
      Catalog.Region at = regions.get(region);
      double[] loc = near(r, at);
      String id = String.format("C-%06d", companies.size() + 1);
      Company.Builder b = Company.builder(id)
          .size(size).sector(entry.sector().code()).kind(any(r, entry.sector().companyKinds()))
          .region(at.code()).location(loc[0], loc[1]);
      boolean small = size.compareTo(SizeClass.MEDIUM) < 0;
      boolean optsOut = r.nextInt(100) < (small ? 10 : 3);
      if (optsOut) {
        b.participation(SCHOOL_YEAR, Participation.OPTED_OUT);
      }
      Draft d = new Draft(id, b, size, !(optsOut && small), maxPlaces);
      companies.add(d);
      return d;
    }

    /** Adds a recognition with 60-100% of the qualification's work processes. */
    private static void recognise(Random r, Draft c, Catalog.Entry entry) {
      List<String> all = entry.workProcesses();
      List<String> carried = new ArrayList<>();
      for (String wp : all) {
        if (r.nextInt(100) < 80) {
          carried.add(wp);
        }
      }
      int least = (int) Math.ceil(all.size() * 0.6);
      for (int k = 0; carried.size() < least; k++) {
        if (!carried.contains(all.get(k))) {
          carried.add(all.get(k));
        }
      }
      c.builder.recognition(entry.qualification(), carried.toArray(new String[0]));
    }

    /** The group, from the seeded lottery, weighted by the skew (expected share kept). */
    private Set<String> group() {
      if (spec.structure()) {
        return structuralGroup;
      }
      double heavy = 1 + 2 * spec.groupSkew();
      double sum = 0;
      for (Student s : students) {
        sum += Catalog.entry(s.wish().qualification()).shortage() ? heavy : 1;
      }
      double mean = students.isEmpty() ? 1 : sum / students.size();
      Set<String> group = new TreeSet<>();
      for (Student s : students) {
        double weight = Catalog.entry(s.wish().qualification()).shortage() ? heavy : 1;
        double p = spec.groupShare() * weight / mean;
        if (p >= 1 || lottery.number("group", s.id()) < p * (double) Long.MAX_VALUE) {
          group.add(s.id());
        }
      }
      return group;
    }

    /** The school of every student: her region's school (85%) or any school. */
    private Map<String, String> schools() {
      Lottery lottery = Lottery.withSeed(seed);
      int n = spec.schools();
      int k = regions.size();
      Map<String, String> out = new HashMap<>();
      for (int i = 0; i < students.size(); i++) {
        String id = students.get(i).id();
        long x = lottery.number("school", id);
        int region = studentRegion[i];
        int school;
        if (x % 100 < 85) {
          // The schools of a region: region % n, or, with more schools than regions, every
          // school s with s % k == region.
          if (n <= k) {
            school = region % n;
          } else {
            int choices = (n - region + k - 1) / k;
            school = region + k * (int) ((x / 100) % choices);
          }
        } else {
          school = (int) ((x / 100) % n);
        }
        out.put(id, String.format("roc-%02d", school + 1));
      }
      return out;
    }
  }
}
