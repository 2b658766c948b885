package se.steget.reporting;

import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.steget.access.CurrentUser;
import se.steget.core.Download;
import se.steget.core.Municipalities;
import se.steget.core.Pdf;
import se.steget.project.ProjectManagement;

/**
 * The goal report on the page, as a spreadsheet and as a PDF, with the same figures.
 */
@Controller
@RequestMapping("/reports/goals")
class GoalReportController {

	private final GoalReport report;

	private final GoalWorkbook workbook;

	private final ProjectManagement projects;

	private final ITemplateEngine templates;

	private final CurrentUser currentUser;

	GoalReportController(GoalReport report, GoalWorkbook workbook, ProjectManagement projects,
			ITemplateEngine templates, CurrentUser currentUser) {
		this.report = report;
		this.workbook = workbook;
		this.projects = projects;
		this.templates = templates;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(@RequestParam(required = false) UUID projectId, @RequestParam(required = false) String municipality,
			@RequestParam(defaultValue = "OBSTACLE") Breakdown breakdown, Model model) {
		var scope = this.currentUser.scope();
		model.addAttribute("report", this.report.report(projectId, blankToNull(municipality), breakdown, scope));
		model.addAttribute("projects", this.projects.visible(scope));
		model.addAttribute("projectId", projectId);
		model.addAttribute("municipalities", Municipalities.byName());
		model.addAttribute("breakdowns", Breakdown.values());
		model.addAttribute("charts", true);
		return "reports/goals";
	}

	@GetMapping("/xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) UUID projectId,
			@RequestParam(required = false) String municipality,
			@RequestParam(defaultValue = "OBSTACLE") Breakdown breakdown) {
		GoalReportView view = this.report.report(projectId, blankToNull(municipality), breakdown,
				this.currentUser.scope());
		return Download.of(this.workbook.xlsx(view), Download.XLSX, "maluppfyllelse.xlsx");
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) UUID projectId,
			@RequestParam(required = false) String municipality,
			@RequestParam(defaultValue = "OBSTACLE") Breakdown breakdown) {
		GoalReportView view = this.report.report(projectId, blankToNull(municipality), breakdown,
				this.currentUser.scope());
		var context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("report", view);
		byte[] pdf = Pdf.fromXhtml(this.templates.process("reports/goals-pdf", context));
		return Download.of(pdf, MediaType.APPLICATION_PDF, "maluppfyllelse.pdf");
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
