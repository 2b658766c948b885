package se.steget.casework;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.steget.core.Pdf;
import se.steget.enrollment.EnrollmentView;

/**
 * The participant's own copy of the action plan, printed in plain language.
 */
@Component
class MyPlan {

	private final ITemplateEngine templates;

	private final Clock clock;

	MyPlan(ITemplateEngine templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	byte[] pdf(EnrollmentView enrollment, PlanView plan) {
		var context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("enrollment", enrollment);
		context.setVariable("plan", plan);
		context.setVariable("today", LocalDate.now(this.clock));
		return Pdf.fromXhtml(this.templates.process("plans/my-plan", context));
	}

}
