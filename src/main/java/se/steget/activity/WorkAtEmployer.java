package se.steget.activity;

import se.steget.employer.EmployerView;
import java.util.Collection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.steget.access.AccessScope;
import se.steget.core.RejectedInputException;
import se.steget.employer.ContactPersonView;
import se.steget.employer.EmployerContactChannel;
import se.steget.employer.EmployerContactEntry;
import se.steget.employer.EmployerContactManagement;
import se.steget.employer.EmployerContactPurpose;
import se.steget.employer.EmployerManagement;
import se.steget.employer.PlaceKind;
import se.steget.employer.VacancyManagement;
import se.steget.employer.VacancyView;

/**
 * Internships and work trials on the employer register: the employer, its place and the
 * supervisor among its contact persons are checked against the register, a place is
 * filled by the booking, and a follow-up visit is a contact with the employer.
 */
@Component
class WorkAtEmployer {

	private final EmployerManagement employers;

	private final EmployerContactManagement contacts;

	private final VacancyManagement vacancies;

	WorkAtEmployer(EmployerManagement employers, EmployerContactManagement contacts, VacancyManagement vacancies) {
		this.employers = employers;
		this.contacts = contacts;
		this.vacancies = vacancies;
	}

	/** Checks the plan against the register and books its place, if it names one. */
	void book(ActivityPlan plan, AccessScope scope) {
		if (plan.employerId() == null) {
			return;
		}
		if (this.employers.find(plan.employerId()).isEmpty()) {
			throw new RejectedInputException("employerId", "error.unknownEmployer");
		}
		if (plan.supervisorId() != null && this.employers.contactPerson(plan.supervisorId())
			.filter((p) -> p.employerId().equals(plan.employerId()))
			.isEmpty()) {
			throw new RejectedInputException("supervisorId", "error.unknownContactPerson");
		}
		if (plan.placeId() != null) {
			VacancyView place = this.vacancies.find(plan.placeId())
				.filter((v) -> v.employerId().equals(plan.employerId()) && v.kind() != PlaceKind.JOB)
				.orElseThrow(() -> new RejectedInputException("placeId", "error.unknownPlace"));
			try {
				this.vacancies.fill(place.id());
			}
			catch (RejectedInputException ex) {
				throw new RejectedInputException("placeId", "error.noPositionsLeft");
			}
		}
	}

	/** Checks that a corrected supervisor is one of the activity's employer's people. */
	void checkSupervisor(Activity activity, UUID supervisorId) {
		if (supervisorId != null && (activity.getEmployerId() == null || this.employers.contactPerson(supervisorId)
			.filter((p) -> p.employerId().equals(activity.getEmployerId()))
			.isEmpty())) {
			throw new RejectedInputException("supervisorId", "error.unknownContactPerson");
		}
	}

	String supervisorName(UUID supervisorId) {
		return (supervisorId == null) ? null
				: this.employers.contactPerson(supervisorId).map(ContactPersonView::name).orElse(null);
	}

	/**
	 * Lets go of the employer when work there is removed: a place it booked is free
	 * again. Work with follow-up visits logged cannot be removed, since the employer's
	 * contacts name it.
	 */
	void cancel(Activity activity, AccessScope scope) {
		if (activity.getEmployerId() != null && !this.contacts.aboutActivity(activity.getId(), scope).isEmpty()) {
			throw new RejectedInputException("version", "error.activityHasVisits");
		}
		if (activity.getPlaceId() != null) {
			this.vacancies.release(activity.getPlaceId());
		}
	}

	/** The employer, place, supervisor and follow-up visits of the activity, by name. */
	ActivityDetail.AtEmployer of(Activity activity, AccessScope scope) {
		if (activity.getEmployerId() == null) {
			return ActivityDetail.AtEmployer.NONE;
		}
		String employer = this.employers.find(activity.getEmployerId()).map((e) -> e.name()).orElse(null);
		String place = (activity.getPlaceId() == null) ? null
				: this.vacancies.find(activity.getPlaceId()).map(VacancyView::title).orElse(null);
		String supervisor = (activity.getSupervisorId() == null) ? null
				: this.employers.contactPerson(activity.getSupervisorId()).map(ContactPersonView::name).orElse(null);
		return new ActivityDetail.AtEmployer(employer, place, supervisor,
				this.contacts.aboutActivity(activity.getId(), scope));
	}

	/** Logs a follow-up visit at the workplace as a contact with the employer. */
	void visit(Activity activity, UUID enrollmentId, VisitForm form, AccessScope scope) {
		activity.checkVisit(form.getVisitedOn());
		if (enrollmentId == null) {
			throw new RejectedInputException("visitedOn", "error.visitNeedsParticipant");
		}
		this.contacts.log(activity.getEmployerId(),
				new EmployerContactEntry(form.getVisitedOn(), EmployerContactChannel.VISIT,
						EmployerContactPurpose.INTERNSHIP_FOLLOW_UP, form.getStaffUserId(), activity.getSupervisorId(),
						activity.getProjectId(), enrollmentId, activity.getId(), form.getNote(), null, null),
				scope);
	}

	/** The employers that may be chosen for work in the project, with their people. */
	Map<String, Object> choices(UUID projectId, Collection<UUID> also) {
		List<EmployerView> offered = this.employers.forProject(projectId, also);
		List<UUID> ids = offered.stream().map(EmployerView::id).toList();
		return Map.of("employers", offered, "supervisors", this.employers.contactPersonsOf(ids), "places",
				this.vacancies.openPlacesAt(ids));
	}

}
