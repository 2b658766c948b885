package se.steget.activity;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.steget.access.AccessScope;
import se.steget.core.Pdf;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantSummary;

/**
 * The monthly attendance certificate: one page with the participant's hours day by day,
 * for the participant and the coach to sign.
 */
@Component
class AttendanceCertificate {

	private final ITemplateEngine templates;

	private final ParticipantManagement participants;

	AttendanceCertificate(ITemplateEngine templates, ParticipantManagement participants) {
		this.templates = templates;
		this.participants = participants;
	}

	byte[] pdf(MonthHours hours, AccessScope scope) {
		ParticipantSummary participant = this.participants.get(hours.enrollment().participantId(), scope);
		var context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("hours", hours);
		context.setVariable("participant", participant);
		return Pdf.fromXhtml(this.templates.process("hours/certificate", context));
	}

}
