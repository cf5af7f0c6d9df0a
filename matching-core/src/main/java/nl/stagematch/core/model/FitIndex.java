package nl.stagematch.core.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Work processes of one problem as dense ints, for scoring many pairs: per place the work
 * processes its company can carry out for its qualification (sorted ids), per student her wish's
 * work processes and weights in the wish's own order, and her competences (sorted ids, levels).
 * Built once per {@link Eligibility}, on first use; immutable afterwards.
 */
final class FitIndex {
  final int[][] offered;
  final int[][] wishIds;
  final double[][] wishWeights;
  final int[][] competenceIds;
  final int[][] competenceLevels;
  /** Per place: its company's kind as an id, -2 for none; per student: her wish's, -1 for none. */
  final int[] placeCompanyKind;
  final int[] wishCompanyKind;
  /** Per place: its kind of work as an id, -2 for none; per student: her wish's, -1 for none. */
  final int[] placeWorkKind;
  final int[] wishWorkKind;
  /** The number of distinct work-process ids (they are 0..processCount-1). */
  final int processCount;

  FitIndex(MatchingProblem problem) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> kinds = new HashMap<>();
    List<Place> places = problem.places();
    offered = new int[places.size()][];
    placeCompanyKind = new int[places.size()];
    placeWorkKind = new int[places.size()];
    for (int p = 0; p < places.size(); p++) {
      Place place = places.get(p);
      Company company = problem.companyOfPlace(p);
      placeCompanyKind[p] = kind(kinds, company.kind(), -2);
      placeWorkKind[p] = kind(kinds, place.workKind(), -2);
      Set<String> codes = company.recognition(place.qualification())
          .map(Recognition::workProcesses).orElse(Set.of());
      int[] a = new int[codes.size()];
      int i = 0;
      for (String c : codes) {
        a[i++] = id(ids, c);
      }
      Arrays.sort(a);
      offered[p] = a;
    }
    List<Student> students = problem.students();
    wishIds = new int[students.size()][];
    wishWeights = new double[students.size()][];
    competenceIds = new int[students.size()][];
    competenceLevels = new int[students.size()][];
    wishCompanyKind = new int[students.size()];
    wishWorkKind = new int[students.size()];
    for (int s = 0; s < students.size(); s++) {
      Student student = students.get(s);
      wishCompanyKind[s] = kind(kinds, student.wish().companyKind(), -1);
      wishWorkKind[s] = kind(kinds, student.wish().workKind(), -1);
      Map<String, Double> wish = student.wish().workProcesses();
      int[] w = new int[wish.size()];
      double[] weight = new double[wish.size()];
      int i = 0;
      for (Map.Entry<String, Double> e : wish.entrySet()) {
        w[i] = id(ids, e.getKey());
        weight[i++] = e.getValue();
      }
      wishIds[s] = w;
      wishWeights[s] = weight;
      Map<String, Integer> comp = student.competences();
      long[] packed = new long[comp.size()];
      i = 0;
      for (Map.Entry<String, Integer> e : comp.entrySet()) {
        packed[i++] = ((long) id(ids, e.getKey()) << 32) | e.getValue();
      }
      Arrays.sort(packed);
      int[] cid = new int[packed.length];
      int[] lvl = new int[packed.length];
      for (int j = 0; j < packed.length; j++) {
        cid[j] = (int) (packed[j] >>> 32);
        lvl[j] = (int) packed[j];
      }
      competenceIds[s] = cid;
      competenceLevels[s] = lvl;
    }
    processCount = ids.size();
  }

  /** The id of a kind (company or work kinds share one numbering), {@code none} for null. */
  private static int kind(Map<String, Integer> kinds, String kind, int none) {
    return kind == null ? none : id(kinds, kind);
  }

  private static int id(Map<String, Integer> ids, String code) {
    Integer id = ids.get(code);
    if (id == null) {
      id = ids.size();
      ids.put(code, id);
    }
    return id;
  }

  /** The work processes (ids) student {@code s} masters: competence level {@code >= level}. */
  int[] mastered(int s, int level) {
    int[] ids = competenceIds[s];
    int[] levels = competenceLevels[s];
    int n = 0;
    for (int lv : levels) {
      n += lv >= level ? 1 : 0;
    }
    int[] out = new int[n];
    n = 0;
    for (int j = 0; j < ids.length; j++) {
      if (levels[j] >= level) {
        out[n++] = ids[j];
      }
    }
    return out;
  }

  /** The competence level of student {@code s} for work process {@code id}, 0 if none. */
  int level(int s, int id) {
    int i = Arrays.binarySearch(competenceIds[s], id);
    return i < 0 ? 0 : competenceLevels[s][i];
  }
}
