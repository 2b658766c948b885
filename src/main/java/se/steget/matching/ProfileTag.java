package se.steget.matching;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of a job profile's lists.
 */
@Table("job_profile_tag")
record ProfileTag(ProfileTagKind kind, String tagValue) {

}
