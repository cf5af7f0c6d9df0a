package nl.stagematch.core.check;

import nl.stagematch.core.model.MessageKey;

/**
 * Every message of the result checks that a person can read: the lines of a {@link
 * ResultReport}'s summary and the text of every {@link Finding} of {@link ResultVerifier}, {@link
 * StabilityCheck}, {@link AcquaintanceCheck} and {@link ShortlistCheck}, in Dutch and English.
 *
 * <p>The codes ({@code VERIFY_}) are stable: a code, once released, keeps its meaning and is never
 * reused, so a vendor may map it to its own user interface; the texts may be improved. Every code
 * and both templates are listed in {@code docs/errors.md}. Ids and numbers are arguments; text
 * that comes from the result document is escaped before it is filled in. A few constants are
 * words or phrases filled into another message (such as {@link #VERIFY_WHERE_UNPLACED}).
 */
public enum VerifyMessage implements MessageKey {
  // ---- the report
  /** The first line of a report with failures. */
  VERIFY_SUMMARY_FAILED("AFGEKEURD: {0} fout(en)", "FAILED: {0} failure(s)"),
  /** The first line of a report without failures, every check done. */
  VERIFY_SUMMARY_VERIFIED("GOEDGEKEURD", "VERIFIED"),
  /** The first line of a report without failures, some checks not done. */
  VERIFY_SUMMARY_NOT_FULLY_CHECKED("NIET VOLLEDIG GECONTROLEERD: {0} controle(s) konden niet"
      + " worden gedaan", "NOT FULLY CHECKED: {0} check(s) could not be done"),
  /** The count of the failures that are not listed. */
  VERIFY_SUMMARY_MORE("... en nog {0}", "... and {0} more"),
  /** The count of the findings of one certificate check that are not listed. */
  VERIFY_MORE_FINDINGS("... en nog {0} bevindingen van {1} ({2} in totaal).",
      "... and {0} more findings of {1} ({2} in all)."),

  // ---- problem-hash and provenance
  /** A result without provenance (not checked). */
  VERIFY_NO_PROVENANCE("het resultaat heeft geen herkomst (provenance; een"
      + " stagematch-result/1-document, of een variant die er geen vastlegt), dus valt niet na te"
      + " gaan of het bij dit probleem hoort, en zijn de vastgezette paren, de verboden paren en"
      + " het passendheidsmodel onbekend: de controles hieronder gaan uit van geen, geen en het"
      + " standaardmodel. Tip: match opnieuw met deze versie voor een"
      + " stagematch-result/2-document.",
      "the result has no provenance (a stagematch-result/1 document, or a variant that records"
      + " none), so it cannot be told whether it belongs to this problem, and its pins, forbidden"
      + " pairs and fit model are unknown: the checks below assume none, none and the default fit"
      + " model. Maybe match again with this version to get a stagematch-result/2 document."),
  /** The result belongs to another problem; {2} is empty or a {@link #VERIFY_POLICY_DIFFER}. */
  VERIFY_PROBLEM_HASH("het resultaat is berekend voor het probleem met SHA-256 {0}, maar het"
      + " gegeven probleem heeft SHA-256 {1}: het resultaat hoort bij een ander probleem (of het"
      + " probleem is sindsdien veranderd){2}. Tip: geef het probleemdocument waaruit het"
      + " resultaat is berekend; verder is niets gecontroleerd.",
      "the result was computed for the problem with SHA-256 {0}, but the problem given has"
      + " SHA-256 {1}: the result belongs to another problem (or the problem changed since){2}."
      + " Maybe give the problem document the result was computed from; no other property was"
      + " checked."),
  /** The policy fields that differ, each a {@link #VERIFY_POLICY_FIELD}. */
  VERIFY_POLICY_DIFFER("; het beleid verschilt: {0}", "; the policies differ: {0}"),
  /** One policy field that differs. */
  VERIFY_POLICY_FIELD("{0} {1} in het resultaat, {2} in het probleem",
      "{0} {1} in the result, {2} in the problem"),
  /** The provenance's variant differs from the result's. */
  VERIFY_PROVENANCE_VARIANT("de herkomst noemt variant ({0}), maar het resultaat zegt ({1}).",
      "the provenance names variant ({0}) but the result says ({1})."),
  /** The provenance's seed differs from the result's. */
  VERIFY_PROVENANCE_SEED("de herkomst legt seed {0} vast, maar het resultaat zegt {1}.",
      "the provenance records seed {0} but the result says {1}."),
  /** The provenance's fit model parameters are refused; {0} is the reason (in English). */
  VERIFY_PROVENANCE_FIT_MODEL("het passendheidsmodel van de herkomst is ongeldig (de reden in"
      + " het Engels): {0}", "{0}"),
  /** A pinned pair of the provenance with a student or place not in the problem. */
  VERIFY_PIN_UNKNOWN("het vastgezette paar {0} noemt een {1} die niet in het probleem staat.",
      "the pinned pair {0} names a {1} that is not in the problem."),
  /** A student pinned twice. */
  VERIFY_PIN_TWICE("student ({0}) is twee keer vastgezet.", "student ({0}) is pinned twice."),
  /** A forbidden pair of the provenance with a student or place not in the problem. */
  VERIFY_FORBIDDEN_UNKNOWN("het verboden paar {0} noemt een {1} die niet in het probleem staat.",
      "the forbidden pair {0} names a {1} that is not in the problem."),
  /** An opted-out student not in the problem. */
  VERIFY_OPTED_OUT_UNKNOWN("de afgemelde student ({0}) staat niet in het probleem.",
      "the opted-out student ({0}) is not in the problem."),
  /** A student given a school who is not in the problem. */
  VERIFY_SCHOOL_STUDENT_UNKNOWN("de student ({0}) met een school staat niet in het probleem.",
      "the student ({0}) given a school is not in the problem."),
  /** Checked: the problem's hash. */
  VERIFY_CHECKED_PROBLEM_HASH("probleemhash: het resultaat is berekend voor dit probleem"
      + " (SHA-256 {0})", "problem-hash: the result was computed for this problem (SHA-256 {0})"),

