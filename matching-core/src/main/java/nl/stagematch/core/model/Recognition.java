package nl.stagematch.core.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * An SBB recognition of a company for a qualification and level, with the work processes that can
 * be carried out there (sorted by code).
 */
public record Recognition(Qualification qualification, Set<String> workProcesses) {

  /**
   * Validates the fields and copies the work processes into a sorted unmodifiable set.
   *
   * @param qualification the qualification
   * @param workProcesses the work processes the company can offer for it
   */
  public Recognition {
    Checks.present(qualification, "de kwalificatie van een erkenning",
        "the qualification of a recognition", "geef de kwalificatie, zoals Qualification.of(\"25491\", 2).",
        "give the qualification, such as Qualification.of(\"25491\", 2).", "qualification");
    workProcesses = Checks.workProcesses(workProcesses,
        Checks.what("de erkenning voor kwalificatie (" + qualification + ")",
            "the recognition for qualification (" + qualification + ")"), "workProcesses");
  }

  /**
   * A recognition for {@code qualification} with these work processes.
   *
   * @param qualification the qualification
   * @param workProcesses the work-process codes
   * @return the recognition
   */
  public static Recognition of(Qualification qualification, String... workProcesses) {
    return new Recognition(qualification, new HashSet<>(Arrays.asList(workProcesses)));
  }
}
