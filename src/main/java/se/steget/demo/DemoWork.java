package se.steget.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.steget.enrollment.EnrollmentStatus;
import se.steget.access.AccessScope;
import se.steget.casework.ContactChannel;
import se.steget.casework.ContactForm;
import se.steget.casework.ContactKind;
import se.steget.casework.ContactManagement;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.matching.DeclinedBy;
import se.steget.matching.JobProfileForm;
import se.steget.matching.JobProfileManagement;
import se.steget.matching.ProposalManagement;
import se.steget.matching.ProposalStatus;
import se.steget.matching.ProposalStepForm;

/**
 * The demo's working week, relative to the day it is loaded: most ongoing cases had a
 * contact in the last days and a few are overdue; each has a job profile, and a few are
 * proposed for the open vacancies.
 */
@Component
class DemoWork {

	private static final List<String> LANGUAGES = List.of("arabiska", "somaliska", "tigrinja", "engelska", "dari",
			"persiska");

	private final EnrollmentManagement enrollments;

	private final ContactManagement contacts;

	private final JobProfileManagement profiles;

	private final ProposalManagement proposals;

	private final Clock clock;

	DemoWork(EnrollmentManagement enrollments, ContactManagement contacts, JobProfileManagement profiles,
			ProposalManagement proposals, Clock clock) {
		this.enrollments = enrollments;
		this.contacts = contacts;
		this.profiles = profiles;
		this.proposals = proposals;
		this.clock = clock;
	}

	/** Recent contacts, a few overdue, a job profile for every ongoing case. */
	void week(UUID projectId, AccessScope scope, Random random) {
		LocalDateTime now = LocalDateTime.now(this.clock).withSecond(0).withNano(0);
		for (EnrollmentView e : this.enrollments.ongoing(projectId, scope)) {
			boolean overdue = random.nextInt(10) == 0;
			LocalDateTime at = now
				.minusDays(overdue ? e.contactNormDays() + 2 + random.nextInt(8)
						: random.nextInt(Math.max(1, e.contactNormDays())))
				.withHour(9 + random.nextInt(7));
			if (at.isAfter(now)) {
				at = now.minusHours(1);
			}
			if (!at.toLocalDate().isBefore(e.startDate())) {
				var contact = new ContactForm(at, random.nextBoolean() ? ContactChannel.VISIT : ContactChannel.PHONE,
						ContactKind.SUPPORT_CONVERSATION, 30 + 15 * random.nextInt(3), e.responsibleUserId());
				contact.setNote("Stämde av veckans planering och ansökningar.");
				this.contacts.log(e.id(), contact, scope);
			}
			this.profiles.record(e.id(), profile(random), scope);
		}
	}

	/**
	 * Proposals for the first open vacancy: one just proposed, one on to an interview,
	 * one declined by the employer.
	 */
	void proposals(UUID projectId, List<UUID> vacancies, AccessScope scope) {
		List<EnrollmentView> ongoing = this.enrollments.ongoing(projectId, scope)
			.stream()
			.filter((e) -> e.status() == EnrollmentStatus.ACTIVE)
			.toList();
		if (vacancies.isEmpty() || ongoing.size() < 3) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		this.proposals.propose(vacancies.get(0), ongoing.get(0).id(), scope);
		UUID interview = this.proposals.propose(vacancies.get(0), ongoing.get(1).id(), scope);
		this.proposals.advance(interview, new ProposalStepForm(ProposalStatus.INTERVIEW, today), scope);
		UUID declined = this.proposals.propose(vacancies.get(1 % vacancies.size()), ongoing.get(2).id(), scope);
		var no = new ProposalStepForm(ProposalStatus.DECLINED, today);
		no.setDeclinedBy(DeclinedBy.EMPLOYER);
		no.setReason("Valde en sökande med längre erfarenhet");
		this.proposals.advance(declined, no, scope);
	}

	private static JobProfileForm profile(Random random) {
		var form = new JobProfileForm();
		List<String> occupations = DemoEmployers.SEEDS.stream().map(DemoEmployers::occupationOf).distinct().toList();
		form.setOccupation1(occupations.get(random.nextInt(occupations.size())));
		form.setExperience1(random.nextInt(6));
		String second = occupations.get(random.nextInt(occupations.size()));
		if (!second.equals(form.getOccupation1()) && random.nextBoolean()) {
			form.setOccupation2(second);
		}
		form.setScopeMin(random.nextBoolean() ? 50 : 75);
		form.setScopeMax(100);
		if (random.nextInt(3) == 0) {
			form.setNoDrivingLicence(true);
		}
		else {
			form.setDrivingLicences("B");
		}
		form.setLanguages("svenska, " + LANGUAGES.get(random.nextInt(LANGUAGES.size())));
		if (random.nextInt(4) == 0) {
			form.setLimitations("tunga lyft");
		}
		form.setWholeCountry(random.nextInt(5) == 0);
		return form;
	}

}
