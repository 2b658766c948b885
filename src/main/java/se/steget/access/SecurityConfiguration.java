package se.steget.access;

import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import se.steget.core.DatabaseUnavailable;

/**
 * Pages use form login with a session and CSRF tokens, and OpenID Connect through an
 * identity broker (BankID, SITHS) when one is configured; the JSON API takes a personal
 * access token as a bearer token ({@link ApiTokens}), or HTTP Basic for trying things
 * out, without a session, so it carries no cookie to forge.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider passwordLogins(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			LoginAttempts attempts) {
		var passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledPasswordLogin(passwords, attempts);
	}

	/**
	 * The operations endpoints (health, and the metrics an operator exposes) when they
	 * are served on a management port of their own, which serves nothing else and is
	 * bound to the machine or an internal network (as {@code bench/soak.sh} does): open
	 * there, as a metrics scraper expects. On the application's port they stay behind the
	 * pages' rules.
	 */
	@Bean
	@Order(0)
	@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
	SecurityFilterChain operations(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, MessageSource messages, JsonMapper json)
			throws Exception {
		http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api/v1/retention", "/api/v1/retention/**", "/api/v1/users", "/api/v1/users/**",
						"/api/v1/audit", "/api/v1/audit/**", "/api/v1/webhooks", "/api/v1/webhooks/**")
				.hasRole(Role.ADMINISTRATOR.name())
				.anyRequest()
				.access(signedInNotEvaluator()))
			.oauth2ResourceServer((server) -> server.opaqueToken((opaque) -> opaque.introspector(tokens))
				.authenticationEntryPoint(unlessUnreachable(new BearerTokenAuthenticationEntryPoint(), messages, json)))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unlessUnreachable(basicEntryPoint(), messages, json)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> brokers,
			OidcAccountService oidcAccounts, MessageSource messages, JsonMapper json) throws Exception {
		if (brokers.getIfAvailable() != null) {
			http.oauth2Login((oidc) -> oidc.loginPage("/login")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcAccounts))
				.defaultSuccessUrl("/", true));
		}
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/actuator/health", "/assets/**", "/webjars/**", "/favicon.ico",
					"/api/docs/**", "/api/docs", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/users/**", "/audit/**", "/audit", "/retention/**", "/retention", "/webhooks/**",
					"/webhooks")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers("/evaluation/*/comparison", "/evaluation/*/comparison/*")
			.hasAnyRole(Role.EVALUATOR.name(), Role.PROJECT_MANAGER.name(), Role.ADMINISTRATOR.name(),
					Role.STEERING_GROUP.name())
			.requestMatchers("/evaluation/**", "/evaluation")
			.hasRole(Role.EVALUATOR.name())
			.requestMatchers("/", "/logout")
			.authenticated()
			.anyRequest()
			.access(signedInNotEvaluator()))
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(
						unlessUnreachable(new SimpleUrlAuthenticationFailureHandler("/login?error"), messages, json))
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Credentials that could not be checked because the database is out of reach are a
	 * 503, not a 401 that tells a rightful user their password is wrong.
	 */
	private static AuthenticationEntryPoint unlessUnreachable(AuthenticationEntryPoint otherwise,
			MessageSource messages, JsonMapper json) {
		return (request, response, ex) -> {
			if (DatabaseUnavailable.is(ex)) {
				DatabaseUnavailable.answer(request, response, messages, json);
			}
			else {
				otherwise.commence(request, response, ex);
			}
		};
	}

	private static AuthenticationFailureHandler unlessUnreachable(AuthenticationFailureHandler otherwise,
			MessageSource messages, JsonMapper json) {
		return (request, response, ex) -> {
			if (DatabaseUnavailable.is(ex)) {
				DatabaseUnavailable.answer(request, response, messages, json);
			}
			else {
				otherwise.onAuthenticationFailure(request, response, ex);
			}
		};
	}

	private static BasicAuthenticationEntryPoint basicEntryPoint() {
		var entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("Realm");
		return entryPoint;
	}

	/**
	 * The evaluator reads pseudonymised extracts only, so every other page is closed to
	 * them.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> signedInNotEvaluator() {
		return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
				AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.EVALUATOR.name())));
	}

}
