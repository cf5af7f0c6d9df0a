package nl.stagematch.core.model;

/** The track of a student: BOL (school-based, full-time) or BBL (work-based). */
public enum Track {
  /** Beroepsopleidende leerweg: school-based, with internships. */
  BOL,
  /** Beroepsbegeleidende leerweg: work-based, the student already works at a company. */
  BBL
}