  // ---- lottery, feasibility, fit, reasons
  /** A student's lottery number that the seed does not draw. */
  VERIFY_LOTTERY("het lotnummer van student ({0}) is {1}, maar seed {2} trekt {3}. Tip:"
      + " misschien is de seed of het nummer veranderd.",
      "the lottery number of student ({0}) is {1}, but seed {2} draws {3}. Maybe the seed or"
      + " the number was changed."),
  /** Checked: the lottery numbers. */
  VERIFY_CHECKED_LOTTERY("loting: de nummers van {0} studenten zijn die van seed {1}",
      "lottery: {0} students' numbers are those of seed {1}"),
  /** A student in the result who is not in the problem. */
  VERIFY_STUDENT_UNKNOWN("student ({0}) staat niet in het probleem.",
      "student ({0}) is not in the problem."),
  /** A placement at a place not in the problem. */
  VERIFY_PLACEMENT_PLACE_UNKNOWN("plaats ({0}) van student ({1}) staat niet in het probleem.",
      "place ({0}) of student ({1}) is not in the problem."),
  /** A placement that is not admissible; {2} is the reason. */
  VERIFY_NOT_ADMISSIBLE("student ({0}) is geplaatst bij ({1}), en dat is voor haar niet"
      + " toelaatbaar: {2}.",
      "student ({0}) is placed at ({1}), which is not admissible for her: {2}."),
  /** A placement at a forbidden pair. */
  VERIFY_FORBIDDEN_PLACED("student ({0}) is geplaatst bij ({1}), een paar dat de coördinator"
      + " verbood.", "student ({0}) is placed at ({1}), a pair the coordinator forbade."),
  /** A recorded fit that differs from the fit model's. */
  VERIFY_FIT("de passendheid van ({0}, {1}) is vastgelegd als {2}, maar het passendheidsmodel"
      + " geeft {3}.", "the fit of ({0}, {1}) is recorded as {2} but the fit model gives {3}."),
  /** Students of the problem missing from the result; {1} lists up to five ids. */
  VERIFY_STUDENTS_MISSING("{0} student(en) van het probleem staan niet in het resultaat,"
      + " geplaatst noch ongeplaatst: {1}.",
      "{0} student(s) of the problem are not in the result, neither placed nor unplaced: {1}."),
  /** A place over its capacity. */
  VERIFY_OVER_CAPACITY("plaats ({0}) heeft {1} studenten, meer dan haar capaciteit ({2}).",
      "place ({0}) holds {1} students, more than its capacity ({2})."),
  /** A pin not kept; {1} is {@link #VERIFY_WHERE_UNPLACED} or {@link #VERIFY_WHERE_PLACED}. */
  VERIFY_PIN_NOT_KEPT("de vastzetting {0} is niet gehouden: de student is {1}.",
      "the pin {0} is not kept: the student is {1}."),
  /** Where a student is: unplaced. */
  VERIFY_WHERE_UNPLACED("ongeplaatst", "unplaced"),
  /** Where a student is: placed at a place. */
  VERIFY_WHERE_PLACED("geplaatst bij ({0})", "placed at ({0})"),
  /** Checked: feasibility. */
  VERIFY_CHECKED_FEASIBILITY("haalbaarheid: {0} studenten elk een keer genoemd, {1} plaatsingen"
      + " toelaatbaar, geen verboden, binnen de capaciteit; {2} vastzetting(en) gehouden",
      "feasibility: {0} students listed once, {1} placements admissible, none forbidden, within"
      + " capacity; {2} pin(s) kept"),
  /** Checked: the fits. */
  VERIFY_CHECKED_FIT("passendheid: de passendheid van {0} plaatsingen is die van het model",
      "fit: {0} placement fits equal the fit model's"),
  /** An unplaced reason that contradicts eligibility; {2} is a reason or {@link #VERIFY_IN_SCOPE}. */
  VERIFY_REASON_ELIGIBILITY("student ({0}) is ongeplaatst met reden {1}, maar volgens de"
      + " toelaatbaarheid is ze {2}.",
      "student ({0}) is unplaced with reason {1}, but eligibility says she is {2}."),
  /** In scope and taking part, in {@link #VERIFY_REASON_ELIGIBILITY}. */
  VERIFY_IN_SCOPE("binnen het bereik en doet ze mee", "in scope and taking part"),
  /** NO_ADMISSIBLE_PLACE for a student with a usable place. */
  VERIFY_REASON_NO_ADMISSIBLE("student ({0}) is ongeplaatst met reden NO_ADMISSIBLE_PLACE,"
      + " maar ze heeft {1} bruikbare plaats(en), zoals ({2}).",
      "student ({0}) is unplaced with reason NO_ADMISSIBLE_PLACE, but she has {1} usable"
      + " place(s), such as ({2})."),
  /** CAPACITY_EXHAUSTED_* for a student without a usable place. */
  VERIFY_REASON_CAPACITY("student ({0}) is ongeplaatst met reden {1}, maar ze heeft helemaal"
      + " geen bruikbare plaats (NO_ADMISSIBLE_PLACE).",
      "student ({0}) is unplaced with reason {1}, but she has no usable place at all"
      + " (NO_ADMISSIBLE_PLACE)."),
  /** Checked: the reasons. */
  VERIFY_CHECKED_REASONS("redenen: {0} ongeplaatst; OUT_OF_SCOPE en OPTED_OUT kloppen met de"
      + " toelaatbaarheid, NO_ADMISSIBLE_PLACE alleen zonder bruikbare plaats,"
      + " CAPACITY_EXHAUSTED_* alleen met een",
      "reasons: {0} unplaced; OUT_OF_SCOPE and OPTED_OUT agree with eligibility,"
      + " NO_ADMISSIBLE_PLACE only without a usable place, CAPACITY_EXHAUSTED_* only with one"),

