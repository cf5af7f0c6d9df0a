package nl.stagematch.core.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.stagematch.core.fit.FitModel;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.ShortlistCertificate;

/**
 * Checks the promise of blind shortlist (V3) from the problem, the fit model and the result with
 * its {@link ShortlistCertificate} alone: every placement of a free student is a company's pick
 * from a shortlist that kept the rules.
 *
 * <p>Checked, each failure a {@link Finding} with property {@code shortlist}:
 *
 * <ol>
 *   <li>the shortlists come in rounds from 1, without gaps, and within a round by place id, one
 *       per place; {@code k} is the request's {@code shortlist-size} and the rounds are at most
 *       its {@code max-rounds} (when the provenance is known);
 *   <li>a shortlist names 1 to {@code k} different free students (in scope, not pinned, with a
 *       usable place), each usable at that place (admissible, not forbidden), not yet picked in an
 *       earlier round, on no other shortlist of the same round, and not passed over at that place
 *       before (on an earlier shortlist of it from which no one was picked);
 *   <li>the place had an open seat: its seat number is its pins plus its earlier picks, below its
 *       capacity;
 *   <li>the nomination order: after the school's own choice for the seat (the first), the others
 *       by fit, highest first, then the lower lottery number, then the id; the lottery numbers are
 *       {@code Lottery.withSeed(seed).number(id)};
 *   <li>a picked student was nominated on that shortlist; each placement of a free student is
 *       exactly one pick (same place), and each pick is a placement.
 * </ol>
 *
 * <p>Not checked: which students the school nominated (an exact assignment per round, most
 * nominees, then best total fit, ties by the lottery); it depends on the whole history of rounds
 * and is not proved by this certificate. The picks are the companies' free choices.
 */
public final class ShortlistCheck {
  private static final String BASE = "$.certificate.shortlist-rounds";

  private ShortlistCheck() {}

  /**
   * Checks {@code result} against {@code c} and adds a finding (property {@code shortlist}) to
   * {@code out} for every failure.
   */
  public static void verify(MatchingProblem problem, FitModel fitModel, MatchResult result,
      ShortlistCertificate c, List<Finding> out) {
    Objects.requireNonNull(c, "c");
    VariantInput in = new VariantInput(problem, fitModel, result);
    VariantInput.Out f = new VariantInput.Out(out, "shortlist");
    check(in, c, f);
    f.finish();
  }

