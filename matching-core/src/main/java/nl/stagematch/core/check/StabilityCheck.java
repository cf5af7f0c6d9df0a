package nl.stagematch.core.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.StabilityCertificate;

/**
 * Checks the promise of student choice (V4) from the problem, the fit model and the result with
 * its {@link StabilityCertificate} alone: the result is stable for the stated rankings and the
 * places' priorities made strict by the lottery.
 *
 * <p>Checked, each failure a {@link Finding} with property {@code stability}:
 *
 * <ol>
 *   <li>the lottery cannot have been chosen after the fact: every lottery number of the result is
 *       {@code Lottery.withSeed(seed).number(id)}, and with {@code multiple} tie-breaking the
 *       certificate lists, for every ranked pair and nothing else, {@code
 *       Lottery.number(placeId, studentId)};
 *   <li>the room of every place is its capacity minus its pins, and exactly the places with room
 *       are listed;
 *   <li>every free student (in scope, not pinned, with a usable place) has a ranking and nobody
 *       else; a ranking names only usable places with room, each once;
 *   <li>every free student placed is at a place she ranked, and no place holds more free
 *       students than its room;
 *   <li>no blocking pair: no student ranks a place above her placement (or is unplaced and ranks
 *       it) where that place has room left or holds a student of lower priority. Priority: fit
 *       class {@code fit / fitClassWidth} (recomputed from the problem), higher first, then the
 *       lower lottery number (the student's, or the pair's with {@code multiple}), then the
 *       smaller id; with open hiring only the student's lottery number, then the id.
 * </ol>
 *
 * <p>With provenance, its pins, forbidden pairs and options ({@code tie-breaking}, {@code
 * open-hiring}, {@code fit-class-width}) are used and compared with the certificate; without, no
 * pins and no forbidden pairs are assumed. Time linear in the rankings, plus one fit score per
 * ranked pair.
 */
public final class StabilityCheck {
  private static final String BASE = "$.certificate.stability";

  private StabilityCheck() {}

  /**
   * Checks {@code result} against {@code c} and adds a finding (property {@code stability}) to
   * {@code out} for every failure.
   *
   * @param problem the problem of the result
   * @param fitModel the fit model the result was matched with
   * @param result the result to check
   * @param c the result's certificate
   * @param out the findings, added to
   */
  public static void verify(MatchingProblem problem, FitModel fitModel, MatchResult result,
      StabilityCertificate c, List<Finding> out) {
    Objects.requireNonNull(c, "c");
    VariantInput in = new VariantInput(problem, fitModel, result);
    VariantInput.Out f = new VariantInput.Out(out, "stability");
    check(in, c, f);
    f.finish();
  }