  // ---- the promise
  /** A result without a certificate (not checked). */
  VERIFY_NO_CERTIFICATE("het resultaat heeft geen certificaat, dus de belofte van variant ({0})"
      + " is niet gecontroleerd. Tip: match opnieuw met deze versie; de ingebouwde varianten"
      + " voegen er een toe.",
      "the result carries no certificate, so the promise of variant ({0}) was not checked. Maybe"
      + " match again with this version, whose built-in variants attach one."),
  /** A certificate of another kind than the variant's. */
  VERIFY_CERTIFICATE_KIND("variant ({0}) bewijst haar belofte met een certificaat van soort {1},"
      + " maar dit resultaat heeft er een van soort {2}.",
      "variant ({0}) proves its promise with a certificate of kind {1}, but this result has one"
      + " of kind {2}."),
  /** A certificate without provenance (not checked). */
  VERIFY_CERTIFICATE_NO_PROVENANCE("het certificaat kan niet worden gecontroleerd zonder de"
      + " herkomst (de vastzettingen, verboden paren en het passendheidsmodel waarmee het is"
      + " berekend).",
      "the certificate cannot be checked without the provenance (pins, forbidden pairs and fit"
      + " model it was computed with)."),
  /** Checked: stability (V4). */
  VERIFY_CHECKED_STABILITY("stabiliteit: elke plaatsing bij een gerangschikte plaats, geen"
      + " blokkerend paar, de lotnummers die van de seed ({0})",
      "stability: every placement at a ranked place, no blocking pair, the lottery numbers those"
      + " of the seed ({0})"),
  /** Checked: acquaintance (V2). */
  VERIFY_CHECKED_ACQUAINTANCE("kennismaking: de gesprekken van fase 1 een beste keuze volgens"
      + " hun duale prijzen, fase 2 opnieuw toegepast op de volgordes geeft deze plaatsingen"
      + " ({0})",
      "acquaintance: stage 1's meetings a best selection by their dual prices, stage 2"
      + " re-applied from the orders gives these placements ({0})"),
  /** Checked: shortlist (V3). */
  VERIFY_CHECKED_SHORTLIST("shortlist: elke plaatsing een keuze uit een shortlist waarop ze"
      + " was voorgedragen, de voordracht van elke ronde een beste ({0})",
      "shortlist: every placement one pick from a shortlist it was nominated on, every round's"
      + " nomination a best one ({0})"),

  // ---- optimality (V1) and allocation (V5)
  /** A place of the certificate that is not in the problem. */
  VERIFY_PLACE_UNKNOWN("plaats ({0}) staat niet in het probleem.",
      "place ({0}) is not in the problem."),
  /** A priced place outside the certificate's places. */
  VERIFY_PRICE_PLACE_NOT_ALLOWED("plaats ({0}) heeft een prijs, maar hoort niet bij de plaatsen"
      + " van dit certificaat (ze is aan een andere school toegewezen, of aan geen).",
      "place ({0}) has a price but is not one of the places of this certificate (it is"
      + " allocated to another school or none)."),
  /** A negative place price. */
  VERIFY_PRICE_PLACE_NEGATIVE("plaats ({0}) heeft een negatieve prijs ({1}); plaatsprijzen zijn"
      + " >= 0.", "place ({0}) has a negative price ({1}); place prices must be >= 0."),
  /** A priced student who is not free. */
  VERIFY_PRICE_STUDENT_NOT_FREE("student ({0}) heeft een prijs, maar is geen vrije student van"
      + " dit certificaat (binnen het bereik, niet vastgezet, met een bruikbare plaats).",
      "student ({0}) has a price but is not a free student of this certificate (in scope, not"
      + " pinned, with a usable place)."),
  /** A priced student who is not in the problem. */
  VERIFY_PRICE_STUDENT_UNKNOWN("student ({0}) heeft een prijs, maar is geen vrije student van"
      + " dit certificaat (binnen het bereik, niet vastgezet, met een bruikbare plaats; ze staat"
      + " niet in het probleem).",
      "student ({0}) has a price but is not a free student of this certificate (in scope, not"
      + " pinned, with a usable place; she is not in the problem)."),
  /** A free student without a price. */
  VERIFY_PRICE_STUDENT_MISSING("vrije student ({0}) heeft geen prijs.",
      "free student ({0}) has no price."),
  /** A student price above the penalty. */
  VERIFY_PRICE_ABOVE_PENALTY("de prijs van student ({0}) is {1}, boven de strafkosten {2}.",
      "the price of student ({0}) is {1}, above the penalty {2}."),
  /** A usable place without a price. */
  VERIFY_PRICE_PLACE_MISSING("plaats ({0}) is bruikbaar voor vrije student ({1}), maar heeft"
      + " geen prijs.", "place ({0}) is usable by free student ({1}) but has no price."),
  /** Prices that are not feasible at a pair. */
  VERIFY_PRICES_INFEASIBLE("de prijzen zijn niet toelaatbaar bij het paar ({0}, {1}): kosten {2}"
      + " - studentprijs {3} + plaatsprijs {4} = {5} < 0.",
      "the prices are not feasible at the pair ({0}, {1}): cost {2} - student price {3} + place"
      + " price {4} = {5} < 0."),
  /** A placement at a place that is not usable in the certificate. */
  VERIFY_PLACED_NOT_USABLE("student ({0}) is geplaatst bij ({1}), en dat is geen van haar"
      + " bruikbare plaatsen in dit certificaat.",
      "student ({0}) is placed at ({1}), which is not one of her usable places in this"
      + " certificate."),
  /** Prices whose sums overflow. */
  VERIFY_PRICES_OVERFLOW("de prijzen zijn zo groot dat hun sommen overlopen; ze kunnen geen"
      + " certificaat van dit resultaat zijn.",
      "the prices are so large that their sums overflow; they cannot be a certificate of this"
      + " result."),
  /** A penalty not above the cost bound. */
  VERIFY_PENALTY_TOO_SMALL("de strafkosten ({0}) moeten groter zijn dan de grootst mogelijke"
      + " totale kosten ({1}, de som over de vrije studenten van hun grootste bruikbare kosten),"
      + " anders bewijzen ze niet dat de meesten geplaatst zijn.",
      "the penalty ({0}) must exceed the largest possible total cost ({1}, the sum over the free"
      + " students of their largest usable cost), or it does not prove that the most are"
      + " placed."),
  /** A dual objective below the result's value: a better assignment may exist. */
  VERIFY_DUAL_GAP_BETTER("de duale doelwaarde (som van de studentprijzen min vrije capaciteit"
      + " maal plaatsprijzen) is {0}, maar de waarde van het resultaat (totale kosten 1000 -"
      + " passendheid van de vrije plaatsingen plus de strafkosten {1} per ongeplaatste vrije"
      + " student) is {2} (verschil {3}): het certificaat bewijst niet dat dit resultaat optimaal"
      + " is; er kan een betere toewijzing bestaan.",
      "the dual objective (sum of student prices minus free capacity times place prices) is"
      + " {0}, but the result's value (total cost 1000 - fit of the free placements plus the"
      + " penalty {1} per free student unplaced) is {2} (difference {3}): the certificate does"
      + " not prove this result optimal; a better assignment may exist."),
  /** A dual objective above the result's value. */
  VERIFY_DUAL_GAP("de duale doelwaarde (som van de studentprijzen min vrije capaciteit maal"
      + " plaatsprijzen) is {0}, maar de waarde van het resultaat (totale kosten 1000 -"
      + " passendheid van de vrije plaatsingen plus de strafkosten {1} per ongeplaatste vrije"
      + " student) is {2} (verschil {3}): het certificaat bewijst niet dat dit resultaat optimaal"
      + " is.",
      "the dual objective (sum of student prices minus free capacity times place prices) is"
      + " {0}, but the result's value (total cost 1000 - fit of the free placements plus the"
      + " penalty {1} per free student unplaced) is {2} (difference {3}): the certificate does"
      + " not prove this result optimal."),
  /** Checked: optimality; {0} is {@link #VERIFY_LABEL_OPTIMALITY} or one of a school. */
  VERIFY_CHECKED_OPTIMALITY("{0}: {1} vrije studenten, {2} geplaatst, totale passendheid {3}: de"
      + " meesten geplaatst, dan de beste totale passendheid (prijzen toelaatbaar, duale"
      + " doelwaarde = waarde = {4}, strafkosten {5} > kostengrens {6})",
      "{0}: {1} free students, {2} placed, total fit {3}: the most placed, then the best total"
      + " fit (prices feasible, dual objective = value = {4}, penalty {5} > cost bound {6})"),
  /** The name of the optimality check. */
  VERIFY_LABEL_OPTIMALITY("optimaliteit", "optimality"),
  /** The name of the optimality check of one school. */
  VERIFY_LABEL_OPTIMALITY_SCHOOL("optimaliteit van school ({0})", "optimality of school ({0})"),
  /** A taking-part student without a school. */
  VERIFY_NO_SCHOOL("student ({0}) doet mee, maar heeft geen school.",
      "student ({0}) takes part but has no school."),
  /** A placement at a place allocated to another school. */
  VERIFY_ALLOCATED_ELSEWHERE("student ({0}) van school ({1}) is geplaatst bij ({2}), en die is"
      + " toegewezen aan school ({3}).",
      "student ({0}) of school ({1}) is placed at ({2}), which is allocated to school ({3})."),
  /** A placement at a place allocated to no school. */
  VERIFY_ALLOCATED_NONE("student ({0}) van school ({1}) is geplaatst bij ({2}), en die is aan"
      + " geen school toegewezen.",
      "student ({0}) of school ({1}) is placed at ({2}), which is allocated to no school."),
  /** Checked: the allocation. */
  VERIFY_CHECKED_ALLOCATION("toewijzing: {0} plaatsen toegewezen, elk aan een school; elke"
      + " plaatsing (vastzettingen meegeteld) bij een plaats van de school van de student",
      "allocation: {0} places allocated, each to one school; every placement (pins included) at"
      + " a place of the student's school"),
  /** A school with free students but no certificate. */
  VERIFY_SCHOOL_NO_CERTIFICATE("school ({0}) heeft {1} vrije student(en), maar geen"
      + " certificaat.", "school ({0}) has {1} free student(s) but no certificate."),

