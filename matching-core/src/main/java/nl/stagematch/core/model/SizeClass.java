package nl.stagematch.core.model;

/** The size class of a company by its number of employees; ordered from small to large. */
public enum SizeClass {
  /** Fewer than 10 employees. */
  MICRO,
  /** 10 to 49 employees. */
  SMALL,
  /** 50 to 249 employees. */
  MEDIUM,
  /** 250 employees or more. */
  LARGE
}
