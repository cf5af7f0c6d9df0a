package nl.stagematch.core.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.Lottery;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.model.Message;
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
 *       exactly one pick (same place), and each pick is a placement;
 *
 *   <li>each round's nomination was a best one: the rounds are replayed (the pool of free
 *       students not yet picked, the places with an open seat, the pairs passed over) and the
 *       round's dual prices must meet the complementary slackness conditions of the nomination
 *       (an assignment of the pool to the open places, each student on at most one shortlist; per
 *       place a first slot of capacity 1 at cost {@code 1000 - fit}, the school's own choice, and
 *       an extra slot of capacity {@code k - 1} at cost {@code 1000 - fit + 1001}; a {@code
 *       penalty} per pool student left off): a used slot has reduced cost {@code cost - u(s) +
 *       v <= 0}, an unused one {@code >= 0}; slot prices {@code >= 0}, positive only when the
 *       slot is full; {@code u(s) <= penalty}, below only when she was nominated; {@code
 *       penalty} above every possible total cost. So each round nominated the most students, with
 *       a first nominee at as many places as possible, then the best total fit.
 * </ol>
 *
 * <p>Not checked: how the lottery broke ties between equally good nominations (the prices prove
 * only that the one chosen is among the best). The picks are the companies' free choices.
 */
public final class ShortlistCheck {
  private static final String BASE = "$.certificate.shortlist-rounds";
  /** The extra cost of a nominee beyond the school's own choice for the seat. */
  private static final long EXTRA_SLOT = 1001;

  private ShortlistCheck() {}

  /**
   * Checks {@code result} against {@code c} and adds a finding (property {@code shortlist}) to
   * {@code out} for every failure.
   *
   * @param problem the problem of the result
   * @param fitModel the fit model the result was matched with
   * @param result the result to check
   * @param c the result's certificate
   * @param out the findings, added to
   */
  public static void verify(MatchingProblem problem, FitModel fitModel, MatchResult result,
      ShortlistCertificate c, List<Finding> out) {
    Objects.requireNonNull(c, "c");
    VariantInput in = new VariantInput(problem, fitModel, result);
    VariantInput.Out f = new VariantInput.Out(out, "shortlist");
    check(in, c, f);
    if (f.count() == 0) {
      nominations(in, c, f);
    }
    f.finish();
  }

