package nl.stagematch.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.MessageKey;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.model.ValueNames;

/**
 * The strict streaming reader under every document reader: walks a {@link JsonParser} token by
 * token, keeps the {@link JsonPath}, refuses personal fields at any depth, unknown and duplicate
 * fields, wrong types and exceeded limits, and collects every error instead of stopping at the
 * first.
 *
 * <p>Value readers are called with the parser on the first token of the value and consume the whole
 * value. On a wrong type they record an error, skip the value and return {@code null} (or 0); a
 * caller decides whether an element is valid by comparing {@link #errorCount()} before and after.
 * Errors after which reading cannot go on (malformed JSON, an exceeded limit) throw {@link Fatal},
 * which the document readers catch.
 */
final class StrictReader implements Closeable {
  private static final int QUOTE_LIMIT = 40;
  private static final int BYTE_ORDER_MARK = 0xFEFF;

  private final JsonParser parser;
  private final ReadOptions options;
  private final ErrorCollector errors;
  private final JsonPath path = new JsonPath();
  /**
   * Names and keys seen before that have no {@linkplain Pseudonyms#personalShape personal shape}
   * ({@link #segment}), and those that are not personal at all ({@link #refusePersonal}): in a
   * cohort the same field names and codes (work processes, competences, features) repeat for every
   * element, and the checks are pure functions of the name. Bounded by {@link #MEMO_LIMIT}, so
   * that a document with millions of distinct keys keeps constant memory (the names beyond it are
   * checked each time, as before).
   */
  private final Set<String> plainShape = new HashSet<>();
  private final Set<String> notPersonal = new HashSet<>();
  private static final int MEMO_LIMIT = 4096;

