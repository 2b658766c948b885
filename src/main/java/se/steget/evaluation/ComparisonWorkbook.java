package se.steget.evaluation;

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

import se.steget.core.ShownCounts;
import se.steget.core.Spreadsheets;

/**
 * The matched comparison as a spreadsheet: who was matched, the balance, the effects.
 * Hidden small cells stay hidden here, as on the page.
 */
@Component
class ComparisonWorkbook {

	private final MessageSource messages;

	ComparisonWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(ComparisonReport report) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			counts(workbook.createSheet(text("comparison.matched")), report);
			balance(workbook.createSheet(text("comparison.balance.sheet")), report);
			effects(workbook.createSheet(text("comparison.effects")), report);
			Spreadsheets.neutralise(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void counts(Sheet sheet, ComparisonReport report) {
		row(sheet, 0, text("comparison.participants"), text("gender.women"), text("gender.men"), text("gender.others"),
				text("report.total"));
		List<ShownCounts> counts = report.counts();
		for (int i = 0; i < counts.size(); i++) {
			ShownCounts c = counts.get(i);
			row(sheet, i + 1, text("comparison.count." + i), c.women(), c.men(), c.others(), c.total());
		}
	}

	private void balance(Sheet sheet, ComparisonReport report) {
		row(sheet, 0, text("comparison.covariate"), text("comparison.meanParticipants"),
				text("comparison.meanComparisonBefore"), text("comparison.before"),
				text("comparison.meanMatchedParticipants"), text("comparison.meanComparisonAfter"),
				text("comparison.after"), text("comparison.balanced"));
		int r = 1;
		for (Balance b : report.balance()) {
			boolean means = report.showsMeans();
			row(sheet, r++, text("comparison.covariate." + b.covariate()), means ? decimal(b.treatedMeanBefore()) : "",
					means ? decimal(b.comparisonMeanBefore()) : "", decimal(b.before()),
					means ? decimal(b.treatedMeanAfter()) : "", means ? decimal(b.comparisonMeanAfter()) : "",
					decimal(b.after()), text(b.flagged() ? "comparison.flagged" : "comparison.ok"));
		}
	}

	private void effects(Sheet sheet, ComparisonReport report) {
		row(sheet, 0, text("comparison.horizon"), text("comparison.outcome"), text("comparison.who"),
				text("comparison.pairs"), text("comparison.participantShare"), text("comparison.comparisonShare"),
				text("comparison.difference"), text("comparison.interval"));
		int r = 1;
		for (ComparisonReport.EffectRow e : report.effects()) {
			String who = (e.gender() == null) ? text("report.total") : text("gender." + e.gender());
			String horizon = text("comparison.horizon." + e.days());
			String outcome = text("comparison.outcome." + e.outcome());
			if (!e.shown()) {
				row(sheet, r++, horizon, outcome, who, text("comparison.hidden", report.threshold()));
			}
			else if (e.pairs() == 0) {
				row(sheet, r++, horizon, outcome, who, "0", text("comparison.noPairs"));
			}
			else {
				row(sheet, r++, horizon, outcome, who, e.pairsShown() ? String.valueOf(e.pairs()) : "..",
						percent(e.participantShare()), percent(e.comparisonShare()), percent(e.estimate().difference()),
						e.estimate().hasInterval() ? text("comparison.interval.value", percent(e.estimate().lower()),
								percent(e.estimate().upper())) : "");
			}
		}
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static String decimal(double value) {
		return Double.isNaN(value) ? "" : String.format(locale(), "%.2f", value);
	}

	private static String percent(double share) {
		return Double.isNaN(share) ? "" : String.format(locale(), "%.1f", share * 100);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, locale());
	}

}
