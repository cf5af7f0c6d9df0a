package nl.stagematch.core.check;

/**
 * One property a result failed, found by a verifier.
 *
 * @param property the property that failed: {@code problem-hash}, {@code format}, {@code
 *     feasibility}, {@code fit}, {@code reasons}, {@code optimality}, {@code stability}, {@code
 *     acquaintance} or {@code shortlist}
 * @param path where, as a JSON path into the result document (such as {@code
 *     $.placements[3]}) or {@code $} for the whole
 * @param message what is wrong, in words, with the ids and numbers involved
 */
public record Finding(String property, String path, String message) {}
