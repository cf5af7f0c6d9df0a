package nl.stagematch.core.model;

/**
 * Every message of the core library that a person can read when input is refused: the JSON
 * readers ({@code JSON_}), the CSV import ({@code CSV_}), the model's own checks ({@code MODEL_}),
 * the shape of the small JSON documents of the matching process, such as decisions and answers
 * files ({@code DOC_}), and the count lines of reports with many errors ({@code MORE_}).
 *
 * <p>The codes are stable: a code, once released, keeps its meaning and is never reused, so a
 * vendor may map it to its own user interface; the texts may be improved. Every code and both
 * templates are listed in {@code docs/errors.md}. Dutch is the default language for people.
 */
public enum CoreMessage implements MessageKey {
  // ---- the model's checks
  /** Several errors in one problem: the summary line. */
  MODEL_PROBLEM_ERRORS("Het matchingprobleem bevat {0} fouten:",
      "The matching problem has {0} errors:"),
  /** One error in a problem: the summary line. */
  MODEL_PROBLEM_ONE_ERROR("Het matchingprobleem bevat 1 fout:",
      "The matching problem has 1 error:"),
  /** No policy. */
  MODEL_NO_POLICY("Het beleid ontbreekt.\nTip: gebruik Policy.defaults(SchoolYear.of(2025)) voor"
      + " schooljaar 2025-26.",
      "The policy is missing.\nMaybe use Policy.defaults(SchoolYear.of(2025)) for school year"
      + " 2025-26."),
  /** A place of a company that is not in the problem. */
  MODEL_UNKNOWN_COMPANY("Het bedrijf ({0}) van plaats ({1}) is onbekend.\nTip: voeg het bedrijf"
      + " toe aan de bedrijven, of verbeter het id.",
      "The company ({0}) of place ({1}) is unknown.\nMaybe add the company to the companies, or"
      + " correct the id."),
  /** A missing list of students, companies or places. */
  MODEL_LIST_MISSING("De {0} ontbreken.\nTip: gebruik een lege lijst als er geen zijn.",
      "The {0} are missing.\nMaybe use an empty list for none."),
  /** A null element in a list. */
  MODEL_NULL_ELEMENT("Op positie {1} staat geen {0} maar null.\nTip: haal het weg uit de lijst.",
      "The {0} at position {1} is null.\nMaybe remove it from the list."),
  /** Two elements with the same id. */
  MODEL_DUPLICATE_ID("Het id ({0}) van {1} {2} is ook het id van {1} {3} ({4}).\nTip: geef ze"
      + " elk een eigen pseudoniem id, of haal de kopie weg.",
      "The id ({0}) of {1} {2} is also the id of {1} {3} ({4}).\nMaybe give each {1} its own"
      + " pseudonymous id, or remove the copy."),
  /** An id of the wrong shape. */
  /** A student of the travel minutes that the problem does not have. */
  MODEL_TRAVEL_UNKNOWN_STUDENT("De student ({0}) van de reistijden is onbekend.\nTip: voeg de"
      + " student toe aan de studenten, of verbeter het id.",
      "The student ({0}) of the travel minutes is unknown.\nMaybe add the student to the"
      + " students, or correct the id."),
  /** A company of the travel minutes that the problem does not have. */
  MODEL_TRAVEL_UNKNOWN_COMPANY("Het bedrijf ({0}) van de reistijden van student ({1}) is"
      + " onbekend.\nTip: voeg het bedrijf toe aan de bedrijven, of verbeter het id.",
      "The company ({0}) of the travel minutes of student ({1}) is unknown.\nMaybe add the"
      + " company to the companies, or correct the id."),
  /** An id with the shape of personal data ({1}: its kind with an article; {2}: its shape). */
  MODEL_PERSONAL_ID("Het id van {0} heeft de vorm van {1} ({2}): dat is een persoonsgegeven, en"
      + " dat wordt nooit aanvaard in de invoer van de matching (regel R1).\nTip: gebruik een"
      + " pseudoniem, zoals S-0001; zie docs/format.md#ids.",
      "The id of {0} has the shape of {1} ({2}), which is personal data and never accepted in"
      + " matching input (rule R1).\nMaybe use a pseudonymous id, such as S-0001; see"
      + " docs/format.md#ids."),
  /** Free text with the shape of personal data ({1}: its kind with an article). */
  MODEL_PERSONAL_TEXT("De tekst van {0} bevat iets met de vorm van {1}: dat is een"
      + " persoonsgegeven, en dat wordt nooit aanvaard (regel R1).\nTip: haal het weg; de tekst"
      + " zelf blijft op school (zie docs/format.md#ids).",
      "The text of {0} contains what has the shape of {1}, which is personal data and never"
      + " accepted (rule R1).\nMaybe remove it; the text itself stays at the school (see"
      + " docs/format.md#ids)."),
  /** An id with characters or a length a pseudonym may not have. */
  MODEL_BAD_ID("Het id ({0}) van {1} moet 1 tot 64 tekens zijn uit A-Z, a-z, 0-9, '.', '_', ':'"
      + " of '-'.\nTip: vervang de andere tekens, bijvoorbeeld door '-', en houd het id"
      + " pseudoniem.",
      "The id ({0}) of {1} must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'."
      + "\nMaybe replace the other characters, e.g. by '-', and keep the id pseudonymous."),
  /** A code of the wrong shape. */
  MODEL_BAD_CODE("De {0} ({1}) moet een code zijn van 1 tot 64 kleine letters, cijfers en '-',"
      + " beginnend met een letter of cijfer.\nTip: schrijf hem als {2}.",
      "The {0} ({1}) must be a code of 1 to 64 lower-case letters, digits and '-', starting with"
      + " a letter or digit.\nMaybe write it as {2}."),
  /** A code of the wrong shape in a set of codes. */
  MODEL_BAD_CODE_IN("De code ({0}) in de {1} moet een code zijn van 1 tot 64 kleine letters,"
      + " cijfers en '-', beginnend met een letter of cijfer.\nTip: schrijf hem als {2}.",
      "The code ({0}) in the {1} must be a code of 1 to 64 lower-case letters, digits and '-',"
      + " starting with a letter or digit.\nMaybe write it as {2}."),
  /** A work-process code of the wrong shape. */
  MODEL_BAD_WORK_PROCESS("De code van het werkproces ({0}) in {1} moet 1 tot 32 tekens zijn uit"
      + " A-Z, a-z, 0-9, '.', '_' of '-', zoals B1-K1-W2.\nTip: gebruik de code uit het"
      + " kwalificatiedossier.",
      "The work-process code ({0}) in {1} must be 1 to 32 characters of A-Z, a-z, 0-9, '.', '_'"
      + " or '-', such as B1-K1-W2.\nMaybe use the code from the qualification file"
      + " (kwalificatiedossier)."),
  /** Part of another message: the company kind of a learning wish. */
  MODEL_WHAT_COMPANY_KIND_IN("soort bedrijf in {0}", "company kind in {0}"),
  /** Part of another message: the work kind of a learning wish. */
  MODEL_WHAT_WORK_KIND_IN("soort werk in {0}", "work kind in {0}"),
  /** Part of another message: the required features of a learning wish. */
  MODEL_WHAT_REQUIRED_FEATURES_OF("vereiste kenmerken van {0}", "required features of {0}"),
  /** A period that ends before it starts. */
  MODEL_PERIOD_REVERSED("Het einde van de periode ({0}) ligt voor het begin ({1}).\nTip: wissel"
      + " de twee datums om.",
      "The period end ({0}) is before its start ({1}).\nMaybe swap the two dates."),
  /** Days per week out of range. */
  MODEL_DAYS_PER_WEEK("Het aantal dagen per week ({0}) van periode {1}..{2} moet 1 tot 5 zijn."
      + "\nTip: gebruik 5 voor een blok.",
      "The days per week ({0}) of period {1}..{2} must be 1 to 5.\nMaybe use 5 for a block."),
  /** The rest of a wished period (after an early end on a date) starting outside the wish. */
  MODEL_REST_OUTSIDE_WISH("De rest van de gewenste periode van student ({0}) kan niet op {1}"
      + " beginnen: haar gewenste periode loopt van {2} tot en met {3}.\nTip: geef een datum"
      + " binnen die periode: de eerste dag zonder de plaatsing die eindigde.",
      "The rest of the wished period of student ({0}) cannot start on {1}: her wished period"
      + " runs from {2} to {3}.\nMaybe give a date within that period, the first day without the"
      + " ended placement."),
  /** A rest of a wished period recorded for a student that the problem does not have. */
  MODEL_REST_UNKNOWN_STUDENT("De student ({0}) met een rest van de gewenste periode (vanaf {1})"
      + " is onbekend in het probleem.\nTip: geef het probleem waarvoor het resultaat is"
      + " berekend, of verbeter het id.",
      "The student ({0}) with a rest of her wished period (from {1}) is not in the problem."
      + "\nMaybe give the problem the result was computed for, or correct the id."),
  /** A travel limit out of range. */
  MODEL_TRAVEL_LIMIT("De reistijdgrens ({0} minuten) moet 1 tot 240 minuten zijn.\nTip: laat de"
      + " grens weg als er geen grens is.",
      "The travel limit ({0} minutes) must be 1 to 240 minutes.\nMaybe leave the limit out for"
      + " no limit."),
  /** A work-process weight out of range. */
  MODEL_WEIGHT("Het gewicht ({0}) van werkproces ({1}) in {2} moet een eindig getal >= 0 zijn."
      + "\nTip: gebruik 1.0 voor een gewone wens en 0 om het werkproces zonder gewicht te"
      + " houden.",
      "The weight ({0}) of work process ({1}) in {2} must be a finite number >= 0.\nMaybe use"
      + " 1.0 for a normal wish and 0 to keep it without weight."),
  /** A latitude out of range. */
  MODEL_LATITUDE("De breedtegraad ({0}) moet een eindig getal van -90 tot 90 zijn.\nTip:"
      + " misschien zijn breedte- en lengtegraad verwisseld.",
      "The latitude ({0}) must be a finite number from -90 to 90.\nMaybe latitude and longitude"
      + " are swapped."),
  /** A longitude out of range. */
  MODEL_LONGITUDE("De lengtegraad ({0}) moet een eindig getal van -180 tot 180 zijn.\nTip:"
      + " gebruik decimale graden (WGS84).",
      "The longitude ({0}) must be a finite number from -180 to 180.\nMaybe use decimal degrees"
      + " (WGS84)."),
  /** A capacity below 1. */
  MODEL_CAPACITY_LOW("De capaciteit ({0}) van plaats ({1}) moet positief zijn.\nTip: haal de"
      + " plaats weg of maak de capaciteit >= 1.",
      "The capacity ({0}) of place ({1}) must be positive.\nMaybe remove the place or set"
      + " capacity >= 1."),
  /** A capacity above the maximum. */
  MODEL_CAPACITY_HIGH("De capaciteit ({0}) van plaats ({1}) mag hooguit {2} zijn.\nTip: verdeel"
      + " de plaats over meerdere plaatsen.",
      "The capacity ({0}) of place ({1}) must be at most {2}.\nMaybe split it into several"
      + " places."),
  /** A scope without tracks. */
  MODEL_SCOPE_NO_TRACKS("De leerwegen van de afbakening ([]) mogen niet leeg zijn.\nTip:"
      + " gebruik [BOL], de standaard.",
      "The tracks of the scope ([]) must not be empty.\nMaybe use [BOL], the default."),
  /** A scope without study years. */
  MODEL_SCOPE_NO_YEARS("De leerjaren van de afbakening ([]) mogen niet leeg zijn.\nTip:"
      + " gebruik [1], de standaard.",
      "The study years of the scope ([]) must not be empty.\nMaybe use [1], the default."),
  /** A study year of the scope out of range. */
  MODEL_SCOPE_YEAR("Het leerjaar ({0}) in de afbakening moet 1 tot 4 zijn.\nTip: gebruik [1],"
      + " de standaard.",
      "The study year ({0}) in the scope must be 1 to 4.\nMaybe use [1], the default."),
  /** A student's study year out of range. */
  MODEL_STUDY_YEAR("Het leerjaar ({0}) van student ({1}) moet 1 tot 4 zijn.\nTip: gebruik 1 voor"
      + " een eerstejaars.",
      "The study year ({0}) of student ({1}) must be 1 to 4.\nMaybe use 1 for a first-year"
      + " student."),
  /** A competence level out of range. */
  MODEL_COMPETENCE_LEVEL("Het competentieniveau ({0}) van werkproces ({1}) van student ({2}) moet"
      + " 1 tot 5 zijn.\nTip: laat weg wat de student nog niet kan.",
      "The competence level ({0}) of work process ({1}) of student ({2}) must be 1 to 5.\nMaybe"
      + " leave out what the student cannot do yet."),
  /** A coverage percentage out of range. */
  MODEL_COVERAGE("De minimale dekking van de periode ({0}) moet een percentage van 0 tot 100"
      + " zijn.\nTip: gebruik 100 (de standaard: de plaats dekt de hele gewenste periode), of 0"
      + " voor 'een gedeelde dag is genoeg'.",
      "The minimum period coverage ({0}) must be a percentage from 0 to 100.\nMaybe use 100 (the"
      + " default: the place covers the whole wished period), or 0 for 'one shared day is"
      + " enough'."),
  /** A crebo code of the wrong shape. */
  MODEL_CREBO("De crebocode ({0}) moet precies 5 cijfers zijn.\nTip: zoek de code op in het"
      + " kwalificatiedossier, bijvoorbeeld 25180.",
      "The crebo code ({0}) must be exactly 5 digits.\nMaybe look the code up in the"
      + " qualification file (kwalificatiedossier), e.g. 25180."),
  /** A qualification level out of range. */
  MODEL_QUALIFICATION_LEVEL("Het niveau ({0}) van kwalificatie ({1}) moet 1 tot 4 zijn (1 ="
      + " entree).\nTip: gebruik het mbo-niveau van de kwalificatie.",
      "The level ({0}) of qualification ({1}) must be 1 to 4 (1 = entree).\nMaybe use the mbo"
      + " level of the qualification."),
  /** Two recognitions for one qualification. */
  MODEL_DUPLICATE_RECOGNITION("Bedrijf ({0}) heeft twee erkenningen ({1} en {2}) voor"
      + " kwalificatie ({3}).\nTip: voeg hun werkprocessen samen in een erkenning.",
      "Company ({0}) has two recognitions ({1} and {2}) for qualification ({3}).\nMaybe merge"
      + " their work processes into one recognition."),
  /** A placement's fit out of range. */
  MODEL_PLACEMENT_FIT("De passendheid ({0}) van de plaatsing van student ({1}) op plaats ({2}) moet 0 tot"
      + " 1000 zijn.\nTip: neem de score uit FitModel.",
      "The fit ({0}) of the placement of student ({1}) at place ({2}) must be 0 to 1000.\nMaybe"
      + " take the score from FitModel."),
  /** An id of a result of the wrong shape. */
  MODEL_RESULT_ID("Het id ({0}) van {1} moet 1 tot 64 tekens zijn uit A-Z, a-z, 0-9, '.', '_',"
      + " ':' of '-'.\nTip: gebruik het pseudonieme id uit het matchingprobleem.",
      "The id ({0}) of {1} must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'."
      + "\nMaybe use the pseudonymous id from the matching problem."),

