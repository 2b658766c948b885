package se.steget.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Difference;
import se.steget.core.NotFoundException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.core.RejectedInputException;
import se.steget.core.UnchangedRecords;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;

/**
 * The contact log: every visit, call, e-mail or conversation with a participant, on the
 * enrollments the user may see.
 */
@Service
@Transactional(readOnly = true)
public class ContactManagement {

	private static final String SELECT = "select c.id, c.enrollment_id, c.contacted_at, c.channel, c.kind,"
			+ " c.duration_minutes, c.staff_user_id, u.display_name as staff_name, c.note, pr.name as project_name,"
			+ " c.version"
			+ " from contact c join enrollment e on e.id = c.enrollment_id join project pr on pr.id = e.project_id"
			+ " left join user_account u on u.id = c.staff_user_id";

	private final Contacts contacts;

	private final EnrollmentManagement enrollments;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CaseworkCorrections corrections;

	ContactManagement(Contacts contacts, EnrollmentManagement enrollments, CaseworkCorrections corrections,
			JdbcClient jdbc, Clock clock) {
		this.corrections = corrections;
		this.contacts = contacts;
		this.enrollments = enrollments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The enrollment's contacts, newest first. */
	public List<ContactView> ofEnrollment(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.jdbc.sql(SELECT + " where c.enrollment_id = ? order by c.contacted_at desc")
			.param(enrollmentId)
			.query(ContactView.class)
			.list();
	}

	@Transactional
	public UUID log(UUID enrollmentId, ContactForm form, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		checkTime(form, enrollment);
		UUID id = this.contacts.save(Contact.log(enrollmentId, form.entry())).getId();
		noteLatest(enrollmentId);
		return id;
	}

	/**
	 * Removes a contact of the enrollment as of the version the user saw (null: whatever
	 * it is now).
	 */
	@Transactional
	public void delete(UUID enrollmentId, UUID contactId, Integer expectedVersion, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		Contact contact = this.contacts.findById(contactId)
			.filter((c) -> c.getEnrollmentId().equals(enrollmentId))
			.orElseThrow(() -> new NotFoundException("Contact"));
		StaleEditException.check(expectedVersion, contact.getVersion());
		this.corrections.removed(enrollmentId, CaseworkCorrections.Record.CONTACT, contactId,
				contact.entry().changesTo(ContactEntry.NONE, this.corrections::staffName), scope.userId());
		this.contacts.delete(contact);
		noteLatest(contact.getEnrollmentId());
	}

	/** The version of each of the contacts, as their import leaves them. */
	public Map<UUID, Integer> versionsOf(Collection<UUID> ids) {
		return UnchangedRecords.versions(this.jdbc, "contact", ids);
	}

	/**
	 * Removes contacts logged by mistake, as when their import is undone: all of them, as
	 * the contact page removes one (in the case's history), or none when one has been
	 * corrected or removed since.
	 * @throws RejectedInputException on {@code rows} with how many were changed
	 */
	@Transactional
	public void removeUnchanged(Map<UUID, Integer> versions, AccessScope scope) {
		int changed = UnchangedRecords.changed(this.jdbc, "contact", versions).size();
		if (changed > 0) {
			throw new RejectedInputException("rows", "contact.error.changedSinceImported", changed);
		}
		this.contacts.findAllById(versions.keySet())
			.forEach((contact) -> delete(contact.getEnrollmentId(), contact.getId(), versions.get(contact.getId()),
					scope));
	}

	/**
	 * Corrects a contact logged wrongly, as of the version the user saw; what it said
	 * before is kept in its history.
	 */
	@Transactional
	public void correct(UUID enrollmentId, UUID contactId, ContactForm form, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		Contact contact = this.contacts.findById(contactId)
			.filter((c) -> c.getEnrollmentId().equals(enrollmentId))
			.orElseThrow(() -> new NotFoundException("Contact"));
		StaleEditException.check(form.getVersion(), contact.getVersion());
		checkTime(form, enrollment);
		ContactEntry before = contact.entry();
		contact.correct(form.entry());
		StaleEdits.refused(() -> this.contacts.save(contact));
		this.corrections.edited(enrollmentId, CaseworkCorrections.Record.CONTACT, contactId,
				before.changesTo(form.entry(), this.corrections::staffName), scope.userId());
		noteLatest(enrollmentId);
	}

	/** The edit form of one contact of the enrollment. */
	public ContactForm editForm(UUID enrollmentId, UUID contactId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		Contact contact = this.contacts.findById(contactId)
			.filter((c) -> c.getEnrollmentId().equals(enrollmentId))
			.orElseThrow(() -> new NotFoundException("Contact"));
		return ContactForm.of(contact.entry(), contact.getVersion());
	}

	/**
	 * After a stale correction: the fields the contact now holds differently from what
	 * the user typed, with the form moved on to the saved version.
	 */
	public List<Difference> differences(UUID enrollmentId, UUID contactId, ContactForm typed, AccessScope scope) {
		ContactForm saved = editForm(enrollmentId, contactId, scope);
		typed.setVersion(saved.getVersion());
		return saved.entry().changesTo(typed.entry(), this.corrections::staffName);
	}

	/** The corrections of the enrollment's contacts, newest first. */
	public List<Correction> corrections(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.corrections.of(enrollmentId, CaseworkCorrections.Record.CONTACT);
	}

	private void checkTime(ContactForm form, EnrollmentView enrollment) {
		if (form.getContactedAt().isAfter(LocalDateTime.now(this.clock))) {
			throw new RejectedInputException("contactedAt", "error.dateInFuture");
		}
		if (form.getContactedAt().toLocalDate().isBefore(enrollment.startDate())) {
			throw new RejectedInputException("contactedAt", "error.contactBeforeStart");
		}
	}

	private void noteLatest(UUID enrollmentId) {
		LocalDateTime latest = this.jdbc.sql("select max(contacted_at) from contact where enrollment_id = ?")
			.param(enrollmentId)
			.query(LocalDateTime.class)
			.optional()
			.orElse(null);
		LocalDate day = (latest != null) ? latest.toLocalDate() : null;
		this.enrollments.noteLatestContact(enrollmentId, day);
	}

}
