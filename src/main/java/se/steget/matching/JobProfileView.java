package se.steget.matching;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.steget.core.EducationLevel;
import se.steget.core.SwedishLevel;

/**
 * A job profile as the enrollment page and the API show it.
 */
public record JobProfileView(UUID enrollmentId, List<ProfileOccupation> occupations, boolean homeMunicipality,
		List<String> municipalities, List<String> counties, boolean wholeCountry, boolean abroad, Integer travelMinutes,
		Integer scopeMin, Integer scopeMax, List<String> drivingLicences, boolean noDrivingLicence,
		SwedishLevel swedishLevel, EducationLevel educationLevel, List<String> languages, List<String> skills,
		List<String> limitations, String ownWords, Integer version) {

	static JobProfileView of(JobProfile p) {
		Set<ProfileTag> tags = p.getTags();
		return new JobProfileView(p.getEnrollmentId(), p.getOccupations(), p.isHomeMunicipality(),
				values(tags, ProfileTagKind.MUNICIPALITY), values(tags, ProfileTagKind.COUNTY), p.isWholeCountry(),
				p.isAbroad(), p.getTravelMinutes(), p.getScopeMin(), p.getScopeMax(),
				values(tags, ProfileTagKind.DRIVING_LICENCE).stream().filter((l) -> !l.equals("NONE")).toList(),
				tags.contains(new ProfileTag(ProfileTagKind.DRIVING_LICENCE, "NONE")), p.getSwedishLevel(),
				p.getEducationLevel(), values(tags, ProfileTagKind.LANGUAGE), values(tags, ProfileTagKind.SKILL),
				values(tags, ProfileTagKind.LIMITATION), p.getOwnWords(), p.getVersion());
	}

	static JobProfileView empty(UUID enrollmentId) {
		return new JobProfileView(enrollmentId, List.of(), true, List.of(), List.of(), false, false, null, null, null,
				List.of(), false, null, null, List.of(), List.of(), List.of(), null, null);
	}

	public boolean recorded() {
		return this.version != null;
	}

	/** What matching knows of the person, with where they live. */
	Seeker seeker(String homeMunicipalityCode) {
		return new Seeker(
				this.occupations.stream()
					.map((o) -> new Seeker.WantedOccupation(o.ssykCode(), o.experienceYears()))
					.toList(),
				homeMunicipalityCode, this.homeMunicipality, Set.copyOf(this.municipalities), Set.copyOf(this.counties),
				this.wholeCountry, this.abroad, this.travelMinutes, this.scopeMin, this.scopeMax,
				Set.copyOf(this.drivingLicences), this.noDrivingLicence, this.swedishLevel, this.educationLevel,
				Set.copyOf(this.languages), Set.copyOf(this.skills), Set.copyOf(this.limitations));
	}

	private static List<String> values(Set<ProfileTag> tags, ProfileTagKind kind) {
		return tags.stream().filter((t) -> t.kind() == kind).map(ProfileTag::tagValue).sorted().toList();
	}

}
