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
      + " 20).");

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
