package nl.stagematch.bench.thirdparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.variants.Variants;
import org.junit.jupiter.api.Test;

/** A variant on the class path's {@code META-INF/services} is found after the built-ins. */
class ThirdPartyVariantTest {

  @Test
  void theServiceLoaderFindsItAfterTheBuiltIns() {
    List<String> names = List.copyOf(Variants.load().names());
    assertEquals(6, names.size(), names.toString());
    assertEquals(ExampleVariant.NAME, names.get(5));
    assertFalse(Variants.builtIn().contains(ExampleVariant.NAME));
    var result = Variants.load().get(ExampleVariant.NAME)
        .match(MatchRequest.builder(SampleCohort.load()).seed(3).build()).result();
    assertEquals(ExampleVariant.NAME, result.variant());
    assertTrue(result.placedCount() > 1000);
  }
}
