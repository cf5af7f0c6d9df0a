package nl.stagematch.variants.process;

/** Which side raised a substantiated objection against a match (R4). */
public enum Side {
  /** The student (through her coordinator). */
  STUDENT,
  /** The company. */
  COMPANY
}
