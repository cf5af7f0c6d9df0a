package nl.stagematch.bench.cli;

import nl.stagematch.core.model.MessageKey;

/**
 * Every message the {@code stagematch} command line prints for people, in Dutch and English, each
 * with a stable code ({@code CLI_...}, the constant's name) that a vendor can map to its own user
 * interface: errors and warnings print it first ({@code fout [CLI_UNKNOWN_OPTION]: ...}, see
 * {@link Texts}), other lines (summaries, progress) use the same table for their texts. A code
 * never changes once released; the texts may be improved. Placeholders {@code {0}}, {@code {1}},
 * ... are filled by {@link nl.stagematch.core.model.Message#of}; both texts have the same ones.
 */
public enum CliMessage implements MessageKey {
  // the tool
  CLI_USAGE("{0}", "{0}"),
  CLI_UNKNOWN_COMMAND("Onbekende opdracht ({0}). Bekende opdrachten: {1}.",
      "Unknown command ({0}). Known commands: {1}."),
  CLI_MAYBE_TOOL_HELP("Tip: voer 'stagematch --help' uit.", "Maybe run 'stagematch --help'."),
  CLI_MAYBE_HELP("Tip: voer 'stagematch {0} --help' uit.", "Maybe run 'stagematch {0} --help'."),
  CLI_INTERNAL_ERROR("stagematch {0} is gestopt door een interne fout; dat is een bug, meld die"
      + " graag met de invoer die hem veroorzaakte:", "stagematch {0} failed with an internal"
      + " error; this is a bug, please report it with the input that caused it:"),
  CLI_BAD_LANGUAGE("De taal ({0}) moet 'nl' of 'en' zijn.", "The language ({0}) must be 'nl' or"
      + " 'en'."),
  CLI_BAD_LANGUAGE_ENV("De omgevingsvariabele {0} ({1}) moet 'nl' of 'en' zijn.\nTip: laat hem weg"
      + " voor Nederlands.", "The environment variable {0} ({1}) must be 'nl' or 'en'.\nMaybe leave"
      + " it out for Dutch."),
  CLI_TOOL_HELP_HEAD("Gebruik: java -jar stagematch.jar OPDRACHT [ARGUMENTEN]\n\nBlind matchen van"
      + " stages in het mbo.\n\nOpdrachten:", "Usage: java -jar stagematch.jar COMMAND [ARGS]\n\n"
      + "Blind internship matching for the mbo.\n\nCommands:"),
  CLI_TOOL_HELP_FOOT("Voer 'stagematch OPDRACHT --help' uit voor de opties van een opdracht.\n"
      + "Taal: Nederlands, of Engels met --lang en (bij elke opdracht) of {0}=en.",
      "Run 'stagematch COMMAND --help' for the options of one command.\n"
      + "Language: Dutch, or English with --lang en (with every command) or {0}=en."),
  // shared by several commands
  CLI_NEEDS_VALUE("De optie {0} heeft een waarde nodig.", "The option {0} needs a value."),
  CLI_THE_SAMPLE("het voorbeeldcohort", "the sample cohort"),
  CLI_PROBLEM_AND_SAMPLE("Geef --problem BESTAND of --sample, niet allebei.",
      "Give either --problem FILE or --sample, not both."),
  CLI_PROBLEM_MISSING("Geef het probleem met --problem BESTAND (of --sample voor het ingebouwde"
      + " voorbeeldcohort).", "Give the problem with --problem FILE (or --sample for the"
      + " embedded sample cohort)."),
  CLI_INVALID_PROBLEM("{0} is geen geldig probleemdocument:", "{0} is not a valid problem"
      + " document:"),
  CLI_PROBLEM_FILE_NOT_FOUND("Het probleembestand ({0}) bestaat niet.\nTip: controleer het pad.",
      "The problem file ({0}) does not exist.\nMaybe check the path."),
  CLI_INVALID_RESULT("{0} is geen geldig uitslagdocument ({1}):",
      "{0} is not a valid result document ({1}):"),
  CLI_RESULT_FILE_NOT_FOUND("Het uitslagbestand ({0}) bestaat niet.\nTip: controleer het pad.",
      "The result file ({0}) does not exist.\nMaybe check the path."),
  CLI_RESULT_WITHOUT_HASH("{0} legt geen hash van het probleem vast (een document {1}), dus kan"
      + " niet worden nagegaan dat het bij {2} hoort.", "{0} records no problem hash (a {1}"
      + " document), so it cannot be checked that it belongs to {2}."),
  CLI_RESULT_OF_OTHER_PROBLEM("{0} is berekend voor een ander probleem: de hash van zijn probleem"
      + " is {1}, maar {2} heeft hash {3}.\nTip: geef het probleemdocument waarvoor de uitslag is"
      + " berekend, of match dit probleem opnieuw met 'stagematch match'.", "{0} was computed for"
      + " another problem: its problem hash is {1}, but {2} has hash {3}.\nMaybe give the problem"
      + " document the result was computed from, or match this problem again with 'stagematch"
      + " match'."),
  CLI_FILE_NOT_FOUND("Het bestand ({0}) bestaat niet.\nTip: controleer het pad.",
      "The file ({0}) does not exist.\nMaybe check the path."),
  CLI_FILE_UNREADABLE("Het bestand ({0}) kan niet worden gelezen: {1}",
      "The file ({0}) cannot be read: {1}"),
  CLI_FILE_UNWRITABLE("Het bestand ({0}) kan niet worden geschreven: {1}\nTip: controleer dat de"
      + " map bestaat en beschrijfbaar is.", "The file ({0}) cannot be written: {1}\nMaybe check"
      + " that its directory exists and is writable."),
  CLI_UNKNOWN_OPTION("Onbekende optie ({0}) voor {1}. Bekende opties: {2}.",
      "Unknown option ({0}) for {1}. Known options: {2}."),
  CLI_UNKNOWN_ARGUMENT("Onbekend argument ({0}) voor {1}. Bekende opties: {2}.",
      "Unknown argument ({0}) for {1}. Known options: {2}."),
  CLI_NOT_WHOLE_NUMBER("De waarde ({0}) van {1} moet een geheel getal zijn.",
      "The value ({0}) of {1} must be a whole number."),
  CLI_NOT_WHOLE_NUMBER_OF("De waarde van {0} ({1}) moet een geheel getal zijn.",
      "The value of {0} ({1}) must be a whole number."),
  CLI_INVALID_PROBLEM_RUN_VALIDATE("{0} is geen geldig probleemdocument; voer 'stagematch validate"
      + " {0}' uit voor de details.", "{0} is not a valid problem document; run 'stagematch"
      + " validate {0}' for the details."),
  CLI_FILE_PERMISSION_DENIED("Het bestand ({0}) kan niet worden gelezen: geen toestemming.\nTip:"
      + " controleer de rechten.", "The file ({0}) cannot be read: permission denied.\nMaybe"
      + " check its permissions."),
  CLI_IS_A_DIRECTORY("het is een map. Tip: geef het JSON-bestand daarin.",
      "it is a directory. Maybe give the JSON file in it."),
  // validate
  CLI_VALIDATE_TWO_FILES("Geef een BESTAND om te controleren, niet twee ({0} en {1}).",
      "Give one FILE to validate, not two ({0} and {1})."),
  CLI_VALIDATE_FILE_AND_SAMPLE("Geef BESTAND of --sample, niet allebei.",
      "Give either FILE or --sample, not both."),
  CLI_VALIDATE_FILE_MISSING("Geef het BESTAND om te controleren, of --sample voor het ingebouwde"
      + " voorbeeldcohort.", "Give the FILE to validate, or --sample for the embedded sample"
      + " cohort."),
  CLI_VALIDATE_ONE_ERROR("{0} is geen geldig probleemdocument: {1} fout.",
      "{0} is not a valid problem document: {1} error."),
  CLI_VALIDATE_ERRORS("{0} is geen geldig probleemdocument: {1} fouten.",
      "{0} is not a valid problem document: {1} errors."),
  CLI_VALIDATE_FILE_NOT_FOUND("Het bestand ({0}) bestaat niet.\nTip: controleer het pad en de"
      + " huidige map.", "The file ({0}) does not exist.\nMaybe check the path and the current"
      + " directory."),
  CLI_VALIDATE_VALID("geldig: {0} ({1})", "valid: {0} ({1})"),
  CLI_NUMBER_RANGE("De waarde ({0}) van {1} moet 1 tot en met {2} zijn.",
      "The value ({0}) of {1} must be 1 to {2}."),
  // --fit-weights and --travel
  CLI_FIT_NEEDS_VALUE("De optie {0} heeft een waarde nodig, zoals {1}.",
      "The option {0} needs a value, such as {1}."),
  CLI_FIT_NOT_NAME_VALUE("De optie {0} heeft het onderdeel ({1}), niet NAAM=WAARDE.\nTip: schrijf"
      + " het zoals {2}.", "The option {0} has the item ({1}), not NAME=VALUE.\nMaybe write it"
      + " like {2}."),
  CLI_FIT_BAD_VALUE("De optie {0} ({1}): {2}", "The option {0} ({1}): {2}"),
  CLI_FIT_TWICE("De optie {0} geeft ({1}) twee keer.\nTip: geef elke naam een keer.",
      "The option {0} gives ({1}) twice.\nMaybe give each name once."),
  CLI_FIT_ALL_ZERO("De optie {0} zet elk fitgewicht op 0; minstens een moet positief zijn.\nTip:"
      + " laat {0} weg om de gewichten van het probleem te houden.", "The option {0} leaves every"
      + " fit weight at 0; at least one must be positive.\nMaybe leave out {0} to keep the"
      + " problem's weights."),
  CLI_FIT_UNKNOWN_WEIGHT("De optie {0} heeft een onbekend gewicht ({1}); bekend: {2}.\nTip:"
      + " controleer de spelling (docs/fit.md).", "The option {0} has an unknown weight ({1});"
      + " known: {2}.\nMaybe check the spelling (docs/fit.md)."),
  CLI_FIT_UNKNOWN_TRAVEL("De optie {0} heeft een onbekende naam ({1}); bekend: {2}.\nTip:"
      + " controleer de spelling (docs/fit.md).", "The option {0} has an unknown name ({1});"
      + " known: {2}.\nMaybe check the spelling (docs/fit.md)."),
  // sample
  CLI_SEED_NOT_WHOLE("De seed ({0}) moet een geheel getal zijn.",
      "The seed ({0}) must be a whole number."),
  CLI_OUT_AND_CSV("Geef --out of --csv, niet allebei.", "Give either --out or --csv, not both."),
  CLI_DIR_UNWRITABLE("In de map ({0}) kan niet worden geschreven: {1}\nTip: controleer dat hij"
      + " beschrijfbaar is.", "The directory ({0}) cannot be written: {1}\nMaybe check that it is"
      + " writable."),
  CLI_SAMPLE_WROTE_CSV("de CSV-set geschreven in {0}: {1} studenten, {2} bedrijven, {3} plaatsen"
      + " (seed {4})", "wrote the CSV set in {0}: {1} students, {2} companies, {3} places"
      + " (seed {4})"),
  CLI_SAMPLE_WROTE("{0} geschreven: {1} studenten, {2} bedrijven, {3} plaatsen (seed {4})",
      "wrote {0}: {1} students, {2} companies, {3} places (seed {4})"),
  // import
  CLI_IMPORT_UNKNOWN_ENCODING("De codering ({0}) is onbekend. Gebruik UTF-8 of windows-1252, of"
      + " laat de optie weg om haar te laten herkennen.", "The encoding ({0}) is unknown. Use UTF-8"
      + " or windows-1252, or leave the option out to detect it."),
  CLI_IMPORT_BAD_SEPARATOR("Het scheidingsteken ({0}) moet ; of , zijn (zet het tussen"
      + " aanhalingstekens in de shell: --separator ';').", "The separator ({0}) must be ; or ,"
      + " (quote it in the shell: --separator ';')."),
  CLI_IMPORT_BAD_SCHOOL_YEAR("Het schooljaar ({0}) moet geschreven worden als 2025 of 2025-26.",
      "The school year ({0}) must be written as 2025 or 2025-26."),
  CLI_IMPORT_TWO_DIRS("Geef een MAP om te importeren, niet twee ({0} en {1}).",
      "Give one DIR to import, not two ({0} and {1})."),
  CLI_IMPORT_DIR_MISSING("Geef de MAP met de CSV-bestanden (studenten.csv, ...).",
      "Give the DIR that holds the CSV files (studenten.csv, ...)."),
  CLI_IMPORT_NO_DIR("De map ({0}) bestaat niet of is geen map.\nTip: controleer het pad; geef de"
      + " map met studenten.csv, bedrijven.csv, ...", "The directory ({0}) does not exist or is"
      + " not a directory.\nMaybe check the path; give the directory that holds studenten.csv,"
      + " bedrijven.csv, ..."),
  CLI_IMPORT_NO_OUT_DIR("De map van het uitvoerbestand ({0}) bestaat niet.\nTip: maak die eerst,"
      + " of controleer het pad bij --out.", "The directory of the output file ({0}) does not"
      + " exist.\nMaybe create it first, or check the path given with --out."),
  CLI_IMPORT_ONE_ERROR("{0} kan niet worden geïmporteerd: {1} fout; er is niets geschreven.\n"
      + "Tip: verbeter de bestanden (of exporteer ze opnieuw) en importeer opnieuw; zie"
      + " docs/import.md.", "{0} cannot be imported: {1} error; nothing was written.\nMaybe fix"
      + " the files (or export them again) and import again; see docs/import.md."),
  CLI_IMPORT_ERRORS("{0} kan niet worden geïmporteerd: {1} fouten; er is niets geschreven.\n"
      + "Tip: verbeter de bestanden (of exporteer ze opnieuw) en importeer opnieuw; zie"
      + " docs/import.md.", "{0} cannot be imported: {1} errors; nothing was written.\nMaybe fix"
      + " the files (or export them again) and import again; see docs/import.md."),
  CLI_IMPORT_IO("Lezen of schrijven is mislukt: {0}\nTip: controleer de paden en hun rechten.",
      "Reading or writing failed: {0}\nMaybe check the paths and their permissions."),
  CLI_IMPORT_WROTE("{0} geschreven: {1} studenten, {2} bedrijven, {3} plaatsen ({4})",
      "wrote {0}: {1} students, {2} companies, {3} places ({4})"),
  // solve
  CLI_SOLVE_BAD_TIE_BREAK("De tie-break-modus ({0}) moet 'lottery' of 'none' zijn.",
      "The tie-break mode ({0}) must be 'lottery' or 'none'."),
  CLI_SOLVE_UNKNOWN_OPTION("Onbekende optie ({0}).", "Unknown option ({0})."),
  CLI_SOLVE_TWO_FILES("Er mag een instantiebestand zijn, gegeven ({0}) en ({1}).",
      "Only one instance file is allowed, got ({0}) and ({1})."),
  CLI_SOLVE_FILE_MISSING("Het instantiebestand BESTAND ontbreekt.", "The instance FILE is"
      + " missing."),
  CLI_SOLVE_BAD_COUNTS("Het aantal opwarmrondes ({0}) moet >= 0 zijn en het aantal herhalingen"
      + " ({1}) >= 1.", "The warm-up count ({0}) must be >= 0 and the repeat count ({1}) >= 1."),
  CLI_SOLVE_FILE_NOT_FOUND("Het instantiebestand ({0}) bestaat niet.\nTip: controleer het pad.",
      "The instance file ({0}) does not exist.\nMaybe check the path."),
  CLI_ENV_NOT_INTEGER("De omgevingsvariabele {0} ({1}) moet een geheel getal zijn.",
      "The environment variable {0} ({1}) must be an integer."),
  CLI_ENV_NOT_NUMBER("De omgevingsvariabele {0} ({1}) moet een getal zijn.",
      "The environment variable {0} ({1}) must be a number."),
  CLI_OPTION_NOT_INTEGER("De waarde van {0} ({1}) moet een geheel getal zijn.",
      "The value of {0} ({1}) must be an integer."),
  CLI_OPTION_NOT_NUMBER("De waarde van {0} ({1}) moet een getal zijn.",
      "The value of {0} ({1}) must be a number."),
  // match
  CLI_MATCH_OPTION_NOT_NAME_VALUE("De optie ({0}) moet NAAM=WAARDE zijn, zoals shortlist-size=3.",
      "The option ({0}) must be NAME=VALUE, such as shortlist-size=3."),
  CLI_MATCH_OPTION_TWICE("De optie ({0}) is twee keer gegeven.",
      "The option ({0}) is given twice."),
  CLI_MATCH_UNKNOWN_STAGE("De fase ({0}) is onbekend; de fasen zijn 'meetings' (two-by-two) en"
      + " 'shortlists' (blind-shortlist).",
      "The stage ({0}) is unknown; the stages are 'meetings' (two-by-two) and 'shortlists'"
      + " (blind-shortlist)."),
  CLI_MATCH_SHORTLISTS_NEEDS("--stage shortlists vraagt --variant blind-shortlist en --out-dir MAP,"
      + " zonder --out en --decisions (en --out-dir hoort alleen daarbij): het schrijft de"
      + " shortlijsten van de volgende ronde en stopt.",
      "--stage shortlists needs --variant blind-shortlist and --out-dir DIR, without --out"
      + " and --decisions (and --out-dir goes only with it): it writes the next round's"
      + " shortlists and stops."),
  CLI_ANSWERS_ERROR_COUNT("{0}: {1} fouten; er is niets geschreven.",
      "{0}: {1} errors; nothing was written."),
  CLI_MATCH_ANSWERS_SIMULATED_NOTE("antwoorden:   gesimuleerd op aansluiting (by-fit), niet door"
      + " mensen gegeven",
      "answers:   simulated by fit (by-fit), not given by people"),
  CLI_MATCH_NATIONAL_SIZE("De grootte ({0}) van --national moet 1 tot en met 1000000 zijn.",
      "The size ({0}) of --national must be 1 to 1000000."),
  CLI_MATCH_TWO_FILES("Geef een BESTAND om te matchen, niet twee ({0} en {1}).",
      "Give one FILE to match, not two ({0} and {1})."),
  CLI_MATCH_VARIANT_MISSING("Geef de variant die moet draaien met --variant NAAM; bekende"
      + " varianten: {0}.",
      "Give the variant to run with --variant NAME; known variants: {0}."),
  CLI_MATCH_UNKNOWN_VARIANT("Onbekende variant ({0}). Bekende varianten: {1}.",
      "Unknown variant ({0}). Known variants: {1}."),
  CLI_MATCH_SOURCE_MISSING("Geef het BESTAND om te matchen, of --sample, of --national N.",
      "Give the FILE to match, or --sample, or --national N."),
  CLI_MATCH_TWO_SOURCES("Geef maar een van BESTAND, --sample en --national N.",
      "Give only one of FILE, --sample and --national N."),
  CLI_MATCH_TRAIL_NEEDS_DECISIONS("--trail vraagt om --decisions: het trail is het verslag van"
      + " de sessie.",
      "--trail needs --decisions: the trail is the session's record."),
  CLI_MATCH_FIT_WITH_DECISIONS("--fit-weights en --travel gaan niet samen met --decisions: een"
      + " sessie gebruikt het fitmodel van het probleem.\nTip: zet ze in de fitModel van het"
      + " probleem (zie docs/fit.md).",
      "--fit-weights and --travel do not go with --decisions: a session uses the problem's fit"
      + " model.\nMaybe set them in the problem's fitModel (see docs/fit.md)."),
  CLI_MATCH_SIGN_KEY_NEEDS_TRAIL("--sign-key vraagt om --trail (en --decisions): het ondertekent"
      + " het audittrail van de sessie.",
      "--sign-key needs --trail (and --decisions): it signs the session's audit trail."),
  CLI_MATCH_STAGE_NEEDS("--stage meetings vraagt om --variant two-by-two en --out BESTAND.json,"
      + " zonder --answers en --decisions: het schrijft het kennismakingsplan en stopt.",
      "--stage meetings needs --variant two-by-two and --out FILE.json, without --answers and"
      + " --decisions: it writes the meeting plan and stops."),
  CLI_MATCH_NATIONAL_SOURCE("een landelijk cohort van {0} studenten (seed {1})",
      "a national-style cohort of {0} students (seed {1})"),
  CLI_BAD_KEY("{0}",
      "{0}"),
  CLI_BAD_INPUT("{0}",
      "{0}"),
  CLI_BAD_ANSWERS("{0}: {1}",
      "{0}: {1}"),
  CLI_WRONG_ANSWER("{0}: {1}",
      "{0}: {1}"),
  CLI_MATCH_ANSWERS_OTHER_VARIANT("{0}: $.variant: de antwoorden zijn voor ({1}), maar de"
      + " variant die draait is ({2}).\nTip: draai --variant {1}, of geef de antwoorden van {2}.",
      "{0}: $.variant: the answers are for ({1}), but the variant run is ({2}).\nMaybe run"
      + " --variant {1}, or give the answers of {2}."),
  CLI_MATCH_SIMULATED("antwoorden:   gesimuleerd door de ingebouwde beantwoorder (by-fit: op"
      + " fit, gelijke standen door de loting); geef de antwoorden van mensen met --answers"
      + " BESTAND",
      "answers:   simulated by the built-in responder (by-fit: by fit, ties by the lottery);"
      + " give people's answers with --answers FILE"),
  CLI_MATCH_INPUT("invoer:       {0}",
      "input:     {0}"),
  CLI_MATCH_ANSWERS("antwoorden:   {0} ({1})",
      "answers:   {0} ({1})"),
  CLI_MATCH_FIT_MODEL("fitmodel:     {0} ({1})",
      "fit model: {0} ({1})"),
  CLI_MATCH_DECISIONS("besluiten:    {0} stap(pen) uit {1}; voorstel {2}",
      "decisions: {0} step(s) from {1}; proposal {2}"),
  CLI_MATCH_TIME("tijd:         lezen {0} ms, matchen {1} ms",
      "time:      read {0} ms, match {1} ms"),
  CLI_MATCH_WROTE("geschreven:   {0}",
      "wrote:     {0}"),
  CLI_MATCH_TRAIL("trail:        {0} ({1} regels)",
      "trail:     {0} ({1} entries)"),
  CLI_MATCH_HEAD("kophash:      {0} (bewaar deze hash elders, bijvoorbeeld in de notulen;"
      + " controleer met 'report --expect-head')",
      "head:      {0} (keep this hash elsewhere, e.g. in the minutes; check with 'report"
      + " --expect-head')"),
  CLI_MATCH_UNSIGNED("handtekening: geen (niet ondertekend; zie --sign-key)",
      "signature: none (not signed; see --sign-key)"),
  CLI_MATCH_SIGNED("handtekening: Ed25519, sleutel {0}",
      "signature: Ed25519, key {0}"),
  CLI_SCHOOLS_BAD_LINE("Regel {0} van {1} ({2}) moet studentId,schoolId zijn.",
      "Line {0} of {1} ({2}) must be studentId,schoolId."),
  CLI_SCHOOLS_SECOND_SCHOOL("Regel {0} van {1} geeft student ({2}) een tweede school ({3},"
      + " eerder {4}).",
      "Line {0} of {1} gives student ({2}) a second school ({3}, earlier {4})."),
  CLI_SUMMARY_VARIANT("variant:      {0} (seed {1})",
      "variant:   {0} (seed {1})"),
  CLI_SUMMARY_OPTIONS("opties:       {0}",
      "options:   {0}"),
  CLI_SUMMARY_STUDENTS("studenten:    {0}",
      "students:  {0}"),
  CLI_SUMMARY_PLACED("geplaatst:    {0} (gemiddelde passendheid {1})",
      "placed:    {0} (mean fit {1})"),
  CLI_SUMMARY_UNPLACED("niet geplaatst: {0}",
      "unplaced:  {0}"),
  CLI_SUMMARY_REPORT("verslag:",
      "report:"),
  CLI_MEETINGS_UNWRITABLE("Het kennismakingsplan kan niet worden geschreven: {0}\nTip:"
      + " controleer dat de map van {1} bestaat en beschrijfbaar is.",
      "The meeting plan cannot be written: {0}\nMaybe check that the directory of {1} exists and"
      + " is writable."),
  CLI_MEETINGS_COUNT("kennismakingen: {0} ({1} studenten met twee, {2} met een, {3} met geen)",
      "meetings:  {0} ({1} students with two, {2} with one, {3} with none)"),
  CLI_MEETINGS_WROTE("geschreven:   {0}, {1}, {2}",
      "wrote:     {0}, {1}, {2}"),
  CLI_MEETINGS_NEXT("daarna:       verzamel de volgordes van beide kanten over deze"
      + " kennismakingen in een antwoordenbestand (stagematch-answers/1) en draai match"
      + " --variant two-by-two --answers BESTAND met hetzelfde probleem en dezelfde seed",
      "next:      collect both sides' orders over these meetings in an answers file"
      + " (stagematch-answers/1) and run match --variant two-by-two --answers FILE with the same"
      + " problem and seed"),
  // demo and compare
  CLI_NUMBER_BETWEEN("De waarde van {0} ({1}) moet tussen {2} en {3} liggen.",
      "The value of {0} ({1}) must be between {2} and {3}."),
  CLI_NOT_FRACTION("De waarde van {0} ({1}) moet een getal tussen 0 en 1 zijn.",
      "The value of {0} ({1}) must be a number between 0 and 1."),
  CLI_COMPARE_COHORT_AND_GENERATE("Geef --cohort of --generate, niet allebei.",
      "Give --cohort or --generate, not both."),
  CLI_COMPARE_FIT_WITH_GENERATE("--fit-weights en --travel horen bij --cohort BESTAND (of het"
      + " voorbeeld), niet bij --generate.",
      "--fit-weights and --travel go with --cohort FILE (or the sample), not with --generate."),
  CLI_COMPARE_FIT_MODEL("Fitmodel: {0} ({1})",
      "Fit model: {0} ({1})"),
  CLI_COMPARE_COHORT("Cohort: {0}; {1} deelnemers x {2} replicaties op {3} threads",
      "Cohort: {0}; {1} contenders x {2} replications on {3} threads"),
  CLI_COMPARE_COHORT_ONE_THREAD("Cohort: {0}; {1} deelnemers x {2} replicaties op {3} thread",
      "Cohort: {0}; {1} contenders x {2} replications on {3} thread"),
  CLI_COMPARE_UNWRITABLE("Het rapport kan niet worden geschreven naar ({0}): {1}\nTip: kies een"
      + " andere map met --out.",
      "The report cannot be written to ({0}): {1}\nMaybe choose another directory with --out."),
  CLI_COMPARE_ATTRIBUTES_WITH_GENERATE("--group en --schools horen bij een vast cohort (--cohort"
      + " BESTAND of het voorbeeld); een gegenereerd cohort heeft zijn eigen groep en"
      + " scholen.\nTip: laat --generate weg, of laat --group en --schools weg.", "--group and"
      + " --schools belong to a fixed cohort (--cohort FILE or the sample); a generated cohort has"
      + " its own group and schools.\nMaybe leave out --generate, or --group and --schools."),
  CLI_COMPARE_SHARD_WROTE("Shard {0}/{1}: {2} van de {3} runs geschreven naar {4}. Voeg alle"
      + " shards samen met: stagematch compare merge MAP...",
      "Shard {0}/{1}: wrote {2} of the {3} runs to {4}. Merge all shards with: stagematch"
      + " compare merge DIR..."),
  CLI_COMPARE_MERGED("{0} shards samengevoegd. Rapport: {1} (ook results.csv, timings.csv,"
      + " summary.json in {2})", "Merged {0} shards. Report: {1} (also results.csv, timings.csv,"
      + " summary.json in {2})"),
  CLI_COMPARE_TOOK("Duurde {0} s. Rapport: {1} (ook results.csv, timings.csv, summary.json in {2})",
      "Took {0} s. Report: {1} (also results.csv, timings.csv, summary.json in {2})"),
  // report, verify, keygen, explain
  CLI_BAD_FILE("{0}: {1}",
      "{0}: {1}"),
  CLI_REPORT_BAD_FORMAT("Het formaat ({0}) moet json of csv zijn.",
      "The format ({0}) must be json or csv."),
  CLI_REPORT_TWO_FILES("Geef een bestand UITSLAG_OF_TRAIL, niet twee ({0} en {1}).",
      "Give one RESULT_OR_TRAIL file, not two ({0} and {1})."),
  CLI_REPORT_FILE_MISSING("Geef het bestand UITSLAG_OF_TRAIL waarover gerapporteerd moet worden.",
      "Give the RESULT_OR_TRAIL file to report on."),
  CLI_REPORT_TRAIL_OPTIONS("De opties --expect-head en --public-key gelden voor een audittrail,"
      + " niet voor een uitslagdocument.",
      "The options --expect-head and --public-key apply to an audit trail, not to a result"
      + " document."),
  CLI_TRAIL_FAILS("{0} doorstaat de controle niet: {1}",
      "{0} fails verification: {1}"),
  CLI_REPORT_NEITHER("{0} is geen audittrail ({1}) en geen geldig uitslagdocument ({2}):",
      "{0} is neither an audit trail ({1}) nor a valid result document ({2}):"),
  CLI_TWO_RESULT_FILES("Geef een bestand UITSLAG, niet twee ({0} en {1}).",
      "Give one RESULT file, not two ({0} and {1})."),
  CLI_VERIFY_FILE_MISSING("Geef het bestand UITSLAG om te controleren.",
      "Give the RESULT file to verify."),
  CLI_VERIFY_TIME("tijd: controleren {0} ms",
      "time: verify {0} ms"),
  CLI_VERIFY_FAILED("{0} doorstaat de controle niet: {1} fout(en), de eerste: {2}",
      "{0} fails verification: {1} failure(s), the first: {2}"),
  CLI_VERIFY_NOT_CHECKED_ONE("{0}: niets faalde, maar {1} eigenschap kon niet worden"
      + " gecontroleerd (zie 'niet gecontroleerd' hierboven).",
      "{0}: nothing failed, but {1} property could not be checked (see 'not checked' above)."),
  CLI_VERIFY_NOT_CHECKED("{0}: niets faalde, maar {1} eigenschappen konden niet worden"
      + " gecontroleerd (zie 'niet gecontroleerd' hierboven).",
      "{0}: nothing failed, but {1} properties could not be checked (see 'not checked' above)."),
  CLI_KEYGEN_OUT_TWICE("Geef --out een keer.",
      "Give --out once."),
  CLI_KEYGEN_OUT_MISSING("Geef de map voor de sleutelbestanden met --out MAP.",
      "Give the directory for the key files with --out DIR."),
  CLI_DIR_NOT_MADE("De map ({0}) kan niet worden gemaakt: {1}\nTip: controleer het pad en de"
      + " rechten.",
      "The directory ({0}) cannot be made: {1}\nMaybe check the path and its permissions."),
  CLI_KEYGEN_PRIVATE("private sleutel: {0} (houd hem geheim; geef hem aan 'match --sign-key')",
      "private key: {0} (keep it secret; pass it to 'match --sign-key')"),
  CLI_KEYGEN_PUBLIC("publieke sleutel: {0} (geef hem aan wie trails controleert: 'report"
      + " --public-key')",
      "public key:  {0} (give it to whoever checks trails: 'report --public-key')"),
  CLI_KEYGEN_FINGERPRINT("vingerafdruk: {0}",
      "fingerprint: {0}"),
  CLI_EXPLAIN_FILE_MISSING("Geef het bestand UITSLAG om uit te leggen.",
      "Give the RESULT file to explain."),
  CLI_EXPLAIN_OUT_IS_FILE("De uitvoer ({0}) is een bestand, geen map.\nTip: geef een andere map"
      + " met --out.",
      "The output ({0}) is a file, not a directory.\nMaybe give another directory with --out."),
  CLI_EXPLAIN_NO_FIT_MODEL("Het fitmodel van het probleem wordt gebruikt voor {0}, dat er geen"
      + " vastlegt.",
      "The problem's fit model is used for {0}, which records none."),
  CLI_EXPLAIN_BAD_FIT_MODEL("{0}: het fitmodel dat het vastlegt kan niet opnieuw worden"
      + " opgebouwd: {1}",
      "{0}: the fit model it records cannot be rebuilt: {1}"),
  CLI_EXPLAIN_UNKNOWN_STUDENT("{0} plaatst een student ({1}) die geen deel is van het"
      + " probleem.\nTip: geef het probleemdocument waaruit de uitslag is berekend, of match dit"
      + " probleem opnieuw met 'stagematch match'.",
      "{0} places a student ({1}) that is not part of the problem.\nMaybe give the problem"
      + " document the result was computed from, or match this problem again with 'stagematch"
      + " match'."),
  CLI_EXPLAIN_UNKNOWN_PLACE("{0} plaatst student ({1}) bij een plaats ({2}) die geen deel is van"
      + " het probleem.\nTip: geef het probleemdocument waaruit de uitslag is berekend, of match"
      + " dit probleem opnieuw met 'stagematch match'.",
      "{0} places student ({1}) at a place ({2}) that is not part of the problem.\nMaybe give"
      + " the problem document the result was computed from, or match this problem again with"
      + " 'stagematch match'."),
  CLI_EXPLAIN_UNKNOWN_UNPLACED("{0} noemt een niet geplaatste student ({1}) die geen deel is van"
      + " het probleem.\nTip: geef het probleemdocument waaruit de uitslag is berekend, of match"
      + " dit probleem opnieuw met 'stagematch match'.",
      "{0} lists an unplaced student ({1}) that is not part of the problem.\nMaybe give the"
      + " problem document the result was computed from, or match this problem again with"
      + " 'stagematch match'."),
  CLI_EXPLAIN_MISSING_STUDENT("{0} noemt student ({1}) van het probleem niet, geplaatst noch"
      + " niet geplaatst.\nTip: geef het probleemdocument waaruit de uitslag is berekend, of"
      + " match dit probleem opnieuw met 'stagematch match'.",
      "{0} does not list student ({1}) of the problem, neither placed nor unplaced.\nMaybe give"
      + " the problem document the result was computed from, or match this problem again with"
      + " 'stagematch match'."),
  CLI_SCHOOLS_FILE_NOT_FOUND("Het scholenbestand ({0}) bestaat niet.\nTip: controleer het pad.",
      "The schools file ({0}) does not exist.\nMaybe check the path."),
  CLI_EXPLAIN_WROTE("{0} bestanden geschreven in {1}: {2}.",
      "Wrote {0} files into {1}: {2}."),
  CLI_SCHOOLS_BAD_JSON("{0} is geen geldige JSON: {1}.\nTip: schrijf een object {\"studentId\":"
      + " \"schoolId\", ...}.",
      "{0} is not valid JSON: {1}.\nMaybe write an object {\"studentId\": \"schoolId\", ...}."),
  CLI_SCHOOLS_BLANK("De school van student ({0}) in {1} moet een niet-lege tekst zijn.\nTip:"
      + " schrijf {\"studentId\": \"schoolId\", ...}.",
      "The school of student ({0}) in {1} must be a non-blank string.\nMaybe write"
      + " {\"studentId\": \"schoolId\", ...}."),
  CLI_SCHOOLS_BAD_LINE_JSON_TIP("Regel {0} van {1} ({2}) moet studentId,schoolId zijn.\nTip:"
      + " verbeter die regel, of schrijf de scholen als JSON-object.",
      "Line {0} of {1} ({2}) must be studentId,schoolId.\nMaybe fix that line, or write the"
      + " schools as a JSON object."),
  CLI_SCHOOLS_SECOND_SCHOOL_TIP("Regel {0} van {1} geeft student ({2}) een tweede school ({3},"
      + " eerder {4}).\nTip: houd een school per student.",
      "Line {0} of {1} gives student ({2}) a second school ({3}, earlier {4}).\nMaybe keep one"
      + " school per student."),
  CLI_SCHOOLS_UNKNOWN_STUDENT("{0} noemt een student ({1}) die geen deel is van het"
      + " probleem.\nTip: controleer de id, of geef het scholenbestand van dit cohort.",
      "{0} names a student ({1}) that is not part of the problem.\nMaybe check the id, or give"
      + " the schools file of this cohort."),
  CLI_RESULT_NOT_OF_PROBLEM("{0} is geen uitslag van het gegeven probleem:",
      "{0} is not a result of the problem given:"),
  CLI_VALIDATE_FIT_MODEL("fitmodel: {0} ({1})", "fit model: {0} ({1})"),
  // the tool: the environment
  CLI_OUT_OF_MEMORY("stagematch {0} heeft te weinig geheugen: de Java-heap van {1} MiB is te klein"
      + " voor deze invoer.\nTip: geef Java meer heap, zoals 'java -Xmx{2}g -jar stagematch.jar"
      + " {0} ...' (een landelijk cohort heeft een paar GiB nodig), of splits de invoer.",
      "stagematch {0} ran out of memory: the Java heap of {1} MiB is too small for this"
      + " input.\nMaybe give Java more heap, such as 'java -Xmx{2}g -jar stagematch.jar {0} ...'"
      + " (a national cohort needs a few GiB), or split the input."),
  CLI_FILE_PROBLEM("Het bestand {0} kan niet worden gebruikt: {1}.\nTip: controleer het pad, dat"
      + " de map ervan bestaat, dat het een bestand is en geen map, de rechten, en dat de schijf"
      + " niet vol is.",
      "The file {0} cannot be used: {1}.\nMaybe check the path, that its directory exists, that"
      + " it is a file and not a directory, the permissions, and that the disk is not full."),
  CLI_FILE_PROBLEM_MISSING("het bestaat niet", "it does not exist"),
  CLI_FILE_PROBLEM_DENIED("geen toegang", "access is denied"),
  CLI_MALFORMED_TEXT("{0} is geen geldige UTF-8 op regel {1}, kolom {2} (byte {3}: 0x{4}).\nTip:"
      + " sla het bestand op als UTF-8.",
      "{0} is not valid UTF-8 at line {1}, column {2} (byte offset {3}: 0x{4}).\nMaybe save the"
      + " file as UTF-8."),
  CLI_MALFORMED_TEXT_OTHER("{0}", "{0}"),
  // match: the schools file
  CLI_SCHOOLS_PERSONAL_ID("Regel {0} van {1}: {2}", "Line {0} of {1}: {2}"),
  CLI_SCHOOLS_AT_LINE("Regel {0} van {1}: {2}", "Line {0} of {1}: {2}"),
  CLI_SCHOOLS_UNKNOWN_STUDENT_AT("Regel {0} van {1} noemt een student ({2}) die geen deel is van"
      + " het probleem.\nTip: controleer de id, of geef het scholenbestand van dit cohort.",
      "Line {0} of {1} names a student ({2}) that is not part of the problem.\nMaybe check the"
      + " id, or give the schools file of this cohort."),
  CLI_SCHOOLS_NOT_OBJECT("{0} begint met '{' maar is geen JSON-object van teksten.\nTip: schrijf"
      + " een object {\"studentId\": \"schoolId\", ...}.",
      "{0} starts with '{' but is not a JSON object of strings.\nMaybe write an object"
      + " {\"studentId\": \"schoolId\", ...}."),
  CLI_SCHOOLS_A_STUDENT("een student", "a student"),
  CLI_SCHOOLS_A_SCHOOL("een school", "a school"),
  // match: the shortlists stage
  CLI_SHORTLISTS_UNWRITABLE("De shortlists kunnen niet worden geschreven naar {0}: {1}\nTip:"
      + " controleer dat de map kan worden gemaakt en beschrijfbaar is.",
      "The shortlists cannot be written to {0}: {1}\nMaybe check that the directory can be made"
      + " and is writable."),
  // import: pseudonymisation
  CLI_IMPORT_KEY_NEW_ALONE("De optie --new-key schrijft alleen een sleutel; geef hem los"
      + " (stagematch import --new-key SLEUTELBESTAND), en importeer daarna met --pseudonymise"
      + " SLEUTELBESTAND.",
      "The option --new-key only writes a key; give it alone (stagematch import --new-key"
      + " KEYFILE), then import with --pseudonymise KEYFILE."),
  CLI_IMPORT_KEY_MAPPING_WITHOUT_KEY("De optie --mapping heeft --pseudonymise SLEUTELBESTAND"
      + " nodig: zonder die optie zijn er geen pseudoniemen om te koppelen.\nTip: voeg"
      + " --pseudonymise SLEUTELBESTAND toe, of laat --mapping weg.",
      "The option --mapping needs --pseudonymise KEYFILE: without it there are no pseudonyms to"
      + " list.\nMaybe add --pseudonymise KEYFILE, or leave out --mapping."),
  CLI_IMPORT_KEY_MAPPING_SAME_PATH("Het koppelbestand ({0}) is het sleutelbestand of het"
      + " uitvoerbestand.\nTip: geef --mapping een eigen bestandsnaam, zoals koppeling.csv.",
      "The mapping file ({0}) is the key file or the output file.\nMaybe give --mapping its own"
      + " file name, such as koppeling.csv."),
  CLI_IMPORT_KEY_MAPPING_NO_DIR("De map van het koppelbestand ({0}) bestaat niet.\nTip: maak hem"
      + " eerst, of controleer het pad bij --mapping.",
      "The directory of the mapping file ({0}) does not exist.\nMaybe create it first, or check"
      + " the path given with --mapping."),
  CLI_IMPORT_KEY_MAPPING_WRITTEN("{0} geschreven: pseudoniem en studentnummer van elke student;"
      + " bewaar het op school, nooit bij het probleem of de uitslagen",
      "wrote {0}: pseudonym and student number of every student; keep it with the school, never"
      + " with the problem or the results"),
  CLI_IMPORT_KEY_FILE_MISSING("Het sleutelbestand ({0}) bestaat niet.\nTip: maak er eerst een met"
      + " stagematch import --new-key {0} (eenmalig; bewaar het daarna op school).",
      "The key file ({0}) does not exist.\nMaybe make one first with stagematch import --new-key"
      + " {0} (once; then keep it with the school)."),
  CLI_IMPORT_KEY_NOT_READ("Het sleutelbestand ({0}) kan niet worden gelezen: {1}.\nTip:"
      + " controleer dat het een bestand is dat je mag lezen.",
      "The key file ({0}) could not be read: {1}.\nMaybe check that it is a file you may read."),
  CLI_IMPORT_KEY_INVALID("{0}", "{0}"),
  CLI_IMPORT_KEY_EXISTS("Het sleutelbestand ({0}) bestaat al; een sleutel wordt nooit"
      + " overschreven, omdat de pseudoniemen die ermee zijn gemaakt dan niet opnieuw te maken"
      + " zijn.\nTip: gebruik de bestaande sleutel met --pseudonymise, of geef een andere"
      + " bestandsnaam.",
      "The key file ({0}) already exists; a key is never overwritten, because the pseudonyms made"
      + " with it could not be made again.\nMaybe use the existing key with --pseudonymise, or"
      + " give another file name."),
  CLI_IMPORT_KEY_NO_DIR("De map van het sleutelbestand ({0}) bestaat niet.\nTip: maak hem eerst,"
      + " of controleer het pad bij --new-key.",
      "The directory of the key file ({0}) does not exist.\nMaybe create it first, or check the"
      + " path given with --new-key."),
  CLI_IMPORT_KEY_NOT_WRITTEN("Het sleutelbestand ({0}) kan niet worden geschreven: {1}\nTip:"
      + " controleer het pad en de rechten.",
      "The key file ({0}) could not be written: {1}\nMaybe check the path and its permissions."),
  CLI_IMPORT_KEY_WRITTEN("een nieuwe pseudonimiseringssleutel geschreven naar {0}; bewaar hem op"
      + " school (en een kopie op een veilige plek): dezelfde sleutel geeft volgend jaar dezelfde"
      + " pseudoniemen",
      "wrote a new pseudonymisation key to {0}; keep it with the school (and a copy in a safe"
      + " place): the same key gives the same pseudonyms next year"),
  // session
  CLI_SESSION_SUMMARY("Een matchingsessie op schijf: start, decide, undo, rematch, status",
      "A matching session on disk: start, decide, undo, rematch, status"),
  CLI_SESSION_UNKNOWN_ACTION("De sessie-actie ({0}) is onbekend; gebruik start, decide, undo,"
      + " rematch of status.",
      "The session action ({0}) is unknown; use start, decide, undo, rematch or status."),
  CLI_SESSION_ACTION_MISSING("Geef wat er moet gebeuren: session start, decide, undo, rematch of"
      + " status, dan de sessiemap.",
      "Give what to do: session start, decide, undo, rematch or status, then the session"
      + " directory."),
  CLI_SESSION_DIR_MISSING("Geef de sessiemap: stagematch session {0} MAP ...",
      "Give the session directory: stagematch session {0} DIR ..."),
  CLI_SESSION_BAD_DATE("De datum ({0}) bij --date is geen datum zoals 2026-02-20 (jaar, maand,"
      + " dag).",
      "The date ({0}) of --date is not a date such as 2026-02-20 (year, month, day)."),
  CLI_SESSION_NO_FIT_OPTIONS("--fit-weights en --travel horen niet bij een sessie: die gebruikt"
      + " het fitmodel van het probleem.\nTip: zet ze in het fitModel van het probleem (zie"
      + " docs/fit.md).",
      "--fit-weights and --travel do not go with a session: it uses the problem's fit"
      + " model.\nMaybe set them in the problem's fitModel (see docs/fit.md)."),
  CLI_SESSION_START_OPTIONS("--problem, --sample, --variant, --seed, --option en --answers"
      + " horen bij 'session start'; de sessie in {0} houdt die van haarzelf (zie haar"
      + " session.json).",
      "--problem, --sample, --variant, --seed, --option and --answers belong to 'session start';"
      + " the session in {0} keeps its own (see its session.json)."),
  CLI_SESSION_NOT_ONE_OF("De waarde ({0}) van {1} is niet een van: {2}.",
      "The value ({0}) of {1} is not one of: {2}."),
  CLI_SESSION_ONLY_DIR("'session {0}' neemt alleen de map, niet ({1}).",
      "'session {0}' takes only the directory, not ({1})."),
  CLI_SESSION_VARIANT_MISSING("Geef de variant met --variant NAAM; bekende varianten: {0}.",
      "Give the variant with --variant NAME; known variants: {0}."),
  CLI_SESSION_PROBLEM_MISSING("Geef het probleem met --problem BESTAND, of --sample (een van"
      + " beide).",
      "Give the problem with --problem FILE, or --sample (one of them)."),
  CLI_SESSION_DECIDE_OPTIONS("--reason, --note, --side en --date horen bij 'session decide'.",
      "--reason, --note, --side and --date belong to 'session decide'."),
  CLI_SESSION_UNDO_WHAT("Geef wat er ongedaan moet worden: pin S P, forbid S P of opt-out S.",
      "Give what to undo: pin S P, forbid S P or opt-out S."),
  CLI_SESSION_DECISION_MISSING("Geef het besluit: confirm, pin, forbid, refuse, object, end-early"
      + " of opt-out, met de student (en de plaats).",
      "Give the decision: confirm, pin, forbid, refuse, object, end-early or opt-out, with the"
      + " student (and place)."),
  CLI_SESSION_TAKES_STUDENT("'{0} {1}' neemt de id van de student (S), niet ({2}).",
      "'{0} {1}' takes the student id (S), not ({2})."),
  CLI_SESSION_TAKES_PAIR("'{0} {1}' neemt de id van de student en die van de plaats (S P), niet"
      + " ({2}).",
      "'{0} {1}' takes the student id and the place id (S P), not ({2})."),
  CLI_SESSION_UNDO_OPTIONS("'session undo' neemt geen --reason, --note, --side of --date.",
      "'session undo' takes no --reason, --note, --side or --date."),
  CLI_SESSION_DATE_END_EARLY_ONLY("--date hoort alleen bij end-early.",
      "--date belongs to end-early only."),
  CLI_SESSION_END_EARLY_DATE("end-early heeft --date JJJJ-MM-DD nodig: de dag waarop het vroege"
      + " einde ingaat (haar eerste dag zonder de stage).",
      "end-early needs --date YYYY-MM-DD: the day the early end takes effect (her first day"
      + " without the placement)."),
  CLI_SESSION_NEEDS_REASON("{0} heeft --reason R nodig: de redencategorie (LEARNING_CONTENT,"
      + " PERIOD_OR_HOURS, TRAVEL, SUPERVISION_CAPACITY, SUPPORT_NEEDS, SAFETY,"
      + " CONFLICT_OF_INTEREST of OTHER met --note N).",
      "{0} needs --reason R: the reason category (LEARNING_CONTENT, PERIOD_OR_HOURS, TRAVEL,"
      + " SUPERVISION_CAPACITY, SUPPORT_NEEDS, SAFETY, CONFLICT_OF_INTEREST, or OTHER with --note"
      + " N)."),
  CLI_SESSION_OBJECT_NEEDS_SIDE("object heeft --side STUDENT of --side COMPANY nodig: de kant"
      + " die bezwaar maakt.",
      "object needs --side STUDENT or --side COMPANY: the side that objects."),
  CLI_SESSION_UNKNOWN_DECISION("Het besluit ({0}) is onbekend; gebruik confirm, pin, forbid,"
      + " refuse, object, end-early of opt-out.",
      "The decision ({0}) is unknown; use confirm, pin, forbid, refuse, object, end-early or"
      + " opt-out."),
  CLI_SESSION_UNUSABLE("De sessiemap ({0}) kan niet worden gelezen of geschreven: {1}\nTip:"
      + " controleer dat hij bestaat en beschrijfbaar is.",
      "The session directory ({0}) cannot be read or written: {1}\nMaybe check that it exists"
      + " and is writable."),
  CLI_SESSION_BAD_INPUT("De sessie in {0} kan deze stap niet zetten:",
      "The session in {0} cannot take this step:"),
  CLI_SESSION_NOT_A_PROBLEM("Het probleembestand van de sessie is geen geldig document;"
      + " 'stagematch validate BESTAND' geeft de details.",
      "The session's problem file is not a valid document; run 'stagematch validate FILE' for"
      + " the details."),
  CLI_SESSION_REFUSED("De sessie weigert dit besluit; er is niets geschreven:",
      "The session refuses this decision; nothing was written:"),
  CLI_SESSION_STARTED("Sessie gestart in {0}: voorstel 1 staat in {1} ({2} geplaatst, {3} niet"
      + " geplaatst).\nVerder met 'stagematch session decide {0} ...' en 'stagematch session"
      + " status {0}'.",
      "Session started in {0}: proposal 1 is in {1} ({2} placed, {3} unplaced).\nContinue with"
      + " 'stagematch session decide {0} ...' and 'stagematch session status {0}'."),
  CLI_SESSION_PROPOSED("Voorstel {0} staat in {1} ({2} geplaatst, {3} niet geplaatst), met {4}"
      + " nieuw(e) besluit(en).",
      "Proposal {0} is in {1} ({2} placed, {3} unplaced), with {4} new decision(s)."),
  CLI_SESSION_RECORDED("Vastgelegd in regel {0} van {1}: {2}.\nHet geldt vanaf het volgende"
      + " voorstel: stagematch session rematch {3}",
      "Recorded in line {0} of {1}: {2}.\nIt takes effect at the next proposal: stagematch"
      + " session rematch {3}"),
  CLI_SESSION_SIMULATED("antwoorden: gesimuleerd door de ingebouwde responder (by-fit: op"
      + " passing, bij gelijke passing door de loting); geef de antwoorden van mensen met"
      + " 'session start --answers BESTAND'",
      "answers:   simulated by the built-in responder (by-fit: by fit, ties by the lottery); give"
      + " the people's answers with 'session start --answers FILE'"),
  CLI_SESSION_STATUS_SESSION("sessie", "session"),
  CLI_SESSION_STATUS_PROPOSAL("voorstel", "proposal"),
  CLI_SESSION_STATUS_PROPOSAL_VALUE("{0} ({1}): {2} geplaatst, {3} niet geplaatst",
      "{0} ({1}): {2} placed, {3} unplaced"),
  CLI_SESSION_STATUS_OPEN("openstaand", "open"),
  CLI_SESSION_STATUS_OPEN_VALUE("{0} voorgestelde plaatsing(en) nog niet bevestigd",
      "{0} proposed placement(s) not confirmed yet"),
  CLI_SESSION_STATUS_CONFIRMED("bevestigd", "confirmed"),
  CLI_SESSION_STATUS_PINNED("vastgezet", "pinned"),
  CLI_SESSION_STATUS_FORBIDDEN("verboden", "forbidden"),
  CLI_SESSION_STATUS_OPTED_OUT("afgemeld", "opted out"),
  CLI_SESSION_STATUS_REST("rest periode", "rest of period"),
  CLI_SESSION_STATUS_AGAIN("  {0} opnieuw ingedeeld van {1} tot {2}",
      "  {0} matched again from {1} to {2}"),
  CLI_SESSION_STATUS_PENDING("wachtend", "pending"),
  CLI_SESSION_STATUS_PENDING_VALUE("{0} besluit(en) sinds voorstel {1}",
      "{0} decision(s) since proposal {1}"),
  CLI_SESSION_STATUS_NEXT("Ze gelden vanaf het volgende voorstel: stagematch session rematch {0}",
      "They take effect at the next proposal: stagematch session rematch {0}"),
  ;

  private final String dutch;
  private final String english;

  CliMessage(String dutch, String english) {
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
