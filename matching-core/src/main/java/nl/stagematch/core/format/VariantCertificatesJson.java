package nl.stagematch.core.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.result.AcquaintanceCertificate;
import nl.stagematch.core.result.AssignmentCertificate;
import nl.stagematch.core.result.Certificate;
import nl.stagematch.core.result.Provenance;
import nl.stagematch.core.result.ShortlistCertificate;
import nl.stagematch.core.result.StabilityCertificate;

/**
 * Writes and reads the certificates of student choice ({@code stability}, V4), two-by-two
 * acquaintance ({@code acquaintance}, V2) and blind shortlist ({@code shortlist-rounds}, V3) inside
 * a result document, as the value of the field named by the certificate's kind.
 *
 * <p>Canonical: the fields of every object in alphabetical order, maps sorted by key, one entry
 * per line in the long maps and lists, small objects and lists of ids on one line. The reader is
 * strict like {@link ResultReader}: unknown fields, wrong types and invalid ids are errors at
 * their JSON path; it returns {@code null} when there were errors.
 */
final class VariantCertificatesJson {
  /** The same rule as the ids of the model. */

  static final Fields STABILITY = Fields.of("a stability certificate", "fitClassWidth!",
      "openCapacity!", "openHiring!", "pairNumbers!", "rankings!", "tieBreaking!");
  static final Fields ACQUAINTANCE = Fields.of("an acquaintance certificate", "components!",
      "cycleRule!", "filled!", "meetings!", "placeOrders!", "stage1!", "studentOrders!");
  /** The stage-1 dual prices: an assignment certificate, read and written as V1's. */
  static final Fields STAGE1 = CertificateJson.ASSIGNMENT;
  static final Fields MEETING = Fields.of("a meeting", "placeId!", "studentId!");
  static final Fields COMPONENT = Fields.of("a component of the meeting graph", "decidedBy!",
      "shape!", "students!");
  static final Fields SHORTLIST_ROUNDS = Fields.of("a shortlist-rounds certificate", "k!",
      "nominations!", "shortlists!");
  static final Fields NOMINATION = Fields.of("the prices of a round's nomination", "penalty!",
      "placePrices!", "round!", "studentPrices!");
  static final Fields SHORTLIST = Fields.of("a shortlist", "nominated!", "picked", "placeId!",
      "round!", "seat!");

  private VariantCertificatesJson() {}

  /** Whether this class writes and reads certificates of {@code kind}. */
  static boolean handles(String kind) {
    return kind.equals("stability") || kind.equals("acquaintance")
        || kind.equals("shortlist-rounds");
  }

  // ---- writing

  /** Writes the field {@code c.kind()} with the certificate as its value. */
  static void write(JsonOutput out, Certificate c) throws IOException {
    if (c instanceof StabilityCertificate) {
      writeStability(out, (StabilityCertificate) c);
    } else if (c instanceof AcquaintanceCertificate) {
      writeAcquaintance(out, (AcquaintanceCertificate) c);
    } else if (c instanceof ShortlistCertificate) {
      writeShortlists(out, (ShortlistCertificate) c);
    } else {
      throw new IllegalArgumentException("Certificates of kind (" + (c == null ? null : c.kind())
          + ") are not written here.\nMaybe write it with the result writer's own code.");
    }
  }

  private static void writeStability(JsonOutput out, StabilityCertificate c) throws IOException {
    out.startObject(c.kind());
    out.number("fitClassWidth", c.fitClassWidth());
    out.numberMap("openCapacity", c.openCapacity(), false);
    out.bool("openHiring", c.openHiring());
    out.startObject("pairNumbers");
    for (Map.Entry<String, Map<String, Long>> e : new TreeMap<>(c.pairNumbers()).entrySet()) {
      out.numberMap(e.getKey(), e.getValue(), true);
    }
    out.endObject();
    listMap(out, "rankings", c.rankings());
    out.string("tieBreaking", c.tieBreaking());
    out.endObject();
  }

  private static void writeAcquaintance(JsonOutput out, AcquaintanceCertificate c)
      throws IOException {
    out.startObject(c.kind());
    out.startArray("components");
    for (AcquaintanceCertificate.Component x : c.components()) {
      out.startInlineObject();
      out.string("decidedBy", x.decidedBy());
      out.string("shape", x.shape());
      out.stringList("students", x.students());
      out.endObject();
    }
    out.endArray();
    out.string("cycleRule", c.cycleRule());
    out.stringList("filled", c.filled());
    out.startArray("meetings");
    for (Provenance.Pair m : c.meetings()) {
      out.startInlineObject();
      out.string("placeId", m.placeId());
      out.string("studentId", m.studentId());
      out.endObject();
    }
    out.endArray();
    listMap(out, "placeOrders", c.placeOrders());
    out.startObject("stage1");
    CertificateJson.assignment(out, c.stage1());
    out.endObject();
    listMap(out, "studentOrders", c.studentOrders());
    out.endObject();
  }

