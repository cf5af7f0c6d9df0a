package nl.stagematch.variants.process;

import nl.stagematch.core.model.MessageKey;

/**
 * Every message of the matching process that a person can read when a decision, an answers file,
 * a decisions file, an audit trail or a signing key is refused: {@code DECISION_} for decisions the session
 * refuses, {@code DECISIONS_FILE_} and {@code ANSWER_} for the files people fill in, {@code
 * TRAIL_} for an audit trail that fails verification, {@code KEY_} for a signing key or key file
 * that cannot be used.
 *
 * <p>The codes are stable: a code, once released, keeps its meaning and is never reused, so a
 * vendor may map it to its own user interface; the texts may be improved. Every code and both
 * templates are listed in {@code docs/errors.md}. Dutch is the default language for people.
 */
public enum ProcessMessage implements MessageKey {
  // ---- decisions and decisions files
  /** An id of a decision of the wrong shape. */
  DECISION_BAD_ID("Het id ({0}) van {1} moet 1 tot 64 tekens zijn uit A-Z, a-z, 0-9, '.', '_',"
      + " ':' of '-'.\n{2}",
      "The id ({0}) of {1} must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'."
      + "\n{2}"),
  /** A field that the kind of decision does not have. */
  DECISION_FIELD_NOT_ALLOWED("{0} ({1}) hoort niet in {2}.\nTip: laat het weg.",
      "The {0} ({1}) does not belong in {2}.\nMaybe leave it out."),
  /** OTHER without a note. */
  DECISION_OTHER_NEEDS_NOTE("De redencategorie OTHER van {0} heeft een notitieverwijzing nodig."
      + "\nTip: voeg het id toe van de notitie van de school (noteRef) die haar uitlegt.",
      "The reason category OTHER of {0} needs a note reference.\nMaybe add the id of the"
      + " school's note (noteRef) that explains it."),
  /** A time that is not ISO-8601 with an offset. */
  DECISION_BAD_TIME("de tijd ({0}) is geen ISO-8601-datum en -tijd met een verschuiving.\nTip:"
      + " schrijf hem als 2026-01-12T09:30:00+01:00 (of in UTC, met Z: 2026-01-12T08:30:00Z).",
      "the time ({0}) is not an ISO-8601 date and time with an offset.\nMaybe write it as"
      + " 2026-01-12T09:30:00+01:00 (or in UTC, with Z: 2026-01-12T08:30:00Z)."),
  /** A document that is not a decisions file. */
  DECISIONS_FILE_WRONG_FORMAT("het document is een ({0})-document, geen beslissingenbestand"
      + " ({1}).\nTip: zet \"format\": \"{1}\".",
      "the document is a ({0}) document, not a decisions file ({1}).\nMaybe set \"format\":"
      + " \"{1}\"."),