  // ---- the fit model's parameters (problem file, policy CSV, --fit-weights, --travel)
  /** A fit model parameter the model does not have. */
  FIT_UNKNOWN_PARAMETER("De parameter ({0}) van het passendheidsmodel is onbekend.\nTip: gebruik"
      + " een van: {1}.",
      "Unknown fit model parameter ({0}).\nMaybe use one of: {1}."),
  /** A fit model parameter whose value is not a number. */
  FIT_NOT_A_NUMBER("De parameter ({0}) van het passendheidsmodel heeft de waarde ({1}), geen"
      + " getal.\nTip: schrijf het als 1.3.",
      "The fit model parameter ({0}) has the value ({1}), not a number.\nMaybe write it like"
      + " 1.3."),
  /** The mastery level is not a whole number. */
  FIT_MASTERY_NOT_WHOLE("Het beheersniveau van het passendheidsmodel heeft de waarde ({0}), geen"
      + " geheel getal.\nTip: gebruik 3, de standaard.",
      "The fit model's mastery level has the value ({0}), not a whole number.\nMaybe use 3, the"
      + " default."),
  /** The mastery level is out of range. */
  FIT_MASTERY_LEVEL("Het beheersniveau ({0}) moet 1 tot 5 zijn.\nTip: gebruik 3, de standaard.",
      "The mastery level ({0}) must be 1 to 5.\nMaybe use 3, the default."),
  /** A fit weight out of range. */
  FIT_WEIGHT("Het gewicht ({0}) van onderdeel ({1}) van de passendheid moet een eindig getal >= 0"
      + " zijn.\nTip: gebruik 0 om het onderdeel uit te zetten.",
      "The weight ({0}) of fit component ({1}) must be a finite number >= 0.\nMaybe use 0 to"
      + " switch it off."),
  /** All fit weights are zero. */
  FIT_WEIGHTS_ALL_ZERO("Alle gewichten van de passendheid zijn 0; minstens een moet positief zijn."
      + "\nTip: gebruik de standaardgewichten (500, 150, 150, 100, 100).",
      "All fit weights are 0; at least one must be positive.\nMaybe use the default weights"
      + " (500, 150, 150, 100, 100)."),
  /** The detour factor out of range. */
  FIT_DETOUR_FACTOR("De omwegfactor ({0}) moet een eindig getal van 1 tot 3 zijn.\nTip: gebruik"
      + " 1.3, de standaard.",
      "The detour factor ({0}) must be a finite number from 1 to 3.\nMaybe use 1.3, the"
      + " default."),
  /** A mean speed out of range. */
  FIT_SPEED("De gemiddelde snelheid ({0} km/u) voor ({1}) moet een eindig getal van 1 tot 200"
      + " zijn.\nTip: gebruik de standaard, {2}.",
      "The mean speed ({0} km/h) for ({1}) must be a finite number from 1 to 200.\nMaybe use"
      + " the default, {2}."),
  /** The public-transport waiting time out of range. */
  FIT_WAIT_MINUTES("De wachttijd bij het ov ({0} minuten) moet een eindig getal van 0 tot 60"
      + " zijn.\nTip: gebruik 10, de standaard.",
      "The public-transport waiting time ({0} minutes) must be a finite number from 0 to 60."
      + "\nMaybe use 10, the default."),

