package se.steget.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import se.steget.core.Occupation;
import se.steget.core.Occupations;

/**
 * The employer side of the generated data: employers with a workplace each, two logged
 * contacts per employer, and vacancies (one for every eight participants, four in five
 * open) with zero to three requirements; and the job profile of an active case.
 */
final class GeneratedEmployers implements AutoCloseable {

	/** The occupations people want and vacancies offer: a common few of the 429. */
	static final List<String> OCCUPATIONS = Occupations.all()
		.stream()
		.map(Occupation::code)
		.filter((code) -> code.charAt(0) >= '4')
		.toList();

	private static final List<String> LICENCES = List.of("B", "BE", "C", "CE");

	private static final List<String> LANGUAGES = List.of("engelska", "arabiska", "somaliska", "tigrinja", "dari");

	private final RowWriter profiles;

	private final RowWriter profileOccupations;

	private final RowWriter profileTags;

	private final Random random;

	private long profilesWritten;

	GeneratedEmployers(DataSource dataSource, RowWriter enrollments, Random random) {
		this.profiles = RowWriter
			.to(dataSource, "job_profile", "enrollment_id", "home_municipality", "whole_country", "abroad",
					"travel_minutes", "scope_min", "scope_max", "swedish_level", "education_level", "changed_at",
					"version")
			.after(enrollments);
		this.profileOccupations = RowWriter
			.to(dataSource, "job_profile_occupation", "enrollment_id", "preference", "ssyk_code", "experience_years")
			.after(this.profiles);
		this.profileTags = RowWriter.to(dataSource, "job_profile_tag", "enrollment_id", "kind", "tag_value")
			.after(this.profileOccupations);
		this.random = random;
	}

	/** Employers with one workplace each in a municipality of the list; their ids. */
	static List<UUID> employers(DataSource dataSource, long seed, int count, List<String> municipalities,
			List<String> municipalityOf, Random random) {
		List<UUID> ids = new ArrayList<>();
		try (var rows = RowWriter.to(dataSource, "employer", "id", "name", "version");
				var workplaces = RowWriter
					.to(dataSource, "workplace", "id", "employer_id", "name", "municipality_code", "country")
					.after(rows)) {
			for (int i = 0; i < count; i++) {
				UUID id = new UUID(seed + 3, i);
				String municipality = municipalities.get(random.nextInt(municipalities.size()));
				ids.add(id);
				municipalityOf.add(municipality);
				rows.row(id, "Arbetsgivare " + seed + "-" + i, 0);
				workplaces.row(new UUID(seed + 4, i), id, "Arbetsstället", municipality, "SE");
			}
		}
		return ids;
	}

	/** Two contacts per employer, by staff of a project, in the last year. */
	static long contacts(DataSource dataSource, List<UUID> employers, List<UUID> projects,
			List<List<UUID>> staffByProject, LocalDate today, Random random) {
		try (var rows = RowWriter.to(dataSource, "employer_contact", "id", "employer_id", "project_id", "contacted_on",
				"channel", "purpose", "staff_user_id", "outcome", "next_step", "next_step_due", "next_step_done",
				"version")) {
			for (UUID employer : employers) {
				int project = random.nextInt(projects.size());
				List<UUID> team = staffByProject.get(project);
				for (int c = 0; c < 2; c++) {
					LocalDate on = today.minusDays(random.nextInt(365));
					boolean next = random.nextInt(3) == 0;
					rows.row(UUID.randomUUID(), employer, projects.get(project), on, "PHONE", "SALES_CALL",
							team.get(random.nextInt(team.size())), "Presenterade projektet", next ? "Återkoppla" : null,
							next ? on.plusDays(14) : null, next && on.isBefore(today.minusDays(30)), 0);
				}
			}
			return rows.written();
		}
	}

	/** Vacancies at random employers, four in five open, with requirements. */
	static long vacancies(DataSource dataSource, long seed, int count, List<UUID> employers,
			List<String> municipalityOf, LocalDate today, Random random) {
		try (var rows = RowWriter.to(dataSource, "vacancy", "id", "employer_id", "kind", "title", "ssyk_code",
				"municipality_code", "country", "employment_type", "scope_min", "scope_max", "published_on", "deadline",
				"positions", "filled", "source", "external_id", "status", "changed_at", "version");
				var requirements = RowWriter
					.to(dataSource, "vacancy_requirement", "vacancy_id", "kind", "requirement_value", "must_have")
					.after(rows)) {
			for (int i = 0; i < count; i++) {
				UUID id = new UUID(seed + 5, i);
				int employer = random.nextInt(employers.size());
				LocalDate published = today.minusDays(random.nextInt(60));
				boolean open = random.nextInt(5) > 0;
				int min = random.nextBoolean() ? 100 : 50;
				rows.row(id, employers.get(employer), (random.nextInt(10) == 0) ? "INTERNSHIP" : "JOB",
						"Ledigt jobb " + i, OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size())),
						municipalityOf.get(employer), "SE", "PERMANENT", min, 100, published, published.plusDays(30),
						1 + random.nextInt(3), 0, (random.nextInt(4) == 0) ? "HIDDEN" : "ADVERTISED",
						"gen-" + seed + "-" + i, open ? "OPEN" : "CLOSED", published.atStartOfDay(), 0);
				int wanted = random.nextInt(4);
				if (wanted > 0) {
					requirements.row(id, "DRIVING_LICENCE", LICENCES.get(random.nextInt(LICENCES.size())),
							random.nextBoolean());
				}
				if (wanted > 1) {
					requirements.row(id, "SWEDISH", "INTERMEDIATE", random.nextBoolean());
				}
				if (wanted > 2) {
					requirements.row(id, "LANGUAGE", LANGUAGES.get(random.nextInt(LANGUAGES.size())), false);
				}
			}
			return rows.written();
		}
	}

	/**
	 * The job profile of an active case: one or two occupations, a licence, languages.
	 */
	void profile(UUID enrollment, LocalDate today) {
		this.profiles.row(enrollment, true, this.random.nextInt(5) == 0, false, null,
				this.random.nextBoolean() ? 50 : 75, 100, "INTERMEDIATE", null, today.atStartOfDay(), 0);
		this.profileOccupations.row(enrollment, 0, OCCUPATIONS.get(this.random.nextInt(OCCUPATIONS.size())),
				this.random.nextInt(5));
		if (this.random.nextBoolean()) {
			this.profileOccupations.row(enrollment, 1, OCCUPATIONS.get(this.random.nextInt(OCCUPATIONS.size())), null);
		}
		this.profileTags.row(enrollment, "DRIVING_LICENCE",
				this.random.nextInt(3) == 0 ? "NONE" : LICENCES.get(this.random.nextInt(2)));
		this.profileTags.row(enrollment, "LANGUAGE", LANGUAGES.get(this.random.nextInt(LANGUAGES.size())));
		this.profilesWritten++;
	}

	long profilesWritten() {
		return this.profilesWritten;
	}

	@Override
	public void close() {
		this.profileTags.flush();
	}

}