  // ---- answers files
  /** An answers file of another variant than the one run (at $.variant, before the rest). */
  ANSWER_FOR_OTHER_VARIANT("de antwoorden zijn voor ({0}), maar de variant die draait is ({1}).\n"
      + "Tip: draai --variant {0}, of geef de antwoorden van {1}.",
      "the answers are for ({0}), but the variant run is ({1}).\nMaybe run --variant {0}, or"
      + " give the answers of {1}."),
  /** A document that is not an answers file. */
  ANSWER_WRONG_FORMAT("het document is een ({0})-document, geen antwoordenbestand ({1}).\nTip:"
      + " zet \"format\": \"{1}\".",
      "the document is a ({0}) document, not an answers file ({1}).\nMaybe set \"format\":"
      + " \"{1}\"."),
  /** Answers for a variant that takes none from a file. */
  ANSWER_VARIANT_NOT_SUPPORTED("antwoorden voor de variant ({0}) kunnen niet als bestand worden"
      + " gegeven.\nTip: gebruik {1} (ranglijsten), {2} (volgordes na de gesprekken) of {3}"
      + " (keuzes uit de shortlists).",
      "answers for the variant ({0}) cannot be given as a file.\nMaybe use {1} (rankings), {2}"
      + " (orders after the meetings) or {3} (picks from the shortlists)."),
  /** An id that the problem does not have. */
  ANSWER_UNKNOWN_STUDENT("onbekende student ({0}); het probleem heeft dat id niet.\nTip:"
      + " vergelijk het id met de studenten van het probleem.",
      "unknown student ({0}); the problem has no such id.\nMaybe check the id against the"
      + " problem's students."),
  /** An id that the problem does not have. */
  ANSWER_UNKNOWN_PLACE("onbekende plaats ({0}); het probleem heeft dat id niet.\nTip:"
      + " vergelijk het id met de plaatsen van het probleem.",
      "unknown place ({0}); the problem has no such id.\nMaybe check the id against the"
      + " problem's places."),
  /** A place ranked twice. */
  ANSWER_RANKED_TWICE("plaats ({0}) staat twee keer in de ranglijst (ook op [{1}]).\nTip: noem"
      + " elke plaats maar een keer.",
      "place ({0}) is ranked twice (also at [{1}]).\nMaybe rank each place once."),
  /** A ranked place that is not an option. */
  ANSWER_NOT_AN_OPTION("plaats ({0}) is in deze ronde geen keuzemogelijkheid van student ({1});"
      + " de keuzemogelijkheden (toelaatbaar, bruikbaar en met ruimte na de vastzettingen) zijn"
      + " {2}.\nTip: laat de plaats weg uit de ranglijst.",
      "place ({0}) is not one of the options of student ({1}) in this run; her options"
      + " (admissible, usable and with room after the pins) are {2}.\nMaybe leave it out of her"
      + " ranking."),
  /** Picks asked for, but the file has other answers. */
  ANSWER_PICKS_NOT_SUPPORTED("de antwoorden zijn voor ({0}), maar de variant vraagt het bedrijf"
      + " van plaats ({1}) om een keuze uit een shortlist.\nTip: gebruik de variant {0}, of geef"
      + " de keuzes van {2}.",
      "the answers are for ({0}), but the variant asks the company of place ({1}) for a pick"
      + " from a shortlist.\nMaybe run the variant {0}, or give the picks of {2}."),
  /** An id named twice in an order. */
  ANSWER_NAMED_TWICE("{0} ({1}) staat er twee keer in (ook op [{2}]).\nTip: noem elk maar een"
      + " keer.",
      "{0} ({1}) is named twice (also at [{2}]).\nMaybe name each once."),
  /** A student orders a place she did not meet. */
  ANSWER_STUDENT_DID_NOT_MEET("student ({0}) heeft plaats ({1}) niet ontmoet; de student"
      + " ontmoette {2}.\nTip: zet alleen de gesprekken uit het plan van dit probleem en deze"
      + " seed in volgorde.",
      "student ({0}) did not meet place ({1}); she met {2}.\nMaybe order only the meetings of the"
      + " plan of this problem and seed."),
  /** A place orders a student it did not meet. */
  ANSWER_PLACE_DID_NOT_MEET("plaats ({0}) heeft student ({1}) niet ontmoet; de plaats ontmoette"
      + " {2}.\nTip: zet alleen de gesprekken uit het plan van dit probleem en deze seed in"
      + " volgorde.",
      "place ({0}) did not meet student ({1}); it met {2}.\nMaybe order only the meetings of the"
      + " plan of this problem and seed."),
  /** A student's order that leaves out places she met. */
  ANSWER_STUDENT_ORDER_INCOMPLETE("de volgorde laat {0} weg, die de student ook ontmoette.\nTip:"
      + " zet elke plaats die de student ontmoette in volgorde, de beste eerst, of geef [] voor"
      + " geen voorkeur.",
      "the order leaves out {0}, which she also met.\nMaybe order every place she met, best"
      + " first, or give [] for no preference."),
  /** A place's order that leaves out students it met. */
  ANSWER_PLACE_ORDER_INCOMPLETE("de volgorde laat {0} weg, die de plaats ook ontmoette.\nTip:"
      + " zet elke student die de plaats ontmoette in volgorde, de beste eerst, of geef [] voor"
      + " geen voorkeur.",
      "the order leaves out {0}, which it also met.\nMaybe order every student it met, best"
      + " first, or give [] for no preference."),
  /** Answers for another variant than the one run. */
  ANSWER_OTHER_VARIANT("de antwoorden zijn voor ({0}), maar de variant {1} vraagt om {2} van {3}"
      + " ({4}).\nTip: gebruik de variant {0}, of geef antwoorden voor {1}.",
      "the answers are for ({0}), but the variant {1} asks for {2} of {3} ({4}).\nMaybe run the"
      + " variant {0}, or give answers for {1}."),
  /** A missing answer. */
  ANSWER_MISSING("{0} van {1} ({2}) ontbreekt; de ronde vraagt erom over {3}.\nTip: voeg"
      + " \"{2}\": [...] toe, de beste eerst, of [] om {4}.",
      "{0} of {1} ({2}) is missing; the run asks for it over {3}.\nMaybe add \"{2}\": [...], best"
      + " first, or [] to {4}."),
  /** Answers for a student who was not asked in V4. */
  ANSWER_NOT_ASKED_RANKING("{0} ({1}) is in deze ronde niet gevraagd (vastgezet, buiten de"
      + " afbakening, afgemeld of zonder bruikbare plaats met ruimte), dus deze antwoorden tellen"
      + " niet.\nTip: haal ze weg, of controleer of het probleem, de seed en de vastzettingen die"
      + " van de ronde zijn.",
      "{0} ({1}) was not asked in this run (pinned, out of scope, opted out or without a usable"
      + " place with room), so these answers cannot count.\nMaybe remove them, or check that the"
      + " problem, the seed and the pins are those of the round."),
  /** Answers for a student or place that was not asked in V2. */
  ANSWER_NOT_ASKED_ORDER("{0} ({1}) is in deze ronde niet gevraagd (geen gesprek in het plan van"
      + " dit probleem en deze seed), dus deze antwoorden tellen niet.\nTip: haal ze weg, of"
      + " controleer of het probleem, de seed en de vastzettingen die van de ronde zijn.",
      "{0} ({1}) was not asked in this run (no meeting in the plan of this problem and seed), so"
      + " these answers cannot count.\nMaybe remove them, or check that the problem, the seed and"
      + " the pins are those of the round."),
  /** A pick that is empty. */
  ANSWER_PICK_EMPTY("de keuze is leeg.\nTip: schrijf het token van het profiel dat het bedrijf"
      + " uit de shortlist koos, of \"{0}\" als het niemand koos.",
      "the pick is empty.\nMaybe write the token of the profile the company picked from the"
      + " shortlist, or \"{0}\" if it picked no one."),
  /** Two picks for one place in one round. */
  ANSWER_PICK_TWICE("een tweede keuze voor plaats ({0}) in ronde {1} (de eerste is"
      + " $.picks[{2}]).\nTip: houd er een: een bedrijf kiest hoogstens een profiel per plaats en"
      + " ronde.",
      "a second pick for place ({0}) in round {1} (the first is $.picks[{2}]).\nMaybe keep one:"
      + " a company picks at most one profile per place and round."),
  /** A round the file has no picks of, while the run asks it. */
  ANSWER_ROUND_NOT_IN_FILE("ronde {0} heeft geen keuzes, maar de matching vraagt het bedrijf van"
      + " plaats ({1}) in die ronde te kiezen uit {2}.\nTip: schrijf de shortlists van de ronde"
      + " met --stage shortlists (ShortlistStage in Java), voeg de keuzes van de bedrijven van"
      + " ronde {0} toe en draai opnieuw.",
      "round {0} has no picks, but the run asks the company of place ({1}) to pick from {2} in"
      + " that round.\nMaybe write the round's shortlists with --stage shortlists (ShortlistStage"
      + " in Java), add the companies' picks of round {0} and run again."),
  /** A place with a shortlist that has no pick. */
  ANSWER_NO_PICK("ronde {0} heeft geen keuze voor plaats ({1}), die een shortlist had van {2}."
      + "\nTip: voeg {\"round\": {0}, \"place\": \"{1}\", \"pick\": TOKEN} toe, met een van"
      + " deze tokens, of \"{3}\" als het bedrijf niemand koos.",
      "round {0} has no pick for place ({1}), which had a shortlist of {2}.\nMaybe add"
      + " {\"round\": {0}, \"place\": \"{1}\", \"pick\": TOKEN}, with one of these tokens, or"
      + " \"{3}\" if the company picked no one."),
  /** A picked token that is not on the shortlist. */
  ANSWER_TOKEN_NOT_ON_SHORTLIST("het token ({0}) staat niet op de shortlist van plaats ({1}) in"
      + " ronde {2}, die {3} is.\nTip: kopieer het token uit die shortlist (tokens zijn elke"
      + " ronde nieuw), of schrijf \"{4}\" als het bedrijf niemand koos.",
      "the token ({0}) is not on the shortlist of place ({1}) in round {2}, which is {3}.\nMaybe"
      + " copy the token from that shortlist (tokens are new in every round), or write \"{4}\" if"
      + " the company picked no one."),
  /** A pick for a place without a shortlist in that round. */
  ANSWER_NO_SHORTLIST("plaats ({0}) had in ronde {1} geen shortlist, dus deze keuze kan niet"
      + " tellen.\nTip: haal haar weg, of controleer of het probleem, de seed, de opties en de"
      + " keuzes van de eerdere rondes die zijn waarmee de shortlists zijn geschreven.",
      "place ({0}) had no shortlist in round {1}, so this pick cannot count.\nMaybe remove it,"
      + " or check that the problem, the seed, the options and the picks of the rounds before are"
      + " those the shortlists were written with."),
  /** A pick for a round after the last one. */
  ANSWER_NO_SHORTLIST_ROUNDS_ENDED("plaats ({0}) had in ronde {1} geen shortlist (de rondes"
      + " eindigden na ronde {2}), dus deze keuze kan niet tellen.\nTip: haal haar weg, of"
      + " controleer of het probleem, de seed, de opties en de keuzes van de eerdere rondes die"
      + " zijn waarmee de shortlists zijn geschreven.",
      "place ({0}) had no shortlist in round {1} (the rounds ended after round {2}), so this pick"
      + " cannot count.\nMaybe remove it, or check that the problem, the seed, the options and"
      + " the picks of the rounds before are those the shortlists were written with."),
  /** The rounds after a wrong one are not checked yet. */
  ANSWER_LATER_ROUNDS_UNCHECKED("de keuzes van de rondes na ronde {0} worden gecontroleerd zodra"
      + " die van ronde {0} goed zijn (de shortlists van een ronde hangen af van de keuzes"
      + " ervoor).\nTip: verbeter de fouten hierboven en draai opnieuw.",
      "the picks of the rounds after round {0} are checked once those of round {0} are right"
      + " (the shortlists of a round depend on the picks before it).\nMaybe correct the errors"
      + " above and run again."),
  /** Answers of another variant given as the picks of a shortlist stage. */
  ANSWER_NOT_PICKS("de antwoorden zijn voor ({0}), niet de keuzes van {1}.\nTip: geef een"
      + " antwoordenbestand van {1}.",
      "the answers are for ({0}), not for the picks of {1}.\nMaybe give a {1} answers document."),
  /** A shortlist stage of a variant without shortlists. */
  ANSWER_NO_SHORTLISTS("De variant ({0}) heeft geen shortlists.\nTip: gebruik {1}.",
      "The variant ({0}) has no shortlists.\nMaybe run {1}."),

