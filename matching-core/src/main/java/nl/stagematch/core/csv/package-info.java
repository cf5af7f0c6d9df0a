/**
 * The import of a school's spreadsheet export (a set of CSV files) into a {@link
 * nl.stagematch.core.model.MatchingProblem}, and the export of a problem as such a set: {@link
 * nl.stagematch.core.csv.CsvImport} with its {@link nl.stagematch.core.csv.ImportOptions}, the
 * errors it reports all at once ({@link nl.stagematch.core.csv.CsvImportException}, {@link
 * nl.stagematch.core.csv.CsvError}), the school's key for pseudonymisation at the door ({@link
 * nl.stagematch.core.csv.PseudonymKey}) and {@link nl.stagematch.core.csv.CsvExport}. The files,
 * their columns and their values are described in docs/import.md.
 */
package nl.stagematch.core.csv;
