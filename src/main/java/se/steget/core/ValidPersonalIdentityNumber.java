package se.steget.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The annotated text, where given, must pass
 * {@code PersonalIdentityNumber.isValid(value)}; blank is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidPersonalIdentityNumber.Validator.class)
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPersonalIdentityNumber {

	String message() default "{error.personalIdentityNumber}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidPersonalIdentityNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				PersonalIdentityNumber.parse(value);
				return true;
			}
			catch (PersonalIdentityNumber.BornInTheFuture ex) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{error.personalIdentityNumber.future}")
					.addConstraintViolation();
				return false;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

	}

}