  // ---- sessions on disk
  /** A session directory that is a file. */
  SESSION_DIRECTORY_IS_FILE("De sessiemap ({0}) is een bestand.\nTip: kies een nieuwe mapnaam.",
      "The session directory ({0}) is a file.\nMaybe choose a new directory name."),
  /** A new session in a directory that is not empty. */
  SESSION_DIRECTORY_NOT_EMPTY("De sessiemap ({0}) is niet leeg; een sessie begint in een nieuwe"
      + " of lege map.\nTip: kies een nieuwe map, of ga daar verder met de sessie met"
      + " 'stagematch session status {0}'.",
      "The session directory ({0}) is not empty; a session starts in a new or empty directory."
      + "\nMaybe choose a new directory, or continue the session there with 'stagematch session"
      + " status {0}'."),
  /** A session directory that does not exist. */
  SESSION_NO_DIRECTORY("De sessiemap ({0}) bestaat niet.\nTip: begin er een met 'stagematch"
      + " session start {0} --problem FILE --variant NAME'.",
      "The session directory ({0}) does not exist.\nMaybe start one with 'stagematch session"
      + " start {0} --problem FILE --variant NAME'."),
  /** A session directory without one of its files. */
  SESSION_FILE_MISSING("De sessiemap ({0}) heeft geen {1}; het is geen sessiemap, of ze is"
      + " onvolledig.\nTip: begin een nieuwe sessie met 'stagematch session start'.",
      "The session directory ({0}) has no {1}; it is not a session directory or it is"
      + " incomplete.\nMaybe start a new session with 'stagematch session start'."),
  /** A trail that is not the replay of the decisions. */
  SESSION_TRAIL_DIFFERS("{0}: de audittrail is niet die welke {1} geeft bij het naspelen ({2}"
      + " regels); ze is veranderd, of de bestanden komen uit verschillende sessies, of een"
      + " andere versie van de bibliotheek schreef ze.\nTip: zet de map terug uit de back-up; de"
      + " beslissingen zelf staan in {1}.",
      "{0}: the trail is not the one that {1} gives when replayed ({2} entries); it was changed,"
      + " or the files come from different sessions, or another version of the library wrote"
      + " them.\nMaybe restore the directory from its backup; the decisions themselves are in"
      + " {1}."),
  /** An answers file for another variant than the session's. */
  SESSION_ANSWERS_OTHER_VARIANT("Het antwoordenbestand is voor de variant ({0}), maar de sessie"
      + " gebruikt ({1}).\nTip: begin de sessie met --variant {0}, of geef antwoorden voor {1}.",
      "The answers file is for the variant ({0}), but the session uses ({1}).\nMaybe start the"
      + " session with --variant {0}, or give answers for {1}."),
  /** The session's copy of the answers file is not the one it was started with. */
  SESSION_ANSWERS_CHANGED("{0} is niet het antwoordenbestand waarmee de sessie begon: de hash"
      + " ({1}) is niet de vastgelegde ({2}).\nTip: zet het bestand terug; een sessie houdt de"
      + " antwoorden van haar start.",
      "{0} is not the answers file the session was started with: its hash ({1}) is not the one"
      + " recorded ({2}).\nMaybe restore the file; a session keeps the answers of its start."),
  /** A session file of another format. */
  SESSION_WRONG_FORMAT("het document is een ({0})-document, geen sessiebestand ({1}).\nTip:"
      + " begin de sessie met 'stagematch session start'.",
      "the document is a ({0}) document, not a session file ({1}).\nMaybe start the session with"
      + " 'stagematch session start'."),
  /** An empty line in the decisions of a session. */
  SESSION_EMPTY_LINE("de regel is leeg.\nTip: haal hem weg: elke regel is een beslissing of een"
      + " nieuwe match.",
      "the line is empty.\nMaybe remove it: every line is one decision or re-match."),
  /** A line of a session without its time. */
  SESSION_LINE_NO_TIME("de tijd ontbreekt; elke regel van een sessie legt vast wanneer de stap"
      + " is gezet.\nTip: voeg \"at\": \"2026-01-12T09:30:00Z\" toe.",
      "the time is missing; every line of a session records when its step was taken.\nMaybe add"
      + " \"at\": \"2026-01-12T09:30:00Z\"."),
  /** A decision for a session on disk without its time. */
  SESSION_DECISION_NO_TIME("De beslissing {0} heeft geen tijd; een sessie op schijf legt vast"
      + " wanneer elke beslissing is genomen.\nTip: geef haar een tijd met Decision.at(time).",
      "The decision {0} has no time; a session on disk records when each decision was taken."
      + "\nMaybe give it one with Decision.at(time)."),

