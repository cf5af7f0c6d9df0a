/** Test fixtures: seeded random problems and simple variants that honour the contract. */
package nl.stagematch.variants.testing;
