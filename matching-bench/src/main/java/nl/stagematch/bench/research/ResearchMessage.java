package nl.stagematch.bench.research;

import nl.stagematch.core.model.MessageKey;

/**
 * The errors of an experiment's settings (a cohort spec, the contenders, the replications, the
 * bias), in Dutch and English, each with a stable code; thrown as {@link
 * ResearchOptionException}.
 */
public enum ResearchMessage implements MessageKey {
  COHORT_SPEC_NOT_KEY_VALUE("Het deel ({0}) van de cohortspecificatie ({1}) is geen"
      + " sleutel=waarde.",
      "The cohort spec part ({0}) of ({1}) is not key=value."),
  COHORT_SPEC_VALID_KEYS_EXAMPLE("Geldige sleutels: {0}; bijv. students=10000,tightness=1.0.",
      "Valid keys: {0}; e.g. students=10000,tightness=1.0."),
  COHORT_SPEC_UNKNOWN_KEY("Onbekende sleutel ({0}) van de cohortspecificatie met waarde ({1}).",
      "Unknown cohort spec key ({0}) with value ({1})."),
  COHORT_SPEC_VALID_KEYS("Geldige sleutels: {0}.", "Valid keys: {0}."),
  COHORT_SPEC_KEY_TWICE("De sleutel ({0}) van de cohortspecificatie staat twee keer in ({1}).",
      "The cohort spec key ({0}) is given twice in ({1})."),
  COHORT_SPEC_VALID_KEYS_ONCE("Geldige sleutels: {0}; geef elk hoogstens een keer.",
      "Valid keys: {0}; give each at most once."),
  COHORT_SPEC_NOT_WHOLE("De waarde van {0} ({1}) in de cohortspecificatie moet een geheel getal"
      + " zijn.\nTip: gebruik {2}.", "The cohort spec value of {0} ({1}) must be a whole number."
      + "\nMaybe use {2}."),
  COHORT_SPEC_NOT_DECIMAL("De waarde van {0} ({1}) in de cohortspecificatie moet een decimaal"
      + " getal zijn.\nTip: gebruik {2}.", "The cohort spec value of {0} ({1}) must be a decimal"
      + " number.\nMaybe use {2}."),
  COHORT_SPEC_RANGE("De waarde van {0} ({1}) in de cohortspecificatie moet {2} tot en met {3}"
      + " zijn.\nTip: gebruik {4}.", "The cohort spec value of {0} ({1}) must be {2} to {3}.\n"
      + "Maybe use {4}."),
  COHORT_SPEC_TIGHTNESS("De waarde van tightness ({0}) in de cohortspecificatie moet meer dan 0"
      + " en hoogstens 10 zijn.\nTip: gebruik tightness=1.0 (gekalibreerd: ongeveer 1% niet"
      + " geplaatst) of tightness=1.1 (schaarser).", "The cohort spec value of tightness ({0})"
      + " must be more than 0 and at most 10.\nMaybe use tightness=1.0 (calibrated: about 1%"
      + " unplaced) or tightness=1.1 (scarcer)."),
  COHORT_SPEC_GROUP_SKEW("De waarde van group-skew ({0}) in de cohortspecificatie moet 0 tot en"
      + " met 1 zijn.\nTip: gebruik group-skew=0 (los van de invoer van het matchen).",
      "The cohort spec value of group-skew ({0}) must be 0 to 1.\nMaybe use group-skew=0"
      + " (independent of the matching input)."),
  COHORT_SPEC_STRUCTURE("De waarde van structure ({0}) in de cohortspecificatie moet 0 of 1"
      + " zijn.\nTip: gebruik structure=1 voor de structurele modus (docs/calibration.md).",
      "The cohort spec value of structure ({0}) must be 0 or 1.\nMaybe use structure=1 for the"
      + " structural mode (docs/calibration.md)."),
  COHORT_SPEC_STRUCTURE_AND_SKEW("structure=1 en group-skew ({0}) gaan niet samen: de"
      + " structurele modus bepaalt zelf waar de groep zit.\nTip: laat group-skew weg.",
      "structure=1 and group-skew ({0}) do not go together: the structural mode itself decides"
      + " where the group is.\nMaybe leave out group-skew."),
  BAD_BIAS("Het nadeel ({0}) moet tussen 0 en 1 liggen.\nTip: gebruik {1}, de gekalibreerde"
      + " standaard.", "The bias ({0}) must be between 0 and 1.\nMaybe use {1}, the calibrated"
      + " default."),
  UNKNOWN_CONTENDER("Onbekende variant ({0}) in --variants.\nBekend: {1}.",
      "Unknown variant ({0}) in --variants.\nKnown: {1}."),
  NO_CONTENDER("Een experiment heeft minstens een deelnemer nodig.\nTip: noem er een paar met"
      + " --variants.", "An experiment needs at least one contender.\nMaybe name some with"
      + " --variants."),
  CONTENDER_TWICE("De deelnemer ({0}) is twee keer genoemd.\nTip: noem elke een keer.",
      "The contender ({0}) is named twice.\nMaybe name each once."),
  REPLICATIONS_RANGE("Het aantal replicaties ({0}) moet tussen 1 en 100000 liggen.\nTip: gebruik"
      + " 20.", "The number of replications ({0}) must be between 1 and 100000.\nMaybe use 20."),
  GROUP_SHARE_RANGE("Het aandeel van de groep ({0}) moet tussen 0 en 1 liggen.\nTip: gebruik 0.2"
      + " voor een op de vijf studenten.", "The group share ({0}) must be between 0 and 1.\nMaybe"
      + " use 0.2 for one student in five."),
  CONTRAST_UNKNOWN("Onbekende deelnemer ({0}) in --contrast.\nBekend in deze vergelijking: {1}.",
      "Unknown contender ({0}) in --contrast.\nKnown in this comparison: {1}."),
  CONTRAST_SAME("Het contrast ({0}) vergelijkt een deelnemer met zichzelf.\nTip: noem twee"
      + " verschillende deelnemers, bijv. --contrast school-placement,student-choice.",
      "The contrast ({0}) compares a contender with itself.\nMaybe name two different"
      + " contenders, e.g. --contrast school-placement,student-choice."),
  CONTRAST_BAD("Het contrast ({0}) is geen paar A,B van deelnemers.\nTip: gebruik bijv."
      + " --contrast school-placement,student-choice.", "The contrast ({0}) is no pair A,B of"
      + " contenders.\nMaybe use e.g. --contrast school-placement,student-choice."),
  CONTRASTS_HEADER("Gepaarde contrasten over {0} replicaties (per replicatie het verschil,"
      + " Student-t); {1} toetsen, gecorrigeerd volgens Holm (familiegewijs niveau 5%); * ="
      + " significant na Holm; simultaan = Bonferroni-interval.", "Paired contrasts over {0}"
      + " replications (the difference per replication, Student's t); {1} tests, adjusted by"
      + " Holm's method (family-wise level 5%); * = significant after Holm; simultaneous ="
      + " Bonferroni interval."),
  CONTRAST_GAP_SIGNIFICANT("{0} laat een {1} van {2} (95%: {3} tot {4}): significant na Holm"
      + " (gecorrigeerde p {5}).", "{0} leaves a {1} of {2} (95%: {3} to {4}): significant"
      + " after Holm (adjusted p {5})."),
  CONTRAST_GAP_NOT_SIGNIFICANT("{0}: {1} {2} (95%: {3} tot {4}) is niet significant na Holm"
      + " (gecorrigeerde p {5}); toeval kan het verklaren.", "{0}: {1} {2} (95%: {3} to {4}) is"
      + " not significant after Holm (adjusted p {5}); chance can explain it."),
  CONTRAST_SIGNIFICANT("{0} min {1}, {2}: {3} (95%: {4} tot {5}): significant na Holm"
      + " (gecorrigeerde p {6}).", "{0} minus {1}, {2}: {3} (95%: {4} to {5}): significant"
      + " after Holm (adjusted p {6})."),
  CONTRAST_NOT_SIGNIFICANT("{0} min {1}, {2}: {3} (95%: {4} tot {5}): niet significant na Holm"
      + " (gecorrigeerde p {6}); deze replicaties onderscheiden ze niet.", "{0} minus {1}, {2}:"
      + " {3} (95%: {4} to {5}): not significant after Holm (adjusted p {6}); these"
      + " replications cannot tell them apart."),
  CONTRAST_UNTESTED("{0}, {1}: minder dan 2 gemeenschappelijke replicaties met een waarde; geen"
      + " toets.", "{0}, {1}: fewer than 2 common replications with a value; no test."),
  CONTRASTS_SUMMARY("{0} van {1} toetsen zijn significant na de correctie volgens Holm. Een"
      + " verschil dat niet significant is, kan toch bestaan, maar deze replicaties tonen het"
      + " niet; de simultane intervallen bevatten samen alle ware verschillen in 95% van de"
      + " experimenten.", "{0} of {1} tests are significant after Holm's adjustment. A"
      + " difference that is not significant may still exist, but these replications cannot"
      + " show it; the simultaneous intervals cover all true differences together in 95% of"
      + " experiments."),
  CONTRASTS_NONE("Met 1 replicatie is er geen toets.\nTip: draai er 2 of meer (--replications"
      + " 20).", "With 1 replication there is no test.\nMaybe run 2 or more (--replications"
      + " 20)."),
  SHARD_FORMAT("De shard ({0}) moet de vorm i/N hebben, bijv. 3/10 (de derde van tien).",
      "The shard ({0}) must have the form i/N, e.g. 3/10 (the third of ten)."),
  SHARD_RANGE("De shard {0}/{1} bestaat niet: N moet 1 tot en met 1000000 zijn en i 1 tot en met"
      + " N.\nTip: gebruik 1/{1} tot en met {1}/{1}.", "The shard {0}/{1} does not exist: N must"
      + " be 1 to 1000000 and i 1 to N.\nMaybe use 1/{1} to {1}/{1}."),
  MERGE_NOTHING("Er is niets om samen te voegen.\nTip: noem de mappen die compare --shard i/N"
      + " --out MAP schreef.", "There is nothing to merge.\nMaybe name the directories that"
      + " compare --shard i/N --out DIR wrote."),
  MERGE_NOT_A_SHARD("De map ({0}) bevat geen shard: {1} ontbreekt.\nTip: noem de mappen die"
      + " compare --shard i/N --out MAP schreef.", "The directory ({0}) holds no shard: {1} is"
      + " missing.\nMaybe name the directories that compare --shard i/N --out DIR wrote."),
  MERGE_BAD_SHARD("De shard ({0}) is onleesbaar: {1}.\nTip: draai die shard opnieuw met dezelfde"
      + " opties.", "The shard ({0}) is unreadable: {1}.\nMaybe run that shard again with the"
      + " same options."),
  MERGE_OTHER_EXPERIMENT("De shard in ({0}) hoort bij een ander experiment dan die in ({1}): een"
      + " ander cohort, andere seeds, replicaties, deelnemers of een ander aantal shards.\nTip:"
      + " voeg alleen de shards van een en dezelfde compare-opdracht samen.", "The shard in ({0})"
      + " belongs to another experiment than the one in ({1}): another cohort, other seeds,"
      + " replications, contenders or another number of shards.\nMaybe merge only the shards of"
      + " one and the same compare command."),
  MERGE_SHARD_TWICE("Shard {0}/{1} is twee keer gegeven: ({2}) en ({3}).\nTip: noem elke shard een"
      + " keer.", "Shard {0}/{1} is given twice: ({2}) and ({3}).\nMaybe name each shard once."),
  MERGE_SHARD_MISSING("Van de {0} shards ontbreken: {1}.\nTip: draai de ontbrekende met --shard"
      + " i/{2} en voeg dan alle samen.", "Of the {0} shards these are missing: {1}.\nMaybe run"
      + " the missing ones with --shard i/{2}, then merge them all."),
  ATTRIBUTE_FILE_LINE("Regel {0} van {1}: {2}", "Line {0} of {1}: {2}"),
  ATTRIBUTE_FILE_FIELDS("Regel {0} van {1} ({2}) moet {3} zijn: twee velden gescheiden door ','"
      + " of ';'.\nTip: schrijf een student per regel; regels met # zijn commentaar.",
      "Line {0} of {1} ({2}) must be {3}: two fields separated by ',' or ';'.\nMaybe write"
      + " one student per line; lines starting with # are comments."),
  GROUP_FILE_FLAG("Regel {0} van {1}: de groep ({2}) van student ({3}) moet 1 (in de groep) of 0"
      + " (niet in de groep) zijn.\nTip: schrijf 1 of 0; een onbekende groep hoort niet in het"
      + " bestand.", "Line {0} of {1}: the group ({2}) of student ({3}) must be 1 (in the group)"
      + " or 0 (not in the group).\nMaybe write 1 or 0; an unknown group does not belong in the"
      + " file."),
  ATTRIBUTE_FILE_UNKNOWN_STUDENT("Regel {0} van {1} noemt een student ({2}) die niet in het cohort"
      + " staat.\nTip: controleer het id, of geef het bestand van dit cohort.", "Line {0} of {1}"
      + " names a student ({2}) who is not in the cohort.\nMaybe check the id, or give the file"
      + " of this cohort."),
  ATTRIBUTE_FILE_TWICE("Regel {0} van {1} noemt student ({2}) opnieuw (eerder op regel {3}).\n"
      + "Tip: geef elke student een regel.", "Line {0} of {1} names student ({2}) again (earlier"
      + " on line {3}).\nMaybe give every student one line."),
  ATTRIBUTE_FILE_INCOMPLETE("{0} geeft {1} van de {2} studenten van het cohort geen waarde,"
      + " waaronder ({3}).\nTip: geef elke student van het cohort een regel, zodat niemand"
      + " stilzwijgend bij de anderen telt.", "{0} gives {1} of the {2} students of the cohort no"
      + " value, among them ({3}).\nMaybe give every student of the cohort a line, so that nobody"
      + " counts among the others silently."),
  ATTRIBUTE_A_STUDENT("een student", "a student"),
  ATTRIBUTE_A_SCHOOL("een school", "a school");

  private final String dutch;
  private final String english;

  ResearchMessage(String dutch, String english) {
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