  // ---- audit trails
  /** A trail in the first format. */
  TRAIL_OLD_FORMAT("de audittrail is in het eerdere formaat ({0}), dat de responder en"
      + " zijn antwoorden niet vastlegde; deze versie leest ({1}).\nTip: controleer en speel hem"
      + " opnieuw af met de versie van de bibliotheek die hem schreef.",
      "the trail is in the earlier format ({0}), which did not record the responder"
      + " and its answers; this version reads ({1}).\nMaybe verify and replay it with the version"
      + " of the library that wrote it."),
  /** A document that is not a trail. */
  TRAIL_NOT_A_TRAIL("het document is een ({0})-document, geen audittrail ({1} of {2})."
      + "\nTip: geef de audittrail die de sessie heeft geëxporteerd.",
      "the document is a ({0}) document, not an audit trail ({1} or {2}).\nMaybe pass"
      + " the trail exported by the session."),
  /** A signature on a trail of the second format. */
  TRAIL_SIGNATURE_ON_OLD_FORMAT("een audittrail in formaat ({0}) heeft geen handtekening.\nTip:"
      + " misschien is het formaat met de hand veranderd; zet de audittrail terug uit een"
      + " back-up.",
      "a trail of format ({0}) has no signature.\nMaybe the format was changed by hand; restore"
      + " the trail from a backup."),
  /** An entry without a hash. */
  TRAIL_NO_HASH("Audit{0} heeft geen hash.\nTip: misschien is de regel bewerkt; zet de audittrail"
      + " terug uit de eigen export van de sessie.",
      "Audit {0} has no hash.\nMaybe the entry was edited; restore the trail from the session's"
      + " own export."),
  /** An entry whose hash does not match. */
  TRAIL_CHANGED("Audit{0} is veranderd nadat hij is geschreven: zijn hash ({1}) past niet bij"
      + " zijn inhoud ({2}).\nTip: zet de audittrail terug uit een back-up; een audittrail die"
      + " de controle niet doorstaat, is niet te vertrouwen.",
      "Audit {0} was changed after it was written: its hash ({1}) does not match its content"
      + " ({2}).\nMaybe restore the trail from a backup; a trail that fails verification cannot"
      + " be trusted."),
  /** A broken chain. */
  TRAIL_BROKEN_CHAIN("Audit{0} volgt niet op de regel ervoor: zijn previousHash ({1}) zou ({2})"
      + " moeten zijn.\nTip: misschien is een regel ervoor weggehaald, ingevoegd of verplaatst;"
      + " zet de audittrail terug uit een back-up.",
      "Audit {0} does not follow the entry before it: its previousHash ({1}) should be ({2})."
      + "\nMaybe an entry before it was removed, inserted or moved; restore the trail from a"
      + " backup."),
  /** An entry at the wrong position. */
  TRAIL_WRONG_INDEX("Audit{0} staat op positie {1}, maar heeft index ({2}).\nTip: misschien zijn"
      + " regels van volgorde veranderd; zet de audittrail terug uit een back-up.",
      "Audit {0} is at position {1} but has index ({2}).\nMaybe entries were reordered; restore"
      + " the trail from a backup."),
  /** An entry that cannot be read. */
  TRAIL_UNREADABLE_ENTRY("Audit{0} is niet te lezen: {1}", "Audit {0} cannot be read: {1}"),
  /** A trail that does not end at the expected head. */
  TRAIL_UNEXPECTED_HEAD("De audittrail eindigt na {1} regels bij hash ({0}), niet bij de"
      + " verwachte ({2}).\nTip: misschien zijn er regels van het einde afgehaald of veranderd"
      + " (met alle hashes opnieuw berekend), of is het de audittrail van een andere sessie.",
      "The audit trail ends at hash ({0}) after {1} entries, not at the expected ({2}).\nMaybe"
      + " entries were cut off its end or changed (with every hash recomputed), or it is another"
      + " session's trail."),
  /** A signature of an unknown algorithm. */
  TRAIL_SIGNATURE_ALGORITHM("$.signature.algorithm: de audittrail is ondertekend met ({0}); deze"
      + " versie controleert {1}-handtekeningen.\nTip: misschien is de handtekening met de hand"
      + " veranderd; zet de audittrail terug uit een back-up.",
      "$.signature.algorithm: the trail is signed with ({0}); this version checks {1}"
      + " signatures.\nMaybe the signature was changed by hand; restore the trail from a"
      + " backup."),
  /** A signature that covers other entries. */
  TRAIL_SIGNATURE_COVERAGE("De handtekening van de audittrail dekt head ({0}) na {1} regels,"
      + " maar de regels komen nu uit op head ({2}) na {3} regels: de audittrail is veranderd,"
      + " verlengd of ingekort nadat hij is ondertekend.\nTip: zet de audittrail terug uit de"
      + " eigen export van de sessie; een audittrail die de controle niet doorstaat, is niet te"
      + " vertrouwen.",
      "The signature of the audit trail covers head ({0}) after {1} entries, but the entries now"
      + " hash to head ({2}) after {3} entries: the trail was changed, extended or cut off after"
      + " it was signed.\nMaybe restore the trail from the session's own export; a trail that"
      + " fails verification cannot be trusted."),
  /** A trail signed by another key. */
  TRAIL_OTHER_KEY("De audittrail is ondertekend met een andere sleutel (vingerafdruk {0}) dan de"
      + " gegeven publieke sleutel (vingerafdruk {1}).\nTip: geef de publieke sleutel van de"
      + " school die hem ondertekende; een audittrail die iemand anders opnieuw ondertekende, is"
      + " niet te vertrouwen.",
      "The audit trail is signed by another key (fingerprint {0}) than the public key given"
      + " (fingerprint {1}).\nMaybe pass the public key of the school that signed it; a trail"
      + " re-signed by someone else cannot be trusted."),
  /** A signature that does not verify. */
  TRAIL_BAD_SIGNATURE("De handtekening van de audittrail (head {0}, {1} regels) klopt niet met de"
      + " publieke sleutel (vingerafdruk {2}): de handtekening of de head is na het ondertekenen"
      + " veranderd.\nTip: zet de audittrail terug uit de eigen export van de sessie; een"
      + " audittrail die de controle niet doorstaat, is niet te vertrouwen.",
      "The signature of the audit trail (head {0}, {1} entries) does not verify with the public"
      + " key (fingerprint {2}): the signature or the head was changed after signing.\nMaybe"
      + " restore the trail from the session's own export; a trail that fails verification"
      + " cannot be trusted."),
  /** A key given for a trail that is not signed. */
  TRAIL_NOT_SIGNED("De audittrail is niet ondertekend, maar er is een publieke sleutel"
      + " (vingerafdruk {0}) gegeven: een audittrail waarvan de handtekening is weggehaald, is"
      + " niet te onderscheiden van een die nooit is ondertekend.\nTip: controleer hem zonder"
      + " sleutel, tegen de elders bewaarde head-hash (--expect-head), als de sessie niet was"
      + " ondertekend.",
      "The audit trail is not signed, but a public key (fingerprint {0}) was given: a trail whose"
      + " signature was removed cannot be told from one never signed.\nMaybe check it without"
      + " the key, against the head hash kept elsewhere (--expect-head), if the session was not"
      + " signed."),
  /** An entry's time that is not an instant. */
  TRAIL_BAD_TIME("de tijd ({0}) is geen ISO-8601-tijdstip.\nTip: schrijf hem als"
      + " 2026-02-02T09:00:00Z.",
      "the time ({0}) is not an ISO-8601 instant.\nMaybe write it as 2026-02-02T09:00:00Z."),
  /** A decision time that is neither an instant nor "not given". */
  TRAIL_BAD_DECISION_TIME("de tijd ({0}) is geen ISO-8601-tijdstip en ook niet ({1}).\nTip:"
      + " schrijf hem als 2026-01-12T08:30:00Z.",
      "the time ({0}) is neither an ISO-8601 instant nor ({1}).\nMaybe write it as"
      + " 2026-01-12T08:30:00Z."),
  /** A decision time on an entry without a decision. */
  TRAIL_DECISION_TIME_WITHOUT_DECISION("alleen een regel met een beslissing heeft een tijd van"
      + " de beslissing.\nTip: laat hem weg.",
      "only an entry with a decision has a decision time.\nMaybe leave it out."),
  /** A round on an answer that is not a pick. */
  TRAIL_ROUND_NOT_PICK("alleen een PICK-antwoord heeft een ronde.\nTip: haal het veld weg.",
      "only a PICK answer has a round.\nMaybe remove the field."),
  /** A trail that does not start with the seed. */
  TRAIL_NO_SEED_FIRST("De audittrail begint niet met het vastleggen van de seed (SEED_FIXED)."
      + "\nTip: geef de hele audittrail die de sessie heeft geëxporteerd.",
      "The audit trail does not start with the fixed seed (SEED_FIXED).\nMaybe pass the whole"
      + " trail exported by the session."),
  /** A trail answered by another responder. */
  TRAIL_OTHER_RESPONDER("De audittrail is beantwoord door responder ({0}), niet door ({1}).\nTip:"
      + " speel hem af met die responder, of met MatchingSession.replay(problem, trailJson,"
      + " variants), dat de vastgelegde antwoorden geeft.",
      "The audit trail was answered by responder ({0}), not ({1}).\nMaybe replay it with that"
      + " responder, or with MatchingSession.replay(problem, trailJson, variants), which gives"
      + " the recorded answers."),
  /** A trail of another variant. */
  TRAIL_OTHER_VARIANT("De audittrail hoort bij variant ({0}), niet bij ({1}).\nTip: speel hem af"
      + " met variant ({0}).",
      "The audit trail is of variant ({0}), not ({1}).\nMaybe replay it with variant ({0})."),
  /** A trail of another input. */
  TRAIL_OTHER_INPUT("De audittrail hoort bij andere invoer: hij legt de invoerhash ({0}) vast,"
      + " het gegeven probleem heeft ({1}).\nTip: geef het probleemdocument waarmee de sessie is"
      + " begonnen.",
      "The audit trail belongs to another input: it records the input hash ({0}), the problem"
      + " given has ({1}).\nMaybe pass the problem document the session was started on."),
  /** The first proposal cannot be replayed. */
  TRAIL_REPLAY_FIRST_FAILS("Het opnieuw berekenen van het eerste voorstel mislukt: {0}",
      "Replaying the first proposal fails: {0}"),
  /** A decision entry without a decision. */
  TRAIL_NO_DECISION("Audit{0} heeft geen beslissing.\nTip: misschien is de audittrail door een"
      + " ander programma geschreven.",
      "Audit {0} has no decision.\nMaybe the trail was written by another program."),
  /** A reseed entry without a seed. */
  TRAIL_NO_SEED("Audit{0} heeft geen seed.\nTip: misschien is de audittrail door een ander"
      + " programma geschreven.",
      "Audit {0} has no seed.\nMaybe the trail was written by another program."),
  /** A first-only entry later in the trail. */
  TRAIL_FIRST_ONLY("Audit{0} mag alleen de eerste regel zijn.\nTip: misschien voegt de audittrail"
      + " twee sessies samen.",
      "Audit {0} may only be the first entry.\nMaybe the trail joins two sessions."),
  /** A step that fails on replay. */
  TRAIL_REPLAY_FAILS("Het opnieuw afspelen van audit{0} mislukt: {1}",
      "Replaying audit {0} fails: {1}"),
  /** A recorded pick with more than one token. */
  TRAIL_REPLAY_TOO_MANY_PICKS("De audittrail legt bij {2} {0} keuzes vast voor {1}; een keuze is"
      + " een token of geen.\nTip: misschien is de audittrail door een ander programma"
      + " geschreven.",
      "The trail records {0} picks for {1} at {2}; a pick is one token or none.\nMaybe the trail"
      + " was written by another program."),
  /** The replay asks more questions than the entry recorded answers. */
  TRAIL_REPLAY_NO_ANSWER("Het naspelen vraagt {0}, maar {1} legt maar {2} antwoord(en) vast."
      + "\nTip: misschien zijn de variant of haar opties veranderd sinds de audittrail is"
      + " geschreven.",
      "The replay asks the {0}, but {1} records only {2} answer(s).\nMaybe the variant or its"
      + " options changed since the trail was written."),
  /** The replay asks another question than the entry recorded. */
  TRAIL_REPLAY_OTHER_QUESTION("Het naspelen vraagt {0}, maar {1} legt als antwoord {2} dat op {3}"
      + " vast.\nTip: misschien zijn de variant of haar opties veranderd sinds de audittrail is"
      + " geschreven.",
      "The replay asks the {0}, but {1} records answer {2} to the {3}.\nMaybe the variant or its"
      + " options changed since the trail was written."),
  /** A question of a responder, as a replay names it. */
  TRAIL_QUESTION("{0} van ({1}) over {2}", "{0} of ({1}) over {2}"),
  /** A question of a responder in a shortlist round, as a replay names it. */
  TRAIL_QUESTION_ROUND("{0} van ({1}) in ronde {2} over {3}",
      "{0} of ({1}) in round {2} over {3}"),
  /** A replay with more entries than recorded. */
  TRAIL_REPLAY_LONGER("Het opnieuw afspelen van de audittrail geeft meer regels ({0}) dan hij"
      + " vastlegt ({1}).\nTip: misschien zijn er regels van het einde afgehaald.",
      "Replaying the audit trail gives more entries ({0}) than it records ({1}).\nMaybe entries"
      + " were cut off its end."),
  /** A replay that diverges. */
  TRAIL_REPLAY_DIVERGED("Het opnieuw afspelen wijkt af bij audit{0}: de stap geeft nu {1}, de"
      + " audittrail legt {2} vast.\nTip: misschien zijn de variant, haar opties of de versie van"
      + " de bibliotheek veranderd sinds de audittrail is geschreven.",
      "Replay diverged at audit {0}: the step now gives {1}, the trail records {2}.\nMaybe the"
      + " variant, its options or the library version changed since the trail was written."),

