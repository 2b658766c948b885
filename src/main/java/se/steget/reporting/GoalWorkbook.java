package se.steget.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.steget.core.GenderCounts;
import se.steget.core.Spreadsheets;
import se.steget.core.ShownCounts;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeGroup;

/**
 * The goal report as a spreadsheet: the goals by gender, their breakdown, and what those
 * who left did. Hidden small cells stay hidden here.
 */
@Component
class GoalWorkbook {

	private final MessageSource messages;

	GoalWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(GoalReportView report) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			goals(workbook.createSheet(text("report.sheet.goals")), report);
			breakdown(workbook.createSheet(text("report.sheet.breakdown")), report);
			exits(workbook.createSheet(text("report.sheet.exits")), report);
			exitReasons(workbook.createSheet(text("report.sheet.exitReasons")), report);
			Spreadsheets.neutralise(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void goals(Sheet sheet, GoalReportView report) {
		header(sheet, text("enrollment.project"), text("report.goal"), text("report.target"), text("report.timePoint"),
				text("gender.women"), text("gender.men"), text("gender.others"), text("report.total"),
				text("report.reached"), text("report.evaluated"), text("report.pending"), text("report.ofStarters"),
				text("report.forecast"));
		int r = 1;
		int t = report.threshold();
		for (ProjectGoals project : report.projects()) {
			for (GoalResult result : project.goals()) {
				Tally total = result.total();
				Forecast forecast = result.forecast();
				boolean count = result.goal().measure() == GoalMeasure.STARTED;
				boolean hidden = !count && (total.hides(t) || result.byGender().sharesWithheld(t));
				ShownCounts reached = result.shownReached(t);
				GenderTallies byGender = result.byGender();
				row(sheet, r++, project.projectName(), result.goal().name(), target(result.goal()),
						timePoint(result.goal()), count ? reached.women() : byGender.women().shownPercent(t),
						count ? reached.men() : byGender.men().shownPercent(t),
						count ? reached.others() : byGender.others().shownPercent(t),
						count ? reached.total() : byGender.shownTotalPercent(t),
						count ? reached.total() : (hidden ? "<" + t : total.shown(total.reached(), t)),
						hidden ? "<" + t : total.shown(total.evaluated(), t), total.shown(total.pending(), t),
						count ? "" : (hidden ? ".." : total.shownPercentOfStarters(t)),
						(forecast != null && !hidden)
								? text(count ? "report.forecast.count" : "report.forecast.percent", forecast.expected(),
										forecast.low(), forecast.high())
								: "");
			}
		}
	}

	private void breakdown(Sheet sheet, GoalReportView report) {
		header(sheet, text("enrollment.project"), text("report.goal"), text("breakdown." + report.breakdown()),
				text("gender.women"), text("gender.men"), text("gender.others"), text("report.total"));
		int r = 1;
		int t = report.threshold();
		for (ProjectGoals project : report.projects()) {
			for (GoalResult result : project.goals()) {
				boolean count = result.goal().measure() == GoalMeasure.STARTED;
				List<ShownCounts> reached = result.shownBreakdown(t);
				for (int i = 0; i < result.rows().size(); i++) {
					BreakdownRow row = result.rows().get(i);
					GenderTallies x = row.tallies();
					ShownCounts c = reached.get(i);
					row(sheet, r++, project.projectName(), result.goal().name(),
							(row.key() != null) ? text(row.key()) : row.text(),
							count ? c.women() : x.women().shownPercent(t), count ? c.men() : x.men().shownPercent(t),
							count ? c.others() : x.others().shownPercent(t),
							count ? c.total() : x.shownTotalPercent(t));
				}
			}
		}
	}

	private void exits(Sheet sheet, GoalReportView report) {
		header(sheet, text("enrollment.project"), text("report.exitGroup"), text("gender.women"), text("gender.men"),
				text("gender.others"), text("report.total"), text("report.share"));
		int r = 1;
		int t = report.threshold();
		for (ProjectGoals project : report.projects()) {
			List<ShownCounts> shown = project.exits().shown(t);
			for (OutcomeGroup group : OutcomeGroup.values()) {
				ShownCounts c = shown.get(group.ordinal());
				row(sheet, r++, project.projectName(), text("outcomeGroup." + group), c.women(), c.men(), c.others(),
						c.total(), c.totalHidden() ? ".." : project.exits().shownPercent(group, t));
			}
		}
	}

	private void exitReasons(Sheet sheet, GoalReportView report) {
		header(sheet, text("enrollment.project"), text("enrollment.exitReason"), text("gender.women"),
				text("gender.men"), text("gender.others"), text("report.total"), text("report.share"));
		int r = 1;
		int t = report.threshold();
		for (ProjectGoals project : report.projects()) {
			List<ShownCounts> shown = project.exits().shownReasons(t);
			for (ExitReason reason : ExitReason.values()) {
				ShownCounts c = shown.get(reason.ordinal());
				row(sheet, r++, project.projectName(), text("exitReason." + reason), c.women(), c.men(), c.others(),
						c.total(), c.totalHidden() ? ".." : project.exits().shownPercent(reason, t));
			}
		}
	}

	private String target(Goal goal) {
		return (goal.measure() == GoalMeasure.STARTED) ? text("report.target.count", goal.targetCount())
				: text("report.target.percent", goal.targetPercent());
	}

	private String timePoint(Goal goal) {
		if (goal.measure() == GoalMeasure.STARTED) {
			return "";
		}
		return (goal.daysAfterExit() == null) ? text("report.timePoint.exit")
				: text("report.timePoint.days", goal.daysAfterExit());
	}

	private static void header(Sheet sheet, String... titles) {
		row(sheet, 0, titles);
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		List<String> cells = new ArrayList<>(List.of(values));
		for (int i = 0; i < cells.size(); i++) {
			row.createCell(i).setCellValue(cells.get(i));
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
