package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.stagematch.core.check.AcquaintanceCheck;
import nl.stagematch.core.check.Finding;
import nl.stagematch.core.check.ShortlistCheck;
import nl.stagematch.core.check.StabilityCheck;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.Certificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.ShortlistCertificate;
import nl.stagematch.core.result.StabilityCertificate;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.Candidate;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.Profile;
import nl.stagematch.core.spi.Proposal;
import nl.stagematch.core.spi.Responder;
import nl.stagematch.core.spi.StudentPlace;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The certificates of student choice (V4), two-by-two (V2) and blind shortlist (V3): the variants'
 * results pass their checks on the sample and on seeded cohorts with pins and forbidden pairs, and
 * tampered results are refused with the right property.
 */
class VariantCertificatesTest {
  private static final Variants VARIANTS = Variants.builtIn();
  private static final long[] SEEDS = {1, 2, 3, 4, 5, 6};

  /** A run: the request and its result with provenance, as the framework will record it. */
  record Run(MatchRequest request, Proposal proposal, MatchResult result) {
    List<Finding> check(MatchResult r) {
      List<Finding> out = new ArrayList<>();
      Certificate c = r.certificate();
      MatchingProblem p = request.problem();
      if (c instanceof StabilityCertificate) {
        StabilityCheck.verify(p, request.fitModel(), r, (StabilityCertificate) c, out);
      } else if (c instanceof AcquaintanceCertificate) {
        AcquaintanceCheck.verify(p, request.fitModel(), r, (AcquaintanceCertificate) c, out);
      } else {
        ShortlistCheck.verify(p, request.fitModel(), r, (ShortlistCertificate) c, out);
      }
      return out;
    }

    List<Finding> check() {
      return check(result);
    }
  }

  static Run run(String variant, MatchRequest request) {
    Proposal proposal = VARIANTS.get(variant).match(request);
    MatchResult r = proposal.result();
    assertNotNull(r.certificate(), variant);
    assertEquals(null, r.provenance(), "the variant leaves the provenance to the framework");
    List<Provenance.Pair> pins = new ArrayList<>();
    for (StudentPlace x : request.pinned()) {
      pins.add(new Provenance.Pair(x.studentId(), x.placeId()));
    }
    List<Provenance.Pair> forbidden = new ArrayList<>();
    for (StudentPlace x : request.forbidden()) {
      forbidden.add(new Provenance.Pair(x.studentId(), x.placeId()));
    }
    Provenance provenance = new Provenance("0".repeat(64), variant, request.seed(),
        proposal.options(), pins, forbidden, Map.of(), "by-fit", Map.of());
    return new Run(request, proposal, r.withEvidence(provenance, r.certificate()));
  }

  static MatchRequest cohort(long seed, double supply, String... options) {
    MatchRequest base = TestCohorts.request(TestCohorts.generate(seed, 90, supply), seed, true,
        true, 0);
    MatchRequest.Builder b = base.toBuilder();
    for (int i = 0; i < options.length; i += 2) {
      b.option(options[i], options[i + 1]);
    }
    return b.build();
  }

  static MatchResult withPlacements(MatchResult r, List<Placement> placements,
      List<Unplaced> unplaced) {
    return new MatchResult(r.variant(), r.seed(), placements, unplaced, r.lotteryNumbers(),
        r.provenance(), r.certificate());
  }

  static MatchResult withCertificate(MatchResult r, Certificate c) {
    return r.withEvidence(r.provenance(), c);
  }

  static void assertRefused(List<Finding> findings, String property, String pathStart,
      String words, String what) {
    assertFalse(findings.isEmpty(), what + ": the tampered result passed");
    for (Finding f : findings) {
      assertEquals(property, f.property(), what + ": " + f);
    }
    assertTrue(findings.stream().anyMatch(f -> f.path().startsWith(pathStart)
        && f.message().contains(words)), what + ": no finding at " + pathStart + " with ("
        + words + ") in " + findings);
  }

  // ---- the untampered results pass