  // ---- decisions the session refuses
  /** A timed decision on a trail of the earlier format. */
  DECISION_TIME_ON_OLD_TRAIL("Deze sessie zet een audittrail voort in het eerdere formaat ({0}),"
      + " waarin geen plaats is voor de tijd van {1}.\nTip: laat de tijd weg, of begin een nieuwe"
      + " sessie (die schrijft {2}).",
      "This session continues a trail of the earlier format ({0}), which has no place for the"
      + " time of {1}.\nMaybe leave the time out, or start a new session (it writes {2})."),
  /** A decision about a student who is not in the problem. */
  DECISION_UNKNOWN_STUDENT("De student ({0}) van de beslissing {1} hoort niet bij het probleem."
      + "\nTip: vergelijk het id met de studenten van het probleem.",
      "The student ({0}) of the decision {1} is not part of the problem.\nMaybe check the id"
      + " against the problem's students."),
  /** A decision about a place that is not in the problem. */
  DECISION_UNKNOWN_PLACE("De plaats ({0}) van de beslissing {1} hoort niet bij het probleem."
      + "\nTip: vergelijk het id met de plaatsen van het probleem.",
      "The place ({0}) of the decision {1} is not part of the problem.\nMaybe check the id"
      + " against the problem's places."),
  /** Confirming a pair the proposal leaves the student unplaced in. */
  DECISION_NOT_PROPOSED_UNPLACED("Voorstel {0} plaatst student ({1}) niet op plaats ({2}); het"
      + " laat de student ongeplaatst. {3} kan niet.\nTip: bevestig het paar dat het voorstel"
      + " maakt, of zet dit paar vast en match opnieuw.",
      "Proposal {0} does not place student ({1}) at place ({2}); it leaves her unplaced. Cannot"
      + " {3}.\nMaybe confirm the pair the proposal makes, or pin this pair and re-match."),
  /** Confirming a pair the proposal does not make. */
  DECISION_NOT_PROPOSED("Voorstel {0} plaatst student ({1}) niet op plaats ({2}) maar op ({3})."
      + " {4} kan niet.\nTip: bevestig het paar dat het voorstel maakt, of zet dit paar vast en"
      + " match opnieuw.",
      "Proposal {0} does not place student ({1}) at place ({2}); it places her at ({3}). Cannot"
      + " {4}.\nMaybe confirm the pair the proposal makes, or pin this pair and re-match."),
  /** Confirming a placement twice. */
  DECISION_ALREADY_CONFIRMED("De plaatsing van student ({0}) op ({1}) is al bevestigd.\nTip:"
      + " laat deze beslissing weg.",
      "The placement of student ({0}) at ({1}) is already confirmed.\nMaybe leave this decision"
      + " out."),
  /** Confirming a place other than the pinned one. */
  DECISION_PINNED_ELSEWHERE("Student ({0}) staat vast op ({1}), niet op ({2}).\nTip: match eerst"
      + " opnieuw, zodat het voorstel de vastzetting volgt.",
      "Student ({0}) is pinned at ({1}), not at ({2}).\nMaybe re-match first so that the proposal"
      + " keeps the pin."),
  /** Pinning a student who is confirmed elsewhere. */
  DECISION_CONFIRMED_ELSEWHERE("Student ({0}) is bevestigd op ({1}); {2} kan niet.\nTip: beëindig"
      + " of weiger die plaatsing eerst.",
      "Student ({0}) is confirmed at ({1}); cannot {2}.\nMaybe end or refuse that placement"
      + " first."),
  /** Pinning a pair twice. */
  DECISION_ALREADY_PINNED("Student ({0}) staat al vast op ({1}).\nTip: laat deze beslissing weg.",
      "Student ({0}) is already pinned at ({1}).\nMaybe leave this decision out."),
  /** Pinning a pair that breaks a hard rule. */
  DECISION_NOT_ADMISSIBLE("Het paar ({0}, {1}) is niet toelaatbaar ({2}: {3}); {4} kan niet."
      + "\nTip: zet een plaats vast die aan de harde regels voldoet.",
      "The pair ({0}, {1}) is not admissible ({2}: {3}); cannot {4}.\nMaybe pin a place that"
      + " passes the hard rules."),
  /** Forbidding a confirmed pair. */
  DECISION_FORBID_CONFIRMED("Het paar ({0}, {1}) is bevestigd; {2} kan niet.\nTip: leg in plaats"
      + " daarvan de weigering, het bezwaar of het vroege einde vast.",
      "The pair ({0}, {1}) is confirmed; cannot {2}.\nMaybe record the refusal, objection or"
      + " early end instead."),
  /** Forbidding a pinned pair. */
  DECISION_FORBID_PINNED("Het paar ({0}, {1}) staat vast; {2} kan niet.\nTip: leg in plaats"
      + " daarvan de weigering, het bezwaar of het vroege einde vast.",
      "The pair ({0}, {1}) is pinned; cannot {2}.\nMaybe record the refusal, objection or early"
      + " end instead."),
  /** Refusing or objecting to a pair that is not proposed. */
  DECISION_NOT_CURRENT("Student ({0}) is niet voorgesteld, bevestigd of vastgezet op plaats"
      + " ({1}); {2} kan niet.\nTip: gebruik FORBID om een paar uit te sluiten dat nooit is"
      + " voorgesteld.",
      "Student ({0}) is not proposed, confirmed or pinned at place ({1}); cannot {2}.\nMaybe use"
      + " FORBID to rule out a pair that was never proposed."),
  /** Ending a placement that is not confirmed. */
  DECISION_END_NOT_CONFIRMED("De plaatsing van student ({0}) op ({1}) is niet bevestigd; alleen"
      + " een bevestigde plaatsing kan na de evaluatie eindigen. {2} kan niet.\nTip: leg in"
      + " plaats daarvan een weigering of bezwaar vast.",
      "The placement of student ({0}) at ({1}) is not confirmed; only a confirmed placement can"
      + " end after the evaluation. Cannot {2}.\nMaybe record a refusal or objection instead."),
  /** A place that is full. */
  DECISION_PLACE_FULL("Plaats ({0}) is vol met bevestigde en vastgezette studenten ({1} van"
      + " capaciteit {2}); {3} kan niet.\nTip: maak eerst daar een vastzetting los of beëindig"
      + " er een plaatsing.",
      "Place ({0}) is full with confirmed and pinned students ({1} of capacity {2}); cannot {3}."
      + "\nMaybe unpin or end a placement there first."),
  /** A forbidden pair. */
  DECISION_FORBIDDEN("Het paar {0} is uitgesloten (door de coördinator, of na een weigering,"
      + " bezwaar of vroeg einde); {1} kan niet.\nTip: bekijk de toestand van de sessie: een"
      + " uitgesloten paar blijft uitgesloten.",
      "The pair {0} is forbidden (by the coordinator, or after a refusal, objection or early"
      + " end); cannot {1}.\nMaybe look at the session's state: a forbidden pair stays"
      + " forbidden."),
  /** A decision about a student who opted out. */
  DECISION_OPTED_OUT("Student ({0}) heeft zich afgemeld en zoekt zelf; {1} kan niet.\nTip: laat"
      + " deze student weg uit de beslissingen.",
      "Student ({0}) opted out and searches herself; cannot {1}.\nMaybe leave her out of the"
      + " decisions."),
  /** A new seed equal to the current one. */
  DECISION_SAME_SEED("De nieuwe seed ({0}) is de huidige seed.\nTip: gebruik rematch om met"
      + " dezelfde seed een nieuw voorstel te berekenen.",
      "The new seed ({0}) is the current seed.\nMaybe call rematch to compute a new proposal with"
      + " the same seed."),
  /** Withdrawing a pin that is not there. */
  DECISION_WITHDRAW_NOT_PINNED("Student ({0}) staat niet vast op ({1}); er is geen vastzetting om"
      + " in te trekken. {2} kan niet.\nTip: bekijk de vastzettingen in de toestand van de"
      + " sessie.",
      "Student ({0}) is not pinned at ({1}); there is no pin to withdraw. Cannot {2}.\nMaybe look"
      + " at the session's state for the pins."),
  /** Withdrawing a pin of another place. */
  DECISION_WITHDRAW_PINNED_ELSEWHERE("Student ({0}) staat niet vast op ({1}) maar op ({2}); er is"
      + " geen vastzetting om in te trekken. {3} kan niet.\nTip: bekijk de vastzettingen in de"
      + " toestand van de sessie.",
      "Student ({0}) is not pinned at ({1}); she is pinned at ({2}); there is no pin to withdraw."
      + " Cannot {3}.\nMaybe look at the session's state for the pins."),
  /** Withdrawing the prohibition of a pair that a refusal, objection or early end forbade. */
  DECISION_WITHDRAW_CLOSED("Het paar {0} is geweigerd, kreeg bezwaar of is beëindigd, en is niet"
      + " door een coördinator uitgesloten: het blijft uitgesloten (R3, R4: een student of"
      + " bedrijf die nee zei, krijgt hetzelfde paar nooit opnieuw aangeboden). {1} kan niet."
      + "\nTip: zet een andere plaats vast voor de student.",
      "The pair {0} was refused, objected or ended, not forbidden by a coordinator: it stays"
      + " forbidden (R3, R4: a student or company that said no is never offered the same pair"
      + " again). Cannot {1}.\nMaybe pin another place for her."),
  /** Withdrawing a prohibition that is not there. */
  DECISION_WITHDRAW_NOT_FORBIDDEN("Het paar {0} is niet uitgesloten; er is geen uitsluiting om in"
      + " te trekken. {1} kan niet.\nTip: bekijk de uitgesloten paren in de toestand van de"
      + " sessie.",
      "The pair {0} is not forbidden; there is no prohibition to withdraw. Cannot {1}.\nMaybe"
      + " look at the session's state for the forbidden pairs."),
  /** Withdrawing an opt-out that the problem itself has. */
  DECISION_WITHDRAW_OPTED_OUT_IN_PROBLEM("Student ({0}) heeft zich in het probleem zelf afgemeld,"
      + " niet door een beslissing van deze sessie. {1} kan niet.\nTip: verbeter het"
      + " probleemdocument en begin een nieuwe sessie.",
      "Student ({0}) opted out in the problem itself, not by a decision of this session. Cannot"
      + " {1}.\nMaybe correct the problem document and start a new session."),
  /** Withdrawing an opt-out that is not there. */
  DECISION_WITHDRAW_NOT_OPTED_OUT("Student ({0}) heeft zich niet afgemeld; er is geen afmelding"
      + " om in te trekken. {1} kan niet.\nTip: laat deze beslissing weg.",
      "Student ({0}) has not opted out; there is no opt-out to withdraw. Cannot {1}.\nMaybe leave"
      + " this decision out."),
  /** An early end dated before the evaluation window (R11). */
  DECISION_END_BEFORE_WINDOW("De plaatsing van student ({0}) op ({1}) begint op {2}; ze kan pas"
      + " vroeg eindigen na de evaluatie twee weken na de start (R11), dus vanaf {3}. {4} kan"
      + " niet.\nTip: geef de datum {3} of later.",
      "The placement of student ({0}) at ({1}) starts on {2}; it can end early only after the"
      + " evaluation two weeks in (R11), so from {3} on. Cannot {4}.\nMaybe give the date {3} or"
      + " later."),
  /** An early end dated after the placement. */
  DECISION_END_AFTER_PLACEMENT("De plaatsing van student ({0}) op ({1}) loopt tot {2}; een vroeg"
      + " einde op {3} valt daarna, dus er blijft niets van de periode over. {4} kan niet.\nTip:"
      + " geef een datum van {5} tot {2}.",
      "The placement of student ({0}) at ({1}) runs until {2}; an early end on {3} is after it,"
      + " so nothing of her period remains. Cannot {4}.\nMaybe give a date from {5} to {2}."),
  /** Withdrawing a refusal, objection or early end. */
  DECISION_NOT_WITHDRAWABLE_CLOSED("Een {0}-beslissing kan niet worden ingetrokken ({1}): een"
      + " geweigerd, met bezwaar of beëindigd paar blijft uitgesloten (R3, R4: een student of"
      + " bedrijf die nee zei, krijgt hetzelfde paar nooit opnieuw aangeboden), dus de sessie"
      + " houdt haar bij.\nTip: zet een andere plaats vast voor de student, of begin een nieuwe"
      + " sessie als de beslissing per vergissing is ingevoerd.",
      "A {0} decision cannot be withdrawn ({1}): a refused, objected or ended pair stays"
      + " forbidden (R3, R4: a student or company that said no is never offered the same pair"
      + " again), so the session keeps it on the record.\nMaybe pin another place for her, or"
      + " start a new session if the decision was entered by mistake."),
  /** Withdrawing a confirmation. */
  DECISION_NOT_WITHDRAWABLE_CONFIRM("Een {0}-beslissing kan niet worden ingetrokken ({1}): alleen"
      + " PIN, FORBID en OPT_OUT kunnen dat.\nTip: leg in plaats daarvan een weigering, bezwaar"
      + " of vroeg einde van de bevestigde plaatsing vast.",
      "A {0} decision cannot be withdrawn ({1}): only PIN, FORBID and OPT_OUT can.\nMaybe record"
      + " a refusal, objection or early end of the confirmed placement instead."),
  /** Withdrawing another kind that cannot be withdrawn. */
  DECISION_NOT_WITHDRAWABLE("Een {0}-beslissing kan niet worden ingetrokken ({1}): alleen PIN,"
      + " FORBID en OPT_OUT kunnen dat.\nTip: laat deze beslissing weg.",
      "A {0} decision cannot be withdrawn ({1}): only PIN, FORBID and OPT_OUT can.\nMaybe leave"
      + " this decision out."),
  /** A date that is not an ISO-8601 calendar date. */
  DECISION_BAD_DATE("de datum ({0}) is geen ISO-8601-datum.\nTip: schrijf hem als 2026-02-20"
      + " (jaar, maand, dag).",
      "the date ({0}) is not an ISO-8601 date.\nMaybe write it as 2026-02-20 (year, month,"
      + " day)."),
  /** A decision without its kind. */
  DECISION_NO_KIND("De soort van een beslissing ontbreekt.\nTip: kies CONFIRM, PIN, FORBID,"
      + " REFUSE, OPT_OUT, OBJECT, END_EARLY of WITHDRAW.",
      "The kind of a decision is missing.\nMaybe choose CONFIRM, PIN, FORBID, REFUSE, OPT_OUT,"
      + " OBJECT, END_EARLY or WITHDRAW."),
  /** A decision without an id it needs ({0}: whose id; {1}: what to do, a whole sentence). */
  DECISION_NO_ID("Het id van {0} ontbreekt.\n{1}", "The id of {0} is missing.\n{1}"),
  /** An objection without its side. */
  DECISION_NO_SIDE("De kant (STUDENT of COMPANY) van {0} ontbreekt.\nTip: zeg wie bezwaar"
      + " maakt: STUDENT of COMPANY.",
      "The side (STUDENT or COMPANY) of {0} is missing.\nMaybe say who objects: STUDENT or"
      + " COMPANY."),
  /** A refusal, objection or early end without its reason category. */
  DECISION_NO_REASON("De redencategorie van {0} ontbreekt.\nTip: gebruik OTHER met een"
      + " notitieverwijzing als geen categorie past.",
      "The reason category of {0} is missing.\nMaybe use OTHER with a note reference if no"
      + " category fits."),
  /** A withdrawal without the kind it withdraws. */
  DECISION_NO_WITHDRAWN("De soort die {0} intrekt ontbreekt.\nTip: noem PIN, FORBID of"
      + " OPT_OUT.",
      "The kind that {0} withdraws is missing.\nMaybe name PIN, FORBID or OPT_OUT."),
  /** An early end made effective on no date. */
  DECISION_NO_DATE("De datum waarop {0} ingaat ontbreekt.\nTip: geef haar eerste dag zonder de"
      + " plaatsing, zoals 2026-02-20, of laat de datum weg.",
      "The date {0} takes effect is missing.\nMaybe give her first day without the placement,"
      + " such as 2026-02-20, or leave the date out."),
  /** A round of a recorded answer that does not fit its question. */
  ANSWER_BAD_ROUND("De ronde ({0}) van een {1}-antwoord van ({2}) moet positief zijn voor een"
      + " keuze (PICK) en anders 0.\nTip: misschien is de trail door een ander programma"
      + " geschreven.",
      "The round ({0}) of a {1} answer of ({2}) must be positive for a pick and 0 otherwise."
      + "\nMaybe the trail was written by another program."),
  /** Picks of a round below 1. */
  ANSWER_PICK_ROUND_TOO_LOW("De ronde ({0}) van een keuze moet 1 of meer zijn.\nTip: nummer de"
      + " rondes vanaf 1.",
      "The round ({0}) of a pick must be 1 or more.\nMaybe number the rounds from 1."),
  /** Picks of a round the document already has. */
  ANSWER_PICK_ROUND_TWICE("De keuzes van ronde {0} staan al in het document.\nTip: voeg de"
      + " keuzes van de volgende ronde toe.",
      "The picks of round {0} are already in the document.\nMaybe add the picks of the next"
      + " round."),
  /** A variant a session cannot use. */
  SESSION_VARIANT_UNSUITABLE("Variant ({0}) verklaart {1} niet; een sessie heeft vastzettingen"
      + " en uitsluitingen nodig (R6) en een deterministisch resultaat om na te spelen.\nTip:"
      + " gebruik een variant die dat kan, zoals school-placement.",
      "Variant ({0}) does not declare {1}; a session needs pins and forbidden pairs (R6) and a"
      + " deterministic result to replay.\nMaybe use a variant with these capabilities, such as"
      + " school-placement."),
  /** A step of a decisions file, or a decision given to a session, that is null. */
  DECISION_MISSING("De beslissing ontbreekt (null).\nTip: geef een beslissing, gemaakt met"
      + " een van de fabrieksmethoden van Decision, zoals Decision.confirm.",
      "The decision is missing (null).\nMaybe give a decision made with one of Decision's"
      + " factories, such as Decision.confirm."),
  /** The first entry of a trail without a seed. */
  /** What report says of a trail whose hash chain holds. */
  TRAIL_CHECK_CHAIN("trail:        {0}, {1} regels, hashketen klopt",
      "trail:     {0}, {1} entries, hash chain verified"),
  /** The head hash, as expected. */
  TRAIL_CHECK_HEAD_EXPECTED("kop:          {0} (gelijk aan de verwachte kop)",
      "head:      {0} (matches the expected head)"),
  /** The head hash, to keep elsewhere. */
  TRAIL_CHECK_HEAD_KEEP("kop:          {0} (bewaar deze hash elders, bijvoorbeeld in de notulen,"
      + " en controleer met --expect-head)",
      "head:      {0} (keep this hash elsewhere, e.g. in the minutes, and check with"
      + " --expect-head)"),
  /** A trail without a signature. */
  TRAIL_CHECK_UNSIGNED("handtekening: geen (de trail is niet ondertekend)",
      "signature: none (the trail is not signed)"),
  /** A signature verified with the given public key. */
  TRAIL_CHECK_SIGNATURE_VERIFIED("handtekening: Ed25519, sleutel {0}, geverifieerd met de publieke"
      + " sleutel", "signature: Ed25519, key {0}, verified with the public key"),
  /** A signature not checked: no public key was given. */
  TRAIL_CHECK_SIGNATURE_NOT_CHECKED("handtekening: Ed25519, sleutel {0}, NIET gecontroleerd (geef"
      + " de publieke sleutel met --public-key BESTAND om hem te controleren)",
      "signature: Ed25519, key {0}, NOT checked (give the public key with --public-key FILE to"
      + " check it)"),
  /** A trail whose first entry records no seed. */
  TRAIL_FIRST_NO_SEED("$.entries[0].seed: audit{0} heeft geen seed, dus het voorstel ervan kan"
      + " niet worden nagespeeld.\nTip: misschien is de regel bewerkt; zet de audittrail terug"
      + " uit de eigen export van de sessie.",
      "$.entries[0].seed: audit {0} has no seed, so its proposal cannot be replayed.\nMaybe the"
      + " entry was edited; restore the trail from the session's own export."),

