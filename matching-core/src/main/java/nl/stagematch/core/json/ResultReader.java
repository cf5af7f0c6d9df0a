package nl.stagematch.core.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;

/**
 * Reads one {@code stagematch-result/1} document into a {@link MatchResult}, with the same strict
 * rules and error collection as {@link ProblemReader}.
 */
final class ResultReader {
  static final String FORMAT = "stagematch-result/1";

  static final Fields DOCUMENT = Fields.of("a result document", "format!", "variant!", "seed!",
      "placements!", "unplaced!", "lotteryNumbers!");
  static final Fields PLACEMENT = Fields.of("a placement", "studentId!", "placeId!", "fit!");
  static final Fields UNPLACED = Fields.of("an unplaced student", "studentId!", "reason!",
      "detail");

  private final StrictReader r;
  private final ErrorCollector errors;
  private String variant;
  private Long seed;
  private final List<Placement> placements = new ArrayList<>();
  private final List<Unplaced> unplaced = new ArrayList<>();
  private final Map<String, Long> lotteryNumbers = new LinkedHashMap<>();

  ResultReader(StrictReader reader) {
    this.r = reader;
    this.errors = reader.errors();
  }

  MatchResult read() throws IOException {
    r.startDocument();
    r.object(DOCUMENT, this::documentField);
    r.endDocument();
    if (errors.count() > 0) {
      return null;
    }
    return construct(() -> new MatchResult(variant, seed, placements, unplaced, lotteryNumbers));
  }

  private void documentField(String name) throws IOException {
    switch (name) {
      case "format":
        String format = r.string("the format marker");
        if (format != null && !format.equals(FORMAT)) {
          throw r.fatal("the format is " + StrictReader.quote(format) + " but this reader reads \""
              + FORMAT + "\". Maybe "
              + (format.startsWith("stagematch-problem/")
                  ? "this is a problem document; give a result document."
                  : "write \"format\": \"" + FORMAT + "\"; see docs/format.md."));
        }
        break;
      case "variant":
        variant = r.string("the variant");
        break;
      case "seed":
        seed = r.longInteger("the seed");
        break;
      case "placements":
        r.longArray("placements", i -> placement());
        break;
      case "unplaced":
        r.longArray("unplaced students", i -> unplaced());
        break;
      case "lotteryNumbers":
        r.longMap("the lottery numbers", key -> {
          Long number = r.longInteger("a lottery number");
          // the result's own validation, entry by entry, so that the error has the entry's path
          if (number != null && construct(() -> new MatchResult("check", 0L, List.of(),
              List.of(), Map.of(key, number))) != null) {
            keep(() -> lotteryNumbers.put(key, number));
          }
        });
        break;
      default:
        throw new IllegalStateException("Unhandled field " + name);
    }
  }

  private void placement() throws IOException {
    long before = errors.count();
    String[] ids = new String[2];
    int[] fit = new int[1];
    r.object(PLACEMENT, name -> {
      switch (name) {
        case "studentId": ids[0] = r.string("the student id"); break;
        case "placeId": ids[1] = r.string("the place id"); break;
        case "fit":
          Integer value = r.integer("the fit score");
          fit[0] = value != null ? value : 0;
          break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() == before) {
      Placement placement = construct(() -> new Placement(ids[0], ids[1], fit[0]));
      if (placement != null) {
        keep(() -> placements.add(placement));
      }
    }
  }

  private void unplaced() throws IOException {
    long before = errors.count();
    String[] strings = new String[2];
    UnplacedReason[] reason = new UnplacedReason[1];
    r.object(UNPLACED, name -> {
      switch (name) {
        case "studentId": strings[0] = r.string("the student id"); break;
        case "reason": reason[0] = r.enumValue(UnplacedReason.class, "the reason"); break;
        case "detail": strings[1] = r.string("the detail"); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() == before) {
      Unplaced value = construct(() -> new Unplaced(strings[0], reason[0], strings[1]));
      if (value != null) {
        keep(() -> unplaced.add(value));
      }
    }
  }

  /** Keeps a value only while the document has no error, so that memory stays bounded. */
  private void keep(Runnable add) {
    if (errors.count() == 0) {
      add.run();
    } else {
      placements.clear();
      unplaced.clear();
      lotteryNumbers.clear();
    }
  }

  /** Runs a constructor; an invalid value is reported at its field's path (see ProblemReader). */
  private <T> T construct(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidValueException e) {
      r.errorAt(e.field(), e.getMessage());
      return null;
    } catch (IllegalArgumentException | NullPointerException e) {
      String message = e.getMessage();
      r.error(message != null ? message : "the value is invalid (" + e + ").");
      return null;
    }
  }
}