  static final List<List<String>> CONFIGURATIONS = List.of(
      List.of("student-choice"),
      List.of("student-choice", "tie-breaking", "multiple"),
      List.of("student-choice", "open-hiring", "true", "tie-breaking", "multiple"),
      List.of("student-choice", "fit-class-width", "1"),
      List.of("two-by-two"),
      List.of("two-by-two", "cycle-rule", "students-first"),
      List.of("two-by-two", "cycle-rule", "places-first", "fill-remaining", "true"),
      List.of("blind-shortlist"),
      List.of("blind-shortlist", "shortlist-size", "3", "max-rounds", "3"));

  @TestFactory
  Stream<DynamicTest> resultsOfSeededCohortsPassTheirCheck() {
    List<DynamicTest> tests = new ArrayList<>();
    for (List<String> conf : CONFIGURATIONS) {
      for (long seed : new long[] {1, 2, 3, 4}) {
        for (double supply : new double[] {0.7, 1.4}) {
          String name = conf + " seed " + seed + " supply " + supply;
          tests.add(DynamicTest.dynamicTest(name, () -> {
            Run run = run(conf.get(0), cohort(seed, supply,
                conf.subList(1, conf.size()).toArray(new String[0])));
            assertEquals(List.of(), run.check(), name);
          }));
        }
      }
    }
    return tests.stream();
  }

  /** One configuration per variant on the sample (1,706 students; the runs take a second). */
  static final List<List<String>> ON_THE_SAMPLE = List.of(
      List.of("student-choice", "tie-breaking", "multiple"),
      List.of("two-by-two"),
      List.of("blind-shortlist"));

  @TestFactory
  Stream<DynamicTest> resultsOfTheSamplePassTheirCheck() {
    return ON_THE_SAMPLE.stream().map(conf -> DynamicTest.dynamicTest(conf.toString(), () -> {
      MatchRequest.Builder b = MatchRequest.builder(SampleCohort.load()).seed(SampleCohort.SEED);
      for (int i = 1; i < conf.size(); i += 2) {
        b.option(conf.get(i), conf.get(i + 1));
      }
      Run run = run(conf.get(0), b.build());
      assertEquals(List.of(), run.check(), conf.toString());
    }));
  }

