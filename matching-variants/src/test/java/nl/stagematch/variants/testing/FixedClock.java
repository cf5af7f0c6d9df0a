package nl.stagematch.variants.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock that starts at a fixed instant and moves one minute forward on every reading. */
public final class FixedClock extends Clock {
  private Instant next;

  public FixedClock(Instant start) {
    this.next = start;
  }

  /** A clock starting at 2026-01-12T09:00:00Z. */
  public static FixedClock monday() {
    return new FixedClock(Instant.parse("2026-01-12T09:00:00Z"));
  }

  @Override
  public synchronized Instant instant() {
    Instant now = next;
    next = next.plus(Duration.ofMinutes(1));
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("A test clock has one zone, UTC.");
  }
}
