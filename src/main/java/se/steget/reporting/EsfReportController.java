package se.steget.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.steget.access.CurrentUser;
import se.steget.core.Download;
import se.steget.core.Spreadsheets;
import se.steget.core.ShownCounts;
import se.steget.project.ProjectManagement;

/**
 * The ESF+ indicator report on the page and as a spreadsheet.
 */
@Controller
@RequestMapping("/reports/esf")
class EsfReportController {

	private final EsfReport report;

	private final ProjectManagement projects;

	private final MessageSource messages;

	private final CurrentUser currentUser;

	EsfReportController(EsfReport report, ProjectManagement projects, MessageSource messages, CurrentUser currentUser) {
		this.report = report;
		this.projects = projects;
		this.messages = messages;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(@RequestParam(required = false) UUID projectId, Model model) {
		var scope = this.currentUser.scope();
		model.addAttribute("report", this.report.report(projectId, scope));
		model.addAttribute("projects", this.projects.visible(scope));
		model.addAttribute("projectId", projectId);
		model.addAttribute("sections", EsfIndicator.Section.values());
		return "reports/esf";
	}

	@GetMapping("/xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) UUID projectId) {
		EsfReportView view = this.report.report(projectId, this.currentUser.scope());
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("ESF+");
			int r = 0;
			for (EsfIndicator.Section section : EsfIndicator.Section.values()) {
				Row title = sheet.createRow(r++);
				title.createCell(0).setCellValue(text("esfSection." + section));
				title.createCell(1).setCellValue(text("gender.women"));
				title.createCell(2).setCellValue(text("gender.men"));
				title.createCell(3).setCellValue(text("esf.others"));
				title.createCell(4).setCellValue(text("report.total"));
				for (EsfIndicator indicator : view.indicators(section)) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(text("esfIndicator." + indicator));
					if (!indicator.collected()) {
						row.createCell(1).setCellValue(text("esf.notCollected"));
						continue;
					}
					ShownCounts c = view.shown(indicator);
					row.createCell(1).setCellValue(c.women());
					row.createCell(2).setCellValue(c.men());
					row.createCell(3).setCellValue(c.others());
					row.createCell(4).setCellValue(c.total());
				}
				r++;
			}
			sheet.autoSizeColumn(0);
			Spreadsheets.neutralise(workbook);
			workbook.write(out);
			return Download.of(out.toByteArray(), Download.XLSX, "esf-indikatorer.xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
