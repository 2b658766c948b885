package se.steget.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.Download;
import se.steget.core.Spreadsheets;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectSummary;

/**
 * The monthly report to Statistics Sweden: choose a project and month, produce it, and
 * download it as a spreadsheet.
 */
@Controller
@RequestMapping("/reports/scb")
class ScbReportController {

	private final ScbReport report;

	private final ProjectManagement projects;

	private final MessageSource messages;

	private final CurrentUser currentUser;

	private final Clock clock;

	ScbReportController(ScbReport report, ProjectManagement projects, MessageSource messages, CurrentUser currentUser,
			Clock clock) {
		this.report = report;
		this.projects = projects;
		this.messages = messages;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) UUID projectId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		var scope = this.currentUser.scope();
		List<ProjectSummary> visible = this.projects.visible(scope);
		model.addAttribute("projects", visible);
		UUID chosen = (projectId != null) ? projectId
				: visible.stream().findFirst().map(ProjectSummary::id).orElse(null);
		if (chosen != null && scope.canManageProjects()) {
			ScbReportView view = this.report.month(chosen,
					(month != null) ? month : YearMonth.now(this.clock).minusMonths(1), scope);
			if (month == null) {
				view = this.report.month(chosen, firstNotDone(view), scope);
			}
			model.addAttribute("report", view);
		}
		return "reports/scb";
	}

	@PostMapping("/produce")
	String produce(@RequestParam UUID projectId, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			RedirectAttributes redirect) {
		this.report.produce(projectId, month, this.currentUser.id(), this.currentUser.scope());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/reports/scb?projectId=" + projectId + "&month=" + month;
	}

	@GetMapping("/xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam UUID projectId,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		ScbReportView view = this.report.month(projectId, month, this.currentUser.scope());
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(month.toString());
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue(text("participant.personalIdentityNumber"));
			header.createCell(1).setCellValue(text("enrollment.startDate"));
			header.createCell(2).setCellValue(text("enrollment.exitDate"));
			int r = 1;
			for (ScbRow row : view.rows()) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.personalIdentityNumber());
				line.createCell(1).setCellValue(row.startDate().toString());
				line.createCell(2).setCellValue((row.endDate() != null) ? row.endDate().toString() : "");
			}
			Spreadsheets.neutralise(workbook);
			workbook.write(out);
			return Download.of(out.toByteArray(), Download.XLSX, "scb-" + month + ".xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first month not done, or the last one when all are. */
	private static YearMonth firstNotDone(ScbReportView view) {
		return view.months()
			.stream()
			.filter((m) -> !m.done())
			.map(ScbMonth::month)
			.findFirst()
			.orElse(view.months().isEmpty() ? view.month() : view.months().get(view.months().size() - 1).month());
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
