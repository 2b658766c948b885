package se.steget.employer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user enters for a contact person at an employer.
 */
public class ContactPersonForm {

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String name;

	@Size(max = 100, message = "{error.tooLong}")
	private String role;

	@Pattern(regexp = "^$|[+0-9 ()-]{5,40}", message = "{error.phone}")
	private String phone;

	@Email(message = "{error.email}")
	@Size(max = 200, message = "{error.tooLong}")
	private String email;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
