package nl.stagematch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stagematch.core.check.VerifyMessage;
import nl.stagematch.core.format.SampleCohort;
import nl.stagematch.core.model.CoreMessage;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.MessageKey;
import nl.stagematch.core.model.MatchingProblem;
import nl.stagematch.core.result.MatchResult;
import nl.stagematch.core.result.Unplaced;
import nl.stagematch.core.spi.MatchRequest;
import nl.stagematch.core.spi.MatchingVariant;
import nl.stagematch.variants.Variants;
import nl.stagematch.variants.process.ProcessMessage;
import nl.stagematch.variants.view.Explanations;
import org.junit.jupiter.api.Test;

/**
 * Every coded message of every module: its code is unique and well formed, both texts are there
 * with the same placeholders, the Dutch text has no English words and the English none of the
 * Dutch ones; the same language scan over every explanation and unplaced reason that the built-in
 * variants give on the embedded sample. {@code docs/errors.md} is generated from the enums.
 */
public class MessageCatalogTest {

  /** Every enum of coded messages; a module that adds one adds it here. */
  static final List<Class<? extends Enum<? extends MessageKey>>> CATALOG =
      List.of(CoreMessage.class, ProcessMessage.class, VerifyMessage.class);

  private static final Path ERRORS_MD = Path.of("..", "docs", "errors.md");
  private static final String REGENERATE = "stagematch.regenerate";

  /**
   * Common English words that are not Dutch words too (so not "is", "in", "of", "over", "die",
   * "met", "had", "door", "want", "ties"...).
   */
  public static final Set<String> ENGLISH = Set.of("the", "and", "must", "should", "file", "files",
      "row", "rows", "column", "columns", "not", "maybe", "with", "from", "which", "cannot",
      "missing", "found", "value", "values", "field", "fields", "this", "that", "are", "has",
      "have", "were", "use", "remove", "give", "add", "check", "than", "only", "each",
      "every", "other", "unknown", "expected", "error", "errors", "write", "there", "their", "its",
      "she", "her", "they", "when", "where", "what", "without", "before", "after", "at", "by",
      "no", "none", "place", "places", "company", "companies", "student's", "placed", "fit",
      "wanted", "lottery", "rules", "travel", "minutes", "period", "days", "weeks",
      "required", "feature", "features", "work", "process", "processes", "too", "far", "full",
      "decided", "outside", "scope", "run", "refused", "objection", "ended", "chosen", "under",
      "because", "also", "more", "less", "level", "levels", "wish", "offers", "lacks", "does",
      "doesn", "could", "would", "nothing", "pair", "who", "whose", "again", "yes");

  /** Common Dutch words that are not English words too (so not "in", "is", "over", "die"). */
  static final Set<String> DUTCH = Set.of("het", "een", "niet", "moet", "moeten", "bestand",
      "bestanden", "rij", "rijen", "kolom", "kolommen", "waarde", "waarden", "geen", "van",
      "voor", "wordt", "kan", "staat", "ontbreekt", "gebruik", "leeg", "naar", "bij", "dat",
      "deze", "ook", "maar", "nog", "uit", "veld", "velden", "fout", "fouten", "plaatsen",
      "bedrijf", "bedrijven", "studenten", "geplaatst", "regel", "regels", "zijn", "heeft",
      "hebben", "zoals", "bijvoorbeeld", "wel", "dan", "keer", "haal", "weg", "voeg", "toe",
      "onbekend", "onbekende", "verwacht", "gevonden", "tussen", "jaar", "werkproces",
      "werkprocessen", "passendheid", "loting", "reistijd", "minuten", "periode", "dagen",
      "weken", "eisen", "voorziening", "te", "ver", "vol", "besliste", "buiten",
      "geweigerd", "bezwaar", "gekozen", "omdat", "meer", "minder", "niveau", "leerwens",
      "biedt", "mist", "wat", "wie", "waar", "zonder", "na", "tot", "alleen", "elke", "er",
      "de", "en", "op", "aan", "zich", "zelf");

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  /** What is not prose: placeholders, quoted names, options, dotted or called identifiers. */
  private static final Pattern NOT_PROSE = Pattern.compile("\\{\\d+}|\"[^\"]*\"|--[a-z-]+"
      + "|[A-Za-z_][\\w]*(\\.[A-Za-z_][\\w]*)+(\\([^)]*\\))?|\\b[a-z]+[A-Z]\\w*\\b"
      + "|\\b[A-Z][A-Z0-9_]+\\b|\\$[\\w.\\[\\]]*|docs/[\\w./-]+|[\\w']+(-[\\w']+)+");

