package se.steget.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.RejectedInputException;
import se.steget.organisation.OrganisationManagement;
import se.steget.organisation.OrganisationView;

/**
 * Information and consent: that the participant was informed, consented to being
 * registered and to sharing between named organisations. A withdrawal anonymises the
 * person from then on; the statistics still count them.
 */
@Service
@Transactional(readOnly = true)
public class ConsentManagement {

	private final ParticipantManagement participants;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OrganisationManagement organisations;

	ConsentManagement(ParticipantManagement participants, ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock, OrganisationManagement organisations) {
		this.organisations = organisations;
		this.participants = participants;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public ConsentView consent(UUID participantId, AccessScope scope) {
		this.participants.get(participantId, scope);
		List<OrganisationView> organisations = this.organisations
			.findAll(this.jdbc.sql("select organisation_id from participant_sharing where participant_id = ?")
				.param(participantId)
				.query(UUID.class)
				.list());
		return this.jdbc
			.sql("select informed_on, registration_consent_on, sharing_consent_on, consent_withdrawn_on"
					+ " from participant where id = ?")
			.param(participantId)
			.query((rs, n) -> new ConsentView(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
					organisations.stream().map(OrganisationView::id).toList(),
					organisations.stream().map(OrganisationView::name).toList()))
			.single();
	}

	@Transactional
	public void record(UUID participantId, ConsentForm form, AccessScope scope) {
		if (consent(participantId, scope).withdrawn()) {
			throw new RejectedInputException("informedOn", "error.consentWithdrawn");
		}
		LocalDate today = LocalDate.now(this.clock);
		for (String field : List.of("informedOn", "registrationConsentOn", "sharingConsentOn")) {
			LocalDate day = switch (field) {
				case "informedOn" -> form.getInformedOn();
				case "registrationConsentOn" -> form.getRegistrationConsentOn();
				default -> form.getSharingConsentOn();
			};
			if (day != null && day.isAfter(today)) {
				throw new RejectedInputException(field, "error.dateInFuture");
			}
		}
		if (form.getSharingConsentOn() != null && form.getOrganisationIds().isEmpty()) {
			throw new RejectedInputException("organisationIds", "error.sharingNeedsOrganisations");
		}
		this.jdbc
			.sql("update participant set informed_on = ?, registration_consent_on = ?, sharing_consent_on = ?"
					+ " where id = ?")
			.params(form.getInformedOn(), form.getRegistrationConsentOn(), form.getSharingConsentOn(), participantId)
			.update();
		this.jdbc.sql("delete from participant_sharing where participant_id = ?").param(participantId).update();
		form.getOrganisationIds()
			.stream()
			.distinct()
			.forEach((organisation) -> this.jdbc
				.sql("insert into participant_sharing (participant_id, organisation_id) values (?, ?)")
				.params(participantId, organisation)
				.update());
		this.events.publishEvent(new SharingConsentChanged(participantId,
				(form.getSharingConsentOn() != null) ? Set.copyOf(form.getOrganisationIds()) : Set.of()));
	}

	/**
	 * Whether the participant has consented to sharing their case with the organisation,
	 * and not withdrawn it.
	 */
	public boolean sharesWith(UUID participantId, UUID organisationId) {
		return this.jdbc
			.sql("select count(*) from participant p join participant_sharing s on s.participant_id = p.id"
					+ " where p.id = ? and s.organisation_id = ? and p.sharing_consent_on is not null"
					+ " and p.consent_withdrawn_on is null")
			.params(participantId, organisationId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records the withdrawal; the privacy module anonymises the person for good in the
	 * same transaction.
	 */
	@Transactional
	public void withdraw(UUID participantId, AccessScope scope) {
		this.participants.get(participantId, scope);
		this.jdbc.sql("update participant set consent_withdrawn_on = ? where id = ?")
			.params(LocalDate.now(this.clock), participantId)
			.update();
		this.events.publishEvent(new ConsentWithdrawn(participantId));
	}

}
