package nl.stagematch.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.Optional;

/**
 * The kind of a JSON document, taken from its declared top-level {@code "format"} field only,
 * never from a substring found elsewhere in its content (a note or an id that contains {@code
 * "stagematch-trail/"} does not make a result a trail).
 */
public final class DeclaredFormat {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
      .build();

  private DeclaredFormat() {}

  /**
   * The string value of the top-level {@code "format"} field of {@code json}, or empty when the
   * text is not a JSON object, has no such field, or its value is not a string (the reader of the
   * expected kind then says what is wrong).
   *
   * @param json the text of a document
   * @return its format marker, or empty
   */
  public static Optional<String> of(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("format".equals(name)) {
          return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText())
              : Optional.empty();
        }
        parser.skipChildren();
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
