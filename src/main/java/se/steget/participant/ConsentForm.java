package se.steget.participant;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * When the participant was informed and consented, and the organisations that may share
 * the case.
 */
public class ConsentForm implements Serializable {

	private static final long serialVersionUID = 1L;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate informedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registrationConsentOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate sharingConsentOn;

	private List<UUID> organisationIds = new ArrayList<>();

	public LocalDate getInformedOn() {
		return this.informedOn;
	}

	public void setInformedOn(LocalDate informedOn) {
		this.informedOn = informedOn;
	}

	public LocalDate getRegistrationConsentOn() {
		return this.registrationConsentOn;
	}

	public void setRegistrationConsentOn(LocalDate registrationConsentOn) {
		this.registrationConsentOn = registrationConsentOn;
	}

	public LocalDate getSharingConsentOn() {
		return this.sharingConsentOn;
	}

	public void setSharingConsentOn(LocalDate sharingConsentOn) {
		this.sharingConsentOn = sharingConsentOn;
	}

	public List<UUID> getOrganisationIds() {
		return this.organisationIds;
	}

	public void setOrganisationIds(List<UUID> organisationIds) {
		this.organisationIds = organisationIds;
	}

}
