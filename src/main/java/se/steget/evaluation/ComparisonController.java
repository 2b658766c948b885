package se.steget.evaluation;

import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.steget.access.AccessScope;
import se.steget.access.CurrentUser;
import se.steget.core.Download;
import se.steget.core.NotFoundException;
import se.steget.core.Pdf;
import se.steget.project.ProjectManagement;

/**
 * A project's participants compared with its matched comparison group: for its managers,
 * its steering group and its evaluator, aggregated only.
 */
@Controller
class ComparisonController {

	private final MatchedComparison comparison;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	private final ComparisonWorkbook workbook;

	private final ITemplateEngine templates;

	ComparisonController(MatchedComparison comparison, ProjectManagement projects, CurrentUser currentUser,
			ComparisonWorkbook workbook, ITemplateEngine templates) {
		this.comparison = comparison;
		this.projects = projects;
		this.currentUser = currentUser;
		this.workbook = workbook;
		this.templates = templates;
	}

	@GetMapping("/evaluation/{id}/comparison")
	String show(@PathVariable UUID id, Model model) {
		AccessScope scope = this.currentUser.scope();
		model.addAttribute("report", this.comparison.of(id, scope));
		model.addAttribute("projectName", name(id));
		model.addAttribute("projectId", id);
		model.addAttribute("mayImport", ComparisonGroupManagement.mayKeep(id, scope));
		return "evaluation/comparison";
	}

	@GetMapping("/evaluation/{id}/comparison/xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
		ComparisonReport report = this.comparison.of(id, this.currentUser.scope());
		return Download.of(this.workbook.xlsx(report), Download.XLSX, "jamforelsegrupp.xlsx");
	}

	@GetMapping("/evaluation/{id}/comparison/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		var context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("report", this.comparison.of(id, this.currentUser.scope()));
		context.setVariable("projectName", name(id));
		byte[] pdf = Pdf.fromXhtml(this.templates.process("evaluation/comparison-pdf", context));
		return Download.of(pdf, MediaType.APPLICATION_PDF, "jamforelsegrupp.pdf");
	}

	private String name(UUID id) {
		return this.projects.nameOf(id).orElseThrow(() -> new NotFoundException("Project"));
	}

}