  // ---- signing keys (stagematch keygen, match --sign-key, report --public-key)
  /** A key that cannot sign. */
  KEY_CANNOT_SIGN("De sleutel kan niet ondertekenen met {0}: {1}\nTip: gebruik een sleutel"
      + " gemaakt door 'stagematch keygen'.",
      "The key cannot sign with {0}: {1}\nMaybe use a key made by 'stagematch keygen'."),
  /** A public key of another type when verifying. */
  KEY_PUBLIC_WRONG_TYPE("De publieke sleutel is geen {0}-sleutel ({1}).\nTip: geef de publieke"
      + " sleutel die met de ondertekensleutel is gemaakt.",
      "The public key is not an {0} key ({1}).\nMaybe pass the public key made with the signing"
      + " key."),
  /** A signing key of another type; {0} is empty or " in (FILE)". */
  KEY_SIGNING_WRONG_TYPE("De ondertekensleutel{0} is een {1}-sleutel, geen {2}-sleutel.\nTip:"
      + " maak een sleutelpaar met 'stagematch keygen --out DIR' of"
      + " TrailSignature.generateKeyPair().",
      "The signing key{0} is an {1} key, not an {2} key.\nMaybe make a key pair with"
      + " 'stagematch keygen --out DIR' or TrailSignature.generateKeyPair()."),
  /** Two keys that are not a pair; {0} is empty or " in (FILE)". */
  KEY_PAIR_MISMATCH("De publieke sleutel{0} hoort niet bij zijn privésleutel.\nTip: gebruik de"
      + " twee sleutels die 'stagematch keygen' samen heeft geschreven.",
      "The public key{0} does not belong to its private key.\nMaybe use the two keys written"
      + " together by 'stagematch keygen'."),
  /** A key file that exists already. */
  KEY_FILE_EXISTS("Het sleutelbestand ({0}) bestaat al; het wordt niet overschreven.\nTip:"
      + " schrijf het nieuwe paar naar een andere map, of zet de oude sleutels eerst ergens anders"
      + " neer (een trail die ermee is ondertekend kan alleen met hun publieke sleutel worden"
      + " gecontroleerd).",
      "The key file ({0}) already exists; it is not overwritten.\nMaybe write the new pair to"
      + " another directory, or move the old keys away first (a trail signed with them can only"
      + " be checked with their public key)."),
  /** A key file that cannot be written. */
  KEY_FILE_NOT_WRITTEN("Het sleutelbestand ({0}) kan niet worden geschreven: {1}.\nTip:"
      + " controleer of de map bestaat en beschrijfbaar is; er is geen sleutelbestand"
      + " achtergebleven.",
      "The key file ({0}) cannot be written: {1}.\nMaybe check that its directory exists and is"
      + " writable; no key file was left behind."),
  /** A private key block of another type. */
  KEY_FILE_OTHER_PRIVATE("Het sleutelbestand ({0}) bevat een ({1}), geen {2}-privésleutel.\nTip:"
      + " maak een {2}-sleutelpaar met 'stagematch keygen --out DIR'.",
      "The key file ({0}) holds a ({1}), not an {2} private key.\nMaybe make an {2} key pair"
      + " with 'stagematch keygen --out DIR'."),
  /** A key file without a private key. */
  KEY_FILE_NO_PRIVATE("Het sleutelbestand ({0}) bevat geen privésleutel.\nTip: geef het"
      + " privésleutelbestand ({1}) dat 'stagematch keygen' heeft geschreven.",
      "The key file ({0}) holds no private key.\nMaybe pass the private key file ({1}) written"
      + " by 'stagematch keygen'."),
  /** A public key file given as the private key file. */
  KEY_FILE_ONLY_PUBLIC("Het sleutelbestand ({0}) bevat geen privésleutel (alleen een publieke"
      + " sleutel: het is een publiekesleutelbestand).\nTip: geef het privésleutelbestand ({1})"
      + " dat 'stagematch keygen' heeft geschreven.",
      "The key file ({0}) holds no private key (only a public key: it is a public key file)."
      + "\nMaybe pass the private key file ({1}) written by 'stagematch keygen'."),
  /** A private key that is not Ed25519; {2} says what it is. */
  KEY_PRIVATE_NOT_ED25519("De privésleutel in ({0}) is geen {1}-sleutel ({2}).\nTip: maak een"
      + " {1}-sleutelpaar met 'stagematch keygen --out DIR'.",
      "The private key in ({0}) is not an {1} key ({2}).\nMaybe make an {1} key pair with"
      + " 'stagematch keygen --out DIR'."),
  /** A private key file without its public key block. */
  KEY_FILE_NO_PUBLIC_BLOCK("Het sleutelbestand ({0}) bevat de privésleutel, maar niet het blok"
      + " met zijn publieke sleutel ({1}), dat de sleutel in de trail noemt.\nTip: voeg het"
      + " publiekesleutelbestand eraan toe (cat {2} >> {3}), of maak een nieuw paar met"
      + " 'stagematch keygen --out DIR'.",
      "The key file ({0}) holds the private key but not its public key block ({1}), which names"
      + " the key in the trail.\nMaybe append the public key file to it (cat {2} >> {3}), or make"
      + " a new pair with 'stagematch keygen --out DIR'."),
  /** A public key block of another type. */
  KEY_FILE_OTHER_PUBLIC("Het sleutelbestand ({0}) bevat een ({1}), geen publieke {2}-sleutel."
      + "\nTip: geef het publiekesleutelbestand ({3}) dat 'stagematch keygen' heeft geschreven.",
      "The key file ({0}) holds a ({1}), not an {2} public key.\nMaybe pass the public key file"
      + " ({3}) written by 'stagematch keygen'."),
  /** A key file without a public key. */
  KEY_FILE_NO_PUBLIC("Het sleutelbestand ({0}) bevat geen publieke sleutel (geen blok"
      + " -----BEGIN {1}-----).\nTip: geef het publiekesleutelbestand ({2}) dat 'stagematch"
      + " keygen' heeft geschreven.",
      "The key file ({0}) holds no public key (no -----BEGIN {1}----- block).\nMaybe pass the"
      + " public key file ({2}) written by 'stagematch keygen'."),
  /** A public key that is not Ed25519; {2} says what it is. */
  KEY_PUBLIC_NOT_ED25519("De publieke sleutel in ({0}) is geen {1}-sleutel ({2}).\nTip: geef"
      + " het publiekesleutelbestand ({3}) dat 'stagematch keygen' heeft geschreven.",
      "The public key in ({0}) is not an {1} key ({2}).\nMaybe pass the public key file ({3})"
      + " written by 'stagematch keygen'."),
  /** A key file that does not exist; {0} is the kind of key. */
  KEY_FILE_MISSING("Het {0}bestand ({1}) bestaat niet.\nTip: controleer het pad, of maak een"
      + " sleutelpaar met 'stagematch keygen --out DIR'.",
      "The {0} file ({1}) does not exist.\nMaybe check the path, or make a key pair with"
      + " 'stagematch keygen --out DIR'."),
  /** A key file that may not be read. */
  KEY_FILE_ACCESS_DENIED("Het {0}bestand ({1}) kan niet worden gelezen: geen toegang.\nTip:"
      + " controleer de rechten van het bestand.",
      "The {0} file ({1}) cannot be read: access denied.\nMaybe check the file's permissions."),
  /** A key file that is not ASCII text. */
  KEY_FILE_NOT_TEXT("Het {0}bestand ({1}) is geen PEM-tekstbestand (het bevat bytes die geen"
      + " ASCII zijn).\nTip: geef het bestand dat 'stagematch keygen' heeft geschreven, geen"
      + " binaire (DER-)sleutel.",
      "The {0} file ({1}) is not a PEM text file (it holds bytes that are not ASCII).\nMaybe"
      + " pass the file written by 'stagematch keygen', not a binary (DER) key."),
  /** A key file that cannot be read. */
  KEY_FILE_UNREADABLE("Het {0}bestand ({1}) kan niet worden gelezen: {2}\nTip: controleer het"
      + " pad en de rechten van het bestand.",
      "The {0} file ({1}) cannot be read: {2}\nMaybe check the path and the file's"
      + " permissions."),
  /** A PEM block whose base64 is damaged. */
  KEY_FILE_BAD_BASE64("Het {0}bestand ({1}) is misvormd: de base64 van zijn ({2})-blok (regels"
      + " {3} tot {4}) kan niet worden gedecodeerd ({5}).\nTip: misschien is het bestand"
      + " beschadigd; zet het terug, of maak een nieuw sleutelpaar met 'stagematch keygen --out"
      + " DIR'.",
      "The {0} file ({1}) is malformed: the base64 of its ({2}) block (lines {3} to {4}) cannot"
      + " be decoded ({5}).\nMaybe the file was damaged; restore it, or make a new key pair with"
      + " 'stagematch keygen --out DIR'."),
  /** A PEM block without its end line. */
  KEY_FILE_NO_END("Het {0}bestand ({1}) is misvormd: zijn ({2})-blok heeft geen eindregel"
      + " (-----END {2}-----).\nTip: misschien is het bestand afgekapt; zet het terug, of maak"
      + " een nieuw sleutelpaar met 'stagematch keygen --out DIR'.",
      "The {0} file ({1}) is malformed: its ({2}) block has no end line (-----END {2}-----)."
      + "\nMaybe the file was cut off; restore it, or make a new key pair with 'stagematch keygen"
      + " --out DIR'."),
  /** A key file without any PEM block. */
  KEY_FILE_NO_BLOCK("Het {0}bestand ({1}) is misvormd: het bevat geen PEM-blok (een regel"
      + " -----BEGIN ... KEY-----).\nTip: geef het bestand dat 'stagematch keygen' heeft"
      + " geschreven (PEM-tekst, zie docs/decisions.md).",
      "The {0} file ({1}) is malformed: it holds no PEM block (a line -----BEGIN ... KEY-----)."
      + "\nMaybe pass the file written by 'stagematch keygen' (PEM text, see docs/decisions.md)."),
  ;

  private final String dutch;
  private final String english;

  ProcessMessage(String dutch, String english) {
    this.dutch = dutch;
    this.english = english;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String dutch() {
    return dutch;
  }

  @Override
  public String english() {
    return english;
  }
}
