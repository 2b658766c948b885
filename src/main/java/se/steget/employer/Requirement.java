package se.steget.employer;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One requirement of a vacancy, must-have or nice-to-have. The value is a licence
 * category ("B"), a {@code SwedishLevel} or {@code EducationLevel} name, whole years of
 * experience, or a language or skill in lower case.
 */
@Table("vacancy_requirement")
public record Requirement(RequirementKind kind, String requirementValue, boolean mustHave) {

}
