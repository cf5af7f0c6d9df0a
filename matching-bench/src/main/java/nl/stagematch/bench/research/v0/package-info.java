/**
 * Today's practice (V0) for research: {@link nl.stagematch.bench.research.v0.TodaysPractice}
 * simulates students who apply and companies that select after a {@link
 * nl.stagematch.bench.research.v0.Klikgesprek} with a penalty against the research-only group;
 * {@link nl.stagematch.bench.research.v0.BiasedResponder} lets a company carry the same bias in
 * the variants where it meets the student before it chooses.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.bench.research.v0;
