package se.steget.enrollment;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.core.RejectedInputException;

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

	SharedCaseManagement(Enrollments enrollments, EnrollmentManagement management, AccessManagement access,
			JdbcClient jdbc) {
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

	@Transactional
	public void shareCase(UUID id, CaseStaffForm form, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		if (this.access.find(form.getUserId()).isEmpty()) {
			throw new RejectedInputException("userId", "error.unknownUser");
		}
		enrollment.shareWith(form.getUserId(), form.getCaseRole());
		this.enrollments.save(enrollment);
	}

	@Transactional
	public void unshareCase(UUID id, UUID userId, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		enrollment.unshare(userId);
		this.enrollments.save(enrollment);
	}

}
