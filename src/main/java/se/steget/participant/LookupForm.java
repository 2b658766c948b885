package se.steget.participant;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A look-up of a person, on the page and in the API: by their whole number, or for
 * someone with a reserve identity by their exact name and date of birth; with the reason.
 */
public record LookupForm(String personalIdentityNumber, String firstName, String lastName,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, String purpose) {

	boolean byNumber() {
		return this.personalIdentityNumber != null && !this.personalIdentityNumber.isBlank();
	}

	boolean byReserveIdentity() {
		return !byNumber() && this.firstName != null && !this.firstName.isBlank() && this.lastName != null
				&& !this.lastName.isBlank() && this.birthDate != null;
	}

}
