package nl.stagematch.core.model;


/** The longest one-way travel time a student accepts by one means of transport (1..240 min). */
public record TravelLimit(Transport transport, int maxMinutes) {

  /**
   * Validates the transport and the limit.
   *
   * @param transport the means of transport
   * @param maxMinutes the longest acceptable travel time in minutes
   */
  public TravelLimit {
    Checks.present(transport, "het vervoermiddel van een reistijdgrens",
        "the means of transport of a travel limit", "kies een vervoermiddel van Transport.",
        "choose a means of transport of Transport.", "transport");
    if (maxMinutes < 1 || maxMinutes > 240) {
      throw new InvalidValueException(Message.of(CoreMessage.MODEL_TRAVEL_LIMIT, maxMinutes),
          "maxMinutes");
    }
  }
}