  // ---- stability (V4, student choice)
  /** A fit class width out of range. */
  VERIFY_STABILITY_FIT_CLASS_WIDTH("De breedte van de passendheidsklassen ({0}) moet 1..1001"
      + " zijn.", "The fit class width ({0}) must be 1..1001."),
  /** A student's lottery number the seed does not draw. */
  VERIFY_STABILITY_LOTTERY("Het lotnummer van ({0}) is ({1}), maar de seed ({2}) trekt ({3}).",
      "The lottery number of ({0}) is ({1}) but the seed ({2}) draws ({3})."),
  /** A place's room that the certificate lists wrongly. */
  VERIFY_STABILITY_ROOM("Plaats ({0}) heeft na de vastzettingen ruimte ({1}), maar het"
      + " certificaat noemt ({2}).",
      "Place ({0}) has room ({1}) after the pins, but the certificate lists ({2})."),
  /** A place listed with room that is not in the problem. */
  VERIFY_STABILITY_ROOM_UNKNOWN("Plaats ({0}) staat vermeld met ruimte ({1}), maar ze staat niet"
      + " in het probleem.", "Place ({0}) is listed with room ({1}), but it is not in the"
      + " problem."),
  /** A place listed with room that has none after the pins. */
  VERIFY_STABILITY_ROOM_NONE("Plaats ({0}) staat vermeld met ruimte ({1}), maar ze heeft na de"
      + " vastzettingen geen ruimte.", "Place ({0}) is listed with room ({1}), but it has no room"
      + " after the pins."),
  /** A free student without a ranking. */
  VERIFY_STABILITY_NO_RANKING("Vrije student ({0}) heeft geen rangorde; een student die niets"
      + " rangschikt, staat vermeld met een lege rangorde.",
      "Free student ({0}) has no ranking; a student who ranks nothing is listed with an empty"
      + " ranking."),
  /** A ranking of a student who is not free; {1} says why. */
  VERIFY_STABILITY_NOT_FREE("Student ({0}) heeft een rangorde, maar is niet vrij ({1}).",
      "Student ({0}) has a ranking but is not free ({1})."),
  /** Why a student is not free: not in the problem. */
  VERIFY_WHY_NOT_IN_PROBLEM("staat niet in het probleem", "not in the problem"),
  /** Why a student is not free: pinned. */
  VERIFY_WHY_PINNED("vastgezet", "pinned"),
  /** Why a student is not free: no usable place. */
  VERIFY_WHY_NO_USABLE_PLACE("geen bruikbare plaats", "no usable place"),
  /** A place ranked twice. */
  VERIFY_STABILITY_RANKED_TWICE("Student ({0}) rangschikt plaats ({1}) twee keer.",
      "Student ({0}) ranks place ({1}) twice."),
  /** A ranked place without room. */
  VERIFY_STABILITY_RANKED_NO_ROOM("Student ({0}) rangschikt plaats ({1}), die na de vastzettingen"
      + " geen ruimte heeft.", "Student ({0}) ranks place ({1}), which has no room after the"
      + " pins."),
  /** A ranked place the student may not take. */
  VERIFY_STABILITY_RANKED_NOT_USABLE("Student ({0}) rangschikt plaats ({1}), die ze niet mag"
      + " nemen (niet toelaatbaar of verboden).", "Student ({0}) ranks place ({1}), which she may"
      + " not take (not admissible or forbidden)."),
  /** A ranking student without a lottery number. */
  VERIFY_STABILITY_NO_NUMBER("Student ({0}) rangschikt plaatsen, maar heeft geen lotnummer.",
      "Student ({0}) ranks places but has no lottery number."),
  /** Pair numbers under single tie-breaking or open hiring. */
  VERIFY_STABILITY_PAIR_NUMBERS_SINGLE("Enkelvoudige loting en open werving gebruiken de"
      + " nummers van de studenten, maar ({0}) studenten hebben paarnummers.",
      "Single tie-breaking and open hiring use the students' numbers, but ({0}) students have"
      + " pair numbers."),
  /** A pair's number that the seed does not draw. */
  VERIFY_STABILITY_PAIR_NUMBER("Het paar ({0}, {1}) heeft het lotnummer ({2}), maar de seed ({3})"
      + " trekt ({4}).", "The pair ({0}, {1}) has the lottery number ({2}) but the seed ({3})"
      + " draws ({4})."),
  /** Pair numbers of places not ranked. */
  VERIFY_STABILITY_PAIR_NUMBERS_UNRANKED("Student ({0}) heeft paarnummers van plaatsen die ze"
      + " niet rangschikte.", "Student ({0}) has pair numbers of places she did not rank."),
  /** Pair numbers without a ranking. */
  VERIFY_STABILITY_PAIR_NUMBERS_NO_RANKING("Student ({0}) heeft paarnummers, maar geen"
      + " rangorde.", "Student ({0}) has pair numbers but no ranking."),
  /** A placement at a place the student did not rank. */
  VERIFY_STABILITY_PLACED_UNRANKED("Student ({0}) is geplaatst bij ({1}), die ze niet"
      + " rangschikte {2}.", "Student ({0}) is placed at ({1}), which she did not rank {2}."),
  /** A place holding more free students than its room. */
  VERIFY_STABILITY_OVER_ROOM("Plaats ({0}) heeft ({1}) vrije studenten, meer dan haar ruimte"
      + " ({2}).", "Place ({0}) holds ({1}) free students, more than its room ({2})."),
  /** A blocking pair at a place with room left; {1} is where the student is. */
  VERIFY_STABILITY_BLOCKING_ROOM("Blokkerend paar: student ({0}) is {1}, maar rangschikt plaats"
      + " ({2}) hoger, en die heeft nog ruimte ({3} van {4} gebruikt).",
      "Blocking pair: student ({0}) is {1} but ranks place ({2}) higher, which has room left"
      + " ({3} of {4} used)."),
  /** A blocking pair at a full place holding a student of lower priority. */
  VERIFY_STABILITY_BLOCKING_PRIORITY("Blokkerend paar: student ({0}) is {1}, maar rangschikt"
      + " plaats ({2}) hoger, en die heeft student ({3}) met een lagere prioriteit ({4} tegen"
      + " {5}).", "Blocking pair: student ({0}) is {1} but ranks place ({2}) higher, which holds"
      + " student ({3}) of lower priority ({4} against {5})."),
  /** A priority: fit class and lottery number. */
  VERIFY_PRIORITY_CLASS("passendheidsklasse {0}, lotnummer {1}", "fit class {0}, lottery number"
      + " {1}"),
  /** A priority: lottery number only. */
  VERIFY_PRIORITY_NUMBER("lotnummer {0}", "lottery number {0}"),
  /** An option of the certificate that differs from the request's. */
  VERIFY_OPTION_DIFFERS("Het certificaat zegt {0} ({1}), maar het verzoek had ({2}).",
      "The certificate says {0} ({1}) but the request had ({2})."),

