package nl.stagematch.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every name the JSON readers give a value (the {@code what} of their messages) has its Dutch, so
 * that a Dutch error names the value in Dutch.
 */
class ValueNamesTest {
  private static final Path READERS = Path.of("src", "main", "java", "nl", "stagematch", "core",
      "format");

  /** A name given as a literal to a value reader, a set reader or a field list. */
  private static final Pattern NAMED = Pattern.compile("(?:\\br\\.(?:string|integer|longInteger"
      + "|number|bool|date|array|longArray|map|longMap)|\\bFields\\.of|\\benumValue\\(\\w+\\.class,"
      + "|\\b(?:codeSet|stringSet|integerSet)|\\benumSet\\(\\w+\\.class,"
      + "|\\b(?:idList|oneOf|atLeast|id|prices)\\(r,|\\bstrings\\(\\w+, \\w+,|\\bpairs\\(\\w+,)"
      + "\\(?\\s*\"([^\"]+)\"");
  /** The name of a list of values, by the name of one value (the set readers' lists). */
  private static final Pattern PLURAL = Pattern.compile(
      "Map\\.entry\\(\"an? [^\"]+\", \"(the [^\"]+)\"\\)"
      + "|^\\s+\"an? [^\"]+\", \"(the [^\"]+)\"",
      Pattern.MULTILINE);

  @Test
  void everyNameTheReadersGiveHasItsDutch() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(READERS)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = NAMED.matcher(source);
        while (m.find()) {
          if (!m.group(1).endsWith(" ")) { // the start of a name built in code
            names.add(m.group(1));
          }
        }
        Matcher plural = PLURAL.matcher(source);
        while (plural.find()) {
          names.add(plural.group(1) != null ? plural.group(1) : plural.group(2));
        }
      }
    }
    // the reader's own patterns must still find the names, or this test checks nothing
    assertTrue(names.size() > 100, "only " + names.size() + " names found: " + names);
    assertTrue(names.contains("the student id") && names.contains("a student")
        && names.contains("the exempt sectors"), names.toString());
    List<String> unknown = new ArrayList<>();
    for (String name : names) {
      if (!ValueNames.isKnown(name)) {
        unknown.add(name);
      }
    }
    assertTrue(unknown.isEmpty(), "names without Dutch: " + unknown);
  }

  @Test
  void aNameIsShownInTheMessagesLanguage() {
    Message m = ValueNames.of("the student id");
    assertEquals("het student-id", m.text(Message.DUTCH));
    assertEquals("the student id", m.text(Locale.ENGLISH));
  }

  @Test
  void builtNamesAreTranslatedPartByPart() {
    assertEquals("de lijst met een werkproces",
        ValueNames.of("the list of a work process").text(Message.DUTCH));
    assertEquals("een waarde van de opties",
        ValueNames.of("a value of the options").text(Message.DUTCH));
    assertEquals("een plaats in de volgorde van een student",
        ValueNames.of("a place in the order of a student").text(Message.DUTCH));
    assertEquals("het gewicht travel", ValueNames.of("the fit weight travel").text(Message.DUTCH));
  }

  @Test
  void anUnknownNameStaysEnglishAndIsReportedUnknown() {
    assertFalse(ValueNames.isKnown("the colour of the sky"));
    assertEquals("the colour of the sky",
        ValueNames.of("the colour of the sky").text(Message.DUTCH));
  }
}
