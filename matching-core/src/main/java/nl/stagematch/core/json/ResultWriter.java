package nl.stagematch.core.json;

import java.io.IOException;
import java.io.OutputStream;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;

/**
 * Writes a {@link MatchResult} as a canonical {@code stagematch-result/1} document: fields in the
 * order of {@link ResultReader}'s field lists, placements and unplaced students in the result's
 * order, one per line, lottery numbers sorted by student id, one per line.
 */
final class ResultWriter {
  private ResultWriter() {}

  static void write(MatchResult result, OutputStream stream) throws IOException {
    JsonOutput out = new JsonOutput(stream);
    out.startObject();
    out.string("format", ResultReader.FORMAT);
    out.string("variant", result.variant());
    out.number("seed", result.seed());
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
    out.endObject();
    out.finish();
  }
}