  /** Reading cannot go on; the error has been added to the collector. */
  static final class Fatal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fatal() {
      super(null, null, false, false);
    }
  }

  /** Reads the value of one known field, the parser on its first token (never a null token). */
  interface FieldReader {
    void read(String name) throws IOException;
  }

  /** Reads one list element or map entry, the parser on the first token of its value. */
  interface ElementReader {
    void read(int index) throws IOException;
  }

  /** Reads the value of one map entry, the parser on the first token of the value. */
  interface EntryReader {
    void read(String key) throws IOException;
  }

  StrictReader(InputStream in, ReadOptions options, ErrorCollector errors) throws IOException {
    this.options = options;
    this.errors = errors;
    // the bytes are counted and checked as UTF-8 on the way in, and decoded as UTF-8 only (no
    // guessing of other encodings); a leading byte-order mark is allowed and dropped (RFC 8259)
    PushbackReader reader = new PushbackReader(new InputStreamReader(
        new CheckedInputStream(in, options.maxDocumentBytes()), StandardCharsets.UTF_8));
    int first = reader.read();
    if (first >= 0 && first != BYTE_ORDER_MARK) {
      reader.unread(first);
    }
    this.parser = factory(options).createParser(reader);
  }

  private static JsonFactory factory(ReadOptions options) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(options.maxDepth())
        .maxStringLength(options.maxStringLength())
        .maxNameLength(options.maxStringLength())
        .maxNumberLength(options.maxNumberLength())
        .maxDocumentLength(options.maxDocumentBytes())
        .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        // field names are kept in the parser's symbol table (one per document: the factory is
        // made per reader), so that the same name is one String with its hash computed once;
        // the table stops canonicalising beyond 65,536 names or on a long hash-collision chain
        // (instead of failing), so a document of millions of distinct names keeps constant
        // memory beyond the document itself. Names are never interned in the JVM's pool.
        .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        // the same doubles as Double.parseDouble (correctly rounded), parsed faster
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        // the caller owns the stream
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .build();
  }

  ReadOptions options() {
    return options;
  }

  JsonPath path() {
    return path;
  }

  ErrorCollector errors() {
    return errors;
  }

  long errorCount() {
    return errors.count();
  }

  /** Records an error at the current path. */
  void error(Message message) {
    errors.add(path, message);
  }

  /** Records an error at the current path whose English text has no code of its own yet. */
  void error(String message) {
    errors.add(path, message);
  }

  /** Records an error of {@code key} with {@code args} at the current path. */
  void error(CoreMessage key, Object... args) {
    errors.add(path, Message.of(key, args));
  }

  /** Records an error at the field {@code below} the current path (segments; may be empty). */
  void errorAt(List<String> below, Message message) {
    for (String name : below) {
      path.push(name);
    }
    errors.add(path, message);
    for (int i = 0; i < below.size(); i++) {
      path.pop();
    }
  }

  /** Records an error without a code of its own yet at the current path and stops reading. */
  Fatal fatal(String message) {
    errors.add(path, message);
    return new Fatal();
  }

  /** Records an error at the current path and stops reading. */
  Fatal fatal(Message message) {
    errors.add(path, message);
    return new Fatal();
  }

  // ---- tokens

  /** Moves to the next token, translating malformed JSON and exceeded limits into errors. */
  JsonToken next() throws IOException {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException | CheckedInputStream.TooLargeException
        | CheckedInputStream.MalformedUtf8Exception e) {
      throw translate(e);
    }
  }

  JsonToken current() {
    return parser.currentToken();
  }

  private String text() throws IOException {
    try {
      return parser.getText();
    } catch (JsonProcessingException | CheckedInputStream.TooLargeException
        | CheckedInputStream.MalformedUtf8Exception e) {
      throw translate(e);
    }
  }

  /**
   * Turns an exception of the input or the parser into an error. Errors of the bytes (size,
   * encoding) are reported at {@code $}: the input is read ahead of the parser, so the current
   * path would not be where the bad byte is; their message has the exact line and column.
   */
  private Fatal translate(IOException e) {
    if (e instanceof CheckedInputStream.TooLargeException) {
      errors.add("$", sizeMessage(options));
      return new Fatal();
    }
    if (e instanceof CheckedInputStream.MalformedUtf8Exception) {
      errors.add("$", ((CheckedInputStream.MalformedUtf8Exception) e).text());
      return new Fatal();
    }
    if (e instanceof StreamConstraintsException) {
      return fatal(limitMessage(e.getMessage()));
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException pe = (JsonProcessingException) e;
      JsonLocation location = pe.getLocation() != null ? pe.getLocation()
          : parser.currentLocation();
      String detail = pe.getOriginalMessage();
      int newline = detail == null ? -1 : detail.indexOf('\n');
      if (newline >= 0) {
        detail = detail.substring(0, newline);
      }
      return fatal(Message.of(CoreMessage.JSON_SYNTAX, location.getLineNr(),
          location.getColumnNr(), SafeText.clean(detail, 200)));
    }
    throw new IllegalStateException("Unexpected exception while reading JSON", e);
  }

  static Message sizeMessage(ReadOptions options) {
    return Message.of(CoreMessage.JSON_TOO_LARGE,
        Message.count(options.maxDocumentBytes()));
  }

  private Message limitMessage(String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    if (m.startsWith("Document nesting depth")) {
      return Message.of(CoreMessage.JSON_TOO_DEEP, options.maxDepth());
    }
    if (m.startsWith("String value length") || m.startsWith("Name length")) {
      return Message.of(m.startsWith("Name") ? CoreMessage.JSON_NAME_TOO_LONG
          : CoreMessage.JSON_STRING_TOO_LONG,
          Message.count(options.maxStringLength()));
    }
    if (m.startsWith("Number value length")) {
      return Message.of(CoreMessage.JSON_NUMBER_TOO_LONG, options.maxNumberLength());
    }
    if (m.startsWith("Document length")) {
      return sizeMessage(options);
    }
    return Message.of(CoreMessage.JSON_LIMIT, m);
  }

  // ---- structure

  /**
   * Reads the object starting at the current token, calling {@code reader} for each known field
   * whose value is not null. Personal fields, unknown fields and duplicates are errors (in that
   * order of precedence) and their values are skipped; a null value of a required field is an
   * error, of an optional field the same as leaving it out. A missing required field is an error
   * at the object's path.
   *
   * @return false if the value was not an object (an error has been recorded)
   */
  boolean object(Fields fields, FieldReader reader) throws IOException {
    if (current() != JsonToken.START_OBJECT) {
      typeError(Message.of(CoreMessage.JSON_AN_OBJECT, fields.what()));
      return false;
    }
    long seen = 0;
    JsonToken token;
    while ((token = next()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      path.push(segment(name));
      next();
      int index = fields.index(name);
      // a field of the format is never personal (Fields checks this), so only other names are
      // looked up in the deny-list, and before they are called unknown
      if (index < 0 && refusePersonal(name)) {
        skipValue();
      } else if (index < 0) {
        error(fields.unknownFieldMessage(name));
        skipValue();
      } else if ((seen & (1L << index)) != 0) {
        error(CoreMessage.JSON_DUPLICATE_FIELD, SafeText.clean(name), fields.what());
        skipValue();
      } else {
        seen |= 1L << index;
        if (current() == JsonToken.VALUE_NULL) {
          if (fields.isRequired(index)) {
            error(CoreMessage.JSON_REQUIRED_NULL, name, fields.what());
          }
        } else {
          reader.read(name);
        }
      }
      path.pop();
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("Expected the end of an object at " + path
          + " but found " + token + ".");
    }
    long missing = fields.requiredMask() & ~seen;
    for (int i = 0; missing != 0 && i < fields.names().size(); i++) {
      if ((missing & (1L << i)) != 0) {
        error(CoreMessage.JSON_REQUIRED_MISSING, fields.names().get(i), fields.what());
      }
    }
    return true;
  }

  /**
   * Reads a list inside an element (work processes, features, recognitions, ...) starting at the
   * current token, calling {@code reader} for each element with the path on the element; more
   * than {@link ReadOptions#maxInnerSize()} elements stop reading.
   *
   * @return false if the value was not an array (an error has been recorded)
   */
  boolean array(String what, ElementReader reader) throws IOException {
    return array(what, options.maxInnerSize(), "maxInnerSize", reader);
  }

  /**
   * Reads a list of elements (students, companies, places, placements) like {@link
   * #array(String, ElementReader)}, up to {@link ReadOptions#maxListSize()} elements.
   */
  boolean longArray(String what, ElementReader reader) throws IOException {
    return array(what, options.maxListSize(), "maxListSize", reader);
  }

  private boolean array(String what, int limit, String limitName, ElementReader reader)
      throws IOException {
    if (current() != JsonToken.START_ARRAY) {
      typeError(Message.of(CoreMessage.JSON_AN_ARRAY, name(what)));
      return false;
    }
    int index = 0;
    while (next() != JsonToken.END_ARRAY) {
      if (index >= limit) {
        throw fatal(Message.of(CoreMessage.JSON_TOO_MANY_ELEMENTS, name(what),
            Message.count(limit), limitName));
      }
      path.push(index);
      reader.read(index);
      path.pop();
      index++;
    }
    return true;
  }

  /**
   * Reads the object starting at the current token as a map with free keys inside an element
   * (work processes, competences, ...), calling {@code reader} for each entry with the path on
   * the entry; more than {@link ReadOptions#maxInnerSize()} entries stop reading. Keys are still
   * checked against the personal fields; a repeated key is an error.
   *
   * @return false if the value was not an object (an error has been recorded)
   */
  boolean map(String what, EntryReader reader) throws IOException {
    return map(what, options.maxInnerSize(), "maxInnerSize", reader);
  }

  /** Reads a map with an entry per element (lottery numbers), up to the list limit. */
  boolean longMap(String what, EntryReader reader) throws IOException {
    return map(what, options.maxListSize(), "maxListSize", reader);
  }

  private boolean map(String what, int limit, String limitName, EntryReader reader)
      throws IOException {
    if (current() != JsonToken.START_OBJECT) {
      typeError(Message.of(CoreMessage.JSON_AN_OBJECT, name(what)));
      return false;
    }
    Keys keys = new Keys();
    while (next() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      path.push(segment(key));
      next();
      if (keys.size() >= limit) {
        throw fatal(Message.of(CoreMessage.JSON_TOO_MANY_ENTRIES,
            Message.count(limit), name(what), limitName));
      }
      if (refusePersonal(key)) {
        skipValue();
      } else if (!keys.add(key)) {
        error(CoreMessage.JSON_DUPLICATE_KEY, SafeText.clean(key), name(what));
        skipValue();
      } else {
        reader.read(key);
      }
      path.pop();
    }
    return true;
  }

  /**
   * The keys of one map read so far, for the check of repeated keys: the first few in an array
   * (the maps inside an element are small), the rest in a hash set.
   */
  private static final class Keys {
    private static final int FEW = 8;
    private final String[] few = new String[FEW];
    private Set<String> many;
    private int size;

    int size() {
      return size;
    }

    /** Adds {@code key}; false if it was there already. */
    boolean add(String key) {
      if (many != null) {
        if (!many.add(key)) {
          return false;
        }
      } else {
        for (int i = 0; i < size; i++) {
          if (few[i].equals(key)) {
            return false;
          }
        }
        if (size < FEW) {
          few[size] = key;
        } else {
          many = new HashSet<>(Arrays.asList(few));
          many.add(key);
        }
      }
      size++;
      return true;
    }
  }

  /**
   * Records an error and returns true if {@code name} (a field name or a map key) is a personal
   * characteristic, or is itself a personal value (a BSN, a phone number, an e-mail address).
   */
  private boolean refusePersonal(String name) {
    if (notPersonal.contains(name)) {
      return false;
    }
    Optional<String> value = Pseudonyms.personalShape(name, Pseudonyms.Kind.OTHER);
    if (value.isPresent()) {
      error(PersonalFields.keyValueMessage(name, value.get()));
      return true;
    }
    Optional<String> category = PersonalFields.category(name);
    if (category.isEmpty()) {
      if (notPersonal.size() < MEMO_LIMIT) {
        notPersonal.add(name);
      }
      return false;
    }
    error(PersonalFields.message(SafeText.clean(name), category.get()));
    return true;
  }

  /**
   * The path segment of a field name or map key: the name itself, or only its {@linkplain
   * Pseudonyms#shape shape} when it is a personal value, so that no path repeats one.
   */
  private String segment(String name) {
    if (plainShape.contains(name)) {
      return name;
    }
    if (Pseudonyms.personalShape(name, Pseudonyms.Kind.OTHER).isPresent()) {
      return Pseudonyms.shape(name);
    }
    if (plainShape.size() < MEMO_LIMIT) {
      plainShape.add(name);
    }
    return name;
  }

  /**
   * Records an error at the current path with its last segment (a map key that is itself a
   * personal value, such as a name as a student id) shown by its shape only.
   */
  void errorAtMaskedKey(Message message) {
    String key = path.last();
    if (key == null) {
      errors.add(path, message);
      return;
    }
    path.pop();
    path.push(Pseudonyms.shape(key));
    errors.add(path, message);
    path.pop();
    path.push(key);
  }

  /**
   * Skips the value starting at the current token, still refusing personal fields inside it at
   * any depth.
   */
  void skipValue() throws IOException {
    JsonToken token = current();
    if (token == JsonToken.START_OBJECT) {
      while (next() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        path.push(segment(name));
        refusePersonal(name);
        next();
        skipValue();
        path.pop();
      }
    } else if (token == JsonToken.START_ARRAY) {
      int index = 0;
      while (next() != JsonToken.END_ARRAY) {
        path.push(index++);
        skipValue();
        path.pop();
      }
    }
  }

  // ---- scalars

  /** Reads a string, or records an error and returns null. */
  String string(String what) throws IOException {
    if (current() != JsonToken.VALUE_STRING) {
      return typeError(Message.of(CoreMessage.JSON_A_STRING, name(what)));
    }
    return text();
  }

  /** Reads an integer that fits an {@code int}, or records an error and returns null. */
  Integer integer(String what) throws IOException {
    if (current() != JsonToken.VALUE_NUMBER_INT) {
      return typeError(Message.of(CoreMessage.JSON_AN_INTEGER, name(what)));
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      error(CoreMessage.JSON_INTEGER_TOO_LARGE, quote(text()), name(what));
      return null;
    }
    return parser.getIntValue();
  }

  /** Reads an integer that fits a {@code long}, or records an error and returns null. */
  Long longInteger(String what) throws IOException {
    if (current() != JsonToken.VALUE_NUMBER_INT) {
      return typeError(Message.of(CoreMessage.JSON_AN_INTEGER, name(what)));
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      error(CoreMessage.JSON_LONG_TOO_LARGE, quote(text()), name(what));
      return null;
    }
    return parser.getLongValue();
  }

  /** Reads a number, or records an error and returns null. */
  Double number(String what) throws IOException {
    JsonToken token = current();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return typeError(Message.of(CoreMessage.JSON_A_NUMBER, name(what)));
    }
    try {
      return parser.getDoubleValue();
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  /** Reads {@code true} or {@code false}, or records an error and returns null. */
  Boolean bool(String what) throws IOException {
    JsonToken token = current();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return typeError(Message.of(CoreMessage.JSON_A_BOOLEAN, name(what)));
  }

  /** Reads the name of a constant of {@code type}, or records an error and returns null. */
  <E extends Enum<E>> E enumValue(Class<E> type, String what) throws IOException {
    String value = string(what);
    if (value == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    E[] constants = (E[]) CONSTANTS.get(type);
    for (E constant : constants) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    StringBuilder known = new StringBuilder();
    E caseInsensitive = null;
    String loose = value.replace('-', '_').replace(' ', '_');
    for (E constant : constants) {
      if (constant.name().equalsIgnoreCase(loose)) {
        caseInsensitive = constant;
      }
      known.append(known.length() == 0 ? "" : ", ").append(constant.name());
    }
    if (caseInsensitive != null) {
      error(CoreMessage.JSON_UNKNOWN_VALUE_TYPO, quote(value), name(what), known,
          caseInsensitive.name());
    } else {
      error(CoreMessage.JSON_UNKNOWN_VALUE, quote(value), name(what), known);
    }
    return null;
  }

  /** The constants of each enum read, so that a value does not copy them ({@code values()}). */
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  /** Reads an ISO-8601 calendar date (yyyy-mm-dd), or records an error and returns null. */
  LocalDate date(String what) throws IOException {
    String value = string(what);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate plain = plainDate(value);
        return plain != null ? plain : LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    error(CoreMessage.JSON_BAD_DATE, quote(value), name(what));
    return null;
  }

  /**
   * The date of {@code value} when it is ten characters {@code dddd-dd-dd} (ASCII digits) naming
   * a valid day, else null: the common case of {@link LocalDate#parse}, which parses the same
   * text to the same date (four-digit years take no sign) and refuses what it refuses; any other
   * text is left to it.
   */
  private static LocalDate plainDate(String value) {
    if (value.charAt(4) != '-' || value.charAt(7) != '-') {
      return null;
    }
    int year = digits(value, 0, 4);
    int month = digits(value, 5, 7);
    int day = digits(value, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // a day the month does not have: the parser refuses it with its message
    }
  }

  /** The ASCII digits from {@code from} to {@code to} as a number, or -1. */
  private static int digits(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private <T> T typeError(Message expected) throws IOException {
    error(hint(expected), expected, describeCurrent());
    skipValue();
    return null;
  }

  private CoreMessage hint(Message expected) throws IOException {
    JsonToken token = current();
    MessageKey kind = expected.key();
    if (token == JsonToken.VALUE_STRING
        && (kind == CoreMessage.JSON_A_NUMBER || kind == CoreMessage.JSON_AN_INTEGER)) {
      return CoreMessage.JSON_WRONG_TYPE_NUMBER;
    }
    if ((token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
        || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)
        && kind == CoreMessage.JSON_A_STRING) {
      return CoreMessage.JSON_WRONG_TYPE_STRING;
    }
    return CoreMessage.JSON_WRONG_TYPE;
  }

  private Message describeCurrent() throws IOException {
    JsonToken token = current();
    if (token == null) {
      return Message.phrase("het einde van het document", "the end of the document");
    }
    switch (token) {
      case START_OBJECT:
        return Message.phrase("een object", "an object");
      case START_ARRAY:
        return Message.phrase("een lijst", "an array");
      case VALUE_STRING:
        return Message.of(CoreMessage.JSON_THE_STRING, quote(text()));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Message.of(CoreMessage.JSON_THE_NUMBER, text());
      case VALUE_TRUE:
        return Message.phrase("true", "true");
      case VALUE_FALSE:
        return Message.phrase("false", "false");
      case VALUE_NULL:
        return Message.phrase("null", "null");
      default:
        String name = token.asString() == null ? token.name() : token.asString();
        return Message.phrase(name, name);
    }
  }

  /**
   * The message of a model constructor's refusal: its own coded message when it has one, else
   * its (English) text.
   */
  /** The longest line of an uncoded refusal that is shown in full. */
  private static final int UNCODED_LINE_LIMIT = 400;

  static Message refusal(RuntimeException e) {
    if (e instanceof InputException input) {
      return input.message();
    }
    String message = e.getMessage();
    // an uncoded message may echo the value it refuses: its lines are escaped and bounded
    return message != null ? Message.of(CoreMessage.UNCODED,
        SafeText.cleanLines(message, UNCODED_LINE_LIMIT))
        : Message.of(CoreMessage.JSON_INVALID_VALUE, e);
  }

  /** The value named {@code what} (in English in the code), in Dutch and English. */
  static Message name(String what) {
    return ValueNames.of(what);
  }

  /**
   * Returns {@code value} in double quotes, shortened to 40 characters, with control characters
   * and line breaks escaped ({@link SafeText}).
   */
  static String quote(String value) {
    return SafeText.quote(value, QUOTE_LIMIT);
  }

  // ---- document

  /** Moves to the root object; an empty document or another root value stops reading. */
  void startDocument() throws IOException {
    JsonToken token = next();
    if (token == null) {
      throw fatal(Message.of(CoreMessage.JSON_EMPTY));
    }
    if (token != JsonToken.START_OBJECT) {
      throw fatal(Message.of(CoreMessage.JSON_NOT_OBJECT, describeCurrent()));
    }
  }

  /** Checks that nothing follows the root object. */
  void endDocument() throws IOException {
    if (next() != null) {
      JsonLocation location = parser.currentLocation();
      throw fatal(Message.of(CoreMessage.JSON_TRAILING_CONTENT, location.getLineNr(),
          location.getColumnNr()));
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
