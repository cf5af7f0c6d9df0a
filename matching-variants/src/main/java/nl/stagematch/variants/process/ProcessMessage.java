package nl.stagematch.variants.process;

import nl.stagematch.core.model.MessageKey;

/**
 * Every message of the matching process that a person can read when a decision, an answers file,
 * a decisions file or an audit trail is refused: {@code DECISION_} for decisions the session
 * refuses, {@code DECISIONS_FILE_} and {@code ANSWER_} for the files people fill in, {@code
 * TRAIL_} for an audit trail that fails verification.
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
  /** A document that is not an answers file. */
  ANSWER_WRONG_FORMAT("het document is een ({0})-document, geen antwoordenbestand ({1}).\nTip:"
      + " zet \"format\": \"{1}\".",
      "the document is a ({0}) document, not an answers file ({1}).\nMaybe set \"format\":"
      + " \"{1}\"."),
  /** Answers for a variant that takes none from a file. */
  ANSWER_VARIANT_NOT_SUPPORTED("antwoorden voor de variant ({0}) kunnen niet als bestand worden"
      + " gegeven.\nTip: gebruik {1} (ranglijsten) of {2} (volgordes na de gesprekken); keuzes"
      + " uit een blinde shortlist kunnen nog niet uit een bestand komen.",
      "answers for the variant ({0}) cannot be given as a file.\nMaybe use {1} (rankings) or {2}"
      + " (orders after the meetings); blind-shortlist picks from a file are not supported"
      + " yet."),
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
      + " van plaats ({1}) om een keuze uit een shortlist.\nTip: gebruik de variant {0}; keuzes"
      + " uit een bestand kunnen nog niet.",
      "the answers are for ({0}), but the variant asks the company of place ({1}) for a pick"
      + " from a shortlist.\nMaybe run the variant {0}; picks from a file are not supported"
      + " yet."),
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
