package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TravelTimeModelTest {

  @Test
  void greatCircleDistanceUtrechtAmsterdam() {
    Location utrecht = new Location(52.0907, 5.1214);
    Location amsterdam = new Location(52.3676, 4.9041);
    double km = TravelTimeModel.distanceKm(utrecht, amsterdam);
    assertTrue(km > 33.5 && km < 35.0, "distance " + km);
    assertEquals(0.0, TravelTimeModel.distanceKm(utrecht, utrecht), 1e-9);
  }

  @Test
  void documentedExample() {
    TravelTimeModel m = TravelTimeModel.defaults();
    assertEquals(31.2, m.minutesForDistance(6.0, Transport.BIKE), 1e-9);
    assertEquals(25.6, m.minutesForDistance(6.0, Transport.PUBLIC_TRANSPORT), 1e-9);
    assertEquals(10.4, m.minutesForDistance(6.0, Transport.CAR), 1e-9);
    assertEquals(93.6, m.minutesForDistance(6.0, Transport.WALK), 1e-9);
  }

  @Test
  void configurable() {
    TravelTimeModel m = TravelTimeModel.builder().detourFactor(1.0)
        .speedKmh(Transport.BIKE, 20).publicTransportWaitMinutes(0).build();
    assertEquals(18.0, m.minutesForDistance(6.0, Transport.BIKE), 1e-9);
    assertEquals(12.0, m.minutesForDistance(6.0, Transport.PUBLIC_TRANSPORT), 1e-9);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TravelTimeModel.builder().detourFactor(Double.NaN));
    assertTrue(e.getMessage().contains("detour factor (NaN)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> TravelTimeModel.builder().speedKmh(Transport.CAR, 0));
    assertTrue(e.getMessage().contains("mean speed (0.0 km/h) for (CAR)"), e.getMessage());
  }
}
