package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small RFC 4180 parser and the encoding and separator detection. */
class CsvParserTest {

  private static List<CsvParser.Row> parse(String text, char separator) {
    CsvErrors errors = new CsvErrors(100);
    List<CsvParser.Row> rows = CsvParser.parse(text, separator, "t.csv", errors);
    if (errors.count() > 0) {
      errors.throwIfAny();
    }
    return rows;
  }

  private static List<String> lines(String text, char separator) {
    CsvErrors errors = new CsvErrors(100);
    CsvParser.parse(text, separator, "t.csv", errors);
    CsvImportException e = assertThrows(CsvImportException.class, errors::throwIfAny);
    return e.lines();
  }

  @Test
  void splitsCellsAndRecordsWithEveryLineEnd() {
    List<CsvParser.Row> rows = parse("a;b;c\r\n1;;3\n4;5;6\r7;8;9", ';');
    assertEquals(4, rows.size());
    assertEquals(List.of("a", "b", "c"), rows.get(0).cells());
    assertEquals(List.of("1", "", "3"), rows.get(1).cells());
    assertEquals(List.of("4", "5", "6"), rows.get(2).cells());
    assertEquals(List.of("7", "8", "9"), rows.get(3).cells());
    assertEquals(4, rows.get(3).number());
  }

  @Test
  void quotedCellsHoldTheSeparatorDoubledQuotesAndLineBreaks() {
    List<CsvParser.Row> rows = parse("id;text\n1;\"a;b\"\n2;\"say \"\"hi\"\"\"\n"
        + "3;\"two\r\nlines\"\n4;\"\"\n", ';');
    assertEquals(5, rows.size());
    assertEquals("a;b", rows.get(1).cell(1));
    assertEquals("say \"hi\"", rows.get(2).cell(1));
    assertEquals("two\r\nlines", rows.get(3).cell(1));
    assertEquals("", rows.get(4).cell(1));
    // the record after a line break inside quotes is the next spreadsheet row
    assertEquals(List.of(1, 2, 3, 4, 5), rows.stream().map(CsvParser.Row::number).toList());
  }

  @Test
  void aCommaSeparatedFileKeepsTheSemicolonAndTheDecimalCommaInQuotes() {
    List<CsvParser.Row> rows = parse("a,b\n\"4,5\",x;y\n", ',');
    assertEquals(List.of("4,5", "x;y"), rows.get(1).cells());
  }

  @Test
  void aTrailingLineEndGivesNoEmptyRecord() {
    assertEquals(2, parse("a;b\n1;2\n", ';').size());
    assertEquals(2, parse("a;b\n1;2", ';').size());
  }

  @Test
  void anUnclosedQuoteNamesTheRowWhereItOpened() {
    List<String> lines = lines("a;b\n1;2\n3;\"open\n4;5\n", ';');
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("t.csv:3: a quote (\") opens a cell that is never closed"),
        lines.toString());
  }

  @Test
  void aQuoteInsideAnUnquotedCellOrTextAfterAClosingQuoteIsAnError() {
    assertTrue(lines("a;b\n1;x\"y\n", ';').get(0).startsWith("t.csv:2: a quote (\") inside"));
    assertTrue(lines("a;b\n1;\"x\"y\n", ';').get(0).startsWith("t.csv:2: text follows"));
  }

  @Test
  void detectsTheSeparatorFromTheHeaderRowOnly() {
    assertEquals(';', CsvParser.detectSeparator("id;crebo;niveau\n1,2,3,4,5,6\n"));
    assertEquals(',', CsvParser.detectSeparator("id,crebo,niveau\n1;2;3;4;5;6\n"));
    assertEquals(',', CsvParser.detectSeparator("\"a;b\",c\n"));
    assertEquals(';', CsvParser.detectSeparator("id\n"));
  }

  @Test
  void decodesUtf8WithAndWithoutBomAndOtherwiseWindows1252() {
    CsvErrors errors = new CsvErrors(10);
    byte[] utf8 = "soort\ncafé".getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xef;
    bom[1] = (byte) 0xbb;
    bom[2] = (byte) 0xbf;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    byte[] cp1252 = {'c', 'a', 'f', (byte) 0xe9, ' ', (byte) 0xeb, ' ', (byte) 0x80};
    assertEquals("soort\ncafé", CsvParser.decode(utf8, null, "a.csv", errors));
    assertEquals("soort\ncafé", CsvParser.decode(bom, null, "a.csv", errors));
    assertEquals("café ë €", CsvParser.decode(cp1252, null, "a.csv", errors));
    assertEquals(0, errors.count());
    // an explicit UTF-8 refuses Windows-1252 bytes instead of guessing
    assertNull(CsvParser.decode(cp1252, StandardCharsets.UTF_8, "a.csv", errors));
    assertNull(CsvParser.decode(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0}, null, "u.csv",
        errors));
    List<String> lines = assertThrows(CsvImportException.class, errors::throwIfAny).lines();
    // the first bad byte: line 1, after "caf" (column 4), the e-acute of Windows-1252
    assertTrue(lines.get(0).startsWith("a.csv:1: the file is not valid UTF-8 text: column 4 of"
        + " this line holds a byte (0xE9) that is not UTF-8."), lines.toString());
    assertTrue(lines.get(1).startsWith("u.csv: the file is in UTF-16"), lines.toString());
  }
}
