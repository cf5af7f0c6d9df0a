/**
 * The JSON format of Stagematch: a strict streaming reader and a canonical writer for matching
 * problems ({@code stagematch-problem/1}) and results ({@code stagematch-result/2}, with
 * provenance and certificate; {@code stagematch-result/1} is still read), and the embedded sample
 * cohort.
 *
 * <p>The only package of the library that uses Jackson, and only its streaming API: the model
 * carries no annotations and nothing is bound by reflection or polymorphic typing. The reader
 * refuses personal characteristics anywhere in a document (rule R1), reports every error of a
 * document at once as {@code PATH: message}, and enforces the limits of {@link
 * nl.stagematch.core.json.ReadOptions}. The format is described in {@code docs/format.md}.
 * Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.core.json;
