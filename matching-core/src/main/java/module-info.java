/**
 * Stagematch core: the blind domain model, eligibility and fit, the solvers, results, verification
 * and the JSON format.
 *
 * <p>The API (stable, checked against a baseline in every build; docs/api.md): {@code model} (the
 * problem and its parts, the messages and the input exceptions), {@code fit} (eligibility and the
 * fit with its explanation), {@code result} (a match's result and its certificates), {@code json}
 * (the problem and result documents), {@code csv} (the import of a school's spreadsheet export
 * and the export of a problem as such files), {@code spi} (the variant contract) and {@code
 * check} (the public verifier). Internal, with no compatibility promise: {@code solver} and
 * {@code io} (exported only to {@code nl.stagematch.variants}).
 */
module nl.stagematch.core {
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports nl.stagematch.core.check;
  exports nl.stagematch.core.csv;
  exports nl.stagematch.core.fit;
  exports nl.stagematch.core.json;
  exports nl.stagematch.core.model;
  exports nl.stagematch.core.result;
  exports nl.stagematch.core.spi;

  exports nl.stagematch.core.io to nl.stagematch.variants;
  exports nl.stagematch.core.solver to nl.stagematch.variants;
}
