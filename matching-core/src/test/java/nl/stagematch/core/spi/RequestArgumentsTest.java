package nl.stagematch.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.stagematch.core.model.FitModel;
import nl.stagematch.core.model.InvalidValueException;
import nl.stagematch.core.model.Message;
import nl.stagematch.core.model.Period;
import nl.stagematch.core.model.Place;
import nl.stagematch.core.model.Pseudonyms;
import nl.stagematch.core.model.Qualification;
import nl.stagematch.core.model.Student;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public constructors and builders of the variant contract's inputs ({@link StudentPlace},
 * {@link MatchRequest} and its builder) and of the pseudonym check, called from Java with nulls
 * and bad values: each refusal is an {@link InvalidValueException} with its stable code, the field
 * at fault and both texts, never a {@link NullPointerException} or a bare {@link
 * IllegalArgumentException}. The expected texts are written here, not copied from the enum.
 */
class RequestArgumentsTest {

  private static MatchRequest.Builder builder() {
    return MatchRequest.builder(SpiTest.twoByTwo());
  }

  static Stream<Arguments> badArguments() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("rounds", null);
    return Stream.of(
        Arguments.of("a pair of no student", (Executable) () -> StudentPlace.of(null, "P-1"),
            "MODEL_VALUE_MISSING", "studentId", "Er ontbreekt een waarde: het id van de student"
            + " van een paar", "A value is missing: the id of the student of a pair"),
        Arguments.of("a pair of no place", (Executable) () -> new StudentPlace("S-1", null),
            "MODEL_VALUE_MISSING", "placeId", "het id van de plaats van het paar van student"
            + " (S-1)", "the id of the place of the pair of student (S-1)"),
        Arguments.of("a pair of a malformed place", (Executable) () -> StudentPlace.of("S-1",
            "P 1"), "MODEL_BAD_ID", "placeId", "Het id (P 1) van de plaats van het paar",
            "The id (P 1) of the place of the pair"),
        Arguments.of("a pair of a BSN", (Executable) () -> StudentPlace.of("111222333", "P-1"),
            "MODEL_PERSONAL_ID", "studentId", "persoonsgegeven", "personal data"),
        Arguments.of("a request of no problem", (Executable) () -> MatchRequest.builder(null),
            "MODEL_VALUE_MISSING", "problem", "het probleem van een matchverzoek",
            "the problem of a match request"),
        Arguments.of("a request without pins", (Executable) () -> new MatchRequest(
            SpiTest.twoByTwo(), 1, null, List.of(), Responder.byFit(), Map.of(), Map.of(),
            FitModel.defaults()), "MODEL_VALUE_MISSING", "pinned", "de vastgezette paren",
            "the pinned pairs"),
        Arguments.of("a request without a fit model", (Executable) () -> new MatchRequest(
            SpiTest.twoByTwo(), 1, List.of(), List.of(), Responder.byFit(), Map.of(), Map.of(),
            null), "MODEL_VALUE_MISSING", "fitModel", "het fitmodel", "the fit model"),
        Arguments.of("a request with a null option value", (Executable) () -> new MatchRequest(
            SpiTest.twoByTwo(), 1, List.of(), List.of(), Responder.byFit(), nullValue, Map.of(),
            FitModel.defaults()), "MODEL_VALUE_MISSING", "options",
            "de waarde van optie (rounds)", "the value of option (rounds)"),
        Arguments.of("no responder", (Executable) () -> builder().responder(null),
            "MODEL_VALUE_MISSING", "responder", "de antwoordgever", "the responder"),
        Arguments.of("no option name", (Executable) () -> builder().option(null, "2"),
            "MODEL_VALUE_MISSING", "options", "de naam van een optie", "the name of an option"),
        Arguments.of("an option set twice", (Executable) () -> builder().option("k", "2")
            .option("k", "3"), "REQUEST_OPTION_TWICE", "options.k",
            "De optie (k) staat al op (2) en kan niet ook (3) zijn",
            "The option (k) is already set to (2); cannot set it to (3)"),
        Arguments.of("no options map", (Executable) () -> builder().options(null),
            "MODEL_VALUE_MISSING", "options", "de opties", "the options"),
        Arguments.of("an unknown pinned student", (Executable) () -> builder().pin("S-9", "P-1")
            .build(), "REQUEST_UNKNOWN_STUDENT", "pinned", "De student (S-9) van het vastgezette"
            + " paar (S-9, P-1) hoort niet bij het probleem", "The student (S-9) of the pinned"
            + " pair (S-9, P-1) is not part of the problem"),
        Arguments.of("an unknown forbidden place", (Executable) () -> builder().forbid("S-1",
            "P-9").build(), "REQUEST_UNKNOWN_PLACE", "forbidden", "De plaats (P-9) van het"
            + " uitgesloten paar (S-1, P-9)", "The place (P-9) of the forbidden pair (S-1, P-9)"),
        Arguments.of("a student pinned twice", (Executable) () -> builder().pin("S-1", "P-1")
            .pin("S-1", "P-2").build(), "REQUEST_PINNED_TWICE", "pinned",
            "Student (S-1) is twee keer vastgezet: (S-1, P-1) en (S-1, P-2)",
            "Student (S-1) is pinned twice: (S-1, P-1) and (S-1, P-2)"),
        Arguments.of("pinned and forbidden", (Executable) () -> builder().pin("S-1", "P-1")
            .forbid("S-1", "P-1").build(), "REQUEST_PINNED_AND_FORBIDDEN", "pinned",
            "Het paar (S-1, P-1) is zowel vastgezet als uitgesloten", "The pair (S-1, P-1) is"
            + " both pinned and forbidden"),
        Arguments.of("more pins than places", (Executable) () -> builder().pin("S-1", "P-1")
            .pin("S-2", "P-1").build(), "REQUEST_TOO_MANY_PINS", "pinned",
            "Plaats (P-1) heeft meer vastgezette studenten (2) dan haar capaciteit (1)",
            "Place (P-1) has more pins (2) than its capacity (1)"),
        Arguments.of("a school for an unknown student", (Executable) () -> builder()
            .school("S-7", "north").build(), "REQUEST_SCHOOL_UNKNOWN_STUDENT", "schools.S-7",
            "De student (S-7) met school (north) hoort niet bij het probleem",
            "The student (S-7) given a school (north) is not part of the problem"),
        Arguments.of("two schools", (Executable) () -> builder().school("S-1", "north")
            .school("S-1", "south"), "REQUEST_SCHOOL_TWICE", "schools.S-1",
            "Student (S-1) hoort al bij school (north) en kan niet ook bij (south) horen",
            "Student (S-1) already belongs to school (north); cannot also belong to (south)"),
        Arguments.of("no school", (Executable) () -> builder().school("S-1", null),
            "MODEL_VALUE_MISSING", "schools.S-1", "het id van de school van student (S-1)",
            "the id of the school of student (S-1)"),
        Arguments.of("a qualification of no crebo", (Executable) () -> Qualification.of(null, 2),
            "MODEL_VALUE_MISSING", "crebo", "de crebocode van een kwalificatie",
            "the crebo code of a qualification"),
        Arguments.of("a period of no start", (Executable) () -> Period.block(null,
            LocalDate.of(2026, 4, 24)), "MODEL_VALUE_MISSING", "start",
            "de begindatum van een periode", "the start date of a period"),
        Arguments.of("a place of no qualification", (Executable) () -> Place.builder("P-1", "C-1",
            null, Period.block(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24))),
            "MODEL_VALUE_MISSING", "qualification", "de kwalificatie van een plaats",
            "the qualification of a place"),
        Arguments.of("a student of no wish", (Executable) () -> Student.builder("S-1", null),
            "MODEL_VALUE_MISSING", "wish", "de leerwens van een student",
            "the learning wish of a student"),
        Arguments.of("a null id checked as a pseudonym", (Executable) () -> Pseudonyms.check(
            null, Pseudonyms.Kind.STUDENT, Message.phrase("een student", "a student"), "id"),
            "MODEL_VALUE_MISSING", "id", "Er ontbreekt een waarde: het id van een student",
            "A value is missing: the id of a student"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArguments")
  void aBadArgumentIsACodedInputErrorNamingItsField(String name, Executable call, String code,
      String field, String dutch, String english) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call, name);
    assertEquals(code, e.code(), name);
    assertEquals(field, e.path(), name);
    String nl = e.text(Message.DUTCH);
    String en = e.text(Locale.ENGLISH);
    assertTrue(nl.contains(dutch), name + ": " + nl);
    assertTrue(en.contains(english), name + ": " + en);
    assertTrue(nl.contains("\nTip: ") && en.contains("\nMaybe "), name + ": what to do");
    assertEquals(en, e.getMessage(), name);
  }
}
