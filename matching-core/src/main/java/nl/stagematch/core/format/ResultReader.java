package nl.stagematch.core.format;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.result.Certificate;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Placement;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.result.UnplacedReason;

/**
 * Reads one {@code stagematch-result/2} document (or a {@code stagematch-result/1} document,
 * which has no provenance and no certificate) into a {@link MatchResult}, with the same strict
 * rules and error collection as {@link ProblemReader}.
 */
final class ResultReader {
  static final String FORMAT = "stagematch-result/2";
  static final String FORMAT_V1 = "stagematch-result/1";

  /** The fields of a version 2 document, in canonical order. */
  static final Fields DOCUMENT = Fields.of("a result document", "format!", "variant!", "seed!",
      "provenance", "placements!", "unplaced!", "lotteryNumbers!", "certificate");
  /** The fields of a version 1 document. */
  static final Fields DOCUMENT_V1 = Fields.of("a result document", "format!", "variant!",
      "seed!", "placements!", "unplaced!", "lotteryNumbers!");
  static final Fields PROVENANCE = Fields.of("the provenance", "problemSha256!", "variant!",
      "seed!", "options!", "pinned!", "forbidden!", "schools!", "optedOut!", "remainingFrom",
      "responder!", "fitModel!", "policy!");
  static final Fields PAIR = Fields.of("a pair", "studentId!", "placeId!");
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
  private String format;
  private Provenance provenance;
  private Certificate certificate;
  private boolean hasProvenance;
  private boolean hasCertificate;

  ResultReader(StrictReader reader) {
    this.r = reader;
    this.errors = reader.errors();
  }

  MatchResult read() throws IOException {
    r.startDocument();
    r.object(DOCUMENT, this::documentField);
    r.endDocument();
    if (FORMAT_V1.equals(format) && (hasProvenance || hasCertificate)) {
      r.error(CoreMessage.JSON_FORMAT_V1_FIELD, FORMAT_V1,
          hasProvenance ? "provenance" : "certificate", FORMAT);
    }
    if (errors.count() > 0) {
      return null;
    }
    return construct(() -> new MatchResult(variant, seed, placements, unplaced, lotteryNumbers,
        provenance, certificate));
  }

  /** Reads the document as {@link #read}, with where each placement stands in it. */
  ResultDocument readDocument() throws IOException {
    MatchResult result = read();
    return result == null ? null : ResultDocument.inFileOrder(result, placements, unplaced);
  }

  private void documentField(String name) throws IOException {
    switch (name) {
      case "format":
        format = r.string("the format marker");
        if (format != null && !format.equals(FORMAT) && !format.equals(FORMAT_V1)) {
          throw r.fatal(format.startsWith("stagematch-problem/")
              ? Message.of(CoreMessage.JSON_FORMAT_PROBLEM_NOT_RESULT, StrictReader.quote(format),
                  FORMAT, FORMAT_V1)
              : Message.of(CoreMessage.JSON_FORMAT_UNKNOWN, StrictReader.quote(format),
                  "\"" + FORMAT + "\" (and \"" + FORMAT_V1 + "\")", FORMAT));
        }
        break;
      case "provenance":
        hasProvenance = true;
        provenance = provenance();
        break;
      case "certificate":
        hasCertificate = true;
        certificate = CertificateJson.read(r);
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

  private Provenance provenance() throws IOException {
    long before = errors.count();
    Object[] v = new Object[10];
    Map<String, String> options = new TreeMap<>();
    Map<String, String> schools = new TreeMap<>();
    Map<String, String> fitModel = new TreeMap<>();
    Map<String, String> policy = new TreeMap<>();
    List<Provenance.Pair> pinned = new ArrayList<>();
    List<Provenance.Pair> forbidden = new ArrayList<>();
    List<String> optedOut = new ArrayList<>();
    Map<String, LocalDate> remainingFrom = new TreeMap<>();
    r.object(PROVENANCE, name -> {
      switch (name) {
        case "problemSha256": v[0] = r.string("the problem hash"); break;
        case "variant": v[1] = r.string("the variant"); break;
        case "seed": v[2] = r.longInteger("the seed"); break;
        case "options": strings(options, false, "the options"); break;
        case "pinned": pairs(pinned, "pinned pairs"); break;
        case "forbidden": pairs(forbidden, "forbidden pairs"); break;
        case "schools": strings(schools, true, "the schools"); break;
        case "optedOut":
          r.longArray("opted-out students", i -> {
            String id = r.string("a student id");
            if (id != null) {
              optedOut.add(id);
            }
          });
          break;
        case "remainingFrom":
          r.longMap("the remaining periods", key -> {
            LocalDate from = r.date("the first day of the remaining period");
            if (from != null) {
              remainingFrom.put(key, from);
            }
          });
          break;
        case "responder": v[3] = r.string("the responder"); break;
        case "fitModel": strings(fitModel, false, "the fit model"); break;
        case "policy": strings(policy, false, "the policy"); break;
        default: throw new IllegalStateException(name);
      }
    });
    if (errors.count() != before) {
      return null;
    }
    return construct(() -> new Provenance((String) v[0], (String) v[1], (Long) v[2], options,
        pinned, forbidden, schools, (String) v[3], fitModel, optedOut, policy, remainingFrom));
  }

  private void strings(Map<String, String> into, boolean longMap, String what)
      throws IOException {
    StrictReader.EntryReader entry = key -> {
      String value = r.string("a value of " + what);
      if (value != null) {
        into.put(key, value);
      }
    };
    if (longMap) {
      r.longMap(what, entry);
    } else {
      r.map(what, entry);
    }
  }

  private void pairs(List<Provenance.Pair> into, String what) throws IOException {
    r.longArray(what, i -> {
      long before = errors.count();
      String[] ids = new String[2];
      r.object(PAIR, name -> {
        if (name.equals("studentId")) {
          ids[0] = r.string("the student id");
        } else {
          ids[1] = r.string("the place id");
        }
      });
      if (errors.count() == before) {
        Provenance.Pair pair = construct(() -> new Provenance.Pair(ids[0], ids[1]));
        if (pair != null) {
          into.add(pair);
        }
      }
    });
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
      r.errorAt(e.field(), e.message());
      return null;
    } catch (IllegalArgumentException | NullPointerException e) {
      r.error(StrictReader.refusal(e));
      return null;
    }
  }
}
