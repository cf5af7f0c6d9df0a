/**
 * Stagematch core: the blind domain model, eligibility and fit, the solvers, results, verification
 * and the file formats.
 *
 * <p>The API (stable, checked against a baseline in every build; docs/api.md): {@code model} (the
 * problem and its parts, eligibility and the fit with its explanation, the messages and the input
 * exceptions), {@code result} (a match's result and its certificates), {@code format} (the problem
 * and result documents in JSON, the import of a school's spreadsheet export and the export of a
 * problem as such files), {@code spi} (the variant contract) and {@code check} (the public
 * verifier). Internal, with no compatibility promise: {@code solver} and {@code io} (exported only
 * to {@code nl.stagematch.variants}).
 */
module nl.stagematch.core {
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports nl.stagematch.core.check;
  exports nl.stagematch.core.format;
  exports nl.stagematch.core.model;
  exports nl.stagematch.core.result;
  exports nl.stagematch.core.spi;

  exports nl.stagematch.core.io to nl.stagematch.variants;
  exports nl.stagematch.core.solver to nl.stagematch.variants;
}
