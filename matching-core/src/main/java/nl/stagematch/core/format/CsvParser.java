package nl.stagematch.core.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.stagematch.core.model.CoreMessage;

/**
 * Decodes and splits one CSV file (RFC 4180): records separated by line ends ({@code \r\n},
 * {@code \n} or {@code \r}), cells by the separator; a cell in double quotes may hold the
 * separator, line ends and doubled quotes ({@code ""}). No library: the format is small.
 */
final class CsvParser {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** One record: its row as a spreadsheet shows it (from 1), and its cells. */
  record Row(int number, List<String> cells) {
    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }

    boolean blank() {
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  private CsvParser() {}

  /**
   * Decodes {@code bytes}: with {@code explicit} if given (malformed input is an error), else a
   * UTF-8 byte-order mark or valid UTF-8 means UTF-8, anything else Windows-1252. Returns null
   * after adding an error.
   */
  static String decode(byte[] bytes, Charset explicit, String file, CsvErrors errors) {
    int bom = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      bom = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
        || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
      errors.add(file, 0, null, CoreMessage.CSV_UTF16);
      return null;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
    Charset charset = explicit != null ? explicit : bom > 0 ? StandardCharsets.UTF_8 : null;
    if (charset == null) {
      String text = strict(in.duplicate(), StandardCharsets.UTF_8, null);
      return text != null ? text : lenient(in, WINDOWS_1252);
    }
    long[] at = new long[3];
    String text = strict(in, charset, at);
    if (text == null) {
      errors.add(file, (int) Math.min(Integer.MAX_VALUE, at[0]), null,
          CoreMessage.CSV_BAD_ENCODING_AT, charset.name(), at[1],
          String.format(java.util.Locale.ROOT, "%02X", at[2]));
    }
    return text;
  }

  /**
   * {@code in} decoded as {@code charset}, or null when it is not valid in it; then {@code at}
   * (when given) holds the line and the column (from 1, in characters) of the first bad byte and
   * the byte.
   */
  private static String strict(ByteBuffer in, Charset charset, long[] at) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int start = in.position();
    long room = (long) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16;
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, room));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError() && !result.isOverflow()) {
      result = decoder.flush(out);
    }
    if (result.isOverflow()) {
      // more characters than the decoder promised: decode the usual way, without the place
      try {
        in.position(start);
        return decoder.reset().decode(in).toString();
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    if (result.isError()) {
      if (at != null) {
        long line = 1;
        long column = 1;
        for (int i = 0; i < out.position(); i++) {
          if (out.get(i) == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        at[0] = line;
        at[1] = column;
        at[2] = in.get(in.position()) & 0xff;
      }
      return null;
    }
    out.flip();
    return out.toString();
  }

  private static String lenient(ByteBuffer in, Charset charset) {
    // the five bytes Windows-1252 leaves undefined become U+FFFD, which no code accepts
    return charset.decode(in).toString();
  }

  /**
   * The separator of a file whose text is {@code text}: the one of {@code ;} and {@code ,} that
   * occurs most often outside quotes in the header row ({@code ;} when neither or equally often).
   */
  static char detectSeparator(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\n' || c == '\r') {
          break;
        } else if (c == ';') {
          semicolons++;
        } else if (c == ',') {
          commas++;
        }
      }
    }
    return commas > semicolons ? ',' : ';';
  }

  /**
   * Splits {@code text} into records; a malformed quote adds an error naming the row and the
   * record is still returned as far as it could be read.
   */
  static List<Row> parse(String text, char separator, String file, CsvErrors errors) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int row = 1;
    int i = 0;
    int n = text.length();
    boolean atRecordStart = true;
    while (i < n) {
      char c = text.charAt(i);
      atRecordStart = false;
      if (c == '"' && cell.toString().isBlank()) {
        // a quoted cell
        cell.setLength(0);
        int startRow = row;
        i++;
        boolean closed = false;
        while (i < n) {
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              cell.append('"');
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else {
            cell.append(q);
            i++;
          }
        }
        if (!closed) {
          errors.add(file, startRow, null, CoreMessage.CSV_UNCLOSED_QUOTE);
          break;
        }
        // after the closing quote: spaces, then a separator or a line end
        int junk = i;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
        if (i < n && text.charAt(i) != separator && text.charAt(i) != '\n'
            && text.charAt(i) != '\r') {
          errors.add(file, startRow, null, CoreMessage.CSV_TEXT_AFTER_QUOTE, excerpt(text, junk));
          while (i < n && text.charAt(i) != separator && text.charAt(i) != '\n'
              && text.charAt(i) != '\r') {
            i++;
          }
        }
        continue;
      }
      if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
        i++;
      } else if (c == '\n' || c == '\r') {
        cells.add(cell.toString());
        cell.setLength(0);
        rows.add(new Row(row, List.copyOf(cells)));
        cells.clear();
        row++;
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        atRecordStart = true;
      } else if (c == '"') {
        errors.add(file, row, null, CoreMessage.CSV_STRAY_QUOTE, excerpt(text, i));
        cell.append(c);
        i++;
      } else {
        cell.append(c);
        i++;
      }
    }
    if (!atRecordStart || cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new Row(row, List.copyOf(cells)));
    }
    return rows;
  }

  private static String excerpt(String text, int at) {
    int end = Math.min(text.length(), at + 20);
    int nl = text.indexOf('\n', at);
    if (nl >= 0 && nl < end) {
      end = nl;
    }
    return text.substring(at, end).strip();
  }
}
