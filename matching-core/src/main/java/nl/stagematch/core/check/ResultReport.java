package nl.stagematch.core.check;

import java.util.List;
import java.util.Locale;
import nl.stagematch.core.model.Message;

/**
 * The outcome of {@link ResultVerifier}: what was checked, what failed, and what could not be
 * checked.
 *
 * @param checks what was checked and held, one line each, in the order of the checks (such as
 *     {@code feasibility: 1,000 students listed once; 835 placements admissible ...}), as coded
 *     messages in Dutch and English
 * @param failures the properties that failed, in the order found (at most {@link
 *     ResultVerifier#MAX_LISTED} are listed; {@code failureCount} counts all)
 * @param failureCount the number of failures found, listed or not
 * @param notChecked the properties that could not be checked and why (such as a result without
 *     a certificate); empty when the whole promise was checked
 */
public record ResultReport(List<Message> checks, List<Finding> failures, long failureCount,
    List<Finding> notChecked) {

  /**
   * Copies the lists and checks the count.
   *
   * @param checks what was checked and held, one coded message each
   * @param failures the properties that failed, in the order found
   * @param failureCount the number of failures found, at least the size of {@code failures}
   * @param notChecked the properties that could not be checked and why
   */
  public ResultReport {
    checks = List.copyOf(checks);
    failures = List.copyOf(failures);
    notChecked = List.copyOf(notChecked);
    if (failureCount < failures.size()) {
      throw new IllegalArgumentException("The failure count (" + failureCount
          + ") must count at least the listed failures (" + failures.size() + ").");
    }
  }

  /**
   * What was checked and held, one line each, in English.
   *
   * @return the lines
   */
  public List<String> checked() {
    return checked(Locale.ENGLISH);
  }

  /**
   * What was checked and held, one line each, in Dutch or English (see {@link Message#text}).
   *
   * @param locale the language
   * @return the lines
   */
  public List<String> checked(Locale locale) {
    return checks.stream().map(m -> m.text(locale)).toList();
  }

  /**
   * Whether no check failed (some may not have been done: see {@link #complete()}).
   *
   * @return true if no failure was found
   */
  public boolean ok() {
    return failureCount == 0;
  }

  /**
   * Whether every check could be done (the result has a provenance and a supported certificate).
   *
   * @return true if nothing was left unchecked
   */
  public boolean complete() {
    return notChecked.isEmpty();
  }

  /**
   * Whether no check failed and every check could be done.
   *
   * @return true if the result is verified
   */
  public boolean verified() {
    return ok() && complete();
  }

  /**
   * The report in English: see {@link #summary(Locale)}.
   *
   * @return the report's lines
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * The report in words, one line each, in Dutch when {@code locale}'s language is {@code nl},
   * else in English: {@code VERIFIED}, {@code FAILED} or {@code NOT FULLY CHECKED} (Dutch {@code
   * GOEDGEKEURD}, {@code AFGEKEURD}, {@code NIET VOLLEDIG GECONTROLEERD}), then the failures and
   * the checks not done, each with its code, and what was checked.
   *
   * @param locale the language
   * @return the report's lines
   */
  public String summary(Locale locale) {
    boolean nl = Message.isDutch(locale);
    StringBuilder sb = new StringBuilder();
    Message head = !ok() ? Message.of(VerifyMessage.VERIFY_SUMMARY_FAILED, failureCount)
        : complete() ? Message.of(VerifyMessage.VERIFY_SUMMARY_VERIFIED)
        : Message.of(VerifyMessage.VERIFY_SUMMARY_NOT_FULLY_CHECKED, notChecked.size());
    sb.append(head.text(locale)).append('\n');
    String failed = nl ? "  afgekeurd   " : "  failed      ";
    for (Finding f : failures) {
      sb.append(failed).append(f.toString(locale)).append('\n');
    }
    if (failureCount > failures.size()) {
      sb.append(failed).append(Message.of(VerifyMessage.VERIFY_SUMMARY_MORE,
          failureCount - failures.size()).text(locale)).append('\n');
    }
    for (Finding f : notChecked) {
      sb.append(nl ? "  niet gecontroleerd " : "  not checked ").append(f.toString(locale))
          .append('\n');
    }
    for (String line : checked(locale)) {
      sb.append(nl ? "  gecontroleerd " : "  checked     ").append(line).append('\n');
    }
    return sb.toString();
  }

  /** The report in English ({@link #summary()}). */
  @Override
  public String toString() {
    return summary();
  }
}
