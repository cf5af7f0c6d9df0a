package nl.stagematch.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.Unplaced;

/**
 * Writes a {@link MatchResult} as a canonical {@code stagematch-result/2} document: fields in the
 * order of {@link ResultReader}'s field lists, the provenance (if any) before the placements,
 * placements and unplaced students in the result's order, one per line, lottery numbers sorted by
 * student id, one per line, and the certificate (if any) last (see {@link CertificateJson}).
 */
final class ResultWriter {
  private ResultWriter() {}

  static void write(MatchResult result, OutputStream stream) throws IOException {
    JsonOutput out = new JsonOutput(stream);
    out.startObject();
    out.string("format", ResultReader.FORMAT);
    out.string("variant", result.variant());
    out.number("seed", result.seed());
    if (result.provenance() != null) {
      provenance(out, result.provenance());
    }
    out.startArray("placements");
    for (Placement placement : result.placements()) {
      out.startInlineObject();
      out.string("studentId", placement.studentId());
      out.string("placeId", placement.placeId());
      out.number("fit", placement.fit());
      out.endObject();
    }
    out.endArray();
    out.startArray("unplaced");
    for (Unplaced unplaced : result.unplaced()) {
      out.startInlineObject();
      out.string("studentId", unplaced.studentId());
      out.string("reason", unplaced.reason().name());
      out.optionalString("detail", unplaced.detail());
      out.endObject();
    }
    out.endArray();
    out.numberMap("lotteryNumbers", result.lotteryNumbers(), false);
    if (result.certificate() != null) {
      CertificateJson.write(out, result.certificate());
    }
    out.endObject();
    out.finish();
  }

  private static void provenance(JsonOutput out, Provenance p) throws IOException {
    out.startObject("provenance");
    out.string("problemSha256", p.problemSha256());
    out.string("variant", p.variant());
    out.number("seed", p.seed());
    stringMap(out, "options", p.options(), true);
    pairs(out, "pinned", p.pinned());
    pairs(out, "forbidden", p.forbidden());
    stringMap(out, "schools", p.schools(), false);
    out.stringSet("optedOut", p.optedOut());
    if (!p.remainingFrom().isEmpty()) {
      // only after an early end on a date, so that every other result keeps its bytes
      out.startInlineObject("remainingFrom");
      for (Map.Entry<String, LocalDate> e : p.remainingFrom().entrySet()) {
        out.string(e.getKey(), e.getValue().toString());
      }
      out.endObject();
    }
    out.string("responder", p.responder());
    stringMap(out, "fitModel", p.fitModel(), false);
    stringMap(out, "policy", p.policy(), false);
    out.endObject();
  }

  private static void pairs(JsonOutput out, String name, Iterable<Provenance.Pair> pairs)
      throws IOException {
    out.startArray(name);
    for (Provenance.Pair pair : pairs) {
      out.startInlineObject();
      out.string("studentId", pair.studentId());
      out.string("placeId", pair.placeId());
      out.endObject();
    }
    out.endArray();
  }

  /** A map of strings in its own (sorted) order, on one line if {@code inline}. */
  static void stringMap(JsonOutput out, String name, Map<String, String> map, boolean inline)
      throws IOException {
    if (inline) {
      out.startInlineObject(name);
    } else {
      out.startObject(name);
    }
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.string(e.getKey(), e.getValue());
    }
    out.endObject();
  }
}
