package se.steget.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * Spring Data JDBC quotes identifiers by default, which makes names case-sensitive and
 * differ between H2 (upper case) and PostgreSQL (lower case). Unquoted, the same names
 * work on both.
 */
@Configuration
class PersistenceConfiguration {

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
