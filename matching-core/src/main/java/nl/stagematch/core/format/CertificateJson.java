package nl.stagematch.core.format;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.Certificate;
import nl.stagematch.core.result.RegionalCertificate;

/**
 * The {@code certificate} field of a result document: an object with exactly one field, named by
 * the certificate's {@linkplain Certificate#kind() kind}, whose value is the certificate:
 *
 * <pre>{@code
 * "certificate": {"assignment-duals": {"penalty": ..., "studentPrices": {...}, "placePrices": {...}}}
 * }</pre>
 *
 * <p>This class writes and reads the kinds {@value AssignmentCertificate#KIND} and {@value
 * RegionalCertificate#KIND}; the kinds {@code stability}, {@code acquaintance} and {@code
 * shortlist-rounds} are refused as not yet supported (see {@link #write} and {@link #read}).
 */
final class CertificateJson {
  /** Every kind, in canonical order; a certificate object has exactly one of them. */
  static final Fields CERTIFICATE = Fields.of("a certificate", AssignmentCertificate.KIND,
      RegionalCertificate.KIND, "stability", "acquaintance", "shortlist-rounds");
  static final Fields ASSIGNMENT = Fields.of("an assignment certificate", "penalty!",
      "studentPrices!", "placePrices!");
  static final Fields REGIONAL = Fields.of("a regional certificate", "allocation!", "schools!");

  private CertificateJson() {}

  /** Writes the field {@code certificate} with {@code c} as its only field. */
  static void write(JsonOutput out, Certificate c) throws IOException {
    out.startObject("certificate");
    if (c instanceof AssignmentCertificate a) {
      out.startObject(a.kind());
      assignment(out, a);
      out.endObject();
    } else if (c instanceof RegionalCertificate r) {
      out.startObject(r.kind());
      ResultWriter.stringMap(out, "allocation", r.allocation(), false);
      out.startObject("schools");
      for (Map.Entry<String, AssignmentCertificate> e : r.schools().entrySet()) {
        out.startObject(e.getKey());
        assignment(out, e.getValue());
        out.endObject();
      }
      out.endObject();
      out.endObject();
    } else {
      // The kinds stability, acquaintance and shortlist-rounds: written by their own class.
      VariantCertificatesJson.write(out, c);
    }
    out.endObject();
  }

  /** Writes the fields of {@code a} (the object is opened and closed by the caller). */
  static void assignment(JsonOutput out, AssignmentCertificate a) throws IOException {
    out.number("penalty", a.penalty());
    out.numberMap("studentPrices", a.studentPrices(), false);
    out.numberMap("placePrices", a.placePrices(), false);
  }

  /**
   * Reads the certificate object at the current token; null if it has errors (reported through
   * {@code r}) or is of a kind not yet supported (reported as an error).
   */
  static Certificate read(StrictReader r) throws IOException {
    long before = r.errorCount();
    Certificate[] found = new Certificate[1];
    int[] kinds = new int[1];
    r.object(CERTIFICATE, kind -> {
      kinds[0]++;
      switch (kind) {
        case AssignmentCertificate.KIND:
          found[0] = assignment(r);
          break;
        case RegionalCertificate.KIND:
          found[0] = regional(r);
          break;
        default:
          // stability, acquaintance, shortlist-rounds: read by their own class.
          found[0] = VariantCertificatesJson.read(r, kind);
      }
    });
    if (r.errorCount() == before && kinds[0] != 1) {
      r.error(CoreMessage.JSON_CERTIFICATE_KINDS, String.join(", ", CERTIFICATE.names()),
          kinds[0]);
    }
    return r.errorCount() == before ? found[0] : null;
  }

  /** Reads an assignment certificate object; null after an error (reported through r). */
  static AssignmentCertificate assignment(StrictReader r) throws IOException {
    long before = r.errorCount();
    Long[] penalty = new Long[1];
    Map<String, Long> students = new TreeMap<>();
    Map<String, Long> places = new TreeMap<>();
    r.object(ASSIGNMENT, name -> {
      switch (name) {
        case "penalty": penalty[0] = r.longInteger("the penalty"); break;
        case "studentPrices": prices(r, "student prices", Pseudonyms.Kind.STUDENT, students);
          break;
        case "placePrices": prices(r, "place prices", Pseudonyms.Kind.PLACE, places); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (r.errorCount() != before) {
      return null;
    }
    try {
      return new AssignmentCertificate(penalty[0], students, places);
    } catch (IllegalArgumentException | NullPointerException e) {
      r.error(StrictReader.refusal(e));
      return null;
    }
  }

  private static void prices(StrictReader r, String what, Pseudonyms.Kind kind,
      Map<String, Long> into) throws IOException {
    r.longMap(what, key -> {
      // a key that is personal data (a student id of a name's shape) is refused as such, shown by
      // its shape, never echoed later as an unknown id
      Optional<String> personal = Pseudonyms.personalShape(key, kind);
      if (personal.isPresent()) {
        r.errorAtMaskedKey(Pseudonyms.personalIdMessage(kind == Pseudonyms.Kind.STUDENT
            ? Message.phrase("een student", "a student") : Message.phrase("een plaats", "a place"),
            personal.get(), key));
        r.skipValue();
        return;
      }
      Long price = r.longInteger("a price");
      if (price != null) {
        into.put(key, price);
      }
    });
  }

  private static RegionalCertificate regional(StrictReader r) throws IOException {
    long before = r.errorCount();
    Map<String, String> allocation = new TreeMap<>();
    Map<String, AssignmentCertificate> schools = new TreeMap<>();
    r.object(REGIONAL, name -> {
      switch (name) {
        case "allocation":
          r.longMap("the allocation", key -> {
            String school = r.string("a school id");
            if (school != null) {
              allocation.put(key, school);
            }
          });
          break;
        case "schools":
          r.longMap("the school certificates", key -> {
            AssignmentCertificate a = assignment(r);
            if (a != null) {
              schools.put(key, a);
            }
          });
          break;
        default: throw new IllegalStateException(name);
      }
    });
    if (r.errorCount() != before) {
      return null;
    }
    try {
      return new RegionalCertificate(allocation, schools);
    } catch (IllegalArgumentException | NullPointerException e) {
      r.error(StrictReader.refusal(e));
      return null;
    }
  }
}