  /**
   * Words that the texts use on purpose in the other language: the values a person types or
   * reads in the Dutch files (ja, nee, deelname, blok, lint, ...) in English texts.
   */
  private static final Set<String> TYPED_VALUES = Set.of("ja", "nee", "deelname", "afgemeld",
      "breedtegraad", "lengtegraad", "schooljaar", "kwalificatiedossier", "jjjj", "dd", "mm",
      "blok", "lint", "lopen", "fiets", "ov", "auto", "micro", "klein", "middel", "groot",
      "entree");

  static List<MessageKey> allKeys() {
    List<MessageKey> keys = new ArrayList<>();
    for (Class<? extends Enum<? extends MessageKey>> type : CATALOG) {
      for (Enum<? extends MessageKey> constant : type.getEnumConstants()) {
        keys.add((MessageKey) constant);
      }
    }
    return keys;
  }

  @Test
  void everyCodeIsUniqueWellFormedAndItsEnumConstantsName() {
    Map<String, String> seen = new HashMap<>();
    for (MessageKey key : allKeys()) {
      String owner = key.getClass().getSimpleName();
      assertTrue(Message.isCode(key.code()), owner + ": the code (" + key.code() + ")");
      assertEquals(((Enum<?>) key).name(), key.code(), owner + ": the code is the constant");
      String earlier = seen.put(key.code(), owner);
      assertTrue(earlier == null, "the code " + key.code() + " is in " + owner + " and "
          + earlier);
      assertTrue(key.code().contains("_") || key.code().equals("UNCODED"),
          "the code " + key.code() + " has a prefix (JSON_, CSV_, ...)");
    }
    assertTrue(seen.size() > 150, "only " + seen.size() + " codes");
  }

  @Test
  void bothTextsAreThereWithTheSamePlaceholders() {
    for (MessageKey key : allKeys()) {
      assertFalse(key.dutch().isBlank(), key.code() + ": Dutch");
      assertFalse(key.english().isBlank(), key.code() + ": English");
      assertEquals(placeholders(key.english()), placeholders(key.dutch()),
          key.code() + ": the same placeholders in both languages");
      // a template of placeholders and punctuation only (UNCODED, AT_PATH) has no words
      if (!key.english().replaceAll("\\{\\d+}", "").matches("[\\p{Punct}\\s]*")) {
        assertFalse(key.dutch().equals(key.english()), key.code() + ": the Dutch is translated");
      }
      assertEquals(key.english().contains("\nMaybe"), key.dutch().contains("\nTip: "),
          key.code() + ": a hint in English (\\nMaybe) is one in Dutch (\\nTip:)");
    }
  }

