package se.steget.matching;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A wanted occupation of a job profile, with the person's years of experience in it.
 */
@Table("job_profile_occupation")
public record ProfileOccupation(String ssykCode, Integer experienceYears) {

}
