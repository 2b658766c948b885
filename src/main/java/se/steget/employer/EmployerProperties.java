package se.steget.employer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the employer side.
 *
 * @param contactNormDays after how many days without a contact an employer a user has
 * worked with is listed on their start page
 * @param contactPersonMonths how long a contact person is kept after they were added or
 * last named in a contact
 */
@ConfigurationProperties("steget.employer")
public record EmployerProperties(@DefaultValue("60") int contactNormDays, @DefaultValue("24") int contactPersonMonths) {

}
