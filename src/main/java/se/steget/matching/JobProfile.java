package se.steget.matching;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import se.steget.core.EducationLevel;
import se.steget.core.RejectedInputException;
import se.steget.core.SwedishLevel;

/**
 * A participant's job profile, kept with their case: what they want to work with, where
 * and how much, and what they bring.
 */
class JobProfile {

	@Id
	private UUID enrollmentId;

	private boolean homeMunicipality;

	private boolean wholeCountry;

	private boolean abroad;

	private Integer travelMinutes;

	private Integer scopeMin;

	private Integer scopeMax;

	private SwedishLevel swedishLevel;

	private EducationLevel educationLevel;

	private String ownWords;

	private LocalDateTime changedAt;

	@MappedCollection(idColumn = "enrollment_id", keyColumn = "preference")
	private List<ProfileOccupation> occupations = new ArrayList<>();

	@MappedCollection(idColumn = "enrollment_id")
	private Set<ProfileTag> tags = new LinkedHashSet<>();

	@Version
	private Integer version;

	JobProfile() {
	}

	static JobProfile start(UUID enrollmentId) {
		var profile = new JobProfile();
		profile.enrollmentId = enrollmentId;
		profile.homeMunicipality = true;
		return profile;
	}

	/** Records the profile; every refusal is reported at once. */
	void record(JobProfileDetails details, LocalDateTime now) {
		List<RejectedInputException> found = new ArrayList<>();
		if (details.scopeMin() != null && details.scopeMax() != null && details.scopeMin() > details.scopeMax()) {
			found.add(new RejectedInputException("scopeMin", "error.scopeOrder"));
		}
		List<String> codes = details.occupations().stream().map(ProfileOccupation::ssykCode).toList();
		for (int i = 1; i < codes.size(); i++) {
			if (codes.subList(0, i).contains(codes.get(i))) {
				found.add(new RejectedInputException("occupation" + (i + 1), "error.occupationTwice"));
			}
		}
		boolean noLicence = details.tags().contains(new ProfileTag(ProfileTagKind.DRIVING_LICENCE, "NONE"));
		if (noLicence
				&& details.tags().stream().filter((t) -> t.kind() == ProfileTagKind.DRIVING_LICENCE).count() > 1) {
			found.add(new RejectedInputException("drivingLicences", "error.licenceAndNone"));
		}
		RejectedInputException.throwIfAny(found);
		this.occupations = new ArrayList<>(details.occupations());
		this.homeMunicipality = details.homeMunicipality();
		this.wholeCountry = details.wholeCountry();
		this.abroad = details.abroad();
		this.travelMinutes = details.travelMinutes();
		this.scopeMin = details.scopeMin();
		this.scopeMax = details.scopeMax();
		this.swedishLevel = details.swedishLevel();
		this.educationLevel = details.educationLevel();
		this.tags = new LinkedHashSet<>(details.tags());
		this.ownWords = details.ownWords();
		this.changedAt = now;
	}

	UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	Integer getVersion() {
		return this.version;
	}

	boolean isHomeMunicipality() {
		return this.homeMunicipality;
	}

	boolean isWholeCountry() {
		return this.wholeCountry;
	}

	boolean isAbroad() {
		return this.abroad;
	}

	Integer getTravelMinutes() {
		return this.travelMinutes;
	}

	Integer getScopeMin() {
		return this.scopeMin;
	}

	Integer getScopeMax() {
		return this.scopeMax;
	}

	SwedishLevel getSwedishLevel() {
		return this.swedishLevel;
	}

	EducationLevel getEducationLevel() {
		return this.educationLevel;
	}

	String getOwnWords() {
		return this.ownWords;
	}

	List<ProfileOccupation> getOccupations() {
		return List.copyOf(this.occupations);
	}

	Set<ProfileTag> getTags() {
		return Set.copyOf(this.tags);
	}

}