  private static void check(VariantInput in, ShortlistCertificate c, VariantInput.Out f) {
    String size = in.option("shortlist-size");
    if (size != null && !size.equals(String.valueOf(c.k()))) {
      f.add(BASE + ".k", "The certificate says k (" + c.k() + ") but the request had"
          + " shortlist-size (" + size + ").");
    }
    String maxRounds = in.option("max-rounds");
    long seed = in.result.seed();
    Map<String, String> pickedAt = new TreeMap<>();
    Map<String, Integer> picksAt = new HashMap<>();
    Set<String> passedOver = new HashSet<>();
    Set<String> inRound = new HashSet<>();
    Map<String, Integer> pins = new HashMap<>();
    in.pinned.values().forEach(p -> pins.merge(p, 1, Integer::sum));
    int round = 0;
    String lastPlace = null;
    List<ShortlistCertificate.Shortlist> lists = c.shortlists();
    for (int i = 0; i < lists.size(); i++) {
      ShortlistCertificate.Shortlist l = lists.get(i);
      String path = BASE + ".shortlists[" + i + "]";
      String p = l.placeId();
      if (l.round() == round + 1) {
        round++;
        inRound.clear();
        lastPlace = null;
      } else if (l.round() != round) {
        f.add(path, "The shortlist is of round (" + l.round() + ") but follows round (" + round
            + "); rounds start at 1 and go up one by one.");
        return;
      }
      if (lastPlace != null && p.compareTo(lastPlace) <= 0) {
        f.add(path, "Place (" + p + ") comes after place (" + lastPlace + ") in round ("
            + round + "); one shortlist per place per round, by place id.");
      }
      lastPlace = p;
      int pi = in.problem.placeIndex(p);
      if (pi < 0) {
        f.add(path, "Place (" + p + ") is not in the problem.");
        continue;
      }
      int capacity = in.problem.places().get(pi).capacity();
      int seat = pins.getOrDefault(p, 0) + picksAt.getOrDefault(p, 0);
      if (seat >= capacity) {
        f.add(path, "Place (" + p + ") has no open seat in round (" + round + "): its ("
            + capacity + ") seats are taken by pins and earlier picks.");
      } else if (l.seat() != seat) {
        f.add(path, "The shortlist of place (" + p + ") in round (" + round + ") fills seat ("
            + l.seat() + ") but (" + seat + ") of its seats were taken (pins and earlier"
            + " picks).");
      }
      List<String> nominated = l.nominated();
      if (nominated.isEmpty() || nominated.size() > c.k()) {
        f.add(path, "The shortlist of place (" + p + ") in round (" + round + ") names ("
            + nominated.size() + ") students; it must name 1 to k (" + c.k() + ").");
      }
      boolean nomineesOk = true;
      for (String s : nominated) {
        String problem = null;
        if (!in.free.contains(s)) {
          problem = "is not a free student (in scope, not pinned, with a usable place)";
        } else if (!in.usable(s, p)) {
          problem = "may not take that place (not admissible, or forbidden)";
        } else if (pickedAt.containsKey(s)) {
          problem = "was picked at (" + pickedAt.get(s) + ") in an earlier round";
        } else if (!inRound.add(s)) {
          problem = "is on another shortlist of the same round (or twice on this one)";
        } else if (passedOver.contains(s + '\u0000' + p)) {
          problem = "was passed over at that place in an earlier round (no one was picked from"
              + " her shortlist)";
        }
        if (problem != null) {
          f.add(path, "Nominee (" + s + ") of place (" + p + ") in round (" + round + ") "
              + problem + ".");
          nomineesOk = false;
        }
      }
      if (nomineesOk) {
        for (int j = 2; j < nominated.size(); j++) {
          String a = nominated.get(j - 1);
          String b = nominated.get(j);
          int fa = in.fit(a, p);
          int fb = in.fit(b, p);
          long na = Lottery.number(seed, a);
          long nb = Lottery.number(seed, b);
          boolean inOrder = fa != fb ? fa > fb : na != nb ? na < nb : a.compareTo(b) < 0;
          if (!inOrder) {
            f.add(path, "Nominee (" + b + ", fit " + fb + ", lottery number " + nb
                + ") of place (" + p + ") in round (" + round + ") comes after (" + a + ", fit "
                + fa + ", lottery number " + na + "); after the school's own choice the"
                + " nominees go by fit, then lottery number, then id.");
          }
        }
      }
      String picked = l.picked();
      if (picked == null) {
        for (String s : nominated) {
          passedOver.add(s + '\u0000' + p);
        }
      } else if (!nominated.contains(picked)) {
        f.add(path, "The company of place (" + p + ") picked (" + picked + ") in round ("
            + round + "), who was not nominated on its shortlist " + nominated + ".");
      } else if (pickedAt.containsKey(picked)) {
        f.add(path, "Student (" + picked + ") is picked twice: at (" + pickedAt.get(picked)
            + ") and at (" + p + ").");
      } else {
        pickedAt.put(picked, p);
        picksAt.merge(p, 1, Integer::sum);
      }
    }
    if (maxRounds != null && round > Integer.parseInt(maxRounds)) {
      f.add(BASE + ".shortlists", "There are (" + round + ") rounds but the request allowed"
          + " max-rounds (" + maxRounds + ").");
    }
    for (String s : in.free) {
      String mine = in.placeOf(s);
      String pick = pickedAt.get(s);
      if (mine != null && pick == null) {
        f.add(in.pathOf(s), "Student (" + s + ") is placed at (" + mine + ") but no company"
            + " picked her from a shortlist.");
      } else if (mine != null && !mine.equals(pick)) {
        f.add(in.pathOf(s), "Student (" + s + ") is placed at (" + mine + ") but was picked"
            + " at (" + pick + ").");
      } else if (mine == null && pick != null) {
        f.add(in.pathOf(s), "Student (" + s + ") was picked at (" + pick + ") but is not"
            + " placed there.");
      }
    }
    for (Map.Entry<String, String> e : pickedAt.entrySet()) {
      if (!in.free.contains(e.getKey())) {
        f.add(BASE + ".shortlists", "Student (" + e.getKey() + ") was picked at ("
            + e.getValue() + ") but is not a free student.");
      }
    }
  }
}
