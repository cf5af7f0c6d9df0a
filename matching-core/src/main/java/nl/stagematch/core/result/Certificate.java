package nl.stagematch.core.result;

/**
 * The proof a variant gives with its result, so that anyone holding the problem and the result
 * document can check, without the library's solver, that the result keeps the variant's promise
 * (see {@code nl.stagematch.core.check.ResultVerifier}).
 *
 * <p>One record per kind of promise; the kind is written in the result document.
 */
public sealed interface Certificate permits AssignmentCertificate, RegionalCertificate,
    StabilityCertificate, AcquaintanceCertificate, ShortlistCertificate {

  /**
   * The kind as written in the result document, such as {@code assignment-duals}.
   *
   * @return the kind
   */
  String kind();
}