  // ---- the small JSON documents of the matching process (decisions, answers, trails)
  /** A value that should be an object. */
  DOC_NOT_OBJECT("verwacht: een object, gevonden: {0}.\nTip: misschien is het document niet van"
      + " dit formaat.",
      "expected an object, found {0}.\nMaybe the document is not of this format."),
  /** A field the format does not know. */
  DOC_UNKNOWN_FIELD("onbekend veld (\"{0}\").\nTip: gebruik een van de bekende velden: {1}.",
      "unknown field (\"{0}\").\nMaybe use one of the known fields: {1}."),
  /** A required field that is missing. */
  DOC_MISSING_FIELD("het veld ontbreekt (verwacht: {0}).\nTip: voeg het toe; zie de documentatie"
      + " van het formaat.",
      "the field is missing (expected {0}).\nMaybe add it; see the format's documentation."),
  /** A number out of range. */
  DOC_NUMBER_RANGE("het getal ({0}) moet {1} tot {2} zijn.\nTip: verbeter het getal.",
      "the number ({0}) must be {1} to {2}.\nMaybe correct the number."),
  /** A list element that is not a string. */
  DOC_NOT_STRING("verwacht: een tekst, gevonden: {0}.\nTip: zet de waarde tussen"
      + " aanhalingstekens.",
      "expected a string, found {0}.\nMaybe quote the value."),
  /** A map value that is not an integer. */
  DOC_NOT_INTEGER("verwacht: een geheel getal, gevonden: {0}.\nTip: schrijf een geheel getal.",
      "expected an integer, found {0}.\nMaybe write a whole number."),
  /** An enum value that is not known. */
  DOC_UNKNOWN_VALUE("onbekende waarde ({0}).\nTip: gebruik een van: {1}.",
      "unknown value ({0}).\nMaybe use one of: {1}."),
  /** A value of the wrong type. */
  DOC_WRONG_TYPE("verwacht: {0}, gevonden: {1}.\nTip: verbeter de waarde; zie de documentatie"
      + " van het formaat.",
      "expected {0}, found {1}.\nMaybe correct the value; see the format's documentation."),
  /** A document of the process that is not well-formed JSON: where, and why ({3}). */
  DOC_MALFORMED("{0} is geen geldige JSON op regel {1}, kolom {2}: {3}.\nTip: misschien is het"
      + " bestand afgebroken of met de hand bewerkt; controleer het met een JSON-validator.",
      "Malformed JSON in {0} at line {1}, column {2}: {3}.\nMaybe the file was cut off or"
      + " edited by hand; check it with a JSON validator."),
  /** Why a process document is malformed: text after the value. */
  DOC_JSON_TRAILING("er staat nog tekst na het einde van het document",
      "unexpected text after the end of the document"),
  /** Why a process document is malformed: nested too deep. */
  DOC_JSON_TOO_DEEP("dieper genest dan {0} niveaus", "nested deeper than {0} levels"),
  /** Why a process document is malformed: it ends too early. */
  DOC_JSON_ENDS("het document houdt op waar een waarde verwacht werd",
      "the document ends where a value was expected"),
  /** Why a process document is malformed: a character that cannot start a value. */
  DOC_JSON_UNEXPECTED_CHARACTER("onverwacht teken {0}", "unexpected character {0}"),
  /** Why a process document is malformed: something else was expected here. */
  DOC_JSON_EXPECTED("verwacht: {0}", "expected {0}"),
  /** Why a process document is malformed: no field name in quotes. */
  DOC_JSON_FIELD_NAME("verwacht: een veldnaam tussen aanhalingstekens",
      "expected a field name in quotes"),
  /** Why a process document is malformed: a field twice in one object. */
  DOC_JSON_DUPLICATE_FIELD("het veld {0} staat twee keer in een object",
      "the field {0} appears twice in one object"),
  /** Why a process document is malformed: an unclosed string. */
  DOC_JSON_UNCLOSED_STRING("een tekst is niet afgesloten", "a string is not closed"),
  /** Why a process document is malformed: a raw control character in a string. */
  DOC_JSON_CONTROL_CHARACTER("een stuurteken in een tekst moet ge-escapet zijn",
      "a control character inside a string must be escaped"),
  /** Why a process document is malformed: a short \\u escape. */
  DOC_JSON_BAD_UNICODE_ESCAPE("een escape \\u heeft vier hexadecimale cijfers nodig",
      "an escape \\u needs four hex digits"),
  /** Why a process document is malformed: an escape JSON does not have. */
  DOC_JSON_UNKNOWN_ESCAPE("onbekende escape \\{0} (JSON kent alleen \\\" \\\\ \\/ \\b"
      + " \\f \\n \\r \\t \\uXXXX)",
      "unknown escape \\{0} (JSON has only \\\" \\\\ \\/ \\b \\f \\n \\r \\t"
      + " \\uXXXX)"),
  /** Why a process document is malformed: a number without digits. */
  DOC_JSON_NO_DIGITS("een getal heeft cijfers nodig", "a number needs digits"),
  /** Why a process document is malformed: a leading zero. */
  DOC_JSON_LEADING_ZERO("een getal mag niet met 0 beginnen", "a number must not start with 0"),
  /** Why a process document is malformed: a fraction or exponent. */
  DOC_JSON_NOT_WHOLE("dit formaat gebruikt alleen gehele getallen",
      "only whole numbers are used in this format"),
  /** Why a process document is malformed: a number too large. */
  DOC_JSON_NUMBER_TOO_LARGE("het getal {0} past niet in een geheel getal van 64 bits",
      "the number {0} does not fit a 64-bit integer"),

