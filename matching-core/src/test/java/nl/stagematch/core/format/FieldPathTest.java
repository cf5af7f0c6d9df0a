package nl.stagematch.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value error that the model finds in one field is reported at that field's path, not at
 * the object's: one wrong value is put into the minimal document, and the single error must name
 * its path.
 */
class FieldPathTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("\"id\": \"S-0002\"", "\"id\": \"S 0002\"", "$.students[0].id"),
        Arguments.of("\"studyYear\": 1,", "\"studyYear\": 0,", "$.students[0].studyYear"),
        Arguments.of("\"competences\": {\"B1-K1-W1\": 2}", "\"competences\": {\"B1-K1-W1\": 7}",
            "$.students[1].competences.B1-K1-W1"),
        Arguments.of("\"competences\": {\"B1-K1-W1\": 2}", "\"competences\": {\"B1 K1\": 2}",
            "$.students[1].competences['B1 K1']"),
        Arguments.of("\"workProcesses\": {\"B1-K1-W1\": 0.5", "\"workProcesses\": {\"B1-K1-W1\":"
            + " -0.5", "$.students[0].wish.workProcesses.B1-K1-W1"),
        Arguments.of("\"workProcesses\": {\"B1-K1-W1\": 0.5", "\"workProcesses\": {\"B1/K1\": 0.5",
            "$.students[0].wish.workProcesses['B1/K1']"),
        Arguments.of("\"companyKind\": \"hospital\"", "\"companyKind\": \"Hospital!\"",
            "$.students[1].wish.companyKind"),
        Arguments.of("\"workKind\": \"nursing-ward\",", "\"workKind\": \"Nursing Ward\",",
            "$.students[1].wish.workKind"),
        Arguments.of("\"requiredFeatures\": [\"physically-accessible\"",
            "\"requiredFeatures\": [\"Physically Accessible\"",
            "$.students[1].wish.requiredFeatures"),
        Arguments.of("\"maxMinutes\": 30", "\"maxMinutes\": 500",
            "$.students[1].wish.travelLimit.maxMinutes"),
        Arguments.of("\"form\": \"RIBBON\", \"daysPerWeek\": 3",
            "\"form\": \"RIBBON\", \"daysPerWeek\": 6", "$.students[1].wish.period.daysPerWeek"),
        Arguments.of("\"start\": \"2026-02-02\", \"end\": \"2026-06-26\"",
            "\"start\": \"2026-06-26\", \"end\": \"2026-02-02\"", "$.students[0].wish.period.end"),
        Arguments.of("\"level\": 2}, \"workProcesses\": [",
            "\"level\": 0}, \"workProcesses\": [",
            "$.companies[0].recognitions[0].qualification.level"),
        Arguments.of("\"crebo\": \"25180\"", "\"crebo\": \"2518\"",
            "$.students[0].wish.qualification.crebo"),
        Arguments.of("\"home\": {\"latitude\": 52.0907", "\"home\": {\"latitude\": 95.0",
            "$.students[1].home.latitude"),
        Arguments.of("\"longitude\": 5.1687", "\"longitude\": 200.0",
            "$.companies[0].location.longitude"),
        Arguments.of("\"workProcesses\": [\"B1-K1-W1\", \"B1-K1-W2\"]",
            "\"workProcesses\": [\"B1 K1 W1\", \"B1-K1-W2\"]",
            "$.companies[0].recognitions[0].workProcesses"),
        Arguments.of("\"workProcesses\": [\"B1-K1-W1\", \"B1-K1-W2\"]}",
            "\"workProcesses\": [\"B1-K1-W1\", \"B1-K1-W2\"]}, {\"qualification\": {\"crebo\":"
                + " \"25180\", \"level\": 2}}", "$.companies[0].recognitions"),
        Arguments.of("\"sector\": \"care\"", "\"sector\": \"Care\"", "$.companies[0].sector"),
        Arguments.of("\"kind\": \"hospital\"", "\"kind\": \"Hospital\"", "$.companies[0].kind"),
        Arguments.of("\"region\": \"utrecht\"", "\"region\": \"Utrecht!\"",
            "$.companies[0].region"),
        Arguments.of("\"id\": \"P-01\"", "\"id\": \"P 01\"", "$.places[0].id"),
        Arguments.of("\"companyId\": \"C-01\"", "\"companyId\": \"C 01\"",
            "$.places[0].companyId"),
        Arguments.of("\"capacity\": 2,", "\"capacity\": 100000,", "$.places[0].capacity"),
        Arguments.of("\"features\": [\"physically-accessible\"", "\"features\": [\"X\"",
            "$.places[0].features"),
        Arguments.of("\"nursing-ward\"\n    }", "\"Nursing\"\n    }", "$.places[0].workKind"),
        Arguments.of("\"tracks\": [\"BOL\"]", "\"tracks\": []", "$.policy.scope.tracks"),
        Arguments.of("\"studyYears\": [1]", "\"studyYears\": [7]", "$.policy.scope.studyYears"),
        Arguments.of("\"exemptSectors\": []", "\"exemptSectors\": [\"Care\"]",
            "$.policy.participation.exemptSectors"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cases")
  void theErrorIsAtTheFieldsPath(String from, String to, String path) {
    String text = Fixtures.text("minimal.canonical.json");
    int at = text.indexOf(from);
    assertTrue(at >= 0, "the fixture has no " + from);
    List<String> errors = Fixtures.errorsOfText(text.substring(0, at) + to
        + text.substring(at + from.length()));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith(path + ": ") && errors.get(0).contains("Maybe"),
        "expected the error at " + path + " but was\n  " + errors.get(0));
  }
}
