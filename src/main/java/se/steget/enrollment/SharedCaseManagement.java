package se.steget.enrollment;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.access.StaffMember;
import se.steget.organisation.OrganisationManagement;
import se.steget.organisation.OrganisationView;
import se.steget.participant.ConsentManagement;
import se.steget.participant.ConsentWithdrawn;
import se.steget.participant.SharingConsentChanged;
import se.steget.project.ProjectManagement;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;

/**
 * Shared cases: the staff on one enrollment beside the responsible person, each with a
 * role. All of them see the case and have it in their caseload.
 */
@Service
@Transactional(readOnly = true)
public class SharedCaseManagement {

	private final Enrollments enrollments;

	private final EnrollmentManagement management;

	private final AccessManagement access;

	private final JdbcClient jdbc;

	private final ConsentManagement consents;

	private final OrganisationManagement organisations;

	private final ProjectManagement projects;

	SharedCaseManagement(Enrollments enrollments, EnrollmentManagement management, AccessManagement access,
			JdbcClient jdbc, ConsentManagement consents, OrganisationManagement organisations,
			ProjectManagement projects) {
		this.consents = consents;
		this.organisations = organisations;
		this.projects = projects;
		this.enrollments = enrollments;
		this.management = management;
		this.access = access;
		this.jdbc = jdbc;
	}

	public List<CaseStaffView> caseStaff(UUID id, AccessScope scope) {
		this.management.get(id, scope);
		return this.jdbc
			.sql("select s.user_id, u.display_name, s.case_role from case_staff s join user_account u"
					+ " on u.id = s.user_id where s.enrollment_id = ? order by u.display_name")
			.param(id)
			.query(CaseStaffView.class)
			.list();
	}

	/**
	 * Shares the case with a colleague; one of another organisation than the case's needs
	 * the participant's consent to sharing with that organisation.
	 */
	@Transactional
	public void shareCase(UUID id, CaseStaffForm form, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		StaffMember colleague = this.access.find(form.getUserId())
			.orElseThrow(() -> new RejectedInputException("userId", "error.unknownUser"));
		UUID theirs = colleague.organisationId();
		if (theirs != null && !theirs.equals(holder(enrollment))
				&& !this.consents.sharesWith(enrollment.getParticipantId(), theirs)) {
			throw new RejectedInputException("userId", "error.noSharingConsent",
					this.organisations.find(theirs).map(OrganisationView::name).orElse(""));
		}
		enrollment.shareWith(form.getUserId(), form.getCaseRole());
		this.enrollments.save(enrollment);
	}

	/**
	 * When the participant narrows or withdraws their consent to sharing, their cases
	 * stop being shared with staff of the organisations no longer consented to.
	 */
	@EventListener
	@Transactional
	public void on(SharingConsentChanged event) {
		withdrawSharing(event.participantId(), event.organisationIds());
	}

	@EventListener
	@Transactional
	public void on(ConsentWithdrawn event) {
		withdrawSharing(event.participantId(), Set.of());
	}

	private void withdrawSharing(UUID participantId, Set<UUID> consented) {
		for (Enrollment enrollment : this.enrollments.findByParticipantId(participantId)) {
			UUID holder = holder(enrollment);
			boolean changed = false;
			for (UUID userId : enrollment.sharedWith()) {
				UUID theirs = this.access.find(userId).map(StaffMember::organisationId).orElse(null);
				if (theirs != null && !theirs.equals(holder) && !consented.contains(theirs)) {
					enrollment.unshare(userId);
					changed = true;
				}
			}
			if (changed) {
				this.enrollments.save(enrollment);
			}
		}
	}

	/**
	 * The organisation that holds the case: the responsible staff member's, or else the
	 * project owner's.
	 */
	private UUID holder(Enrollment enrollment) {
		UUID responsible = (enrollment.getResponsibleUserId() == null) ? null
				: this.access.find(enrollment.getResponsibleUserId()).map(StaffMember::organisationId).orElse(null);
		if (responsible != null) {
			return responsible;
		}
		return this.projects.ownerOrganisationId(enrollment.getProjectId());
	}

	@Transactional
	public void unshareCase(UUID id, UUID userId, AccessScope scope) {
		unshareCase(id, userId, null, scope);
	}

	/**
	 * Stops sharing the case, as of the enrollment's version the user saw (null: any).
	 */
	@Transactional
	public void unshareCase(UUID id, UUID userId, Integer expectedVersion, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		StaleEditException.check(expectedVersion, enrollment.getVersion());
		enrollment.unshare(userId);
		StaleEdits.refused(() -> this.enrollments.save(enrollment));
	}

}