  // ---- CSV import
  /** Several errors in a CSV set: the summary line. */
  CSV_ERRORS("De CSV-bestanden bevatten {0} fouten:", "The CSV files have {0} errors:"),
  /** One error in a CSV set: the summary line. */
  CSV_ONE_ERROR("De CSV-bestanden bevatten 1 fout:", "The CSV files have 1 error:"),
  /** Two files whose names differ only in case. */
  CSV_NAMES_DIFFER_IN_CASE("de map bevat {0}, die alleen in hoofdletters verschillen.\nTip: laat"
      + " er maar een staan.",
      "the directory holds {0}, which differ only in case.\nMaybe remove all but one."),
  /** A recognition of a company that is not in the companies' file. */
  CSV_RECOGNITION_UNKNOWN_COMPANY("het bedrijf ({0}) staat niet in {1}.\nTip: voeg het daar toe,"
      + " of verbeter het id.",
      "the company ({0}) is not in {1}.\nMaybe add it there, or correct the id."),
  /** A place of a company that is not in the companies' file. */
  CSV_PLACE_UNKNOWN_COMPANY("het bedrijf ({0}) van plaats ({1}) staat niet in {2}.\nTip: voeg"
      + " het bedrijf daar toe, of verbeter het id.",
      "the company ({0}) of place ({1}) is not in {2}.\nMaybe add the company there, or correct"
      + " the id."),
  /** An id given in two rows. */
  CSV_DUPLICATE_ID("het id ({0}) staat ook in rij {1}.\nTip: geef elke rij een eigen id.",
      "the id ({0}) is also in row {1}.\nMaybe give each row its own id."),
  /** Both the Dutch and the English file name are present. */
  CSV_BOTH_FILES("zowel {0} staan in de map.\nTip: haal er een weg.",
      "both {0} are in the directory.\nMaybe remove one of them."),
  /** A required file is missing. */
  CSV_FILE_MISSING("het bestand met {0} ontbreekt in de map.\nTip: exporteer het als {1} (of"
      + " {2}); zie docs/import.md.",
      "the file with {0} is missing from the directory.\nMaybe export it as {1} (or {2}); see"
      + " docs/import.md."),
  /** A file over the size limit. */
  CSV_FILE_TOO_LARGE("het bestand ({0} bytes) is groter dan de grens van {1} bytes.\nTip:"
      + " verdeel de groep, of laat kolommen weg die het matchen niet gebruikt.",
      "the file ({0} bytes) is larger than the limit of {1} bytes.\nMaybe split the cohort, or"
      + " leave out columns that matching does not use."),
  /** A second row in the policy file. */
  CSV_POLICY_ROWS("het beleid heeft een rij; dit is een tweede.\nTip: haal deze weg.",
      "the policy has one row; this is another.\nMaybe remove it."),
  /** No school year anywhere. */
  CSV_NO_SCHOOL_YEAR("het schooljaar ontbreekt.\nTip: geef het in {0} (kolom schooljaar,"
      + " bijvoorbeeld 2025-26) of op de opdrachtregel (--school-year 2025).",
      "the school year is missing.\nMaybe give it in {0} (column schooljaar, such as 2025-26) or"
      + " on the command line (--school-year 2025)."),
  /** Two recognitions of a company for one qualification. */
  CSV_DUPLICATE_RECOGNITION("bedrijf ({0}) heeft in rij {2} ook een erkenning voor kwalificatie"
      + " ({1}).\nTip: voeg hun werkprocessen samen in een rij.",
      "company ({0}) has a recognition for qualification ({1}) in row {2} too.\nMaybe merge"
      + " their work processes into one row."),
  /** An area code of the wrong shape. */
  CSV_BAD_AREA("de gebiedscode ({0}) moet vier cijfers zijn (een PC4-gebied, zoals"
      + " 3511).",
      "the area code ({0}) must be four digits (a PC4 area, such as 3511)."),
  /** An area code given in two rows. */
  CSV_DUPLICATE_AREA("de gebiedscode ({0}) staat ook in rij {1}.\nTip: houd een rij per"
      + " gebied.",
      "the area code ({0}) is also in row {1}.\nMaybe keep one row per area."),
  /** A required cell that is empty. */
  CSV_EMPTY_CELL("de cel is leeg.\nTip: vul hem in; de kolom is verplicht.",
      "the cell is empty.\nMaybe fill it in; the column is required."),
  /** A value outside its list. */
  CSV_NOT_ONE_OF("de waarde ({0}) is niet een van {1}.\nTip: schrijf een daarvan.",
      "the value ({0}) is not one of {1}.\nMaybe write it as one of them."),
  /** A value that is not a whole number. */
  CSV_NOT_INTEGER("de waarde ({0}) is geen geheel getal.\nTip: schrijf alleen cijfers,"
      + " bijvoorbeeld 3.",
      "the value ({0}) is not a whole number.\nMaybe write it as digits only, such as 3."),
  /** A value that is not a number. */
  CSV_NOT_NUMBER("de waarde ({0}) is geen getal.\nTip: schrijf het als 4,5 of 4.5, zonder"
      + " scheidingstekens voor duizendtallen.",
      "the value ({0}) is not a number.\nMaybe write it as 4,5 or 4.5, without thousands"
      + " separators."),
  /** A coordinate that is not a number (its value is not shown: a home is personal). */
  CSV_COORDINATE_NOT_NUMBER("de waarde is geen getal.\nTip: schrijf het als 4,5 of 4.5, zonder"
      + " scheidingstekens voor duizendtallen.",
      "the value is not a number.\nMaybe write it as 4,5 or 4.5, without thousands separators."),
  /** A value that is not ja or nee. */
  CSV_NOT_BOOLEAN("de waarde ({0}) is niet ja of nee.\nTip: schrijf ja of nee.",
      "the value ({0}) is not ja or nee.\nMaybe write ja or nee (yes or no)."),
  /** A date that does not exist. */
  CSV_NO_SUCH_DATE("de datum ({0}) bestaat niet.\nTip: controleer dag en maand (dd-mm-jjjj).",
      "the date ({0}) does not exist.\nMaybe check day and month (dd-mm-jjjj)."),
  /** A value that is not a date. */
  CSV_NOT_DATE("de waarde ({0}) is geen datum.\nTip: schrijf hem als dd-mm-jjjj, bijvoorbeeld"
      + " 02-02-2026 (of 2026-02-02).",
      "the value ({0}) is not a date.\nMaybe write it as dd-mm-jjjj, such as 02-02-2026 (or"
      + " 2026-02-02)."),
  /** A value that cannot become a code. */
  CSV_NOT_CODE("de waarde ({0}) kan geen code zijn: daarvoor zijn 1 tot 64 letters of cijfers"
      + " nodig.\nTip: maak hem korter, bijvoorbeeld thuiszorg.",
      "the value ({0}) cannot be a code: it needs 1 to 64 letters or digits.\nMaybe shorten it,"
      + " such as home-care."),
  /** An item that cannot become a code. */
  CSV_ITEM_NOT_CODE("het item ({0}) kan geen code zijn.\nTip: gebruik letters, cijfers en '-',"
      + " bijvoorbeeld extra-begeleiding; scheid items met spaties.",
      "the item ({0}) cannot be a code.\nMaybe use letters, digits and '-', such as"
      + " tailored-supervision; separate items with spaces."),
  /** An item listed twice. */
  CSV_DUPLICATE_ITEM("het item ({0}) staat er meer dan een keer.\nTip: laat er maar een staan.",
      "the item ({0}) appears more than once.\nMaybe remove all but one."),
  /** A work process listed twice. */
  CSV_DUPLICATE_WORK_PROCESS("het werkproces ({0}) staat er meer dan een keer.\nTip: laat er"
      + " maar een staan.",
      "the work process ({0}) appears more than once.\nMaybe remove all but one."),
  /** A study year that is not a number or is repeated. */
  CSV_BAD_YEAR_ITEM("het item ({0}) is geen geheel getal of staat er twee keer.\nTip: schrijf"
      + " de leerjaren met spaties ertussen, bijvoorbeeld 1 2.",
      "the item ({0}) is not a whole number or appears twice.\nMaybe write the years separated"
      + " by spaces, such as 1 2."),
  /** A track that is unknown or repeated. */
  CSV_BAD_TRACK_ITEM("het item ({0}) is onbekend of staat er twee keer.\nTip: schrijf BOL, BBL"
      + " of BOL BBL.",
      "the item ({0}) is unknown or appears twice.\nMaybe write BOL, BBL or BOL BBL."),
  /** A competence without a level. */
  CSV_BAD_LEVEL_ITEM("het item ({0}) is geen werkproces met een niveau.\nTip: schrijf het als"
      + " B1-K1-W1=2.",
      "the item ({0}) is not a work process with a level.\nMaybe write it as B1-K1-W1=2."),
  /** A participation item of the wrong shape. */
  CSV_BAD_PARTICIPATION("het item ({0}) is geen schooljaar met deelname of afgemeld.\nTip:"
      + " schrijf het als 2025-26=afgemeld.",
      "the item ({0}) is not a school year with deelname or afgemeld.\nMaybe write it as"
      + " 2025-26=afgemeld."),
  /** A school year listed twice. */
  CSV_DUPLICATE_YEAR("het schooljaar ({0}) staat er meer dan een keer.\nTip: laat er maar een"
      + " staan.",
      "the school year ({0}) appears more than once.\nMaybe remove all but one."),
  /** Half a travel limit. */
  CSV_HALF_TRAVEL_LIMIT("een reistijdgrens heeft zowel {0} als {1} nodig.\nTip: vul deze cel in,"
      + " of maak beide leeg voor geen grens.",
      "a travel limit needs both {0} and {1}.\nMaybe fill in this cell, or empty both for no"
      + " limit."),
  /** A value more precise than the area code that belongs there. */
  CSV_TOO_PRECISE("de waarde is een {0} (vier cijfers en twee letters); dat is te precies: het"
      + " wijst een paar huizen aan en is persoonlijk.\nTip: geef alleen de vier cijfers van het"
      + " gebied ({1}).",
      "the value is a {0} (four digits and two letters), which is too precise: it points to a"
      + " few houses and is personal.\nMaybe give only the four digits of the area ({1})."),
  /** Both an area code and coordinates. */
  CSV_AREA_AND_COORDINATES("er zijn zowel een gebiedscode als coördinaten gegeven.\nTip:"
      + " houd er een van over.",
      "both an area code and coordinates are given.\nMaybe keep one of them."),
  /** An area code without an area table. */
  CSV_NO_AREA_TABLE("de gebiedscode ({0}) heeft een tabel met gebieden nodig.\nTip: geef"
      + " die met --areas BESTAND (kolommen pc4, breedtegraad, lengtegraad).",
      "the area code ({0}) needs a table of areas.\nMaybe give one with --areas FILE (columns"
      + " pc4, breedtegraad, lengtegraad)."),
  /** An area code that is not in the area table. */
  CSV_UNKNOWN_AREA("de gebiedscode ({0}) staat niet in de gebiedentabel ({1}).\nTip: voeg"
      + " hem daar toe, of verbeter de code.",
      "the area code ({0}) is not in the area table ({1}).\nMaybe add it there, or correct the"
      + " code."),
  /** No location. */
  CSV_NO_LOCATION("de locatie ontbreekt.\nTip: geef breedtegraad en lengtegraad, of een"
      + " gebiedscode (pc4) met --areas.",
      "the location is missing.\nMaybe give breedtegraad and lengtegraad, or an area code (pc4)"
      + " with --areas."),
  /** A latitude out of range (its value is not shown). */
  CSV_LATITUDE("de breedtegraad moet tussen -90 en 90 liggen (WGS84, decimale graden).\nTip:"
      + " misschien zijn breedte- en lengtegraad verwisseld.",
      "the latitude must be from -90 to 90 (WGS84 decimal degrees).\nMaybe latitude and"
      + " longitude are swapped."),
  /** A longitude out of range (its value is not shown). */
  CSV_LONGITUDE("de lengtegraad moet tussen -180 en 180 liggen (WGS84, decimale graden).\nTip:"
      + " gebruik decimale graden, bijvoorbeeld 5,1214.",
      "the longitude must be from -180 to 180 (WGS84 decimal degrees).\nMaybe use decimal"
      + " degrees, such as 5,1214."),
  /** A file without a header row. */
  CSV_NO_HEADER("het bestand heeft geen kopregel.\nTip: exporteer het opnieuw met de"
      + " kolomnamen in de eerste rij ({0}).",
      "the file has no header row.\nMaybe export it again with the column names in the first"
      + " row ({0})."),
  /** A column without a name that has values. */
  CSV_UNNAMED_COLUMN("kolom {0} heeft geen naam maar wel waarden.\nTip: geef hem een naam ({1})"
      + " of haal hem weg.",
      "the column {0} has no name but has values.\nMaybe give it a name ({1}) or remove it."),
  /** A column with a school-internal identifier of a person ({1}: its kind). */
  CSV_SCHOOL_NUMBER("de kolom \"{0}\" lijkt het {1}; dat wijst een persoon aan binnen de school en"
      + " is geen pseudoniem; de hele import wordt geweigerd.\nTip: vervang het door een"
      + " pseudoniem id in de kolom id, of laat import het pseudonimiseren (--pseudonymise).",
      "the column \"{0}\" looks like the {1}, which identifies a person inside the school and is"
      + " not a pseudonym; the whole import is refused.\nMaybe replace it by a pseudonymous id in"
      + " the column id, or let import pseudonymise it (--pseudonymise)."),
  /** A personal column (rule R1). */
  CSV_PERSONAL_COLUMN("de kolom \"{0}\" is een persoonskenmerk ({1}) en wordt nooit geaccepteerd"
      + " als invoer voor het matchen (regel R1); de hele import wordt geweigerd en er is niets"
      + " geschreven.\nTip: exporteer {2} opnieuw zonder deze kolom; het matchen gebruikt alleen"
      + " de leerwens, de competenties en wat het bedrijf biedt.",
      "the column \"{0}\" is a personal characteristic ({1}) and is never accepted in matching"
      + " input (rule R1); the whole import is refused and nothing was written.\nMaybe export {2}"
      + " again without this column; matching uses only the learning wish, competences and what"
      + " the company offers."),
  /** A column the format does not know. */
  CSV_UNKNOWN_COLUMN("onbekende kolom \"{0}\" in {1}.\nTip: haal hem weg of geef hem een andere"
      + " naam; de bekende kolommen zijn: {2}.",
      "unknown column \"{0}\" in {1}.\nMaybe remove it or rename it; the known columns are: {2}."),
  /** Two names of one column. */
  CSV_DUPLICATE_COLUMN("de kolom \"{0}\" is dezelfde kolom als \"{1}\" (kolom {2}).\nTip: haal"
      + " er een weg.",
      "the column \"{0}\" is the same column as \"{1}\" (column {2}).\nMaybe remove one of them."),
  /** A required column that is missing. */
  CSV_COLUMN_MISSING("de verplichte kolom \"{0}\" ({1}) ontbreekt.\nTip: voeg hem toe; zie"
      + " docs/import.md.",
      "the required column \"{0}\" ({1}) is missing.\nMaybe add it; see docs/import.md."),
  /** A row with more cells than the header. */
  CSV_EXTRA_CELLS("de rij heeft {0} cellen, maar de kopregel noemt {1} kolommen.\nTip: zet"
      + " aanhalingstekens om een cel waarin het scheidingsteken staat.",
      "the row has {0} cells but the header row names {1} columns.\nMaybe put quotes around a"
      + " cell that holds the separator."),
  /** A UTF-16 file. */
  CSV_UTF16("het bestand is in UTF-16 (\"Unicode-tekst\"), dat niet wordt gelezen.\nTip: sla het"
      + " vanuit het rekenblad op als \"CSV (gescheiden door puntkomma's)\" of \"CSV UTF-8\".",
      "the file is in UTF-16 (\"Unicode text\"), which is not read.\nMaybe save it from the"
      + " spreadsheet as \"CSV (separated by semicolons)\" or \"CSV UTF-8\"."),
  /** A file that is not valid in the given encoding. */
  CSV_BAD_ENCODING("het bestand is geen geldige {0}-tekst.\nTip: laat --encoding weg zodat de"
      + " import UTF-8 of Windows-1252 herkent, of sla het bestand op als \"CSV UTF-8\".",
      "the file is not valid {0} text.\nMaybe leave out --encoding to let the import detect UTF-8"
      + " or Windows-1252, or save the file as \"CSV UTF-8\"."),
  /** A file that is not valid in the given encoding, at a line (the error's row) and column. */
  CSV_BAD_ENCODING_AT("het bestand is geen geldige {0}-tekst: in kolom {1} van deze regel staat"
      + " een byte (0x{2}) die geen {0} is.\nTip: laat --encoding weg zodat de import UTF-8 of"
      + " Windows-1252 herkent, of sla het bestand op als \"CSV UTF-8\".",
      "the file is not valid {0} text: column {1} of this line holds a byte (0x{2}) that is not"
      + " {0}.\nMaybe leave out --encoding to let the import detect UTF-8 or Windows-1252, or"
      + " save the file as \"CSV UTF-8\"."),
  /** A quote that is never closed. */
  CSV_UNCLOSED_QUOTE("een aanhalingsteken (\") opent een cel die nooit wordt gesloten.\nTip:"
      + " sluit het aanhalingsteken, of verdubbel een aanhalingsteken binnen de cel (\"\").",
      "a quote (\") opens a cell that is never closed.\nMaybe close the quote, or double a quote"
      + " inside the cell (\"\")."),
  /** Text after a closing quote. */
  CSV_TEXT_AFTER_QUOTE("er staat tekst na het sluitende aanhalingsteken van een cel ({0}).\nTip:"
      + " zet de hele cel tussen aanhalingstekens en verdubbel elk aanhalingsteken erin (\"\").",
      "text follows the closing quote of a cell ({0}).\nMaybe put the whole cell in quotes and"
      + " double each quote inside it (\"\")."),
  /** A quote inside an unquoted cell. */
  CSV_STRAY_QUOTE("een aanhalingsteken (\") in een cel die er niet mee begint ({0}).\nTip: zet"
      + " de hele cel tussen aanhalingstekens en verdubbel elk aanhalingsteken erin (\"\").",
      "a quote (\") inside a cell that does not start with one ({0}).\nMaybe put the whole cell"
      + " in quotes and double each quote inside it (\"\")."),

