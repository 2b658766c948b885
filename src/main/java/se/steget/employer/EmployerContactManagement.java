package se.steget.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;

/**
 * The log of contacts with employers, and the next steps that come of them. A contact
 * about one participant names them only to users who may read the case, and only a user
 * who may read the case can log one about them.
 */
@Service
@Transactional(readOnly = true)
public class EmployerContactManagement {

	private final EmployerContacts contacts;

	private final EmployerManagement employers;

	private final EnrollmentManagement enrollments;

	private final EmployerProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	EmployerContactManagement(EmployerContacts contacts, EmployerManagement employers, EnrollmentManagement enrollments,
			EmployerProperties properties, JdbcClient jdbc, Clock clock) {
		this.contacts = contacts;
		this.employers = employers;
		this.enrollments = enrollments;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public UUID log(UUID employerId, EmployerContactForm form, AccessScope scope) {
		return log(employerId, form.entry(), scope);
	}

	/**
	 * Logs a contact; another module (an internship's follow-up visit) passes values. A
	 * contact that names no staff member is the user's own.
	 */
	@Transactional
	public UUID log(UUID employerId, EmployerContactEntry entry, AccessScope scope) {
		this.employers.get(employerId, scope);
		EnrollmentView enrollment = (entry.enrollmentId() == null) ? null
				: this.enrollments.get(entry.enrollmentId(), scope);
		if (enrollment != null && entry.projectId() != null && !entry.projectId().equals(enrollment.projectId())) {
			throw new RejectedInputException("projectId", "error.projectOfCase");
		}
		if (entry.projectId() != null && !scope.canSeeProject(entry.projectId())) {
			throw new RejectedInputException("projectId", "error.unknownProject");
		}
		if (entry.contactPersonId() != null && this.employers.contactPerson(entry.contactPersonId())
			.filter((p) -> p.employerId().equals(employerId))
			.isEmpty()) {
			throw new RejectedInputException("contactPersonId", "error.unknownContactPerson");
		}
		UUID project = (entry.projectId() == null && enrollment != null) ? enrollment.projectId() : entry.projectId();
		UUID staff = (entry.staffUserId() != null) ? entry.staffUserId() : scope.userId();
		EmployerContactEntry withProject = new EmployerContactEntry(entry.contactedOn(), entry.channel(),
				entry.purpose(), staff, entry.contactPersonId(), project, entry.enrollmentId(), entry.activityId(),
				entry.outcome(), entry.nextStep(), entry.nextStepDue());
		return this.contacts.save(EmployerContact.log(employerId, withProject, LocalDate.now(this.clock))).getId();
	}

	@Transactional
	public void completeNextStep(UUID contactId, AccessScope scope) {
		EmployerContact contact = this.contacts.findById(contactId)
			.orElseThrow(() -> new NotFoundException("Employer contact"));
		this.employers.get(contact.getEmployerId(), scope);
		contact.completeNextStep();
		this.contacts.save(contact);
	}

	/** The employer's contacts, newest first. */
	public List<EmployerContactView> ofEmployer(UUID employerId, AccessScope scope) {
		this.employers.get(employerId, scope);
		return named(this.jdbc.sql(EmployerContactView.SELECT + " where c.employer_id = ? order by c.contacted_on desc")
			.param(employerId)
			.query(EmployerContactView.class)
			.list(), scope);
	}

	/** The contacts about one case (job acquisition, follow-ups), newest first. */
	public List<EmployerContactView> aboutEnrollment(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return named(
				this.jdbc.sql(EmployerContactView.SELECT + " where c.enrollment_id = ? order by c.contacted_on desc")
					.param(enrollmentId)
					.query(EmployerContactView.class)
					.list(),
				scope);
	}

	/** The contacts about one internship or work trial (its follow-up visits), by day. */
	public List<EmployerContactView> aboutActivity(UUID activityId, AccessScope scope) {
		return named(this.jdbc.sql(EmployerContactView.SELECT + " where c.activity_id = ? order by c.contacted_on")
			.param(activityId)
			.query(EmployerContactView.class)
			.list(), scope);
	}

	/** The user's open next steps due within a week or overdue, the earliest first. */
	public List<EmployerContactView> nextStepsDue(AccessScope scope) {
		return named(this.jdbc
			.sql(EmployerContactView.SELECT + " where c.staff_user_id = ? and c.next_step_done = false"
					+ " and c.next_step_due <= ? order by c.next_step_due, c.id")
			.params(scope.userId(), LocalDate.now(this.clock).plusDays(7))
			.query(EmployerContactView.class)
			.list(), scope);
	}

	/**
	 * The employers the user has been in touch with whose latest contact, by anyone, is
	 * older than the contact norm ({@code steget.employer.contact-norm-days}).
	 */
	public List<QuietEmployer> notContactedRecently(AccessScope scope) {
		LocalDate before = LocalDate.now(this.clock).minusDays(this.properties.contactNormDays());
		return this.jdbc
			.sql("select em.id as employer_id, em.name as employer_name, max(c.contacted_on) as last_contacted_on"
					+ " from employer em join employer_contact c on c.employer_id = em.id"
					+ " where em.id in (select mine.employer_id from employer_contact mine where mine.staff_user_id = ?)"
					+ " group by em.id, em.name having max(c.contacted_on) < ? order by max(c.contacted_on), em.id"
					+ " limit 20")
			.params(scope.userId(), before)
			.query(QuietEmployer.class)
			.list();
	}

	/**
	 * How many of the employers with a workplace in the municipalities the project has
	 * been in touch with.
	 */
	public long employersContacted(UUID projectId, Collection<String> municipalityCodes) {
		if (municipalityCodes.isEmpty()) {
			return 0;
		}
		return this.jdbc
			.sql("select count(distinct w.employer_id) from workplace w where w.municipality_code in (:codes)"
					+ " and exists (select 1 from employer_contact c where c.employer_id = w.employer_id"
					+ " and c.project_id = :project)")
			.param("codes", municipalityCodes)
			.param("project", projectId)
			.query(Long.class)
			.single();
	}

	public int contactNormDays() {
		return this.properties.contactNormDays();
	}

	/** An employer no one has been in touch with for longer than the contact norm. */
	public record QuietEmployer(UUID employerId, String employerName, LocalDate lastContactedOn) {

	}

	private List<EmployerContactView> named(List<EmployerContactView> rows, AccessScope scope) {
		Map<UUID, EnrollmentView> visible = this.enrollments.visible(
				rows.stream().map(EmployerContactView::enrollmentId).filter(Objects::nonNull).distinct().toList(),
				scope);
		Map<UUID, String> names = new HashMap<>();
		visible.forEach((id, e) -> names.put(id, e.protectedIdentity() ? null : e.participantName()));
		return rows.stream()
			.map((c) -> (c.enrollmentId() == null || !visible.containsKey(c.enrollmentId())) ? c
					: c.withParticipant((names.get(c.enrollmentId()) != null) ? names.get(c.enrollmentId()) : "–"))
			.toList();
	}

}
