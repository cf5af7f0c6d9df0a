package nl.stagematch.variants.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stagematch.core.io.InputFiles;
import nl.stagematch.core.io.SafeText;
import nl.stagematch.core.format.DeclaredFormat;
import nl.stagematch.core.model.InputException;
import nl.stagematch.core.model.Message;
import nl.stagematch.variants.canon.Json;
import nl.stagematch.variants.canon.Node;
import nl.stagematch.core.model.InvalidValueException;

/**
 * The decisions file {@code stagematch-decisions/1} (see {@code docs/decisions.md}): an ordered
 * list of steps to apply to a {@link MatchingSession}, each a {@link Decision} or a re-match.
 *
 * <pre>{@code
 * {
 *   "format": "stagematch-decisions/1",
 *   "steps": [
 *     {"kind": "CONFIRM", "coordinator": "K-01", "studentId": "S-0001", "placeId": "P-017"},
 *     {"kind": "REFUSE", "coordinator": "K-01", "studentId": "S-0002", "placeId": "P-004",
 *      "reason": "TRAVEL", "noteRef": "NOTE-2026-0042"},
 *     {"kind": "REMATCH", "coordinator": "K-01"}
 *   ]
 * }
 * }</pre>
 *
 * @param steps the steps, in the order they are applied
 */
public record DecisionsFile(List<DecisionsFile.Step> steps) {
  /** The format marker: {@value}. */
  public static final String FORMAT = "stagematch-decisions/1";
  /** The kind of a re-match step: {@value}. */
  public static final String REMATCH = "REMATCH";

  /**
   * Copies the steps.
   *
   * @param steps the steps, in the order they are applied
   */
  public DecisionsFile {
    steps = List.copyOf(steps);
  }

  /** One step of the file. */
  public sealed interface Step permits Decide, Rematch {}

  /**
   * Take a decision.
   *
   * @param decision the decision
   */
  public record Decide(Decision decision) implements Step {
    /**
     * Checks the decision is present.
     *
     * @param decision the decision
     */
    public Decide {
      if (decision == null) {
        throw new InvalidValueException(Message.of(ProcessMessage.DECISION_MISSING), "decision");
      }
    }
  }

  /**
   * Compute the next proposal.
   *
   * @param coordinator who asks for it
   */
  public record Rematch(String coordinator) implements Step {
    /**
     * Checks the coordinator is present.
     *
     * @param coordinator who asks for it
     */
    public Rematch {
      if (coordinator == null) {
        throw new InvalidValueException(Message.of(ProcessMessage.DECISION_NO_ID,
            Message.phrase("de coördinator van een nieuw voorstel",
                "the coordinator of a new proposal"), Message.phrase("Tip: gebruik het"
                + " pseudonieme id van de coördinator, bijvoorbeeld K-07.", "Maybe use the"
                + " coordinator's pseudonymous id, such as K-07.")), "coordinator");
      }
    }
  }

  /**
   * A file of these decisions, without re-match steps.
   *
   * @param decisions the decisions, in order
   * @return the file
   */
  public static DecisionsFile of(List<Decision> decisions) {
    List<Step> steps = new ArrayList<>();
    for (Decision d : decisions) {
      steps.add(new Decide(d));
    }
    return new DecisionsFile(steps);
  }

  /**
   * Applies the steps to {@code session} in order; if decisions were taken after the last
   * re-match step, re-matches once more at the end, by the coordinator of the last decision. So
   * the session's proposal always reflects every decision of the file.
   *
   * @param session the session
   * @throws IllegalArgumentException for the first step the session refuses, naming its position
   *     ({@code $.steps[3]}); the steps before it have been applied
   */
  public void applyTo(MatchingSession session) {
    String last = null;
    boolean pending = false;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      try {
        if (step instanceof Decide d) {
          session.decide(d.decision());
          last = d.decision().coordinator();
          pending = true;
        } else {
          session.rematch(((Rematch) step).coordinator());
          pending = false;
        }
      } catch (IllegalArgumentException e) {
        InputException at = InputException.at("$.steps[" + i + "]", MatchingSession.cause(e));
        at.initCause(e);
        throw at;
      }
    }
    if (pending) {
      session.rematch(last);
    }
  }

  /**
   * The canonical JSON document.
   *
   * @return the document
   */
  public String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    List<Object> list = new ArrayList<>();
    for (Step s : steps) {
      if (s instanceof Decide d) {
        list.add(d.decision().toJson());
      } else {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", REMATCH);
        m.put("coordinator", ((Rematch) s).coordinator());
        list.add(m);
      }
    }
    doc.put("steps", list);
    return Json.pretty(doc);
  }

  /**
   * Reads a decisions document.
   *
   * @param json the document
   * @return the file
   * @throws IllegalArgumentException naming the path of the first error ({@code $.steps[2].reason})
   */
  public static DecisionsFile parse(String json) {
    // another kind of document is named by its declared format before its content is parsed,
    // whose rules (such as whole numbers only) are not those of the other kind
    Optional<String> declared = DeclaredFormat.of(json);
    if (declared.isPresent() && !FORMAT.equals(declared.get())) {
      throw InputException.at("$.format", Message.of(ProcessMessage.DECISIONS_FILE_WRONG_FORMAT,
          SafeText.clean(declared.get()), FORMAT));
    }
    Node doc = Node.parse(json,
        Message.phrase("het beslissingenbestand", "the decisions file"));
    doc.allow("format", "steps");
    String format = doc.string("format");
    if (!FORMAT.equals(format)) {
      throw doc.error("format", Message.of(ProcessMessage.DECISIONS_FILE_WRONG_FORMAT,
          SafeText.clean(format), FORMAT));
    }
    List<Step> steps = new ArrayList<>();
    for (Node n : doc.objects("steps")) {
      if (REMATCH.equals(n.raw().get("kind"))) {
        n.allow("kind", "coordinator");
        String coordinator = n.string("coordinator");
        try {
          Decision.checkCoordinator(coordinator, Message.phrase(
              "de coördinator van een nieuwe matching", "the coordinator of a re-match"));
        } catch (IllegalArgumentException e) {
          throw n.error("coordinator", MatchingSession.cause(e));
        }
        steps.add(new Rematch(coordinator));
      } else {
        steps.add(new Decide(Decision.fromJson(n)));
      }
    }
    return new DecisionsFile(steps);
  }

  /**
   * Reads a decisions file (UTF-8, a leading byte order mark is skipped).
   *
   * @param file the file
   * @return the decisions file
   * @throws java.nio.file.FileSystemException when the file is missing, a directory or unreadable
   * @throws InputFiles.MalformedTextException when it is not UTF-8 (naming line and column)
   */
  public static DecisionsFile read(Path file) throws IOException {
    return parse(InputFiles.readUtf8(file));
  }
}
