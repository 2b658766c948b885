package se.steget.access;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.steget.core.Difference;
import se.steget.core.Municipalities;

/**
 * The user page's form, and a row of a staff file. The password is required for a new
 * user on the page and optional on edit; an account from a file has none.
 */
public class UserForm {

	@NotBlank(message = "{error.required}")
	@Pattern(regexp = "[a-z0-9._-]{3,100}", message = "{error.username}")
	private String username;

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String displayName;

	@Email(message = "{error.email}")
	@Size(max = 200, message = "{error.tooLong}")
	private String email;

	@Size(max = 200, message = "{error.tooLong}")
	private String password;

	@NotNull(message = "{error.required}")
	private Role role;

	private StaffFunction staffFunction;

	private String municipalityCode;

	private UUID organisationId;

	/** The account's version the form was loaded with; null for a new account. */
	private Integer version;

	private boolean enabled = true;

	AccountDetails details() {
		return new AccountDetails(this.displayName, this.email, this.role, this.staffFunction, this.municipalityCode,
				this.organisationId, this.enabled);
	}

	static UserForm of(UserAccount account) {
		var form = new UserForm();
		form.username = account.getUsername();
		form.displayName = account.getDisplayName();
		form.email = account.getEmail();
		form.role = account.getRole();
		form.staffFunction = account.getStaffFunction();
		form.municipalityCode = account.getMunicipalityCode();
		form.organisationId = account.getOrganisationId();
		form.version = account.getVersion();
		form.enabled = account.isEnabled();
		return form;
	}

	/** The fields saved differently from what this form says, after a stale save. */
	public List<Difference> differencesFrom(UserForm saved) {
		return Difference.builder()
			.text("user.displayName", saved.displayName, this.displayName)
			.text("user.email", saved.email, this.email)
			.choice("user.role", "role", saved.role, this.role)
			.choice("user.staffFunction", "staffFunction", saved.staffFunction, this.staffFunction)
			.text("user.municipality", Municipalities.nameOf(saved.municipalityCode),
					Municipalities.nameOf(this.municipalityCode))
			.flag("user.enabled", saved.enabled, this.enabled)
			.list();
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email == null || email.isBlank()) ? null : email.strip();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public StaffFunction getStaffFunction() {
		return this.staffFunction;
	}

	public void setStaffFunction(StaffFunction staffFunction) {
		this.staffFunction = staffFunction;
	}

	public String getMunicipalityCode() {
		return this.municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = (municipalityCode == null || municipalityCode.isBlank()) ? null : municipalityCode;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public UUID getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(UUID organisationId) {
		this.organisationId = organisationId;
	}

}
