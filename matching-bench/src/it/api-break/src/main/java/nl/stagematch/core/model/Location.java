package nl.stagematch.core.model;

/** The model's Location with one public method less: {@code longitude()} is gone. */
public record Location(double latitude) {}
