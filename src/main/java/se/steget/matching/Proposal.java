package se.steget.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import se.steget.core.RejectedInputException;

/**
 * A participant proposed for a vacancy, and every step since: sent to the employer,
 * interview, offer, and then hired or declined by either side. A step moves forward only,
 * never before the one before it, never in the future.
 */
class Proposal {

	@Id
	private UUID id;

	private UUID vacancyId;

	private UUID enrollmentId;

	private ProposalStatus status;

	private LocalDate proposedOn;

	private UUID proposedBy;

	@MappedCollection(idColumn = "proposal_id", keyColumn = "step")
	private List<ProposalStep> steps = new ArrayList<>();

	@Version
	private Integer version;

	Proposal() {
	}

	static Proposal propose(UUID vacancyId, UUID enrollmentId, UUID userId, LocalDate today) {
		var proposal = new Proposal();
		proposal.id = UUID.randomUUID();
		proposal.vacancyId = vacancyId;
		proposal.enrollmentId = enrollmentId;
		proposal.status = ProposalStatus.PROPOSED;
		proposal.proposedOn = today;
		proposal.proposedBy = userId;
		proposal.steps.add(new ProposalStep(ProposalStatus.PROPOSED, today, userId, null, null));
		return proposal;
	}

	void advance(ProposalStep step, LocalDate today) {
		List<RejectedInputException> found = new ArrayList<>();
		if (this.status.ended()) {
			found.add(new RejectedInputException("status", "error.proposalEnded"));
		}
		else if (step.status() != ProposalStatus.DECLINED && step.status().ordinal() <= this.status.ordinal()) {
			found.add(new RejectedInputException("status", "error.proposalBackwards"));
		}
		if (step.takenOn().isAfter(today)) {
			found.add(new RejectedInputException("takenOn", "error.dateInFuture"));
		}
		if (step.takenOn().isBefore(latestDay())) {
			found.add(new RejectedInputException("takenOn", "error.stepBeforeLatest", latestDay()));
		}
		if (step.status() == ProposalStatus.DECLINED && step.declinedBy() == null) {
			found.add(new RejectedInputException("declinedBy", "error.required"));
		}
		if (step.status() == ProposalStatus.DECLINED && (step.reason() == null || step.reason().isBlank())) {
			found.add(new RejectedInputException("reason", "error.required"));
		}
		RejectedInputException.throwIfAny(found);
		this.steps.add(step);
		this.status = step.status();
	}

	private LocalDate latestDay() {
		return this.steps.get(this.steps.size() - 1).takenOn();
	}

	UUID getId() {
		return this.id;
	}

	UUID getVacancyId() {
		return this.vacancyId;
	}

	UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	ProposalStatus getStatus() {
		return this.status;
	}

	List<ProposalStep> getSteps() {
		return List.copyOf(this.steps);
	}

	Integer getVersion() {
		return this.version;
	}

}