  /**
   * The check re-applies stage 2 independently of the solver: its components agree with the
   * solver's counts of cycles, paths and lottery decisions, and its placements with the solver's.
   */
  @TestFactory
  Stream<DynamicTest> stage2ReappliedAgreesWithTheSolver() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String rule : AcquaintanceCertificate.RULES) {
      for (long seed : SEEDS) {
        tests.add(DynamicTest.dynamicTest(rule + " seed " + seed, () -> {
          Run run = run("two-by-two", cohort(seed, 1.0, "cycle-rule", rule));
          AcquaintanceCertificate c = (AcquaintanceCertificate) run.result().certificate();
          Map<String, Integer> room = new HashMap<>();
          MatchingProblem p = run.request().problem();
          p.places().forEach(x -> room.put(x.id(), x.capacity()));
          run.request().pinned().forEach(x -> room.merge(x.placeId(), -1, Integer::sum));
          AcquaintanceCheck.Stage2 again = AcquaintanceCheck.stage2(c.meetings(),
              c.studentOrders(), c.placeOrders(), room, rule, seed);
          MeetingPlan plan = (MeetingPlan) run.proposal().report();
          long cycles = again.components().stream().filter(x -> x.shape().equals("cycle"))
              .count();
          long paths = again.components().size() - cycles;
          long lottery = again.components().stream()
              .filter(x -> x.decidedBy().equals("lottery")).count();
          String where = rule + " seed " + seed;
          assertEquals(plan.cycles(), cycles, where);
          assertEquals(plan.paths(), paths, where);
          assertEquals(plan.lotteryDecisions(), lottery, where);
          Map<String, String> placed = new TreeMap<>();
          for (Placement x : run.result().placements()) {
            if (c.studentOrders().containsKey(x.studentId())) {
              placed.put(x.studentId(), x.placeId());
            }
          }
          assertEquals(placed, new TreeMap<>(again.placeOf()), where);
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void withoutProvenanceNoPinsAreAssumedAndPinFreeResultsPass() {
    for (String variant : List.of("student-choice", "two-by-two", "blind-shortlist")) {
      MatchRequest req = TestCohorts.request(TestCohorts.generate(7, 90, 1.0), 7, false, false,
          0);
      MatchResult r = VARIANTS.get(variant).match(req).result();
      Run run = new Run(req, null, r);
      assertEquals(List.of(), run.check(), variant);
      // the same result checked under pins it did not have: refused, without an exception
      Run pinned = run(variant, cohort(7, 1.0));
      MatchResult stripped = pinned.result().withEvidence(null, pinned.result().certificate());
      List<Finding> findings = pinned.check(stripped);
      assertFalse(findings.isEmpty(), variant + ": pins ignored but nothing found");
    }
  }

  @Test
  void aCertificateOfAnotherRunIsRefusedWithoutAnException() {
    for (List<String> conf : ON_THE_SAMPLE) {
      String[] options = conf.subList(1, conf.size()).toArray(new String[0]);
      Run one = run(conf.get(0), cohort(1, 0.7, options));
      Run two = run(conf.get(0), cohort(2, 0.7, options));
      MatchResult mixed = withCertificate(two.result(), one.result().certificate());
      List<Finding> findings = two.check(mixed);
      assertFalse(findings.isEmpty(), conf.toString());
      assertTrue(findings.size() <= 101, conf + ": " + findings.size());
    }
  }

  /**
   * Answers unlike the built-in ones: some people give no preference (an empty order), others
   * the reverse of fit; students rank only some places; companies pick the last profile or no one.
   */
  static final Responder CONTRARY = new Responder() {
    private boolean odd(String id) {
      return Math.floorMod(id.hashCode(), 3) == 0;
    }

    private List<String> reversed(List<Candidate> candidates) {
      List<String> order = new ArrayList<>(Responder.orderByFit(candidates));
      Collections.reverse(order);
      return order;
    }

    @Override
    public List<String> studentOrder(String studentId, List<Candidate> metPlaces) {
      return odd(studentId) ? List.of() : reversed(metPlaces);
    }

    @Override
    public List<String> placeOrder(String placeId, List<Candidate> metStudents) {
      return odd(placeId) ? List.of() : reversed(metStudents);
    }

    @Override
    public List<String> studentRanking(String studentId, List<Candidate> places) {
      List<String> order = reversed(places);
      return odd(studentId) ? order.subList(0, order.size() / 2) : order;
    }

    @Override
    public Optional<String> pick(String placeId, int round, List<Profile> shortlist) {
      return odd(placeId) ? Optional.empty()
          : Optional.of(shortlist.get(shortlist.size() - 1).token());
    }
  };

  @TestFactory
  Stream<DynamicTest> otherAnswersPassTheirCheckAndStage2AgreesWithTheSolver() {
    List<DynamicTest> tests = new ArrayList<>();
    for (List<String> conf : CONFIGURATIONS) {
      for (long seed : new long[] {1, 2, 3}) {
        String name = conf + " seed " + seed;
        tests.add(DynamicTest.dynamicTest(name, () -> {
          MatchRequest req = cohort(seed, 1.0, conf.subList(1, conf.size())
              .toArray(new String[0])).toBuilder().responder(CONTRARY).build();
          Run run = run(conf.get(0), req);
          assertEquals(List.of(), run.check(), name);
          if (run.proposal().report() instanceof MeetingPlan) {
            MeetingPlan plan = (MeetingPlan) run.proposal().report();
            AcquaintanceCertificate c = (AcquaintanceCertificate) run.result().certificate();
            assertEquals(plan.cycles() + plan.paths(), c.components().size(), name);
            assertEquals(plan.lotteryDecisions(), c.components().stream()
                .filter(x -> x.decidedBy().equals("lottery")).count(), name);
            assertTrue(c.studentOrders().containsValue(List.of()), name + ": no empty order");
          }
        }));
      }
    }
    return tests.stream();
  }

  // ---- V4 tampered

  @Test
  void v4ASwapThatCreatesABlockingPairIsRefused() {
    int found = 0;
    for (long seed : SEEDS) {
      Run run = run("student-choice", cohort(seed, 0.7));
      StabilityCertificate c = (StabilityCertificate) run.result().certificate();
      List<Placement> placements = run.result().placements();
      // a at pa ranks pb above pa; b at pb ranks pa below pb: after the swap (b, pb) blocks,
      // since pb, full, held b ahead of a
      search:
      for (int i = 0; i < placements.size(); i++) {
        Placement a = placements.get(i);
        List<String> ra = c.rankings().get(a.studentId());
        if (ra == null) {
          continue;
        }
        for (int j = 0; j < placements.size(); j++) {
          Placement b = placements.get(j);
          List<String> rb = c.rankings().get(b.studentId());
          if (rb == null || a.placeId().equals(b.placeId())) {
            continue;
          }
          int aAtB = ra.indexOf(b.placeId());
          int bAtA = rb.indexOf(a.placeId());
          if (aAtB >= 0 && aAtB < ra.indexOf(a.placeId()) && bAtA > rb.indexOf(b.placeId())) {
            List<Placement> swapped = new ArrayList<>(placements);
            swapped.set(i, new Placement(a.studentId(), b.placeId(), a.fit()));
            swapped.set(j, new Placement(b.studentId(), a.placeId(), b.fit()));
            MatchResult t = withPlacements(run.result(), swapped, run.result().unplaced());
            assertRefused(run.check(t), "stability", "$.placements[" + j + "]",
                "Blocking pair: student (" + b.studentId() + ")", "seed " + seed);
            found++;
            break search;
          }
        }
      }
    }
    assertTrue(found >= 3, "swaps found: " + found);
  }

  @Test
  void v4AChangedRankingIsRefused() {
    Run run = run("student-choice", cohort(3, 0.7));
    StabilityCertificate c = (StabilityCertificate) run.result().certificate();
    Placement a = run.result().placements().stream()
        .filter(x -> c.rankings().containsKey(x.studentId())).findFirst().orElseThrow();
    Map<String, List<String>> rankings = new TreeMap<>(c.rankings());
    List<String> r = new ArrayList<>(rankings.get(a.studentId()));
    r.remove(a.placeId());
    rankings.put(a.studentId(), r);
    StabilityCertificate t = new StabilityCertificate(c.tieBreaking(), c.openHiring(),
        c.fitClassWidth(), rankings, c.pairNumbers(), c.openCapacity());
    assertRefused(run.check(withCertificate(run.result(), t)), "stability", "$.placements[",
        "which she did not rank", "ranking without her place");
    // a ranking that names a place she may not take
    String other = run.request().problem().places().stream().map(x -> x.id())
        .filter(p -> !c.rankings().get(a.studentId()).contains(p)
            && !run.request().problem().places().isEmpty())
        .filter(p -> !nl.stagematch.core.model.Eligibility.compute(run.request().problem())
            .isAdmissible(a.studentId(), p))
        .findFirst().orElseThrow();
    List<String> longer = new ArrayList<>(c.rankings().get(a.studentId()));
    longer.add(0, other);
    rankings.put(a.studentId(), longer);
    StabilityCertificate u = new StabilityCertificate(c.tieBreaking(), c.openHiring(),
        c.fitClassWidth(), rankings, c.pairNumbers(), c.openCapacity());
    assertRefused(run.check(withCertificate(run.result(), u)), "stability",
        "$.certificate.stability.rankings." + a.studentId(), "ranks place (" + other + ")",
        "ranking with an inadmissible place");
  }

  @Test
  void v4AChangedLotteryNumberIsRefused() {
    Run run = run("student-choice", cohort(2, 0.7));
    MatchResult r = run.result();
    String s = r.lotteryNumbers().keySet().iterator().next();
    Map<String, Long> numbers = new TreeMap<>(r.lotteryNumbers());
    numbers.put(s, numbers.get(s) + 1);
    MatchResult t = new MatchResult(r.variant(), r.seed(), r.placements(), r.unplaced(), numbers,
        r.provenance(), r.certificate());
    assertRefused(run.check(t), "stability", "$.lotteryNumbers." + s, "the seed (2) draws",
        "lottery number");
    // a pair number of multiple tie-breaking
    Run multi = run("student-choice", cohort(2, 0.7, "tie-breaking", "multiple"));
    StabilityCertificate c = (StabilityCertificate) multi.result().certificate();
    String sid = c.pairNumbers().keySet().iterator().next();
    Map<String, Map<String, Long>> pairs = new TreeMap<>(c.pairNumbers());
    Map<String, Long> hers = new TreeMap<>(pairs.get(sid));
    String pid = hers.keySet().iterator().next();
    hers.put(pid, 0L);
    pairs.put(sid, hers);
    StabilityCertificate u = new StabilityCertificate(c.tieBreaking(), c.openHiring(),
        c.fitClassWidth(), c.rankings(), pairs, c.openCapacity());
    assertRefused(multi.check(withCertificate(multi.result(), u)), "stability",
        "$.certificate.stability.pairNumbers." + sid, "(" + sid + ", " + pid + ")",
        "pair number");
  }

  // ---- V2 tampered

  @Test
  void v2APlacementOnAPairThatDidNotMeetIsRefused() {
    Run run = run("two-by-two", cohort(4, 1.0));
    AcquaintanceCertificate c = (AcquaintanceCertificate) run.result().certificate();
    List<Placement> placements = new ArrayList<>(run.result().placements());
    int i = 0;
    while (!c.studentOrders().containsKey(placements.get(i).studentId())) {
      i++;
    }
    Placement a = placements.get(i);
    List<String> met = c.studentOrders().get(a.studentId());
    String other = c.placeOrders().keySet().stream()
        .filter(p -> !met.contains(p) && !p.equals(a.placeId())).findFirst().orElseThrow();
    placements.set(i, new Placement(a.studentId(), other, a.fit()));
    MatchResult t = withPlacements(run.result(), placements, run.result().unplaced());
    assertRefused(run.check(t), "acquaintance", "$.placements[" + i + "]",
        "(" + a.studentId() + ") is placed at (" + other + ")", "unmet pair");
  }

  @Test
  void v2ACycleFlippedAgainstTheOrdersIsRefused() {
    int flipped = 0;
    for (long seed : SEEDS) {
      Run run = run("two-by-two", cohort(seed, 1.0));
      AcquaintanceCertificate c = (AcquaintanceCertificate) run.result().certificate();
      AcquaintanceCertificate.Component cycle = c.components().stream()
          .filter(x -> x.shape().equals("cycle") && x.decidedBy().equals("orders"))
          .findFirst().orElse(null);
      if (cycle == null) {
        continue;
      }
      // the other perfect matching of the cycle: each of its students at her other meeting
      Map<String, String> placeOf = new HashMap<>();
      for (Placement x : run.result().placements()) {
        placeOf.put(x.studentId(), x.placeId());
      }
      List<Placement> placements = new ArrayList<>();
      for (Placement x : run.result().placements()) {
        if (cycle.students().contains(x.studentId())) {
          List<String> met = new ArrayList<>();
          c.meetings().stream().filter(m -> m.studentId().equals(x.studentId()))
              .forEach(m -> met.add(m.placeId()));
          assertEquals(2, met.size(), "a student of a cycle has two meetings");
          met.remove(x.placeId());
          placements.add(new Placement(x.studentId(), met.get(0), x.fit()));
        } else {
          placements.add(x);
        }
      }
      MatchResult t = withPlacements(run.result(), placements, run.result().unplaced());
      assertRefused(run.check(t), "acquaintance", "$.placements[", "stage 2, re-applied",
          "flipped cycle, seed " + seed);
      flipped++;
    }
    assertTrue(flipped >= 2, "cycles decided by the orders: " + flipped);
  }

  @Test
  void v2AChangedDualIsRefused() {
    Run run = run("two-by-two", cohort(5, 1.0));
    AcquaintanceCertificate c = (AcquaintanceCertificate) run.result().certificate();
    AssignmentCertificate d = c.stage1();
    String s = c.meetings().get(0).studentId();
    Map<String, Long> u = new TreeMap<>(d.studentPrices());
    u.put(s, u.get(s) - 5000);
    AcquaintanceCertificate t = new AcquaintanceCertificate(c.cycleRule(), c.meetings(),
        new AssignmentCertificate(d.penalty(), u, d.placePrices()), c.studentOrders(),
        c.placeOrders(), c.components(), c.filled());
    assertRefused(run.check(withCertificate(run.result(), t)), "acquaintance",
        "$.certificate.acquaintance.stage1.studentPrices." + s, "positive reduced cost",
        "student price");
    AcquaintanceCertificate penalty = new AcquaintanceCertificate(c.cycleRule(), c.meetings(),
        new AssignmentCertificate(1000, d.studentPrices(), d.placePrices()), c.studentOrders(),
        c.placeOrders(), c.components(), c.filled());
    assertRefused(run.check(withCertificate(run.result(), penalty)), "acquaintance",
        "$.certificate.acquaintance.stage1", "penalty", "penalty");
    // a meeting dropped: the prices no longer support the selection
    List<Provenance.Pair> fewer = new ArrayList<>(c.meetings());
    Provenance.Pair dropped = fewer.remove(fewer.size() / 2);
    Map<String, List<String>> so = new TreeMap<>(c.studentOrders());
    List<String> hers = new ArrayList<>(so.get(dropped.studentId()));
    hers.remove(dropped.placeId());
    so.put(dropped.studentId(), hers);
    Map<String, List<String>> po = new TreeMap<>(c.placeOrders());
    List<String> its = new ArrayList<>(po.get(dropped.placeId()));
    its.remove(dropped.studentId());
    po.put(dropped.placeId(), its);
    AcquaintanceCertificate less = new AcquaintanceCertificate(c.cycleRule(), fewer, d, so, po,
        c.components(), c.filled());
    assertRefused(run.check(withCertificate(run.result(), less)), "acquaintance",
        "$.certificate.acquaintance", "", "meeting dropped " + dropped);
  }

  // ---- V3 tampered

  @Test
  void v3APickThatWasNotNominatedIsRefused() {
    Run run = run("blind-shortlist", cohort(6, 0.7));
    ShortlistCertificate c = (ShortlistCertificate) run.result().certificate();
    List<ShortlistCertificate.Shortlist> lists = new ArrayList<>(c.shortlists());
    int i = 0;
    while (lists.get(i).picked() == null) {
      i++;
    }
    ShortlistCertificate.Shortlist l = lists.get(i);
    String outsider = run.result().unplaced().stream().map(Unplaced::studentId)
        .filter(s -> !l.nominated().contains(s)).findFirst().orElseThrow();
    lists.set(i, new ShortlistCertificate.Shortlist(l.round(), l.placeId(), l.seat(),
        l.nominated(), outsider));
    ShortlistCertificate t = new ShortlistCertificate(c.k(), lists, c.nominations());
    assertRefused(run.check(withCertificate(run.result(), t)), "shortlist",
        "$.certificate.shortlist-rounds.shortlists[" + i + "]", "picked (" + outsider
            + ") in round (" + l.round() + "), who was not nominated", "pick not nominated");
  }

  @Test
  void v3APlacementWithoutAPickIsRefused() {
    Run run = run("blind-shortlist", cohort(6, 0.7));
    MatchResult r = run.result();
    Unplaced u = r.unplaced().stream()
        .filter(x -> x.reason() == UnplacedReason.NOT_CHOSEN).findFirst().orElseThrow();
    ShortlistCertificate c = (ShortlistCertificate) r.certificate();
    String place = c.shortlists().stream().filter(l -> l.nominated().contains(u.studentId()))
        .findFirst().orElseThrow().placeId();
    List<Placement> placements = new ArrayList<>(r.placements());
    placements.add(new Placement(u.studentId(), place, 500));
    List<Unplaced> unplaced = new ArrayList<>(r.unplaced());
    unplaced.remove(u);
    MatchResult t = withPlacements(r, placements, unplaced);
    assertRefused(run.check(t), "shortlist", "$.placements[", "(" + u.studentId()
        + ") is placed at (" + place + ") but no company picked her", "placement without pick");
  }

  @Test
  void v3ANominationThatIsNotBestIsRefused() {
    int refused = 0;
    for (long seed : SEEDS) {
      Run run = run("blind-shortlist", cohort(seed, 0.7));
      ShortlistCertificate c = (ShortlistCertificate) run.result().certificate();
      List<ShortlistCertificate.Shortlist> lists = new ArrayList<>(c.shortlists());
      nl.stagematch.core.model.Eligibility e = nl.stagematch.core.model.Eligibility.compute(
          run.request().problem());
      java.util.Set<String> inRoundOne = new java.util.HashSet<>();
      lists.stream().filter(l -> l.round() == 1).forEach(l -> inRoundOne.addAll(l.nominated()));
      // replace the last nominee (not picked) of a round-1 shortlist by a student the school
      // left off every round-1 shortlist although she could take that place
      for (int i = 0; i < lists.size() && lists.get(i).round() == 1; i++) {
        ShortlistCertificate.Shortlist l = lists.get(i);
        String last = l.nominated().get(l.nominated().size() - 1);
        if (l.nominated().size() < 2 || last.equals(l.picked())) {
          continue;
        }
        String other = c.nominations().get(0).studentPrices().keySet().stream()
            .filter(x -> !inRoundOne.contains(x) && e.isAdmissible(x, l.placeId())
                && run.request().forbidden().stream().noneMatch(f -> f.studentId().equals(x)
                    && f.placeId().equals(l.placeId())))
            .findFirst().orElse(null);
        if (other == null) {
          continue;
        }
        List<String> nominated = new ArrayList<>(l.nominated());
        nominated.set(nominated.size() - 1, other);
        lists.set(i, new ShortlistCertificate.Shortlist(1, l.placeId(), l.seat(), nominated,
            l.picked()));
        ShortlistCertificate t = new ShortlistCertificate(c.k(), lists, c.nominations());
        List<Finding> findings = run.check(withCertificate(run.result(), t));
        assertRefused(findings, "shortlist",
            "$.certificate.shortlist-rounds.nominations[0].studentPrices.", "", "seed " + seed + ": " + last + " replaced by "
                + other + " at " + l.placeId());
        refused++;
        break;
      }
      // a price changed
      ShortlistCertificate.Nomination n = c.nominations().get(0);
      String s = n.studentPrices().keySet().iterator().next();
      Map<String, Long> u = new TreeMap<>(n.studentPrices());
      u.put(s, n.penalty() + 1);
      List<ShortlistCertificate.Nomination> prices = new ArrayList<>(c.nominations());
      prices.set(0, new ShortlistCertificate.Nomination(1, n.penalty(), u, n.placePrices()));
      ShortlistCertificate t = new ShortlistCertificate(c.k(), c.shortlists(), prices);
      List<Finding> findings = run.check(withCertificate(run.result(), t));
      assertRefused(findings, "shortlist", "$.certificate.shortlist-rounds.nominations[0]"
          + ".studentPrices." + s, "above the penalty", "seed " + seed + ": price of " + s);
    }
    assertTrue(refused >= 3, "nominations replaced: " + refused);
  }
}
