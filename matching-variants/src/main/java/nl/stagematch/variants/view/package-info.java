/**
 * What each side may see (R1 of the domain): {@link nl.stagematch.variants.view.CompanyView} is
 * the only thing a company sees of a placed or shortlisted student, the pseudonymous profile; and
 * {@link nl.stagematch.variants.view.Explanations} explains to the student and the school, in
 * Dutch or English, why she was placed where she was or why she is unplaced. Parameters and
 * return values are non-null unless documented otherwise.
 */
package nl.stagematch.variants.view;
