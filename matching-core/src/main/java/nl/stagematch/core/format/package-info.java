/**
 * The file formats of Stagematch: the JSON documents and the import of a school's spreadsheet
 * export.
 *
 * <p>JSON: a strict streaming reader and a canonical writer for matching problems ({@code
 * stagematch-problem/1}) and results ({@code stagematch-result/2}, with provenance and
 * certificate; {@code stagematch-result/1} is still read), and the embedded sample cohort. The
 * only package of the library that uses Jackson, and only its streaming API: the model carries no
 * annotations and nothing is bound by reflection or polymorphic typing. The reader refuses
 * personal characteristics anywhere in a document (rule R1), reports every error of a document at
 * once as {@code PATH: message}, and enforces the limits of {@link
 * nl.stagematch.core.format.ReadOptions}. The format is described in {@code docs/format.md}.
 *
 * <p>CSV: the import of a set of CSV files into a {@link nl.stagematch.core.model.MatchingProblem}
 * and the export of a problem as such a set: {@link nl.stagematch.core.format.CsvImport} with its
 * {@link nl.stagematch.core.format.ImportOptions}, the errors it reports all at once ({@link
 * nl.stagematch.core.format.CsvImportException}, {@link nl.stagematch.core.format.CsvError}), the
 * school's key for pseudonymisation at the door ({@link nl.stagematch.core.format.PseudonymKey})
 * and {@link nl.stagematch.core.format.CsvExport}. The files, their columns and their values are
 * described in docs/import.md.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.format;