  // ---- JSON documents
  /** Several errors in one document: the summary line. */
  JSON_DOCUMENT_ERRORS("Het document bevat {0} fouten:", "The document has {0} errors:"),
  /** One error in a document: the summary line. */
  JSON_DOCUMENT_ONE_ERROR("Het document bevat 1 fout:", "The document has 1 error:"),
  /** The line after the reported errors when more were counted. */
  MORE_ERRORS("... en nog {0} fouten", "... and {0} more errors"),
  /** The line after the reported errors when one more was counted. */
  MORE_ONE_ERROR("... en nog 1 fout", "... and 1 more error"),
  /** The document is larger than the reader accepts. */
  JSON_TOO_LARGE("het document is groter dan de grens van {0} bytes"
      + " (ReadOptions.maxDocumentBytes).\nTip: verdeel de groep over meerdere documenten, of"
      + " verhoog de grens met ReadOptions.builder().maxDocumentBytes(...).",
      "the document is larger than the limit of {0} bytes (ReadOptions.maxDocumentBytes)."
      + "\nMaybe split the cohort into several documents, or raise the limit with"
      + " ReadOptions.builder().maxDocumentBytes(...)."),
  /** The document file is larger than the reader accepts (its size is known). */
  JSON_FILE_TOO_LARGE("het document ({0} bytes) is groter dan de grens van {1} bytes"
      + " (ReadOptions.maxDocumentBytes).\nTip: verdeel de groep over meerdere documenten, of"
      + " verhoog de grens met ReadOptions.builder().maxDocumentBytes(...).",
      "the document ({0} bytes) is larger than the limit of {1} bytes"
      + " (ReadOptions.maxDocumentBytes).\nMaybe split the cohort into several documents, or"
      + " raise the limit with ReadOptions.builder().maxDocumentBytes(...)."),
  /** A byte sequence that is not UTF-8. */
  JSON_NOT_UTF8("het document is geen geldige UTF-8 op regel {0}, kolom {1}: {2}."
      + "\nTip: sla het bestand op als UTF-8.",
      "the document is not valid UTF-8 at line {0}, column {1}: {2}.\nMaybe save the file as"
      + " UTF-8."),
  /** Part of JSON_NOT_UTF8: a bad continuation byte. */
  JSON_UTF8_CONTINUATION("een ongeldig vervolgbyte (0x{0} op byte-positie {1})",
      "an invalid continuation byte (0x{0} at byte offset {1})"),
  /** Part of JSON_NOT_UTF8: a byte that cannot start a character. */
  JSON_UTF8_START("het byte 0x{0} (op byte-positie {1}), waarmee geen teken kan beginnen",
      "the byte 0x{0} (at byte offset {1}), which cannot start a character"),
  /** Part of JSON_NOT_UTF8: the document ends inside a character. */
  JSON_UTF8_CUT_OFF("een teken dat is afgebroken door het einde van het document",
      "a character cut off by the end of the document"),
  /** The parser found malformed JSON. */
  JSON_SYNTAX("het document is geen geldige JSON op regel {0}, kolom {1}: {2}.\nTip: zoek vlak"
      + " voor die plek naar een ontbrekende komma, een aanhalingsteken of een haakje.",
      "the document is not valid JSON at line {0}, column {1}: {2}.\nMaybe look for a missing"
      + " comma, quote or bracket just before that place."),
  /** Nesting deeper than allowed. */
  JSON_TOO_DEEP("het document is dieper genest dan de grens van {0} niveaus"
      + " (ReadOptions.maxDepth).\nTip: haal de extra nesting weg; een geldig document heeft"
      + " hooguit 6 niveaus nodig.",
      "the document is nested deeper than the limit of {0} levels (ReadOptions.maxDepth)."
      + "\nMaybe remove the extra nesting; a valid document needs at most 6 levels."),
  /** A field name longer than allowed. */
  JSON_NAME_TOO_LONG("een veldnaam is langer dan de grens van {0} tekens"
      + " (ReadOptions.maxStringLength).\nTip: maak hem korter; ids, codes en soorten zijn kort.",
      "a field name is longer than the limit of {0} characters (ReadOptions.maxStringLength)."
      + "\nMaybe shorten it; ids, codes and kinds are short."),
  /** A string longer than allowed. */
  JSON_STRING_TOO_LONG("een tekst is langer dan de grens van {0} tekens"
      + " (ReadOptions.maxStringLength).\nTip: maak hem korter; ids, codes en soorten zijn kort.",
      "a string is longer than the limit of {0} characters (ReadOptions.maxStringLength)."
      + "\nMaybe shorten it; ids, codes and kinds are short."),
  /** A number longer than allowed. */
  JSON_NUMBER_TOO_LONG("een getal is langer dan de grens van {0} tekens"
      + " (ReadOptions.maxNumberLength).\nTip: rond het af.",
      "a number is longer than the limit of {0} characters (ReadOptions.maxNumberLength)."
      + "\nMaybe round it."),
  /** Another limit of the parser. */
  JSON_LIMIT("een grens van de lezer is overschreden: {0}",
      "a limit of the reader was exceeded: {0}"),
  /** A field not in the format, with the closest known field. */
  JSON_UNKNOWN_FIELD_TYPO("onbekend veld \"{0}\" in {1}.\nTip: bedoeld is misschien \"{2}\"?"
      + " De bekende velden zijn: {3}.",
      "unknown field \"{0}\" in {1}.\nMaybe you meant \"{2}\"? The known fields are: {3}."),
  /** A field not in the format. */
  JSON_UNKNOWN_FIELD("onbekend veld \"{0}\" in {1}.\nTip: gebruik een van de bekende velden:"
      + " {2}.",
      "unknown field \"{0}\" in {1}.\nMaybe you meant one of the known fields: {2}."),
  /** A field given twice in one object. */
  JSON_DUPLICATE_FIELD("het veld \"{0}\" staat meer dan een keer in {1}.\nTip: laat er maar"
      + " een staan.",
      "the field \"{0}\" appears more than once in {1}.\nMaybe remove all but one."),
  /** A required field that is null. */
  JSON_REQUIRED_NULL("het verplichte veld \"{0}\" van {1} is null.\nTip: geef het een waarde;"
      + " zie docs/format.md.",
      "the required field \"{0}\" of {1} is null.\nMaybe give it a value; see docs/format.md."),
  /** A required field that is missing. */
  JSON_REQUIRED_MISSING("het verplichte veld \"{0}\" ontbreekt in {1}.\nTip: voeg het toe;"
      + " zie docs/format.md.",
      "the required field \"{0}\" is missing from {1}.\nMaybe add it; see docs/format.md."),
  /** Too many entries in a map. */
  JSON_TOO_MANY_ENTRIES("er staan meer dan {0} elementen in {1} (ReadOptions.{2}).\nTip: verdeel"
      + " het document, of verhoog de grens.",
      "there are more than {0} entries in {1} (ReadOptions.{2}).\nMaybe split the document, or"
      + " raise the limit."),
  /** Too many elements in a list. */
  JSON_TOO_MANY_ELEMENTS("de lijst {0} heeft meer dan {1} elementen (ReadOptions.{2}).\nTip:"
      + " verdeel het document, of verhoog de grens.",
      "the list of {0} has more than {1} elements (ReadOptions.{2}).\nMaybe split the document,"
      + " or raise the limit."),
  /** A key given twice in one map. */
  JSON_DUPLICATE_KEY("de sleutel \"{0}\" staat meer dan een keer in {1}.\nTip: laat er maar"
      + " een staan.",
      "the key \"{0}\" appears more than once in {1}.\nMaybe remove all but one."),
  /** A personal characteristic (rule R1). */
  JSON_PERSONAL_FIELD("het veld \"{0}\" is een persoonskenmerk ({1}) en wordt nooit"
      + " geaccepteerd als invoer voor het matchen (regel R1). Haal het weg; het matchen"
      + " gebruikt alleen de leerwens, de competenties en wat het bedrijf biedt.",
      "the field \"{0}\" is a personal characteristic ({1}) and is never accepted in matching"
      + " input (rule R1). Remove it; matching uses only the learning wish, competences and what"
      + " the company offers."),
  /** An integer that does not fit. */
  JSON_INTEGER_TOO_LARGE("het gehele getal {0} is te groot voor {1}.\nTip: controleer de"
      + " waarde.",
      "the integer {0} is too large for {1}.\nMaybe check the value."),
  /** An integer that does not fit in 64 bits. */
  JSON_LONG_TOO_LARGE("het gehele getal {0} is te groot voor {1} (hooguit"
      + " 9223372036854775807).\nTip: controleer de waarde.",
      "the integer {0} is too large for {1} (at most 9223372036854775807).\nMaybe check the"
      + " value."),
  /** An enum value that is not known, with a close match. */
  JSON_UNKNOWN_VALUE_TYPO("onbekende waarde {0} voor {1}; de bekende waarden zijn {2}.\nTip:"
      + " bedoeld is misschien \"{3}\"? (Waarden zijn in hoofdletters.)",
      "unknown value {0} for {1}; the known values are {2}.\nMaybe you meant \"{3}\"? (Values"
      + " are upper case.)"),
  /** An enum value that is not known. */
  JSON_UNKNOWN_VALUE("onbekende waarde {0} voor {1}; de bekende waarden zijn {2}.\nTip: kies"
      + " een daarvan. (Waarden zijn in hoofdletters.)",
      "unknown value {0} for {1}; the known values are {2}.\nMaybe you meant one of those?"
      + " (Values are upper case.)"),
  /** A string that is not a date. */
  JSON_BAD_DATE("de waarde {0} van {1} is geen datum van de vorm jjjj-mm-dd.\nTip: schrijf"
      + " hem als 2026-02-02.",
      "the value {0} of {1} is not a date of the form yyyy-mm-dd.\nMaybe write it like"
      + " 2026-02-02."),
  /** A value of the wrong JSON type, a number given as a string. */
  JSON_WRONG_TYPE_NUMBER("verwacht: {0}, gevonden: {1}.\nTip: schrijf het getal zonder"
      + " aanhalingstekens; NaN en oneindig zijn geen getallen.",
      "expected {0} but found {1}.\nMaybe write the number without quotes; NaN and infinity are"
      + " not numbers."),
  /** A value of the wrong JSON type, a scalar given where a string belongs. */
  JSON_WRONG_TYPE_STRING("verwacht: {0}, gevonden: {1}.\nTip: zet de waarde tussen"
      + " aanhalingstekens.",
      "expected {0} but found {1}.\nMaybe put the value in quotes."),
  /** A value of the wrong JSON type. */
  JSON_WRONG_TYPE("verwacht: {0}, gevonden: {1}.\nTip: zie docs/format.md voor de vorm van dit"
      + " veld.",
      "expected {0} but found {1}.\nMaybe see docs/format.md for the shape of this field."),
  /** Part of JSON_WRONG_TYPE: an object was expected. */
  JSON_AN_OBJECT("een object ({0})", "an object ({0})"),
  /** Part of JSON_WRONG_TYPE: an array was expected. */
  JSON_AN_ARRAY("een lijst ({0})", "an array ({0})"),
  /** Part of JSON_WRONG_TYPE: a string was expected. */
  JSON_A_STRING("een tekst ({0})", "a string ({0})"),
  /** Part of JSON_WRONG_TYPE: an integer was expected. */
  JSON_AN_INTEGER("een geheel getal ({0})", "an integer ({0})"),
  /** Part of JSON_WRONG_TYPE: a number was expected. */
  JSON_A_NUMBER("een getal ({0})", "a number ({0})"),
  /** Part of JSON_WRONG_TYPE: true or false was expected. */
  JSON_A_BOOLEAN("true of false ({0})", "true or false ({0})"),
  /** Part of JSON_WRONG_TYPE: the string found. */
  JSON_THE_STRING("de tekst {0}", "the string {0}"),
  /** Part of JSON_WRONG_TYPE: the number found. */
  JSON_THE_NUMBER("het getal {0}", "the number {0}"),
  /** An empty document. */
  JSON_EMPTY("het document is leeg.\nTip: controleer of het juiste bestand is opgegeven.",
      "the document is empty.\nMaybe check that the right file was given."),
  /** A document that is not an object. */
  JSON_NOT_OBJECT("het document moet een JSON-object ({...}) zijn, maar begint met {0}.\nTip:"
      + " controleer of het juiste bestand is opgegeven.",
      "the document must be a JSON object ({...}) but starts with {0}.\nMaybe check that the"
      + " right file was given."),
  /** Content after the document. */
  JSON_TRAILING_CONTENT("onverwachte inhoud na het einde van het document op regel {0}, kolom"
      + " {1}.\nTip: haal die weg; een document is precies een JSON-object.",
      "unexpected content after the end of the document at line {0}, column {1}.\nMaybe remove"
      + " it; a document is exactly one JSON object."),
  /** The format marker names a result document where a problem document is read. */
  JSON_FORMAT_RESULT_NOT_PROBLEM("het formaat is {0}, maar deze lezer leest \"{1}\".\nTip: dit"
      + " is een resultaatdocument; geef een probleemdocument.",
      "the format is {0} but this reader reads \"{1}\".\nMaybe this is a result document; give a"
      + " problem document."),
  /** The format marker names a problem document where a result document is read. */
  JSON_FORMAT_PROBLEM_NOT_RESULT("het formaat is {0}, maar deze lezer leest \"{1}\" (en"
      + " \"{2}\").\nTip: dit is een probleemdocument; geef een resultaatdocument.",
      "the format is {0} but this reader reads \"{1}\" (and \"{2}\").\nMaybe this is a problem"
      + " document; give a result document."),
  /** An unknown format marker. */
  JSON_FORMAT_UNKNOWN("het formaat is {0}, maar deze lezer leest {1}.\nTip: schrijf"
      + " \"format\": \"{2}\"; zie docs/format.md.",
      "the format is {0} but this reader reads {1}.\nMaybe write \"format\": \"{2}\"; see"
      + " docs/format.md."),
  /** A field that the first result format does not have. */
  JSON_FORMAT_V1_FIELD("een {0}-document heeft geen \"{1}\".\nTip: schrijf \"format\":"
      + " \"{2}\"; zie docs/format.md.",
      "a {0} document has no \"{1}\".\nMaybe write \"format\": \"{2}\"; see docs/format.md."),
  /** All fit weights are zero. */
  JSON_FIT_WEIGHTS_ZERO("alle gewichten van de passendheid zijn 0; minstens een moet positief zijn."
      + "\nTip: laat \"weights\" weg voor de standaardwaarden (zie docs/fit.md).",
      "all fit weights are 0; at least one must be positive.\nMaybe leave out \"weights\" for"
      + " the defaults (see docs/fit.md)."),
  /** A value listed twice. */
  JSON_DUPLICATE_VALUE("de waarde {0} staat meer dan een keer in de lijst.\nTip: laat er maar"
      + " een staan.",
      "the value {0} appears more than once in the list.\nMaybe remove all but one."),
  /** A certificate with no or several kinds. */
  JSON_CERTIFICATE_KINDS("een certificaat heeft precies een veld, genoemd naar zijn soort (een"
      + " van {0}), maar dit certificaat heeft er {1}.\nTip: zie docs/format.md.",
      "a certificate has exactly one field, named by its kind (one of {0}), but this one has"
      + " {1}.\nMaybe see docs/format.md."),
  /** A fit class width out of range. */
  JSON_FIT_CLASS_WIDTH("de breedte van een passendheidsklasse ({0}) moet 1..1001 zijn.\nTip: neem de"
      + " waarde van de optie fit-class-width.",
      "the fit class width ({0}) must be 1..1001.\nMaybe write the value of the option"
      + " fit-class-width."),
  /** A place's room below 1. */
  JSON_ROOM("de ruimte ({0}) van plaats ({1}) moet minstens 1 zijn.\nTip: noem alleen plaatsen"
      + " die na de vastzettingen nog ruimte hebben.",
      "the room ({0}) of place ({1}) must be at least 1.\nMaybe list only places with room after"
      + " the pins."),
  /** A negative lottery number. */
  JSON_LOTTERY_NUMBER("het lotnummer ({0}) moet >= 0 zijn.\nTip: neem het uit"
      + " Lottery.number(placeId, studentId).",
      "the lottery number ({0}) must be >= 0.\nMaybe take it from Lottery.number(placeId,"
      + " studentId)."),
  /** A component without students. */
  JSON_EMPTY_COMPONENT("een component heeft geen studenten.\nTip: noem ze.",
      "a component has no students.\nMaybe list them."),
  /** A shortlist size below 1. */
  JSON_SHORTLIST_SIZE("de lengte van de shortlist ({0}) moet minstens 1 zijn.\nTip: neem de"
      + " waarde van de optie shortlist-size.",
      "the shortlist size ({0}) must be at least 1.\nMaybe write the value of the option"
      + " shortlist-size."),
  /** Slot prices that are not two. */
  JSON_SLOT_PRICES("er zijn ({0}) prijzen per plek; geef er twee: die van de eerste plek en die"
      + " van de extra plekken.\nTip: zie docs/format.md.",
      "there are ({0}) slot prices; give two: the first slot's and the extra slots'.\nMaybe see"
      + " docs/format.md."),
  /** A number below its minimum. */
  JSON_AT_LEAST("{0} ({1}) moet minstens {2} zijn.\nTip: controleer de waarde.",
      "{0} ({1}) must be at least {2}.\nMaybe check the value."),
  /** A string outside its list of values. */
  JSON_ONE_OF("{0} is {1}, maar moet een van {2} zijn.\nTip: controleer de spelling; zie"
      + " docs/format.md.",
      "{0} is {1} but must be one of {2}.\nMaybe check the spelling; see docs/format.md."),
  /** An id of the wrong shape. */
  JSON_BAD_ID("het id {0} ({1}) moet 1 tot 64 tekens zijn uit A-Z, a-z, 0-9, '.', '_', ':'"
      + " of '-'.\nTip: gebruik het pseudonieme id uit het matchingprobleem.",
      "the id {0} ({1}) must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'."
      + "\nMaybe use the pseudonymous id from the matching problem."),
  /** A map key that is not an id. */
  JSON_BAD_KEY("de sleutel {0} moet het id van een {1} zijn: 1 tot 64 tekens uit A-Z, a-z, 0-9,"
      + " '.', '_', ':' of '-'.\nTip: gebruik het pseudonieme id uit het matchingprobleem.",
      "the key {0} must be the id of a {1}: 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':'"
      + " or '-'.\nMaybe use the pseudonymous id from the matching problem."),
  /** An id listed twice. */
  JSON_DUPLICATE_ELEMENT("{0} ({1}) staat meer dan een keer in {2}.\nTip: noem elk maar een"
      + " keer.",
      "the {0} ({1}) appears more than once in {2}.\nMaybe list each once."),
  // ---- the CSV import: fit columns, travel minutes, pseudonyms at the door, personal items
  /** An item of a fit column that is not NAME=VALUE ({1}: an example). */
  CSV_FIT_ITEM_NOT_NAMED("het item ({0}) heeft niet de vorm NAAM=WAARDE.\nTip: schrijf het als {1}"
      + " (of detourFactor=1,4 bike=12 voor het reismodel); zie docs/import.md.",
      "the item ({0}) is not NAME=VALUE.\nMaybe write it as {1} (or detourFactor=1,4 bike=12 for"
      + " the travel model); see docs/import.md."),
  /** A fit parameter name that is unknown. */
  CSV_FIT_NAME_UNKNOWN("de naam ({0}) is onbekend.\nTip: gebruik een van: {1}.",
      "the name ({0}) is unknown.\nMaybe use one of: {1}."),
  /** A fit parameter value that is not a number. */
  CSV_FIT_VALUE_NOT_NUMBER("de waarde van het item ({0}) is geen getal.\nTip: schrijf het als"
      + " 1,4 of 1.4.",
      "the value of the item ({0}) is not a number.\nMaybe write it as 1,4 or 1.4."),
  /** A fit parameter name given twice. */
  CSV_FIT_NAME_TWICE("de naam ({0}) staat er twee keer.\nTip: noem elke naam maar een keer.",
      "the name ({0}) is given twice.\nMaybe give each name once."),
  /** A student of the travel minutes file that the students' file does not have. */
  CSV_TRAVEL_UNKNOWN_STUDENT("de student ({0}) staat niet in het bestand van de studenten.\nTip:"
      + " voeg de student daar toe, of verbeter het id.",
      "the student ({0}) is not in the students' file.\nMaybe add her there, or correct the id."),
  /** A school-internal number ({0}: its kind) the students' file does not have. */
  CSV_TRAVEL_UNKNOWN_NUMBER("het {0} staat niet in het bestand van de studenten.\nTip: voeg de"
      + " student daar toe, of verbeter het nummer (het wordt hier niet herhaald).",
      "the {0} is not in the students' file.\nMaybe add her there, or correct the number (it is"
      + " not repeated here)."),
  /** A company of the travel minutes file that the companies' file does not have. */
  CSV_TRAVEL_UNKNOWN_COMPANY("het bedrijf ({0}) staat niet in het bestand van de"
      + " bedrijven.\nTip: voeg het daar toe, of verbeter het id.",
      "the company ({0}) is not in the companies' file.\nMaybe add it there, or correct the id."),
  /** Travel minutes out of 0..1440. */
  CSV_TRAVEL_OUT_OF_RANGE("de reistijd ({0}) moet een aantal minuten van 0 tot 1440 zijn (een"
      + " dag).\nTip: geef hele minuten, geen seconden, zoals 25.",
      "the travel time ({0}) must be a number of minutes from 0 to 1440 (one day).\nMaybe give"
      + " whole minutes, not seconds, such as 25."),
  /** A (student, company) pair given twice in the travel minutes file. */
  CSV_TRAVEL_PAIR_TWICE("de reistijd van student ({0}) naar bedrijf ({1}) staat ook in rij"
      + " {2}.\nTip: houd een rij per student en bedrijf.",
      "the travel time of student ({0}) to company ({1}) is also in row {2}.\nMaybe keep one row"
      + " per student and company."),
  /** A school-internal number ({0}: its kind) of the wrong shape (the number is not shown). */
  CSV_SCHOOL_NUMBER_MALFORMED("het {0} moet 1 tot 32 letters, cijfers, '.', '_' of '-' zijn.\nTip:"
      + " controleer de cel (het nummer zelf wordt hier niet herhaald).",
      "the {0} must be 1 to 32 letters, digits, '.', '_' or '-'.\nMaybe check the cell (the"
      + " number itself is not repeated here)."),
  /** A school-internal number ({0}: its kind) given twice (the number is not shown). */
  CSV_SCHOOL_NUMBER_TWICE("het {0} staat ook in rij {1}.\nTip: houd een rij per student.",
      "the {0} is also in row {1}.\nMaybe keep one row per student."),
  /** Two school-internal numbers with one pseudonym. */
  CSV_PSEUDONYM_COLLISION("de nummers van deze rij en rij {0} geven hetzelfde pseudoniem"
      + " ({1}).\nTip: maak een nieuwe sleutel met import --new-key FILE en importeer opnieuw.",
      "the numbers of this row and row {0} give the same pseudonym ({1}).\nMaybe make a new key"
      + " with import --new-key FILE and import again."),
  /** An item of a list column with the shape of a personal value ({0}: its kind, {1}: shape). */
  CSV_PERSONAL_ITEM_VALUE("het item heeft de vorm van {0} ({1}): dat is een persoonsgegeven, en"
      + " dat wordt nooit aanvaard in de invoer van de matching (regel R1).\nTip: haal het weg;"
      + " items zijn codes zoals B1-K1-W2 (zie docs/format.md#ids).",
      "the item has the shape of {0} ({1}), which is personal data and never accepted in"
      + " matching input (rule R1).\nMaybe remove it; items are codes such as B1-K1-W2 (see"
      + " docs/format.md#ids)."),
  /** An item of a list column that names a personal characteristic or protected ground. */
  CSV_PERSONAL_ITEM("het item ({0}) noemt een persoonlijk kenmerk ({1}) en wordt nooit aanvaard"
      + " in de invoer van de matching (regel R1).\nTip: haal het weg; schrijf een"
      + " ondersteuningsbehoefte als wat de plaats biedt, zoals physically-accessible.",
      "the item ({0}) names a personal characteristic ({1}) and is never accepted in matching"
      + " input (rule R1).\nMaybe remove it; a support need is written as what the place offers,"
      + " such as physically-accessible."),
  /** A code of the problem document named after a protected ground. */
  JSON_PROTECTED_GROUND("de code \"{0}\" ({1}) noemt een beschermde grond ({2}), die persoonlijk"
      + " is en nooit wordt aanvaard in de invoer van de matching (regel R1).\nTip: schrijf"
      + " in plaats daarvan wat de plaats biedt, zoals physically-accessible of low-stimulus"
      + " (zie docs/format.md#ids).",
      "the code \"{0}\" ({1}) names a protected ground ({2}), which is personal and never"
      + " accepted in matching input (rule R1).\nMaybe write what the place offers instead,"
      + " such as physically-accessible or low-stimulus (see docs/format.md#ids)."),
  /** A second column of a school-internal number. */
  CSV_SCHOOL_NUMBER_COLUMN_TWICE("de kolom \"{0}\" is dezelfde kolom als \"{1}\" (kolom"
      + " {2}).\nTip: haal er een weg.",
      "the column \"{0}\" is the same column as \"{1}\" (column {2}).\nMaybe remove one of"
      + " them."),
  /** Both an id column and a school-internal number ({2}: its kind), which becomes the id. */
  CSV_ID_AND_SCHOOL_NUMBER("het bestand heeft zowel de kolom \"{0}\" als de kolom \"{1}\" (het"
      + " {2}), die het id wordt.\nTip: haal er een weg.",
      "the file has both the column \"{0}\" and the column \"{1}\" (the {2}), which becomes the"
      + " id.\nMaybe remove one of them."),
  /** A pseudonymisation key that is too short. */
  CSV_KEY_TOO_SHORT("De pseudonimiseringssleutel heeft {0} bytes; er zijn er minstens {1}"
      + " nodig.\nTip: maak een nieuwe sleutel met import --new-key FILE (en bewaar hem op de"
      + " school).",
      "The pseudonymisation key has {0} bytes; it needs at least {1}.\nMaybe make a new key with"
      + " import --new-key FILE (and keep it with the school)."),
  /** A key file whose key is too short. */
  CSV_KEY_FILE_TOO_SHORT("Het sleutelbestand ({0}) bevat een pseudonimiseringssleutel van {1}"
      + " bytes; er zijn er minstens {2} nodig.\nTip: maak een nieuwe sleutel met import --new-key"
      + " FILE (en bewaar hem op de school).",
      "The key file ({0}) holds a pseudonymisation key of {1} bytes; it needs at least {2}.\nMaybe"
      + " make a new key with import --new-key FILE (and keep it with the school)."),
  /** A file that is not a pseudonymisation key. */
  CSV_NOT_A_KEY_FILE("Het bestand ({0}) is geen pseudonimiseringssleutel: het moet minstens {1}"
      + " bytes bevatten als hexadecimale cijfers (64 of meer).\nTip: geef het sleutelbestand"
      + " dat met import --new-key FILE is gemaakt.",
      "The file ({0}) is not a pseudonymisation key: it must hold at least {1} bytes as"
      + " hexadecimal digits (64 or more).\nMaybe give the key file made with import --new-key"
      + " FILE."),
  /** Travel minutes out of 0..1440 in the model. */
  MODEL_TRAVEL_MINUTES("De reistijd ({0} minuten) van student ({1}) naar bedrijf ({2}) moet een"
      + " getal van 0 tot 1440 zijn (een dag).\nTip: geef hele minuten, geen seconden, zoals 25.",
      "The travel minutes ({0}) of student ({1}) to company ({2}) must be a number from 0 to 1440"
      + " (one day).\nMaybe give whole minutes, not seconds, such as 25."),
  // ---- a result checked against its problem (ResultJson.check)
  /** A student or place of a result that the problem does not have. */
  JSON_RESULT_UNKNOWN("{0} ({1}) staat niet in het probleem.\nTip: geef het probleem waarvoor"
      + " het resultaat is berekend.",
      "the {0} ({1}) is not in the problem.\nMaybe give the problem the result was computed"
      + " for."),
  /** A placed student out of the policy's scope. */
  JSON_RESULT_OUT_OF_SCOPE("de student ({0}) is geplaatst, maar valt buiten de afbakening van"
      + " het beleid van het probleem (leerweg, leerjaar of eerste stage).\nTip: misschien is het"
      + " resultaat bewerkt; match het probleem opnieuw.",
      "the student ({0}) is placed, but is out of the scope of the problem's policy (track, study"
      + " year or first internship).\nMaybe the result was edited; match the problem again."),
  /** A place holding more students than its capacity. */
  JSON_RESULT_OVER_CAPACITY("de plaats ({0}) heeft {1} studenten, meer dan haar capaciteit van"
      + " {2}.\nTip: misschien is het resultaat bewerkt; match het probleem opnieuw.",
      "the place ({0}) holds {1} students, more than its capacity of {2}.\nMaybe the result was"
      + " edited; match the problem again."),
  /** A detail with the shape of personal data. */
  JSON_RESULT_PERSONAL_DETAIL("de toelichting heeft de vorm van een persoonsgegeven ({0}) en"
      + " wordt nooit aanvaard (regel R1).\nTip: haal het weg; een toelichting legt een reden uit"
      + " met codes, niet met feiten over een persoon.",
      "the detail has the shape of personal data ({0}) and is never accepted (rule R1).\nMaybe"
      + " remove it; a detail explains a reason with codes, not with facts about a person."),
  /** A detail with a control character or markup. */
  JSON_RESULT_HOSTILE_DETAIL("de toelichting bevat {0}; een toelichting is een korte code met"
      + " velden en wordt zo nergens aanvaard.\nTip: gebruik de"
      + " uitslag zoals de bibliotheek hem schreef; zie docs/format.md, \"Unplaced details\".",
      "the detail holds {0}; a detail is a short code with fields (such as FIT loss=35"
      + " places=P-01) and is not accepted this way.\nMaybe use the result as the library wrote"
      + " it; see docs/format.md, \"Unplaced details\"."),
  // ---- arguments of the public constructors and builders, called from code
  /** A required argument that is null ({0}: what; {1}: what to do, after "Tip:"/"Maybe"). */
  MODEL_VALUE_MISSING("Er ontbreekt een waarde: {0}.\nTip: {1}",
      "A value is missing: {0}.\nMaybe {1}"),
  /** A student pinned twice in a match request. */
  REQUEST_PINNED_TWICE("Student ({0}) is twee keer vastgezet: {1} en {2}.\nTip: zet elke student"
      + " op één plaats vast.",
      "Student ({0}) is pinned twice: {1} and {2}.\nMaybe keep one pin per student."),
  /** A pair both pinned and forbidden in a match request. */
  REQUEST_PINNED_AND_FORBIDDEN("Het paar {0} is zowel vastgezet als uitgesloten.\nTip: haal de"
      + " vastzetting of de uitsluiting weg.",
      "The pair {0} is both pinned and forbidden.\nMaybe remove the pin or the prohibition."),
  /** More pins at a place than its capacity. */
  REQUEST_TOO_MANY_PINS("Plaats ({0}) heeft meer vastgezette studenten ({1}) dan haar capaciteit"
      + " ({2}).\nTip: zet daar een student los.",
      "Place ({0}) has more pins ({1}) than its capacity ({2}).\nMaybe unpin a student there."),
  /** A pinned or forbidden pair whose student the problem does not have ({1}: the pair). */
  REQUEST_UNKNOWN_STUDENT("De student ({0}) van {1} hoort niet bij het probleem.\nTip: controleer"
      + " het id.",
      "The student ({0}) of {1} is not part of the problem.\nMaybe check the id."),
  /** A pinned or forbidden pair whose place the problem does not have ({1}: the pair). */
  REQUEST_UNKNOWN_PLACE("De plaats ({0}) van {1} hoort niet bij het probleem.\nTip: controleer"
      + " het id.",
      "The place ({0}) of {1} is not part of the problem.\nMaybe check the id."),
  /** A school given to a student the problem does not have. */
  REQUEST_SCHOOL_UNKNOWN_STUDENT("De student ({0}) met school ({1}) hoort niet bij het probleem."
      + "\nTip: controleer het id.",
      "The student ({0}) given a school ({1}) is not part of the problem.\nMaybe check the id."),
  /** A student given two schools. */
  REQUEST_SCHOOL_TWICE("Student ({0}) hoort al bij school ({1}) en kan niet ook bij ({2})"
      + " horen.\nTip: geef één school.",
      "Student ({0}) already belongs to school ({1}); cannot also belong to ({2}).\nMaybe give"
      + " one school."),
  /** An option set twice to different values. */
  REQUEST_OPTION_TWICE("De optie ({0}) staat al op ({1}) en kan niet ook ({2}) zijn.\nTip: zet"
      + " elke optie één keer.",
      "The option ({0}) is already set to ({1}); cannot set it to ({2}).\nMaybe set it once."),
  // ---- files that cannot be read or written (see FileMessages)
  /** Bytes that are not UTF-8. */
  IO_NOT_UTF8("{0} is geen geldige UTF-8 op regel {1}, kolom {2} (byte {3}: {4}).\nTip: sla het"
      + " bestand op als UTF-8.",
      "{0} is not valid UTF-8 at line {1}, column {2} (byte offset {3}: {4}).\nMaybe save the"
      + " file as UTF-8."),
  /** Why a file cannot be used: it does not exist. */
  IO_DOES_NOT_EXIST("het bestand bestaat niet", "the file does not exist"),
  /** Why a file cannot be read: it is a directory. */
  IO_IS_DIRECTORY("het is een map, geen bestand", "it is a directory, not a file"),
  /** Why a file cannot be written: the path is a directory. */
  IO_TARGET_IS_DIRECTORY("het is een map", "it is a directory"),
  /** Why a file cannot be read: no permission. */
  IO_UNREADABLE("het bestand kan niet worden gelezen", "the file cannot be read"),
  /** Why a file cannot be used: access denied. */
  IO_ACCESS_DENIED("de toegang is geweigerd", "access is denied"),
  /** Why a file cannot be written: its directory is missing. */
  IO_DIRECTORY_MISSING("de map ({0}) bestaat niet", "its directory ({0}) does not exist"),
  /** Why a file cannot be written: the system's reason. */
  IO_CANNOT_WRITE("het kan niet worden geschreven ({0})", "cannot be written ({0})"),
  /**
   * A refusal whose text has no code of its own yet: the English text, shown in both languages.
   * Kept for the few model checks not converted yet; see docs/errors.md.
   */
  /** A message at a path: the path, then the message. */
  AT_PATH("{0}: {1}", "{0}: {1}"),
  /** A text that has no code of its own yet: shown as it is, in both languages. */
  UNCODED("{0}", "{0}"),
  /** A model value that the model refused without a coded reason. */
  JSON_INVALID_VALUE("de waarde is ongeldig ({0}).", "the value is invalid ({0})."),
  /** The value could not be read as a file. */
  JSON_READ_FAILED("het document kan niet worden gelezen: {0}",
      "the document cannot be read: {0}"),
  ;

  private final String dutch;
  private final String english;

  CoreMessage(String dutch, String english) {
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
