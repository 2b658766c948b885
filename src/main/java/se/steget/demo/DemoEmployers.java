package se.steget.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.steget.core.SwedishLevel;
import se.steget.access.AccessScope;
import se.steget.core.OrganisationNumber;
import se.steget.employer.ContactPersonForm;
import se.steget.employer.EmployerContactChannel;
import se.steget.employer.EmployerContactForm;
import se.steget.employer.EmployerContactManagement;
import se.steget.employer.EmployerContactPurpose;
import se.steget.employer.EmployerForm;
import se.steget.employer.EmployerManagement;
import se.steget.employer.EmploymentType;
import se.steget.employer.PlaceKind;
import se.steget.employer.VacancyForm;
import se.steget.employer.VacancyManagement;
import se.steget.employer.VacancySource;
import se.steget.employer.WorkplaceForm;

/**
 * The demo's employer register: made-up employers in the seed projects' municipalities,
 * with workplaces, contact persons, sales calls, a few hidden jobs and open vacancies and
 * places. Their organisation numbers are in the 502000 series, below the 556 series where
 * limited companies are numbered, with a valid check digit.
 */
@Component
class DemoEmployers {

	/**
	 * A made-up employer: name, municipality (or country abroad), SNI code, a contact.
	 */
	record Seed(String name, String municipalityCode, String country, String sni, String contact, String role) {

	}

	static final List<Seed> SEEDS = List.of(
			new Seed("Lagerhuset i Örebro AB", "1880", "SE", "52100", "Maria Lind", "Lagerchef"),
			new Seed("Karlstads Bygg AB", "1780", "SE", "41200", "Jonas Björk", "Platschef"),
			new Seed("Café Solsidan", "0880", "SE", "56100", "Fatima Ali", "Ägare"),
			new Seed("Närkes Fastighetsservice AB", "1880", "SE", "81100", "Peter Sjö", "Driftchef"),
			new Seed("Vätterns Omsorg AB", "0680", "SE", "87300", "Anna Ek", "Enhetschef"),
			new Seed("Kalmarsunds Logistik AB", "0880", "SE", "52290", "Ali Hassan", "Rekryterare"),
			new Seed("Västerviks Hotell och Konferens AB", "0883", "SE", "55100", "Karin Strand", "Hotellchef"),
			new Seed("Eksjö Snickeri AB", "0686", "SE", "16230", "Lars Holm", "Verkstadschef"),
			new Seed("Smålandsgrönt Handelsträdgård", "0683", "SE", "01190", "Sofia Berg", "Arbetsledare"),
			new Seed("Oskarshamns Städ och Service AB", "0882", "SE", "81210", "Nadia Karimi", "Teamledare"),
			new Seed("Tallinna Sotsiaalne Töökoda", null, "EE", "88990", "Kadri Tamm", "Handledare"));

	private final EmployerManagement employers;

	private final EmployerContactManagement contacts;

	private final VacancyManagement vacancies;

	private final Clock clock;

	DemoEmployers(EmployerManagement employers, EmployerContactManagement contacts, VacancyManagement vacancies,
			Clock clock) {
		this.employers = employers;
		this.contacts = contacts;
		this.vacancies = vacancies;
		this.clock = clock;
	}

	/** An employer of the register with its workplace and contact person. */
	record Registered(UUID id, UUID contactPersonId, Seed seed) {

	}

	/** The register, before any project works with it. */
	List<Registered> register(AccessScope scope) {
		List<Registered> registered = new ArrayList<>();
		for (int i = 0; i < SEEDS.size(); i++) {
			Seed seed = SEEDS.get(i);
			String number = OrganisationNumber.withCheckDigit(String.format("502%06d", 10 + i * 37)).formatted();
			UUID id = this.employers.register(new EmployerForm(number, seed.name(), seed.sni()), scope);
			var workplace = new WorkplaceForm();
			workplace.setName(seed.name());
			workplace.setCountry(seed.country());
			workplace.setMunicipalityCode(seed.municipalityCode());
			this.employers.addWorkplace(id, workplace, scope);
			var person = new ContactPersonForm();
			person.setName(seed.contact());
			person.setRole(seed.role());
			person.setPhone("070-000 00 " + String.format("%02d", i));
			person.setEmail(
					seed.contact().toLowerCase().replace(' ', '.').replace('ö', 'o').replace('å', 'a').replace('ä', 'a')
							+ "@exempel.se");
			registered.add(new Registered(id, this.employers.addContactPerson(id, person, scope), seed));
		}
		return registered;
	}

