package se.steget.access;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A local login with its role.
 */
class UserAccount {

	@Id
	private UUID id;

	private String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private Role role;

	private StaffFunction staffFunction;

	private String municipalityCode;

	private boolean enabled;

	private UUID organisationId;

	@Version
	private Integer version;

	UserAccount() {
	}

	UserAccount(String username, String passwordHash) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = true;
	}

	void describe(String displayName, String email, Role role, StaffFunction staffFunction) {
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.staffFunction = (role == Role.STAFF) ? staffFunction : null;
	}

	/** A municipal coordinator's municipality; others have none. */
	void placeIn(String municipalityCode) {
		this.municipalityCode = (this.staffFunction == StaffFunction.MUNICIPAL_COORDINATOR) ? municipalityCode : null;
	}

	/** The organisation the user works for; none for an account not tied to one. */
	void belongTo(UUID organisationId) {
		this.organisationId = organisationId;
	}

	Integer getVersion() {
		return this.version;
	}

	UUID getOrganisationId() {
		return this.organisationId;
	}

	String getMunicipalityCode() {
		return this.municipalityCode;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	UUID getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	StaffFunction getStaffFunction() {
		return this.staffFunction;
	}

	boolean isEnabled() {
		return this.enabled;
	}

}
