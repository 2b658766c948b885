package se.steget.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What is recorded about a project: its ESF metadata, period, target group and quota, the
 * rules for its cases, its municipalities, co-financers and partners.
 */
record ProjectDetails(String name, String programmeArea, ProjectPhase phase, UUID ownerOrganisationId,
		String contactPerson, Long esfGrantSek, Long totalBudgetSek, LocalDate periodStart, LocalDate periodEnd,
		String region, String targetGroup, Integer quotaWomen, Integer quotaMen, Integer quotaTotal, ProjectRules rules,
		List<String> municipalityCodes, List<UUID> coFinancerIds, List<UUID> partnerIds) {

	ProjectDetails {
		name = name.strip();
		municipalityCodes = List.copyOf(municipalityCodes);
		coFinancerIds = List.copyOf(coFinancerIds);
		partnerIds = List.copyOf(partnerIds);
	}

	/** The same project with a template's rules for its cases. */
	ProjectDetails withRules(ProjectRules other) {
		return new ProjectDetails(this.name, this.programmeArea, this.phase, this.ownerOrganisationId,
				this.contactPerson, this.esfGrantSek, this.totalBudgetSek, this.periodStart, this.periodEnd,
				this.region, this.targetGroup, this.quotaWomen, this.quotaMen, this.quotaTotal, other,
				this.municipalityCodes, this.coFinancerIds, this.partnerIds);
	}

}
