package se.steget.core;

import java.lang.reflect.RecordComponent;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.Errors;
import org.springframework.util.ReflectionUtils;
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
			if (target.getClass().isRecord()) {
				for (RecordComponent component : target.getClass().getRecordComponents()) {
					if (component.getType() == String.class) {
						var accessor = component.getAccessor();
						ReflectionUtils.makeAccessible(accessor);
						check(component.getName(), (String) ReflectionUtils.invokeMethod(accessor, target), errors);
					}
				}
				return;
			}
			BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(target);
			for (var property : form.getPropertyDescriptors()) {
				String name = property.getName();
				if (property.getPropertyType() == String.class && form.isReadableProperty(name)) {
					check(name, (String) form.getPropertyValue(name), errors);
				}
			}
		}

		private static void check(String field, String value, Errors errors) {
			if (!isPlain(value) && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "error.plainText");
			}
		}

	}

}