  private static void writeShortlists(JsonOutput out, ShortlistCertificate c)
      throws IOException {
    out.startObject(c.kind());
    out.number("k", c.k());
    out.startArray("nominations");
    for (ShortlistCertificate.Nomination n : c.nominations()) {
      out.startObject();
      out.number("penalty", n.penalty());
      out.startObject("placePrices");
      for (Map.Entry<String, List<Long>> e : new TreeMap<>(n.placePrices()).entrySet()) {
        out.longList(e.getKey(), e.getValue());
      }
      out.endObject();
      out.number("round", n.round());
      out.numberMap("studentPrices", n.studentPrices(), false);
      out.endObject();
    }
    out.endArray();
    out.startArray("shortlists");
    for (ShortlistCertificate.Shortlist s : c.shortlists()) {
      out.startInlineObject();
      out.stringList("nominated", s.nominated());
      out.optionalString("picked", s.picked());
      out.string("placeId", s.placeId());
      out.number("round", s.round());
      out.number("seat", s.seat());
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  /** A map of id lists, sorted by key, one entry per line, each list on one line. */
  private static void listMap(JsonOutput out, String name, Map<String, List<String>> map)
      throws IOException {
    out.startObject(name);
    for (Map.Entry<String, List<String>> e : new TreeMap<>(map).entrySet()) {
      out.stringList(e.getKey(), e.getValue());
    }
    out.endObject();
  }

  // ---- reading

  /**
   * Reads the value of the field {@code kind} (the reader on its first token); returns null when
   * there were errors (recorded in the reader with their paths).
   */
  static Certificate read(StrictReader r, String kind) throws IOException {
    long before = r.errorCount();
    Certificate c;
    switch (kind) {
      case "stability":
        c = readStability(r);
        break;
      case "acquaintance":
        c = readAcquaintance(r);
        break;
      case "shortlist-rounds":
        c = readShortlists(r);
        break;
      default:
        throw new IllegalArgumentException("Certificates of kind (" + kind + ") are not read"
            + " here.\nMaybe read it with the result reader's own code.");
    }
    return r.errorCount() == before ? c : null;
  }

  private static Certificate readStability(StrictReader r) throws IOException {
    long before = r.errorCount();
    String[] tieBreaking = new String[1];
    boolean[] openHiring = new boolean[1];
    int[] width = new int[1];
    Map<String, Integer> openCapacity = new LinkedHashMap<>();
    Map<String, Map<String, Long>> pairNumbers = new LinkedHashMap<>();
    Map<String, List<String>> rankings = new LinkedHashMap<>();
    if (!r.object(STABILITY, name -> {
      switch (name) {
        case "fitClassWidth":
          Integer w = r.integer("the fit class width");
          if (w != null && (w < 1 || w > 1001)) {
            r.error(CoreMessage.JSON_FIT_CLASS_WIDTH, w);
          }
          width[0] = w != null ? w : 0;
          break;
        case "openCapacity":
          r.longMap("the open capacities", key -> {
            checkKey(r, key, "place");
            Integer room = r.integer("the room of a place");
            if (room != null && room < 1) {
              r.error(CoreMessage.JSON_ROOM, room, key);
            }
            openCapacity.put(key, room);
          });
          break;
        case "openHiring":
          Boolean b = r.bool("open hiring");
          openHiring[0] = b != null && b;
          break;
        case "pairNumbers":
          r.longMap("the pair lottery numbers", key -> {
            checkKey(r, key, "student");
            Map<String, Long> numbers = new LinkedHashMap<>();
            r.map("the pair lottery numbers of a student", place -> {
              checkKey(r, place, "place");
              Long n = r.longInteger("a pair lottery number");
              if (n != null && n < 0) {
                r.error(CoreMessage.JSON_LOTTERY_NUMBER, n);
              }
              numbers.put(place, n);
            });
            pairNumbers.put(key, numbers);
          });
          break;
        case "rankings":
          r.longMap("the rankings", key -> {
            checkKey(r, key, "student");
            rankings.put(key, idList(r, "the ranking of a student", "place"));
          });
          break;
        case "tieBreaking":
          tieBreaking[0] = oneOf(r, "the tie-breaking", List.of("single", "multiple"));
          break;
        default:
          throw new IllegalStateException(name);
      }
    }) || r.errorCount() != before) {
      return null;
    }
    return construct(r, () -> new StabilityCertificate(tieBreaking[0], openHiring[0], width[0],
        rankings, pairNumbers, openCapacity));
  }

  private static Certificate readAcquaintance(StrictReader r) throws IOException {
    long before = r.errorCount();
    String[] rule = new String[1];
    List<AcquaintanceCertificate.Component> components = new ArrayList<>();
    List<String> filled = new ArrayList<>();
    List<Provenance.Pair> meetings = new ArrayList<>();
    Map<String, List<String>> placeOrders = new LinkedHashMap<>();
    Map<String, List<String>> studentOrders = new LinkedHashMap<>();
    AssignmentCertificate[] stage1 = new AssignmentCertificate[1];
    if (!r.object(ACQUAINTANCE, name -> {
      switch (name) {
        case "components":
          r.longArray("components", i -> {
            String[] s = new String[2];
            List<String> students = new ArrayList<>();
            long mark = r.errorCount();
            r.object(COMPONENT, f -> {
              switch (f) {
                case "decidedBy":
                  s[0] = oneOf(r, "how the component was decided",
                      AcquaintanceCertificate.Component.DECISIONS);
                  break;
                case "shape":
                  s[1] = oneOf(r, "the shape of the component",
                      AcquaintanceCertificate.Component.SHAPES);
                  break;
                case "students":
                  List<String> ids = idList(r, "the students of a component", "student");
                  if (ids != null && ids.isEmpty()) {
                    r.error(CoreMessage.JSON_EMPTY_COMPONENT);
                  }
                  if (ids != null) {
                    students.addAll(ids);
                  }
                  break;
                default:
                  throw new IllegalStateException(f);
              }
            });
            if (r.errorCount() == mark) {
              AcquaintanceCertificate.Component c = construct(r,
                  () -> new AcquaintanceCertificate.Component(s[1], students, s[0]));
              if (c != null) {
                components.add(c);
              }
            }
          });
          break;
        case "cycleRule":
          rule[0] = oneOf(r, "the cycle rule", AcquaintanceCertificate.RULES);
          break;
        case "filled":
          List<String> ids = idList(r, "the students placed by fill-remaining", "student");
          if (ids != null) {
            filled.addAll(ids);
          }
          break;
        case "meetings":
          r.longArray("meetings", i -> {
            String[] pair = new String[2];
            long mark = r.errorCount();
            r.object(MEETING, f -> {
              if (f.equals("placeId")) {
                pair[1] = id(r, "the place of a meeting");
              } else {
                pair[0] = id(r, "the student of a meeting");
              }
            });
            if (r.errorCount() == mark) {
              meetings.add(new Provenance.Pair(pair[0], pair[1]));
            }
          });
          break;
        case "placeOrders":
          r.longMap("the places' orders", key -> {
            checkKey(r, key, "place");
            placeOrders.put(key, idList(r, "the order of a place", "student"));
          });
          break;
        case "stage1":
          stage1[0] = CertificateJson.assignment(r);
          break;
        case "studentOrders":
          r.longMap("the students' orders", key -> {
            checkKey(r, key, "student");
            studentOrders.put(key, idList(r, "the order of a student", "place"));
          });
          break;
        default:
          throw new IllegalStateException(name);
      }
    }) || r.errorCount() != before) {
      return null;
    }
    return construct(r, () -> new AcquaintanceCertificate(rule[0], meetings, stage1[0],
        studentOrders, placeOrders, components, filled));
  }

  private static Certificate readShortlists(StrictReader r) throws IOException {
    long before = r.errorCount();
    int[] k = new int[1];
    List<ShortlistCertificate.Shortlist> shortlists = new ArrayList<>();
    List<ShortlistCertificate.Nomination> nominations = new ArrayList<>();
    if (!r.object(SHORTLIST_ROUNDS, name -> {
      if (name.equals("nominations")) {
        r.longArray("nominations", i -> {
          ShortlistCertificate.Nomination n = readNomination(r);
          if (n != null) {
            nominations.add(n);
          }
        });
      } else if (name.equals("k")) {
        Integer value = r.integer("the shortlist size");
        if (value != null && value < 1) {
          r.error(CoreMessage.JSON_SHORTLIST_SIZE, value);
        }
        k[0] = value != null ? value : 0;
      } else {
        r.longArray("shortlists", i -> {
          long mark = r.errorCount();
          List<String> nominated = new ArrayList<>();
          String[] ids = new String[2];
          int[] numbers = new int[2];
          r.object(SHORTLIST, f -> {
            switch (f) {
              case "nominated":
                List<String> list = idList(r, "the nominated students", "student");
                if (list != null) {
                  nominated.addAll(list);
                }
                break;
              case "picked":
                ids[0] = id(r, "the picked student");
                break;
              case "placeId":
                ids[1] = id(r, "the place of a shortlist");
                break;
              case "round":
                numbers[0] = atLeast(r, "the round", 1);
                break;
              case "seat":
                numbers[1] = atLeast(r, "the seat", 0);
                break;
              default:
                throw new IllegalStateException(f);
            }
          });
          if (r.errorCount() == mark) {
            ShortlistCertificate.Shortlist one = construct(r, () -> new ShortlistCertificate
                .Shortlist(numbers[0], ids[1], numbers[1], nominated, ids[0]));
            if (one != null) {
              shortlists.add(one);
            }
          }
        });
      }
    }) || r.errorCount() != before) {
      return null;
    }
    return construct(r, () -> new ShortlistCertificate(k[0], shortlists, nominations));
  }

  private static ShortlistCertificate.Nomination readNomination(StrictReader r)
      throws IOException {
    long before = r.errorCount();
    long[] penalty = new long[1];
    int[] round = new int[1];
    Map<String, Long> studentPrices = new LinkedHashMap<>();
    Map<String, List<Long>> placePrices = new LinkedHashMap<>();
    r.object(NOMINATION, name -> {
      switch (name) {
        case "penalty":
          Long p = r.longInteger("the penalty");
          penalty[0] = p != null ? p : 0;
          break;
        case "placePrices":
          r.longMap("the slot prices", key -> {
            checkKey(r, key, "place");
            long mark = r.errorCount();
            List<Long> prices = new ArrayList<>();
            r.array("the slot prices of a place", j -> prices.add(r.longInteger("a slot price")));
            if (r.errorCount() == mark && prices.size() != 2) {
              r.error(CoreMessage.JSON_SLOT_PRICES, prices.size());
            }
            placePrices.put(key, prices);
          });
          break;
        case "round":
          round[0] = atLeast(r, "the round", 1);
          break;
        case "studentPrices":
          r.longMap("the student prices", key -> {
            checkKey(r, key, "student");
            studentPrices.put(key, r.longInteger("a student price"));
          });
          break;
        default:
          throw new IllegalStateException(name);
      }
    });
    if (r.errorCount() != before) {
      return null;
    }
    return construct(r, () -> new ShortlistCertificate.Nomination(round[0], penalty[0],
        studentPrices, placePrices));
  }

  private static int atLeast(StrictReader r, String what, int min) throws IOException {
    Integer value = r.integer(what);
    if (value == null) {
      return min;
    }
    if (value < min) {
      r.error(CoreMessage.JSON_AT_LEAST, StrictReader.name(what), value, min);
    }
    return value;
  }

  /** Reads a string that must be one of {@code values}. */
  private static String oneOf(StrictReader r, String what, List<String> values)
      throws IOException {
    String value = r.string(what);
    if (value != null && !values.contains(value)) {
      r.error(CoreMessage.JSON_ONE_OF, StrictReader.name(what), StrictReader.quote(value), values);
      return null;
    }
    return value;
  }

  /** Reads an id, or records an error and returns null. */
  private static String id(StrictReader r, String what) throws IOException {
    String value = r.string(what);
    if (value == null) {
      return null;
    }
    Optional<String> personal = Pseudonyms.personalShape(value, kindOf(what));
    if (personal.isPresent()) {
      r.error(CoreMessage.MODEL_PERSONAL_ID, StrictReader.name(what), Pseudonyms.categoryText(personal.get()),
          Pseudonyms.shape(value));
      return null;
    }
    if (!Pseudonyms.isWellFormed(value)) {
      r.error(CoreMessage.JSON_BAD_ID, StrictReader.quote(value), StrictReader.name(what));
      return null;
    }
    return value;
  }

  /** The kind of an id described as {@code what}: a student's, or else a place's. */
  private static Pseudonyms.Kind kindOf(String what) {
    return what.contains("student") ? Pseudonyms.Kind.STUDENT : Pseudonyms.Kind.PLACE;
  }

  /** Checks the key of a map entry as an id (the path is on the entry). */
  private static void checkKey(StrictReader r, String key, String what) {
    Optional<String> personal = Pseudonyms.personalShape(key, kindOf(what));
    if (personal.isPresent()) {
      r.errorAtMaskedKey(Pseudonyms.personalIdMessage(StrictReader.name("a " + what),
          personal.get(), key));
      return;
    }
    if (!Pseudonyms.isWellFormed(key)) {
      r.error(CoreMessage.JSON_BAD_KEY, StrictReader.quote(key), StrictReader.name(what));
    }
  }

  /** Reads a list of ids (in their order; a repeat is an error), or null after an error. */
  private static List<String> idList(StrictReader r, String what, String element)
      throws IOException {
    long before = r.errorCount();
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    r.array(what, i -> {
      String value = id(r, "a " + element + " in " + what);
      if (value != null && !seen.add(value)) {
        r.error(CoreMessage.JSON_DUPLICATE_ELEMENT, StrictReader.name(element), value,
            StrictReader.name(what));
      }
      ids.add(value);
    });
    return r.errorCount() == before ? ids : null;
  }

  private static <T> T construct(StrictReader r, Supplier<T> constructor) {
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
