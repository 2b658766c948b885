package se.steget.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.steget.access.StaffMember;
import se.steget.core.Municipality;
import se.steget.organisation.OrganisationView;

/**
 * A project with everything its page and the API show.
 *
 * @param warningDays how many days before a track's limit the caseload warns
 * @param pausesStopCounters whether pauses (sick leave, parental leave) stop the counters
 * @param contactNormDays the most days between contacts with a participant
 */
public record ProjectView(UUID id, String name, String programmeArea, ProjectPhase phase,
		OrganisationView ownerOrganisation, String contactPerson, Long esfGrantSek, Long totalBudgetSek,
		LocalDate periodStart, LocalDate periodEnd, String region, String targetGroup, Integer quotaWomen,
		Integer quotaMen, Integer quotaTotal, int warningDays, boolean pausesStopCounters, int contactNormDays,
		List<Municipality> municipalities, List<OrganisationView> coFinancers, List<OrganisationView> partners,
		List<StaffMember> members, Integer version) {

}
