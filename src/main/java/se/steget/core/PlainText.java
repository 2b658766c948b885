package se.steget.core;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Text a user may enter: no control characters but line breaks and tabs, and no direction
 * overrides, embeddings or isolates (U+202A to U+202E, U+2066 to U+2069), which can make
 * a name or a note read differently on the page than it is stored (a NUL also breaks
 * PostgreSQL).
 */
public final class PlainText {

	private PlainText() {
	}

	public static boolean isPlain(String text) {
		return text == null || text.codePoints().noneMatch(PlainText::forbidden);
	}

	private static boolean forbidden(int c) {
		boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
		boolean direction = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
		return control || direction;
	}

	/**
	 * Checks every text property of a form: one that is not plain is refused next to
	 * itself ({@code error.plainText}).
	 */
	public static final class Fields implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return !BeanUtils.isSimpleValueType(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(target);
			for (var property : form.getPropertyDescriptors()) {
				String name = property.getName();
				if (property.getPropertyType() == String.class && form.isReadableProperty(name)
						&& !isPlain((String) form.getPropertyValue(name)) && !errors.hasFieldErrors(name)) {
					errors.rejectValue(name, "error.plainText");
				}
			}
		}

	}

}
