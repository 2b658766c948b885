package se.steget.system;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Swedish first, English on request ({@code ?lang=en}), remembered in a cookie; every
 * request of a signed-in user goes to the audit log.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Bean
	static Clock clock() {
		return Clock.system(ZoneId.of("Europe/Stockholm"));
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("steget-lang");
		resolver.setDefaultLocale(SWEDISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	private final AuditInterceptor audit;

	private final ApiPreconditions preconditions;

	WebConfiguration(AuditInterceptor audit, ApiPreconditions preconditions) {
		this.audit = audit;
		this.preconditions = preconditions;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
		registry.addInterceptor(this.audit);
		registry.addInterceptor(this.preconditions).addPathPatterns("/api/v1/**");
	}

}
