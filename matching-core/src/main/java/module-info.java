/**
 * Stagematch core: the blind domain model, eligibility and fit, the solvers, results, verification
 * and the JSON format.
 */
module nl.stagematch.core {
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports nl.stagematch.core.check;
  exports nl.stagematch.core.csv;
  exports nl.stagematch.core.fit;
  exports nl.stagematch.core.io;
  exports nl.stagematch.core.json;
  exports nl.stagematch.core.model;
  exports nl.stagematch.core.result;
  exports nl.stagematch.core.solver to nl.stagematch.variants;
  exports nl.stagematch.core.spi;
}
