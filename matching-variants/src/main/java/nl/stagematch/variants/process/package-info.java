/**
 * The process around a matching variant (R3, R4, R6, R11 of the domain): a {@link
 * nl.stagematch.variants.process.MatchingSession} holds the problem, the variant, the seed and
 * the current proposal, takes the coordinators' {@link nl.stagematch.variants.process.Decision
 * decisions} and re-matches, and records every step in a hash-chained {@link
 * nl.stagematch.variants.process.AuditTrail} that can be verified and replayed from its JSON,
 * and signed with an Ed25519 key ({@link nl.stagematch.variants.process.TrailSignature}).
 * {@link nl.stagematch.variants.process.DecisionsFile} reads and writes the decisions file.
 * Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.variants.process;