  private static void check(VariantInput in, StabilityCertificate c, VariantInput.Out f) {
    // open hiring uses the students' numbers whatever the tie-breaking
    boolean single = c.tieBreaking().equals("single") || c.openHiring();
    options(in, c, f);
    if (c.fitClassWidth() < 1 || c.fitClassWidth() > 1001) {
      f.add(BASE + ".fitClassWidth", VerifyMessage.VERIFY_STABILITY_FIT_CLASS_WIDTH,
          c.fitClassWidth());
      return;
    }
    // 1. lottery numbers
    long seed = in.result.seed();
    for (Map.Entry<String, Long> e : in.result.lotteryNumbers().entrySet()) {
      long expected = Lottery.number(seed, e.getKey());
      if (e.getValue() != expected) {
        f.add("$.lotteryNumbers" + VariantInput.key(e.getKey()),
            VerifyMessage.VERIFY_STABILITY_LOTTERY, e.getKey(), e.getValue(), seed, expected);
      }
    }
    // 2. room
    Map<String, Integer> open = new TreeMap<>();
    in.room.forEach((p, r) -> {
      if (r > 0) {
        open.put(p, r);
      }
    });
    for (Map.Entry<String, Integer> e : open.entrySet()) {
      Integer listed = c.openCapacity().get(e.getKey());
      if (!e.getValue().equals(listed)) {
        f.add(BASE + ".openCapacity" + VariantInput.key(e.getKey()),
            VerifyMessage.VERIFY_STABILITY_ROOM, e.getKey(), e.getValue(), listed);
      }
    }
    for (String p : c.openCapacity().keySet()) {
      if (!open.containsKey(p)) {
        f.add(BASE + ".openCapacity" + VariantInput.key(p), in.problem.placeIndex(p) < 0
            ? VerifyMessage.VERIFY_STABILITY_ROOM_UNKNOWN : VerifyMessage.VERIFY_STABILITY_ROOM_NONE,
            p, c.openCapacity().get(p));
      }
    }
    // 3. rankings
    for (String s : in.free) {
      if (!c.rankings().containsKey(s)) {
        f.add(BASE + ".rankings", VerifyMessage.VERIFY_STABILITY_NO_RANKING, s);
      }
    }
    boolean rankingsOk = true;
    for (Map.Entry<String, List<String>> e : c.rankings().entrySet()) {
      String s = e.getKey();
      String path = BASE + ".rankings" + VariantInput.key(s);
      if (!in.free.contains(s)) {
        f.add(path, VerifyMessage.VERIFY_STABILITY_NOT_FREE, s, Message.of(in.problem
            .studentIndex(s) < 0 ? VerifyMessage.VERIFY_WHY_NOT_IN_PROBLEM
            : in.pinned.containsKey(s) ? VerifyMessage.VERIFY_WHY_PINNED
            : VerifyMessage.VERIFY_WHY_NO_USABLE_PLACE));
        rankingsOk = false;
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (String p : e.getValue()) {
        if (!seen.add(p)) {
          f.add(path, VerifyMessage.VERIFY_STABILITY_RANKED_TWICE, s, p);
          rankingsOk = false;
        } else if (!open.containsKey(p) || !in.usable(s, p)) {
          f.add(path, !open.containsKey(p) ? VerifyMessage.VERIFY_STABILITY_RANKED_NO_ROOM
              : VerifyMessage.VERIFY_STABILITY_RANKED_NOT_USABLE, s, p);
          rankingsOk = false;
        }
      }
      if (!e.getValue().isEmpty() && !in.result.lotteryNumbers().containsKey(s)) {
        f.add("$.lotteryNumbers", VerifyMessage.VERIFY_STABILITY_NO_NUMBER, s);
        rankingsOk = false;
      }
    }
    // pair numbers
    if (single && !c.pairNumbers().isEmpty()) {
      f.add(BASE + ".pairNumbers", VerifyMessage.VERIFY_STABILITY_PAIR_NUMBERS_SINGLE,
          c.pairNumbers().size());
    }
    if (!single) {
      Lottery lottery = Lottery.withSeed(seed);
      for (Map.Entry<String, List<String>> e : c.rankings().entrySet()) {
        String s = e.getKey();
        Map<String, Long> numbers = c.pairNumbers().getOrDefault(s, Map.of());
        for (String p : e.getValue()) {
          Long listed = numbers.get(p);
          long expected = lottery.number(p, s);
          if (listed == null || listed != expected) {
            f.add(BASE + ".pairNumbers" + VariantInput.key(s),
                VerifyMessage.VERIFY_STABILITY_PAIR_NUMBER, s, p, listed, seed, expected);
            rankingsOk = false;
          }
        }
        if (numbers.size() > new HashSet<>(e.getValue()).size()) {
          f.add(BASE + ".pairNumbers" + VariantInput.key(s),
              VerifyMessage.VERIFY_STABILITY_PAIR_NUMBERS_UNRANKED, s);
        }
      }
      for (String s : c.pairNumbers().keySet()) {
        if (!c.rankings().containsKey(s)) {
          f.add(BASE + ".pairNumbers" + VariantInput.key(s),
              VerifyMessage.VERIFY_STABILITY_PAIR_NUMBERS_NO_RANKING, s);
        }
      }
    }
    if (!rankingsOk) {
      return;
    }
    // 4. placements
    Map<String, Integer> held = new TreeMap<>();
    Map<String, String> weakest = new HashMap<>();
    Priority priority = new Priority(in, c, single);
    boolean placementsOk = true;
    for (Map.Entry<String, List<String>> e : c.rankings().entrySet()) {
      String s = e.getKey();
      String p = in.placeOf(s);
      if (p == null) {
        continue;
      }
      if (!e.getValue().contains(p)) {
        f.add(in.pathOf(s), VerifyMessage.VERIFY_STABILITY_PLACED_UNRANKED, s, p,
            e.getValue().toString());
        placementsOk = false;
        continue;
      }
      held.merge(p, 1, Integer::sum);
      String w = weakest.get(p);
      if (w == null || priority.lower(s, w, p)) {
        weakest.put(p, s);
      }
    }
    for (Map.Entry<String, Integer> e : held.entrySet()) {
      int room = open.getOrDefault(e.getKey(), 0);
      if (e.getValue() > room) {
        f.add(BASE + ".openCapacity" + VariantInput.key(e.getKey()),
            VerifyMessage.VERIFY_STABILITY_OVER_ROOM, e.getKey(), e.getValue(), room);
        placementsOk = false;
      }
    }
    if (!placementsOk) {
      return;
    }
    // 5. blocking pairs
    for (Map.Entry<String, List<String>> e : c.rankings().entrySet()) {
      String s = e.getKey();
      String mine = in.placeOf(s);
      for (String p : e.getValue()) {
        if (p.equals(mine)) {
          break;
        }
        int h = held.getOrDefault(p, 0);
        Message where = mine == null ? Message.of(VerifyMessage.VERIFY_WHERE_UNPLACED)
            : ResultVerifier.message(VerifyMessage.VERIFY_WHERE_PLACED, mine);
        if (h < open.get(p)) {
          f.add(in.pathOf(s), VerifyMessage.VERIFY_STABILITY_BLOCKING_ROOM, s, where, p, h,
              open.get(p));
        } else {
          String t = weakest.get(p);
          if (priority.lower(t, s, p)) {
            f.add(in.pathOf(s), VerifyMessage.VERIFY_STABILITY_BLOCKING_PRIORITY, s, where, p, t,
                priority.describe(t, p), priority.describe(s, p));
          }
        }
      }
    }
  }

  private static void options(VariantInput in, StabilityCertificate c, VariantInput.Out f) {
    compare(in, f, "tie-breaking", c.tieBreaking(), BASE + ".tieBreaking");
    compare(in, f, "open-hiring", String.valueOf(c.openHiring()), BASE + ".openHiring");
    compare(in, f, "fit-class-width", String.valueOf(c.fitClassWidth()),
        BASE + ".fitClassWidth");
  }

  private static void compare(VariantInput in, VariantInput.Out f, String option, String value,
      String path) {
    String requested = in.option(option);
    if (requested != null && !requested.equals(value)) {
      f.add(path, VerifyMessage.VERIFY_OPTION_DIFFERS, option, value, requested);
    }
  }

  /** The strict priority of a place over students. */
  private static final class Priority {
    private final VariantInput in;
    private final StabilityCertificate c;
    private final boolean single;

    Priority(VariantInput in, StabilityCertificate c, boolean single) {
      this.in = in;
      this.c = c;
      this.single = single;
    }

    int fitClass(String s, String p) {
      return in.fit(s, p) / c.fitClassWidth();
    }

    long number(String s, String p) {
      return single ? in.result.lotteryNumbers().get(s) : c.pairNumbers().get(s).get(p);
    }

    /** Whether {@code a} has a lower priority than {@code b} at place {@code p}. */
    boolean lower(String a, String b, String p) {
      if (!c.openHiring()) {
        int ca = fitClass(a, p);
        int cb = fitClass(b, p);
        if (ca != cb) {
          return ca < cb;
        }
      }
      long na = number(a, p);
      long nb = number(b, p);
      if (na != nb) {
        return na > nb;
      }
      return a.compareTo(b) > 0;
    }

    Message describe(String s, String p) {
      return c.openHiring() ? Message.of(VerifyMessage.VERIFY_PRIORITY_NUMBER, number(s, p))
          : Message.of(VerifyMessage.VERIFY_PRIORITY_CLASS, fitClass(s, p), number(s, p));
    }
  }
}