	/**
	 * A working week for the business coach in an ongoing project: sales calls in the
	 * last weeks with next steps due, a hidden job found in one, open vacancies and
	 * places. Returns the open vacancies.
	 */
	List<UUID> work(UUID projectId, List<Registered> register, UUID businessCoach, AccessScope scope, Random random) {
		LocalDate today = LocalDate.now(this.clock);
		List<UUID> open = new ArrayList<>();
		for (int i = 0; i < register.size(); i++) {
			Registered employer = register.get(i);
			LocalDate called = today.minusDays((i == 1 || i == 3) ? 75 + i : 1 + random.nextInt(20));
			var call = new EmployerContactForm(called,
					(i % 2 == 0) ? EmployerContactChannel.VISIT : EmployerContactChannel.PHONE,
					EmployerContactPurpose.SALES_CALL, businessCoach);
			call.setProjectId(projectId);
			call.setContactPersonId(employer.contactPersonId());
			call.setOutcome("Presenterade projektet. Intresserade av praktikanter och att rekrytera.");
			if (i % 3 != 2) {
				call.setNextStep("Återkoppla med förslag på deltagare");
				call.setNextStepDue(called.plusDays(7 + random.nextInt(10)));
			}
			UUID contact = this.contacts.log(employer.id(), call, scope);
			if (employer.seed().country().equals("SE") && i % 4 == 0) {
				open.add(this.vacancies.publish(employer.id(), hiddenJob(employer, contact, called), scope));
			}
			else if (employer.seed().country().equals("SE")) {
				open.add(this.vacancies.publish(employer.id(), advertised(employer, called.minusDays(3), i), scope));
			}
			else {
				open.add(this.vacancies.publish(employer.id(), apprenticeship(called), scope));
			}
			if (i < 4) {
				this.vacancies.publish(employer.id(), internshipPlace(employer, called), scope);
			}
		}
		return open;
	}

	private static VacancyForm hiddenJob(Registered employer, UUID contact, LocalDate found) {
		VacancyForm form = base(employer, occupationOf(employer.seed()), found);
		form.setTitle(titleOf(employer.seed()) + " (ej annonserad)");
		form.setSource(VacancySource.HIDDEN);
		form.setFoundInContactId(contact);
		form.setEmploymentType(EmploymentType.NEW_START_JOB);
		form.setScopeMin(50);
		form.setScopeMax(100);
		form.setSkillsWanted("truckkort");
		return form;
	}

	private static VacancyForm advertised(Registered employer, LocalDate published, int index) {
		VacancyForm form = base(employer, occupationOf(employer.seed()), published);
		form.setTitle(titleOf(employer.seed()));
		form.setExternalId("demo-" + (24000000 + index));
		form.setExternalUrl("https://arbetsformedlingen.se/platsbanken/annonser/demo-" + (24000000 + index));
		form.setDeadline(published.plusDays(30));
		form.setPositions(1 + index % 3);
		form.setEmploymentType((index % 2 == 0) ? EmploymentType.PERMANENT : EmploymentType.FIXED_TERM);
		form.setSwedishLevel(SwedishLevel.INTERMEDIATE);
		form.setSwedishMustHave(index % 3 == 0);
		if (index % 2 == 1) {
			form.setDrivingLicence("B");
			form.setDrivingLicenceMustHave(index % 4 == 1);
		}
		return form;
	}

	private static VacancyForm internshipPlace(Registered employer, LocalDate published) {
		VacancyForm form = base(employer, occupationOf(employer.seed()), published);
		form.setKind(PlaceKind.INTERNSHIP);
		form.setTitle("Praktikplats: " + titleOf(employer.seed()).toLowerCase());
		form.setSource(VacancySource.ADVERTISED);
		form.setExternalId("praktik-" + employer.id().toString().substring(0, 8));
		form.setEmploymentType(EmploymentType.UNPAID_PLACE);
		form.setPositions(2);
		return form;
	}

	private static VacancyForm apprenticeship(LocalDate published) {
		var form = new VacancyForm();
		form.setKind(PlaceKind.APPRENTICESHIP);
		form.setTitle("Lärlingsplats i socialt företag, Tallinn");
		form.setSsykCode("5343");
		form.setCountry("EE");
		form.setPublishedOn(published);
		form.setEmploymentType(EmploymentType.FIXED_TERM);
		form.setExternalId("utbyte-tallinn");
		form.setLanguagesWanted("engelska");
		return form;
	}

	private static VacancyForm base(Registered employer, String ssyk, LocalDate published) {
		var form = new VacancyForm();
		form.setSsykCode(ssyk);
		form.setMunicipalityCode(employer.seed().municipalityCode());
		form.setPublishedOn(published);
		return form;
	}

	/** An occupation that fits the employer's industry. */
	static String occupationOf(Seed seed) {
		return switch (seed.sni().substring(0, 2)) {
			case "52" -> "4322";
			case "41" -> "7111";
			case "56", "55" -> "5120";
			case "81" -> "9111";
			case "87" -> "5321";
			case "16" -> "7522";
			case "01" -> "6112";
			default -> "9629";
		};
	}

	private static String titleOf(Seed seed) {
		return switch (occupationOf(seed)) {
			case "4322" -> "Lagerarbetare";
			case "7111" -> "Träarbetare, byggnad";
			case "5120" -> "Kock och kafébiträde";
			case "9111" -> "Lokalvårdare";
			case "5321" -> "Undersköterska";
			case "7522" -> "Möbelsnickare";
			case "6112" -> "Trädgårdsarbetare";
			default -> "Medarbetare";
		};
	}

}
