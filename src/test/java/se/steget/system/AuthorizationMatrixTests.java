package se.steget.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.steget.TestData;
import se.steget.access.ApiTokens;
import se.steget.access.Role;
import se.steget.activity.ActivityForm;
import se.steget.activity.ActivityKind;
import se.steget.activity.ActivityManagement;
import se.steget.core.Gender;
import se.steget.employer.VacancyForm;
import se.steget.employer.VacancyManagement;
import se.steget.matching.ProposalManagement;
import se.steget.webhook.WebhookDetails;
import se.steget.webhook.WebhookEvent;
import se.steget.webhook.WebhookManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the pages and the API that names a record, read from the application's
 * own mappings, tried by people who must not reach that record: staff and a project
 * manager of another project; the project's steering group, finance and evaluator; for a
 * participant's records also a colleague in the project who is not on the case, a
 * municipal coordinator of another municipality and an administrator without a case role;
 * and by the project's own staff with guessed ids. Each attempt must be refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ActivityManagement activities;

	@Autowired
	private VacancyManagement vacancies;

	@Autowired
	private ProposalManagement proposals;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private WebhookManagement webhooks;

	@Autowired
	private se.steget.imports.ImportManagement imports;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void noOneReachesARecordOutsideTheirScopeOrByAGuessedId() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID steering = this.data.user(Role.STEERING_GROUP);
		UUID colleague = this.data.user(Role.STAFF);
		UUID coordinatorElsewhere = this.data.coordinator("0881");
		UUID finance = this.data.user(Role.FINANCE);
		UUID evaluator = this.data.user(Role.EVALUATOR);
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID project = this.data.project(coach, steering, colleague, coordinatorElsewhere, finance, evaluator);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		LocalDate start = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(30);
		UUID enrollment = this.data.enroll(participant, project, coach, start);
		var form = ActivityForm.of(ActivityKind.GROUP_PROGRAMME, start, enrollment, coach);
		form.setTitle("Grupp");
		form.setCapacity(10);
		UUID activity = this.activities.plan(project, form, this.data.scope(coach));
		UUID employer = this.data.employer("Matrisen AB", "0880");
		var vacancyForm = new VacancyForm();
		vacancyForm.setTitle("Lagerarbetare");
		vacancyForm.setSsykCode("4322");
		vacancyForm.setMunicipalityCode("0880");
		vacancyForm.setPublishedOn(start);
		vacancyForm.setExternalId("matris-1");
		UUID vacancy = this.vacancies.publish(employer, vacancyForm, this.data.scope(coach));
		UUID proposal = this.proposals.propose(vacancy, enrollment, this.data.scope(coach));
		this.tokens.create(coach, "Matrisen", 10);
		UUID token = this.tokens.of(coach).get(0).id();
		UUID webhook = this.webhooks
			.subscribe(new WebhookDetails("https://mottagare.example/matris", null, List.of(WebhookEvent.ENROLLED),
					project, true))
			.id();
		UUID imported = this.imports.upload("participants", null, "matris.csv",
				("Personnummer;Förnamn;Efternamn;Kön;Kommun\n" + se.steget.TestNumbers.next() + ";Åsa;Öberg;K;Kalmar\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				this.data.scope(coach));
		Map<String, UUID> records = Map.of("participants", participant, "enrollments", enrollment, "projects", project,
				"activities", activity, "proposals", proposal, "account/tokens", token, "webhooks", webhook, "imports",
				imported, "evaluation", project);
		Map<String, UUID> registers = Map.of("employers", employer, "vacancies", vacancy);

		UUID outsider = this.data.user(Role.STAFF);
		UUID otherManager = this.data.user(Role.PROJECT_MANAGER);
		this.data.project(outsider, otherManager);

		List<String> allowed = new ArrayList<>();
		int cases = 0;
		List<String[]> routes = routes();
		for (String[] route : routes) {
			String resource = resource(route[1]);
			if (!records.containsKey(resource)) {
				continue;
			}
			String real = fill(route[1], records.get(resource));
			String guessed = fill(route[1], UUID.randomUUID());
			for (UUID who : List.of(outsider, otherManager)) {
				cases++;
				check(route[0], real, who, allowed);
			}
			boolean figures = resource.equals("projects") || resource.equals("evaluation");
			if (!figures) {
				// an API token is its owner's alone: everyone else, the steering group
				// too, is refused
				cases++;
				check(route[0], real, steering, allowed);
				cases++;
				check(route[0], real, finance, allowed);
			}
			if (resource.equals("participants") || resource.equals("enrollments") || resource.equals("proposals")
					|| resource.equals("imports")) {
				for (UUID who : List.of(colleague, coordinatorElsewhere, admin)) {
					cases++;
					check(route[0], real, who, allowed);
				}
			}
			if (!resource.equals("evaluation")) {
				// the project's evaluator sees its comparison
				cases++;
				check(route[0], real, evaluator, allowed);
			}
			cases++;
			check(route[0], guessed, coach, allowed);
		}
		for (String[] route : routes) {
			String resource = resource(route[1]);
			if (!registers.containsKey(resource)) {
				continue;
			}
			for (UUID who : List.of(steering, finance, evaluator)) {
				cases++;
				check(route[0], fill(route[1], registers.get(resource)), who, allowed);
			}
			cases++;
			check(route[0], fill(route[1], UUID.randomUUID()), coach, allowed);
		}
		System.out.printf("Authorization matrix: %d routes naming a record, %d attempts, %d let through%n",
				routes.stream().filter((r) -> records.containsKey(resource(r[1]))).count(), cases, allowed.size());
		assertThat(cases).isGreaterThan(500);
		assertThat(allowed).isEmpty();
	}

	/**
	 * Refused means 403 or 404; anything else (a page, a redirect after a change) is a
	 * leak.
	 */
	private void check(String method, String path, UUID who, List<String> allowed) throws Exception {
		MockHttpServletRequestBuilder request = request(org.springframework.http.HttpMethod.valueOf(method), path);
		if (path.startsWith("/api/")) {
			request.with(httpBasic(this.data.username(who), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}");
			if (!method.equals("GET") && !method.equals("POST")) {
				request.header("If-Match", "*");
			}
		}
		else {
			// a removal button sends the version the user saw
			request.with(user(this.data.login(who))).with(csrf()).param("version", "0");
		}
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		if (status == 415 && method.equals("POST") && path.startsWith("/api/")) {
			var file = new org.springframework.mock.web.MockMultipartFile("file", "matris.pdf", "application/pdf",
					"%PDF-1.4".getBytes());
			status = this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
					.file(file)
					.with(httpBasic(this.data.username(who), TestData.PASSWORD)))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		if (status != 403 && status != 404 && status != 400 && status != 422) {
			allowed.add(method + " " + path + " as " + this.data.username(who) + " -> " + status);
		}
	}

	private List<String[]> routes() {
		Map<String, String[]> routes = new TreeMap<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (!method.getBeanType().getPackageName().startsWith("se.steget")) {
				return;
			}
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.contains("{")) {
					continue;
				}
				for (RequestMethod m : methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods)) {
					routes.put(m + " " + pattern, new String[] { m.name(), pattern });
				}
			}
		});
		return List.copyOf(routes.values());
	}

	private static String resource(String pattern) {
		String[] parts = pattern.replaceFirst("^/api/v1", "").split("/");
		if (parts.length > 3 && parts[3].equals("{id}")) {
			return parts[1] + "/" + parts[2];
		}
		return (parts.length > 2 && parts[2].equals("{id}")) ? parts[1] : "";
	}

	/** The record's id for {id}, guessed ids for every other variable. */
	private static String fill(String pattern, UUID id) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = matcher.group(1).equals("id") ? id.toString() : UUID.randomUUID().toString();
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		String filled = path.toString();
		boolean dated = filled.contains("attendance") || filled.endsWith("/sessions/edit");
		return dated ? filled + "?date=" + LocalDate.now() : filled;
	}

}