  // ---- acquaintance (V2, two-by-two)
  /** A meeting listed twice. */
  VERIFY_ACQ_MEETING_TWICE("Het gesprek ({0}, {1}) staat twee keer vermeld.",
      "The meeting ({0}, {1}) is listed twice."),
  /** A meeting of a student who is not free. */
  VERIFY_ACQ_MEETING_NOT_FREE("Het gesprek ({0}, {1}) is geen paar dat fase 1 mag kiezen: de"
      + " student is niet vrij (binnen het bereik, niet vastgezet, met een bruikbare plaats).",
      "The meeting ({0}, {1}) is not a pair stage 1 may choose: the student is not free (in"
      + " scope, not pinned, with a usable place)."),
  /** A meeting at a place without room. */
  VERIFY_ACQ_MEETING_NO_ROOM("Het gesprek ({0}, {1}) is geen paar dat fase 1 mag kiezen: de"
      + " plaats heeft na de vastzettingen geen ruimte.",
      "The meeting ({0}, {1}) is not a pair stage 1 may choose: the place has no room after the"
      + " pins."),
  /** A meeting of a pair that is not admissible or forbidden. */
  VERIFY_ACQ_MEETING_NOT_USABLE("Het gesprek ({0}, {1}) is geen paar dat fase 1 mag kiezen: het"
      + " paar is niet toelaatbaar of verboden.",
      "The meeting ({0}, {1}) is not a pair stage 1 may choose: the pair is not admissible or"
      + " forbidden."),
  /** A student with more than two meetings. */
  VERIFY_ACQ_STUDENT_MEETINGS("Student ({0}) heeft ({1}) gesprekken {2}; hoogstens twee.",
      "Student ({0}) has ({1}) meetings {2}; at most two."),
  /** A place with more meetings than twice its room. */
  VERIFY_ACQ_PLACE_MEETINGS("Plaats ({0}) heeft ({1}) gesprekken, meer dan twee keer haar ruimte"
      + " ({2}).", "Place ({0}) has ({1}) meetings, more than twice its room ({2})."),
  /** A component that differs from stage 2 re-applied. */
  VERIFY_ACQ_COMPONENT("Het onderdeel {0} verschilt van fase 2 opnieuw toegepast: {1}.",
      "The component {0} differs from stage 2 re-applied: {1}."),
  /** A component: its shape, its students and who decided it. */
  VERIFY_ACQ_COMPONENT_DESCRIBED("{0} {1} beslist door {2}", "{0} {1} decided by {2}"),
  /** No component listed. */
  VERIFY_ACQ_COMPONENT_NONE_LISTED("(geen vermeld)", "(none listed)"),
  /** No further component. */
  VERIFY_ACQ_COMPONENT_NONE_FURTHER("(geen volgend onderdeel)", "(no further component)"),
  /** Students placed by fill-remaining without the option. */
  VERIFY_ACQ_FILLED_NOT_REQUESTED("Het certificaat noemt ({0}) studenten die met fill-remaining"
      + " zijn geplaatst, maar het verzoek had die optie niet.",
      "The certificate lists ({0}) students placed by fill-remaining, but the request did not"
      + " have that option."),
  /** A student placed by fill-remaining who is not free. */
  VERIFY_ACQ_FILLED_NOT_FREE("Student ({0}) staat vermeld als geplaatst met fill-remaining, maar"
      + " ze is geen vrije student.",
      "Student ({0}) is listed as placed by fill-remaining, but she is not a free student."),
  /** A student placed by fill-remaining whom stage 2 places. */
  VERIFY_ACQ_FILLED_BY_STAGE2("Student ({0}) staat vermeld als geplaatst met fill-remaining,"
      + " maar fase 2 plaatst haar bij ({1}).",
      "Student ({0}) is listed as placed by fill-remaining, but stage 2 places her at ({1})."),
  /** A student placed by fill-remaining who is not placed. */
  VERIFY_ACQ_FILLED_NOT_PLACED("Student ({0}) staat vermeld als geplaatst met fill-remaining,"
      + " maar ze is niet geplaatst.",
      "Student ({0}) is listed as placed by fill-remaining, but she is not placed."),
  /** A student whom stage 2 places elsewhere; {1} is where she is. */
  VERIFY_ACQ_STAGE2_ELSEWHERE("Student ({0}) is {1}, maar fase 2, opnieuw toegepast op haar"
      + " gesprekken {2} en de volgordes, plaatst haar bij ({3}).",
      "Student ({0}) is {1} but stage 2, re-applied to her meetings {2} and the orders, places"
      + " her at ({3})."),
  /** A placed student whom stage 2 leaves unplaced. */
  VERIFY_ACQ_STAGE2_UNPLACED("Student ({0}) is geplaatst bij ({1}), maar fase 2, opnieuw"
      + " toegepast op haar gesprekken {2} en de volgordes, laat haar ongeplaatst, en ze staat"
      + " niet vermeld als geplaatst met fill-remaining.",
      "Student ({0}) is placed at ({1}) but stage 2, re-applied to her meetings {2} and the"
      + " orders, leaves her unplaced, and she is not listed as placed by fill-remaining."),
  /** A placed student who did not meet her place. */
  VERIFY_ACQ_NOT_MET("Student ({0}) is geplaatst bij ({1}), maar ze had daar geen gesprek (haar"
      + " gesprekken: {2}), en ze staat niet vermeld als geplaatst met fill-remaining.",
      "Student ({0}) is placed at ({1}) but she did not meet it (her meetings: {2}), and she is"
      + " not listed as placed by fill-remaining."),
  /** A meeting with a positive reduced cost. */
  VERIFY_ACQ_MEETING_REDUCED_COST("Het gesprek ({0}, {1}) heeft positieve gereduceerde kosten ({2}"
      + " = {3} - {4} + {5}): de prijzen bewijzen niet dat het deel is van een beste keuze.",
      "The meeting ({0}, {1}) has a positive reduced cost ({2} = {3} - {4} + {5}): the prices do"
      + " not prove it part of a best selection."),
  /** A pair that did not meet with a negative reduced cost. */
  VERIFY_ACQ_PAIR_REDUCED_COST("Het paar ({0}, {1}) had geen gesprek, maar heeft negatieve"
      + " gereduceerde kosten ({2} = {3} - {4} + {5}): met dat gesprek kunnen er meer gesprekken"
      + " of een hogere totale passendheid zijn.",
      "The pair ({0}, {1}) did not meet but has a negative reduced cost ({2} = {3} - {4} + {5}):"
      + " meeting it may give more meetings or a higher total fit."),
  /** A student with pairs but no price. */
  VERIFY_ACQ_STUDENT_NO_PRICE("Student ({0}) heeft paren bij plaatsen met ruimte, maar geen"
      + " prijs.", "Student ({0}) has pairs at places with room but no price."),
  /** A student price above the penalty. */
  VERIFY_ACQ_STUDENT_ABOVE_PENALTY("Student ({0}) heeft een prijs ({1}) boven de strafkosten"
      + " ({2}).", "Student ({0}) has a price ({1}) above the penalty ({2})."),
  /** A student with fewer than two meetings and a price below the penalty. */
  VERIFY_ACQ_STUDENT_BELOW_PENALTY("Student ({0}) heeft ({1}) gesprekken, maar haar prijs ({2})"
      + " ligt onder de strafkosten ({3}): de keuze heeft misschien niet de meeste gesprekken.",
      "Student ({0}) has ({1}) meetings but her price ({2}) is below the penalty ({3}): the"
      + " selection may not have the most meetings."),
  /** A place with room but no price. */
  VERIFY_ACQ_PLACE_NO_PRICE("Plaats ({0}) heeft ruimte, maar geen prijs.",
      "Place ({0}) has room but no price."),
  /** A priced student without a pair at a place with room. */
  VERIFY_ACQ_STUDENT_PRICE_NO_PAIR("Student ({0}) heeft een prijs, maar geen paar bij een plaats"
      + " met ruimte (niet vrij, of al haar plaatsen zijn vol).",
      "Student ({0}) has a price but no pair at a place with room (not free, or all her places"
      + " are full)."),
  /** A priced place without room. */
  VERIFY_ACQ_PLACE_PRICE_NO_ROOM("Plaats ({0}) heeft een prijs, maar na de vastzettingen geen"
      + " ruimte.", "Place ({0}) has a price but no room after the pins."),
  /** A priced place that is not in the problem. */
  VERIFY_ACQ_PLACE_PRICE_UNKNOWN("Plaats ({0}) heeft een prijs, maar na de vastzettingen geen"
      + " ruimte (ze staat niet in het probleem).",
      "Place ({0}) has a price but no room after the pins (it is not in the problem)."),
  /** A negative place price. */
  VERIFY_ACQ_PLACE_NEGATIVE("Plaats ({0}) heeft een negatieve prijs ({1}).",
      "Place ({0}) has a negative price ({1})."),
  /** A positive place price at a place with a meeting left. */
  VERIFY_ACQ_PLACE_POSITIVE("Plaats ({0}) heeft een positieve prijs ({1}), maar heeft ({2})"
      + " gesprekken van twee keer haar ruimte ({3}): er kan nog een gesprek mogelijk zijn.",
      "Place ({0}) has a positive price ({1}) but meets ({2}) of twice its room ({3}): another"
      + " meeting may be possible."),
  /** A penalty not above the cost bound. */
  VERIFY_ACQ_PENALTY("De strafkosten ({0}) moeten groter zijn dan alle mogelijke totale kosten"
      + " ({1}), anders bewijzen ze niet dat het aantal gesprekken het grootste is.",
      "The penalty ({0}) must exceed every possible total cost ({1}), or it does not prove that"
      + " the number of meetings is the largest."),
  /** A student or place with meetings but no order; {0} is the word student or place. */
  VERIFY_ACQ_NO_ORDER("De {0} ({1}) had gesprekken, maar heeft geen volgorde; een lege volgorde"
      + " betekent geen voorkeur.",
      "The {0} ({1}) had meetings but has no order; an empty order means no preference."),
  /** A student or place with an order but no meeting. */
  VERIFY_ACQ_ORDER_NO_MEETING("De {0} ({1}) heeft een volgorde, maar geen gesprek.",
      "The {0} ({1}) has an order but no meeting."),
  /** An order that does not list the met ids once. */
  VERIFY_ACQ_ORDER_WRONG("De volgorde {0} van {1} ({2}) moet elke {3} uit de gesprekken {4} een"
      + " keer noemen, of leeg zijn.",
      "The order {0} of {1} ({2}) must list each {3} met {4} once, or be empty."),