  @Test
  void theDutchHasNoEnglishWordsAndTheEnglishNoDutch() {
    List<String> problems = new ArrayList<>();
    for (MessageKey key : allKeys()) {
      scan(key.code() + " (Dutch)", key.dutch(), ENGLISH, problems);
      scan(key.code() + " (English)", key.english(), DUTCH, problems);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theScanFindsTheOtherLanguage() {
    List<String> problems = new ArrayList<>();
    scan("a", "De waarde ontbreekt; maybe add the value.", ENGLISH, problems);
    scan("b", "The value is missing; voeg het toe.", DUTCH, problems);
    scan("c", "Gebruik --school-year en \"weights\" (ReadOptions.maxDepth) of {0}.", ENGLISH,
        problems);
    assertEquals(List.of("a: maybe, add, the, value", "b: voeg, het, toe"), problems);
  }

  /**
   * Every explanation and every unplaced reason of every built-in variant on the embedded
   * sample, in Dutch and English, is in one language (issue: no English parenthesis in Dutch).
   */
  @Test
  void theExplanationsOfEveryVariantOnTheSampleAreInOneLanguage() {
    MatchingProblem problem = SampleCohort.load();
    Explanations explanations = Explanations.of(problem);
    List<String> problems = new ArrayList<>();
    int texts = 0;
    for (MatchingVariant variant : Variants.builtIn().all()) {
      MatchResult result = variant.match(MatchRequest.builder(problem).seed(SampleCohort.SEED)
          .build()).result();
      for (Locale locale : List.of(Message.DUTCH, Locale.ENGLISH)) {
        boolean nl = Message.isDutch(locale);
        Set<String> other = nl ? ENGLISH : DUTCH;
        for (Map.Entry<String, String> e : explanations.explainAll(result, locale).entrySet()) {
          scan(variant.name() + " " + e.getKey() + " (" + locale + ") [" + e.getValue() + "]",
              e.getValue(), other,
              problems);
          texts++;
        }
        for (Unplaced u : result.unplaced()) {
          scan(variant.name() + " reason of " + u.studentId() + " (" + locale + ")",
              Explanations.describe(u.reason(), locale), other, problems);
          if (u.detail() != null) {
            scan(variant.name() + " detail of " + u.studentId() + " (" + locale + ")",
                Explanations.detail(u.detail(), locale), other, problems);
          }
        }
      }
    }
    assertTrue(texts > 1000, "only " + texts + " explanations");
    Set<String> words = new TreeSet<>();
    for (String p : problems) {
      words.addAll(List.of(p.substring(p.lastIndexOf("]: ") + 3).split(", ")));
    }
    assertTrue(problems.isEmpty(), problems.size() + " texts in the other language (" + words
        + "), such as:\n"
        + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
  }

  /** {@code docs/errors.md} lists every code with both templates, as the enums have them. */
  @Test
  void docsErrorsMdListsEveryCode() throws IOException {
    String expected = errorsMd();
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(ERRORS_MD, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(ERRORS_MD)
        ? Files.readString(ERRORS_MD, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual, "docs/errors.md is not the list of the enums' codes; after"
        + " changing a message, regenerate it with: mvn -B -pl matching-bench -am verify"
        + " -Dtest=MessageCatalogTest -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE
        + "=true");
  }

  static String errorsMd() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Error codes\n\n")
        .append("Every message that Stagematch gives when it refuses input (a problem or result")
        .append(" document,\na CSV set, a decision, an answers or decisions file, an audit")
        .append(" trail) has a stable code,\nso that a program can tell the errors apart and")
        .append(" show its own text. A code, once released,\nkeeps its meaning and is never")
        .append(" reused; the texts may be improved. People get the Dutch\ntext by default,")
        .append(" the English one on request; exception messages (`getMessage()`) are\n")
        .append("English, for developers.\n\n")
        .append("In Java, every such error is an `nl.stagematch.core.model.InputException`:")
        .append(" `code()`,\n`path()` (the JSON path, `FILE:ROW:COLUMN` or field at fault,")
        .append(" or null), `text(Locale)`, and\n`lines(Locale)` with every error of an")
        .append(" exception that carries several (JSON and CSV\nreaders report all errors at")
        .append(" once). `{0}`, `{1}`, ... are filled in with the values of the\nerror. A")
        .append(" line break before the hint (`Maybe ...`, `Tip: ...`) is shown as a space")
        .append(" where\nerrors are listed one per line.\n\n")
        .append("`UNCODED` is a message that has no code of its own yet: its English text is")
        .append(" shown in\nboth languages.\n\n")
        .append("This file is generated from the message enums by `MessageCatalogTest`; do not")
        .append(" edit it\nby hand.\n");
    for (Class<? extends Enum<? extends MessageKey>> type : CATALOG) {
      sb.append("\n## ").append(type.getSimpleName()).append(" (`").append(type.getName())
          .append("`)\n\n| Code | Nederlands | English |\n|---|---|---|\n");
      for (Enum<? extends MessageKey> constant : type.getEnumConstants()) {
        MessageKey key = (MessageKey) constant;
        sb.append("| `").append(key.code()).append("` | ").append(cell(key.dutch()))
            .append(" | ").append(cell(key.english())).append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String cell(String template) {
    return template.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
        .replace("\n", "<br>");
  }

  private static Set<Integer> placeholders(String template) {
    Set<Integer> set = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)}").matcher(template);
    while (m.find()) {
      set.add(Integer.parseInt(m.group(1)));
    }
    return set;
  }

  /** Adds "{@code where}: word, word" to {@code problems} if {@code text} has words of {@code other}. */
  public static void scan(String where, String text, Set<String> other,
      List<String> problems) {
    String prose = NOT_PROSE.matcher(text).replaceAll(" ");
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(prose);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (other.contains(word) && !TYPED_VALUES.contains(word) && !found.contains(word)) {
        found.add(word);
      }
    }
    if (!found.isEmpty()) {
      problems.add(where + ": " + String.join(", ", found));
    }
  }
}
