/**
 * The matching variants V1-V5 (school placement, two-by-two acquaintance, blind shortlist,
 * student choice, regional allocation) on the core solvers, and their registry. Entry point:
 * {@link nl.stagematch.variants.Variants}; the variants' own reports are {@link
 * nl.stagematch.variants.MeetingPlan}, {@link nl.stagematch.variants.ShortlistRounds}, {@link
 * nl.stagematch.variants.StudentChoiceReport} and {@link nl.stagematch.variants.SchoolAllocation}.
 *
 * <p>Every variant gives each student of the problem exactly one entry in its result: placed, or
 * unplaced with a reason; students out of scope or opted out appear as unplaced with {@code
 * OUT_OF_SCOPE} or {@code OPTED_OUT}, so that monitoring counts them (R10). Parameters and return
 * values are non-null unless documented otherwise.
 */
package nl.stagematch.variants;