  // ---- shortlist (V3, blind shortlist)
  /** The certificate's k differs from the requested shortlist size. */
  VERIFY_SL_K("Het certificaat zegt k ({0}), maar het verzoek had shortlist-size ({1}).",
      "The certificate says k ({0}) but the request had shortlist-size ({1})."),
  /** A round out of order. */
  VERIFY_SL_ROUND_ORDER("De shortlist is van ronde ({0}), maar volgt op ronde ({1}); rondes"
      + " beginnen bij 1 en gaan een voor een omhoog.",
      "The shortlist is of round ({0}) but follows round ({1}); rounds start at 1 and go up one"
      + " by one."),
  /** A place out of order in a round. */
  VERIFY_SL_PLACE_ORDER("Plaats ({0}) komt na plaats ({1}) in ronde ({2}); een shortlist per"
      + " plaats per ronde, op volgorde van het id van de plaats.",
      "Place ({0}) comes after place ({1}) in round ({2}); one shortlist per place per round, by"
      + " place id."),
  /** A place without an open seat. */
  VERIFY_SL_NO_SEAT("Plaats ({0}) heeft in ronde ({1}) geen open zitplaats: haar ({2})"
      + " zitplaatsen zijn bezet door vastzettingen en eerdere keuzes.",
      "Place ({0}) has no open seat in round ({1}): its ({2}) seats are taken by pins and"
      + " earlier picks."),
  /** A shortlist for the wrong seat. */
  VERIFY_SL_SEAT("De shortlist van plaats ({0}) in ronde ({1}) vult zitplaats ({2}), maar ({3})"
      + " van haar zitplaatsen waren bezet (vastzettingen en eerdere keuzes).",
      "The shortlist of place ({0}) in round ({1}) fills seat ({2}) but ({3}) of its seats were"
      + " taken (pins and earlier picks)."),
  /** A shortlist of the wrong size. */
  VERIFY_SL_SIZE("De shortlist van plaats ({0}) in ronde ({1}) noemt ({2}) studenten; ze moet er"
      + " 1 tot k ({3}) noemen.",
      "The shortlist of place ({0}) in round ({1}) names ({2}) students; it must name 1 to k"
      + " ({3})."),
  /** A nominee who is not free. */
  VERIFY_SL_NOMINEE_NOT_FREE("Genomineerde ({0}) van plaats ({1}) in ronde ({2}) is geen vrije"
      + " student (binnen het bereik, niet vastgezet, met een bruikbare plaats).",
      "Nominee ({0}) of place ({1}) in round ({2}) is not a free student (in scope, not pinned,"
      + " with a usable place)."),
  /** A nominee who may not take the place. */
  VERIFY_SL_NOMINEE_NOT_USABLE("Genomineerde ({0}) van plaats ({1}) in ronde ({2}) mag die"
      + " plaats niet nemen (niet toelaatbaar, of verboden).",
      "Nominee ({0}) of place ({1}) in round ({2}) may not take that place (not admissible, or"
      + " forbidden)."),
  /** A nominee picked in an earlier round. */
  VERIFY_SL_NOMINEE_PICKED("Genomineerde ({0}) van plaats ({1}) in ronde ({2}) is in een eerdere"
      + " ronde gekozen bij ({3}).",
      "Nominee ({0}) of place ({1}) in round ({2}) was picked at ({3}) in an earlier round."),
  /** A nominee on two shortlists of a round. */
  VERIFY_SL_NOMINEE_TWICE("Genomineerde ({0}) van plaats ({1}) in ronde ({2}) staat op een andere"
      + " shortlist van dezelfde ronde (of twee keer op deze).",
      "Nominee ({0}) of place ({1}) in round ({2}) is on another shortlist of the same round (or"
      + " twice on this one)."),
  /** A nominee passed over at the place before. */
  VERIFY_SL_NOMINEE_PASSED_OVER("Genomineerde ({0}) van plaats ({1}) in ronde ({2}) is bij die"
      + " plaats in een eerdere ronde overgeslagen (niemand werd gekozen van haar shortlist).",
      "Nominee ({0}) of place ({1}) in round ({2}) was passed over at that place in an earlier"
      + " round (no one was picked from her shortlist)."),
  /** Nominees out of order. */
  VERIFY_SL_NOMINEE_ORDER("Genomineerde ({0}, passendheid {1}, lotnummer {2}) van plaats ({3})"
      + " in ronde ({4}) komt na ({5}, passendheid {6}, lotnummer {7}); na de eigen keuze van"
      + " de school gaan de genomineerden op passendheid, dan lotnummer, dan id.",
      "Nominee ({0}, fit {1}, lottery number {2}) of place ({3}) in round ({4}) comes after ({5},"
      + " fit {6}, lottery number {7}); after the school's own choice the nominees go by fit,"
      + " then lottery number, then id."),
  /** A pick that was not nominated. */
  VERIFY_SL_PICK_NOT_NOMINATED("Het bedrijf van plaats ({0}) koos ({1}) in ronde ({2}), maar die"
      + " stond niet op haar shortlist {3}.",
      "The company of place ({0}) picked ({1}) in round ({2}), who was not nominated on its"
      + " shortlist {3}."),
  /** A student picked twice. */
  VERIFY_SL_PICKED_TWICE("Student ({0}) is twee keer gekozen: bij ({1}) en bij ({2}).",
      "Student ({0}) is picked twice: at ({1}) and at ({2})."),
  /** More rounds than allowed. */
  VERIFY_SL_MAX_ROUNDS("Er zijn ({0}) rondes, maar het verzoek stond max-rounds ({1}) toe.",
      "There are ({0}) rounds but the request allowed max-rounds ({1})."),
  /** A placed student who was not picked. */
  VERIFY_SL_PLACED_NOT_PICKED("Student ({0}) is geplaatst bij ({1}), maar geen bedrijf koos haar"
      + " van een shortlist.",
      "Student ({0}) is placed at ({1}) but no company picked her from a shortlist."),
  /** A student placed elsewhere than picked. */
  VERIFY_SL_PLACED_ELSEWHERE("Student ({0}) is geplaatst bij ({1}), maar gekozen bij ({2}).",
      "Student ({0}) is placed at ({1}) but was picked at ({2})."),
  /** A picked student who is not placed. */
  VERIFY_SL_PICKED_NOT_PLACED("Student ({0}) is gekozen bij ({1}), maar daar niet geplaatst.",
      "Student ({0}) was picked at ({1}) but is not placed there."),
  /** A picked student who is not free. */
  VERIFY_SL_PICKED_NOT_FREE("Student ({0}) is gekozen bij ({1}), maar is geen vrije student.",
      "Student ({0}) was picked at ({1}) but is not a free student."),
  /** Rounds of prices and of shortlists that differ in number. */
  VERIFY_SL_PRICE_ROUNDS("Er zijn ({0}) rondes met nominatieprijzen, maar ({1}) rondes met"
      + " shortlists.",
      "There are ({0}) rounds of nomination prices but ({1}) rounds of shortlists."),
  /** Prices of the wrong round. */
  VERIFY_SL_PRICE_ROUND("De prijzen op positie ({0}) zijn van ronde ({1}), niet ({2}).",
      "The prices at position ({0}) are of round ({1}), not ({2})."),
  /** A pool student without a price. */
  VERIFY_SL_STUDENT_NO_PRICE("Student ({0}) zit in de pool van ronde ({1}) met een plaats"
      + " waarvoor ze genomineerd kan worden, maar heeft geen prijs.",
      "Student ({0}) is in the pool of round ({1}) with a place she may be nominated for, but has"
      + " no price."),
  /** A student price above the penalty. */
  VERIFY_SL_STUDENT_ABOVE_PENALTY("Student ({0}) heeft een prijs ({1}) boven de strafkosten"
      + " ({2}).", "Student ({0}) has a price ({1}) above the penalty ({2})."),
  /** A student not nominated with a price below the penalty. */
  VERIFY_SL_STUDENT_BELOW_PENALTY("Student ({0}) is in ronde ({1}) niet genomineerd, maar haar"
      + " prijs ({2}) ligt onder de strafkosten ({3}): de nominatie is misschien niet een beste"
      + " (de meeste genomineerden, dan de beste totale passendheid).",
      "Student ({0}) was not nominated in round ({1}) but her price ({2}) is below the penalty"
      + " ({3}): the nomination may not be a best one (most nominees, then best total fit)."),
  /** A place with an open seat but no prices. */
  VERIFY_SL_PLACE_NO_PRICES("Plaats ({0}) heeft in ronde ({1}) een open zitplaats, maar geen"
      + " prijzen.", "Place ({0}) has an open seat in round ({1}) but no prices."),
  /** A priced student not in the pool. */
  VERIFY_SL_STUDENT_PRICE_NO_POOL("Student ({0}) heeft in ronde ({1}) een prijs, maar zit niet in"
      + " de pool met een plaats waarvoor ze genomineerd kan worden.",
      "Student ({0}) has a price in round ({1}) but is not in the pool with a place she may be"
      + " nominated for."),
  /** A priced place without an open seat. */
  VERIFY_SL_PLACE_PRICES_NO_SEAT("Plaats ({0}) heeft prijzen in ronde ({1}), maar geen open"
      + " zitplaats.", "Place ({0}) has prices in round ({1}) but no open seat."),
  /** A negative slot price. */
  VERIFY_SL_PLACE_NEGATIVE("Plaats ({0}) heeft een negatieve prijs per plek ({1}, {2}).",
      "Place ({0}) has a negative slot price ({1}, {2})."),
  /** A positive price of an unused first slot. */
  VERIFY_SL_FIRST_SLOT("Plaats ({0}) heeft een positieve prijs ({1}) voor haar eerste plek, die"
      + " in ronde ({2}) door niemand is genomen.",
      "Place ({0}) has a positive price ({1}) for its first slot, which no one took in round"
      + " ({2})."),
  /** A positive price of extra slots that are not all used. */
  VERIFY_SL_EXTRA_SLOTS("Plaats ({0}) heeft een positieve prijs ({1}) voor haar extra plekken,"
      + " waarvan er ({2}) van ({3}) zijn genomen in ronde ({4}).",
      "Place ({0}) has a positive price ({1}) for its extra slots, of which ({2}) of ({3}) were"
      + " taken in round ({4})."),
  /** A penalty not above the cost bound of a round. */
  VERIFY_SL_PENALTY("De strafkosten ({0}) moeten groter zijn dan alle mogelijke totale kosten"
      + " ({1}) van ronde ({2}), anders bewijzen ze niet dat het aantal genomineerden het"
      + " grootste is.",
      "The penalty ({0}) must exceed every possible total cost ({1}) of round ({2}), or it does"
      + " not prove that the number of nominees is the largest."),
  /** A nomination with a positive reduced cost; {1} is the first or extra slot. */
  VERIFY_SL_NOMINATION_REDUCED_COST("De nominatie van ({0}) voor de {1} plek van ({2}) heeft"
      + " positieve gereduceerde kosten ({3} = {4} - {5} + {6}): de prijzen bewijzen niet dat ze"
      + " deel is van een beste nominatie.",
      "The nomination of ({0}) for the {1} slot of ({2}) has a positive reduced cost ({3} = {4}"
      + " - {5} + {6}): the prices do not prove it part of a best nomination."),
  /** An unused slot with a negative reduced cost. */
  VERIFY_SL_SLOT_REDUCED_COST("De {0} plek van ({1}) voor ({2}) is niet gebruikt, maar heeft"
      + " negatieve gereduceerde kosten ({3} = {4} - {5} + {6}): haar daar nomineren kan meer"
      + " genomineerden of een betere totale passendheid geven.",
      "The {0} slot of ({1}) for ({2}) was not used but has a negative reduced cost ({3} = {4} -"
      + " {5} + {6}): nominating her there may give more nominees or a better total fit."),
  ;

  private final String dutch;
  private final String english;

  VerifyMessage(String dutch, String english) {
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