  private static void check(VariantInput in, ShortlistCertificate c, VariantInput.Out f) {
    String size = in.option("shortlist-size");
    if (size != null && !size.equals(String.valueOf(c.k()))) {
      f.add(BASE + ".k", VerifyMessage.VERIFY_SL_K, c.k(), size);
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
        f.add(path, VerifyMessage.VERIFY_SL_ROUND_ORDER, l.round(), round);
        return;
      }
      if (lastPlace != null && p.compareTo(lastPlace) <= 0) {
        f.add(path, VerifyMessage.VERIFY_SL_PLACE_ORDER, p, lastPlace, round);
      }
      lastPlace = p;
      int pi = in.problem.placeIndex(p);
      if (pi < 0) {
        f.add(path, VerifyMessage.VERIFY_PLACE_UNKNOWN, p);
        continue;
      }
      int capacity = in.problem.places().get(pi).capacity();
      int seat = pins.getOrDefault(p, 0) + picksAt.getOrDefault(p, 0);
      if (seat >= capacity) {
        f.add(path, VerifyMessage.VERIFY_SL_NO_SEAT, p, round, capacity);
      } else if (l.seat() != seat) {
        f.add(path, VerifyMessage.VERIFY_SL_SEAT, p, round, l.seat(), seat);
      }
      List<String> nominated = l.nominated();
      if (nominated.isEmpty() || nominated.size() > c.k()) {
        f.add(path, VerifyMessage.VERIFY_SL_SIZE, p, round, nominated.size(), c.k());
      }
      boolean nomineesOk = true;
      for (String s : nominated) {
        VerifyMessage problem = null;
        if (!in.free.contains(s)) {
          problem = VerifyMessage.VERIFY_SL_NOMINEE_NOT_FREE;
        } else if (!in.usable(s, p)) {
          problem = VerifyMessage.VERIFY_SL_NOMINEE_NOT_USABLE;
        } else if (pickedAt.containsKey(s)) {
          f.add(path, VerifyMessage.VERIFY_SL_NOMINEE_PICKED, s, p, round, pickedAt.get(s));
          nomineesOk = false;
        } else if (!inRound.add(s)) {
          problem = VerifyMessage.VERIFY_SL_NOMINEE_TWICE;
        } else if (passedOver.contains(s + '\u0000' + p)) {
          problem = VerifyMessage.VERIFY_SL_NOMINEE_PASSED_OVER;
        }
        if (problem != null) {
          f.add(path, problem, s, p, round);
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
            f.add(path, VerifyMessage.VERIFY_SL_NOMINEE_ORDER, b, fb, nb, p, round, a, fa, na);
          }
        }
      }
      String picked = l.picked();
      if (picked == null) {
        for (String s : nominated) {
          passedOver.add(s + '\u0000' + p);
        }
      } else if (!nominated.contains(picked)) {
        f.add(path, VerifyMessage.VERIFY_SL_PICK_NOT_NOMINATED, p, picked, round,
            nominated.toString());
      } else if (pickedAt.containsKey(picked)) {
        f.add(path, VerifyMessage.VERIFY_SL_PICKED_TWICE, picked, pickedAt.get(picked), p);
      } else {
        pickedAt.put(picked, p);
        picksAt.merge(p, 1, Integer::sum);
      }
    }
    if (maxRounds != null && round > Integer.parseInt(maxRounds)) {
      f.add(BASE + ".shortlists", VerifyMessage.VERIFY_SL_MAX_ROUNDS, round, maxRounds);
    }
    for (String s : in.free) {
      String mine = in.placeOf(s);
      String pick = pickedAt.get(s);
      if (mine != null && pick == null) {
        f.add(in.pathOf(s), VerifyMessage.VERIFY_SL_PLACED_NOT_PICKED, s, mine);
      } else if (mine != null && !mine.equals(pick)) {
        f.add(in.pathOf(s), VerifyMessage.VERIFY_SL_PLACED_ELSEWHERE, s, mine, pick);
      } else if (mine == null && pick != null) {
        f.add(in.pathOf(s), VerifyMessage.VERIFY_SL_PICKED_NOT_PLACED, s, pick);
      }
    }
    for (Map.Entry<String, String> e : pickedAt.entrySet()) {
      if (!in.free.contains(e.getKey())) {
        f.add(BASE + ".shortlists", VerifyMessage.VERIFY_SL_PICKED_NOT_FREE, e.getKey(),
            e.getValue());
      }
    }
  }
  /**
   * The proof that each round's nomination was a best one, replaying the rounds: the pool, the
   * open places and the passed-over pairs before the round, the slots the nominees took, and the
   * complementary slackness conditions of the round's prices.
   */
  private static void nominations(VariantInput in, ShortlistCertificate c, VariantInput.Out f) {
    List<ShortlistCertificate.Shortlist> lists = c.shortlists();
    int rounds = lists.isEmpty() ? 0 : lists.get(lists.size() - 1).round();
    List<ShortlistCertificate.Nomination> prices = c.nominations();
    if (prices.size() != rounds) {
      f.add(BASE + ".nominations", VerifyMessage.VERIFY_SL_PRICE_ROUNDS, prices.size(), rounds);
      return;
    }
    int k = c.k();
    Map<String, Integer> open = new HashMap<>(in.room);
    Set<String> picked = new HashSet<>();
    Set<String> passedOver = new HashSet<>();
    int at = 0;
    for (int round = 1; round <= rounds; round++) {
      ShortlistCertificate.Nomination n = prices.get(round - 1);
      String base = BASE + ".nominations[" + (round - 1) + "]";
      if (n.round() != round) {
        f.add(base + ".round", VerifyMessage.VERIFY_SL_PRICE_ROUND, round - 1, n.round(), round);
        return;
      }
      Map<String, String> first = new HashMap<>();
      Map<String, String> extra = new HashMap<>();
      Map<String, Integer> extraUsed = new HashMap<>();
      Set<String> firstUsed = new HashSet<>();
      int from = at;
      while (at < lists.size() && lists.get(at).round() == round) {
        ShortlistCertificate.Shortlist l = lists.get(at++);
        List<String> nominated = l.nominated();
        first.put(nominated.get(0), l.placeId());
        firstUsed.add(l.placeId());
        for (int j = 1; j < nominated.size(); j++) {
          extra.put(nominated.get(j), l.placeId());
        }
        extraUsed.put(l.placeId(), nominated.size() - 1);
      }
      long penalty = n.penalty();
      long costBound = 0;
      Set<String> withPairs = new HashSet<>();
      Set<String> missing = new TreeSet<>();
      for (String s : in.free) {
        if (picked.contains(s)) {
          continue;
        }
        int si = in.problem.studentIndex(s);
        int[] places = in.eligibility.admissiblePlaces(si);
        int[] fits = in.fitModel.scores(in.eligibility, si);
        Long u = n.studentPrices().get(s);
        long maxCost = -1;
        for (int x = 0; x < places.length; x++) {
          String p = in.problem.places().get(places[x]).id();
          if (open.getOrDefault(p, 0) <= 0 || in.isForbidden(s, p)
              || passedOver.contains(s + '\u0000' + p)) {
            continue;
          }
          long cost = 1000 - fits[x];
          maxCost = Math.max(maxCost, k > 1 ? cost + EXTRA_SLOT : cost);
          List<Long> v = n.placePrices().get(p);
          if (v == null) {
            missing.add(p);
            continue;
          }
          if (u == null) {
            continue;
          }
          slot(f, base, s, p, FIRST, cost - u + v.get(0), p.equals(first.get(s)), cost, u,
              v.get(0));
          if (k > 1) {
            slot(f, base, s, p, EXTRA, cost + EXTRA_SLOT - u + v.get(1),
                p.equals(extra.get(s)), cost + EXTRA_SLOT, u, v.get(1));
          }
        }
        if (maxCost < 0) {
          continue;
        }
        withPairs.add(s);
        costBound += maxCost;
        boolean nominated = first.containsKey(s) || extra.containsKey(s);
        if (u == null) {
          f.add(base + ".studentPrices", VerifyMessage.VERIFY_SL_STUDENT_NO_PRICE, s, round);
        } else if (u > penalty) {
          f.add(base + ".studentPrices" + VariantInput.key(s),
              VerifyMessage.VERIFY_SL_STUDENT_ABOVE_PENALTY, s, u, penalty);
        } else if (u < penalty && !nominated) {
          f.add(base + ".studentPrices" + VariantInput.key(s),
              VerifyMessage.VERIFY_SL_STUDENT_BELOW_PENALTY, s, round, u, penalty);
        }
      }
      for (String p : missing) {
        f.add(base + ".placePrices", VerifyMessage.VERIFY_SL_PLACE_NO_PRICES, p, round);
      }
      for (String s : new TreeSet<>(n.studentPrices().keySet())) {
        if (!withPairs.contains(s)) {
          f.add(base + ".studentPrices" + VariantInput.key(s),
              VerifyMessage.VERIFY_SL_STUDENT_PRICE_NO_POOL, s, round);
        }
      }
      for (Map.Entry<String, List<Long>> e : n.placePrices().entrySet()) {
        String p = e.getKey();
        long v1 = e.getValue().get(0);
        long v2 = e.getValue().get(1);
        String path = base + ".placePrices" + VariantInput.key(p);
        boolean firstFull = firstUsed.contains(p);
        int used = extraUsed.getOrDefault(p, 0);
        if (open.getOrDefault(p, 0) <= 0) {
          f.add(path, VerifyMessage.VERIFY_SL_PLACE_PRICES_NO_SEAT, p, round);
        } else if (v1 < 0 || v2 < 0) {
          f.add(path, VerifyMessage.VERIFY_SL_PLACE_NEGATIVE, p, v1, v2);
        } else if (v1 > 0 && !firstFull) {
          f.add(path, VerifyMessage.VERIFY_SL_FIRST_SLOT, p, v1, round);
        } else if (v2 > 0 && used < k - 1) {
          f.add(path, VerifyMessage.VERIFY_SL_EXTRA_SLOTS, p, v2, used, k - 1, round);
        }
      }
      if (!withPairs.isEmpty() && penalty <= costBound) {
        f.add(base + ".penalty", VerifyMessage.VERIFY_SL_PENALTY, penalty, costBound, round);
      }
      for (int i = from; i < at; i++) {
        ShortlistCertificate.Shortlist l = lists.get(i);
        if (l.picked() != null) {
          picked.add(l.picked());
          open.merge(l.placeId(), -1, Integer::sum);
        } else {
          for (String s : l.nominated()) {
            passedOver.add(s + '\u0000' + l.placeId());
          }
        }
      }
    }
  }

  private static final Message FIRST = Message.phrase("eerste", "first");
  private static final Message EXTRA = Message.phrase("extra", "extra");

  private static void slot(VariantInput.Out f, String base, String s, String p, Message slot,
      long reduced, boolean chosen, long cost, long u, long v) {
    if (chosen && reduced > 0) {
      f.add(base + ".studentPrices" + VariantInput.key(s),
          VerifyMessage.VERIFY_SL_NOMINATION_REDUCED_COST, s, slot, p, reduced, cost, u, v);
    } else if (!chosen && reduced < 0) {
      f.add(base + ".studentPrices" + VariantInput.key(s),
          VerifyMessage.VERIFY_SL_SLOT_REDUCED_COST, slot, p, s, reduced, cost, u, v);
    }
  }
}
