package nl.stagematch.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.variants.view.Explanations;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every detail a built-in variant writes for a student it leaves out is structured, parses back,
 * and renders in Dutch and in English with every field it needs (no "?" for a missing field).
 */
class ReasonDetailTest {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final Set<UnplacedReason> VARIANTS_OWN = Set.of(
      UnplacedReason.CAPACITY_EXHAUSTED_FIT, UnplacedReason.CAPACITY_EXHAUSTED_LOTTERY,
      UnplacedReason.NOT_CHOSEN);

  private static final List<Map<String, String>> RUNS = List.of(
      Map.of("variant", "school-placement"),
      Map.of("variant", "regional-allocation"),
      Map.of("variant", "two-by-two"),
      Map.of("variant", "two-by-two", "fill-remaining", "true"),
      Map.of("variant", "blind-shortlist"),
      Map.of("variant", "blind-shortlist", "max-rounds", "1"),
      Map.of("variant", "student-choice"),
      Map.of("variant", "student-choice", "open-hiring", "true"));

  @TestFactory
  Stream<DynamicTest> everyVariantsDetailsRenderInBothLanguages() {
    Set<String> codes = new TreeSet<>();
    return Stream.concat(RUNS.stream().flatMap(run -> Stream.of(3L, 4L, 5L).map(seed ->
        DynamicTest.dynamicTest(run + " seed " + seed, () -> {
          MatchingProblem p = TestCohorts.generate(seed, 120, 0.6);
          MatchRequest.Builder b = TestCohorts.request(p, seed, true, true, 2).toBuilder();
          run.forEach((k, v) -> {
            if (!k.equals("variant")) {
              b.option(k, v);
            }
          });
          MatchResult r = Variants.builtIn().get(run.get("variant")).match(b.build()).result();
          Explanations ex = Explanations.of(p);
          for (Unplaced u : r.unplaced()) {
            if (!VARIANTS_OWN.contains(u.reason())) {
              continue;
            }
            String what = run + " seed " + seed + ": " + u;
            Optional<ReasonDetail> d = ReasonDetail.parse(u.detail());
            assertTrue(d.isPresent(), what);
            assertEquals(u.detail(), d.get().toString(), what);
            codes.add(d.get().code());
            String nl = d.get().render(NL);
            String en = d.get().render(Locale.ENGLISH);
            assertFalse(nl.contains("?") || en.contains("?"), what + ": " + nl + " / " + en);
            assertNotEquals(nl, en, what);
            assertTrue(ex.explain(r, u.studentId(), NL).contains(nl), what);
            assertTrue(ex.explain(r, u.studentId(), Locale.ENGLISH).contains(en), what);
          }
        }))), Stream.of(DynamicTest.dynamicTest("codes seen", () ->
            assertTrue(codes.containsAll(List.of("FIT", "SHORTLIST", "NEVER_NOMINATED",
                "RANKED_FULL", "NO_MEETING", "ONE_MEETING")), codes.toString()))));
  }

  @Test
  void theFormIsCodeAndFields() {
    ReasonDetail d = ReasonDetail.of("FIT", "loss", 35, "places", "P-1,P-7", "skip", null);
    assertEquals("FIT loss=35 places=P-1,P-7", d.toString());
    assertEquals(Optional.of(d), ReasonDetail.parse("FIT loss=35 places=P-1,P-7"));
    assertEquals("every seat she could take went to students with whom the total fit is higher;"
        + " the best assignment that does place her (at P-1 or P-7) has a total fit 35 points"
        + " lower", d.render(Locale.ENGLISH));
    assertTrue(d.render(NL).contains("35 punten lager"), d.render(NL));
    // free text and eligibility codes are not structured details
    assertEquals(Optional.empty(), ReasonDetail.parse("TRAVEL"));
    assertEquals(Optional.empty(), ReasonDetail.parse("4 usable places, all full"));
    assertThrows(IllegalArgumentException.class, () -> ReasonDetail.of("FIT", "loss", "3 5"));
  }
}
