package nl.stagematch.core.model;

import java.util.Objects;

/** The longest one-way travel time a student accepts by one means of transport (1..240 min). */
public record TravelLimit(Transport transport, int maxMinutes) {

  /**
   * Validates the transport and the limit.
   *
   * @param transport the means of transport
   * @param maxMinutes the longest acceptable travel time in minutes
   */
  public TravelLimit {
    Objects.requireNonNull(transport, "The means of transport of a travel limit is missing.");
    if (maxMinutes < 1 || maxMinutes > 240) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_TRAVEL_LIMIT, maxMinutes),
          "maxMinutes");
    }
  }
}
