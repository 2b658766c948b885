package se.steget.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.steget.core.Gender;
import se.steget.core.Spreadsheets;

/**
 * The project's monthly hours as a spreadsheet: a row per participant with hours per kind
 * of activity, then the totals by gender.
 */
@Component
class HoursWorkbook {

	private final MessageSource messages;

	HoursWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(ProjectHours hours) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(hours.month().toString());
			row(sheet, 0, List.of(text("hours.workbook.title", hours.projectName(), hours.month())));
			Row header = sheet.createRow(2);
			List<String> titles = new java.util.ArrayList<>(List.of(text("participant.name"),
					text("participant.personalIdentityNumber"), text("participant.gender"), text("hours.days")));
			for (ActivityKind kind : ActivityKind.values()) {
				titles.add(text("activityKind." + kind));
			}
			titles.add(text("hours.total"));
			for (int i = 0; i < titles.size(); i++) {
				header.createCell(i).setCellValue(titles.get(i));
			}
			int r = 3;
			for (ParticipantHours p : hours.participants()) {
				Row row = sheet.createRow(r++);
				String hidden = text("participant.protectedName");
				row.createCell(0).setCellValue((p.name() != null) ? p.name() : hidden);
				row.createCell(1)
					.setCellValue((p.personalIdentityNumber() != null) ? p.personalIdentityNumber() : hidden);
				row.createCell(2).setCellValue(text("gender." + p.gender()));
				row.createCell(3).setCellValue(p.days());
				int c = 4;
				for (ActivityKind kind : ActivityKind.values()) {
					row.createCell(c++).setCellValue(p.hours(kind).doubleValue());
				}
				row.createCell(c).setCellValue(p.total().doubleValue());
			}
			r++;
			for (Gender gender : Gender.values()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(text("hours.workbook.gender", text("gender." + gender)));
				row.createCell(1).setCellValue(hours.count(gender));
				row.createCell(titles.size() - 1).setCellValue(hours.total(gender).doubleValue());
			}
			Row total = sheet.createRow(r);
			total.createCell(0).setCellValue(text("hours.total"));
			total.createCell(1).setCellValue(hours.participants().size());
			total.createCell(titles.size() - 1).setCellValue(hours.total().doubleValue());
			for (int i = 0; i < titles.size(); i++) {
				sheet.autoSizeColumn(i);
			}
			Spreadsheets.neutralise(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void row(Sheet sheet, int index, List<String> values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
