package se.steget.activity;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.TestData;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly attendance certificate of a demo participant against the attendance in the
 * database, added up here with plain SQL. Runs in the demo's context, as the browser
 * tests do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class AttendanceCertificateIntegrationTests {

	@Autowired
	private AttendanceManagement attendance;

	@Autowired
	private AttendanceCertificate certificate;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestData data;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theCertificateOfADemoParticipantShowsEveryDayAndTheHoursAddedUpIndependently() throws IOException {
		Map<String, Object> busiest = this.jdbc
			.sql("select t.enrollment_id, extract(year from t.attended_on) as y, extract(month from t.attended_on) as m,"
					+ " sum(t.hours) as total, count(distinct t.attended_on) as days from attendance t"
					+ " group by t.enrollment_id, extract(year from t.attended_on), extract(month from t.attended_on)"
					+ " order by count(*) desc, t.enrollment_id limit 1")
			.query()
			.singleRow();
		UUID enrollment = (UUID) busiest.get("enrollment_id");
		YearMonth month = YearMonth.of(((Number) busiest.get("y")).intValue(), ((Number) busiest.get("m")).intValue());
		BigDecimal total = (BigDecimal) busiest.get("total");
		assertThat(((Number) busiest.get("days")).intValue()).isGreaterThan(5);
		LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));

		var manager = this.data.scope(this.jdbc.sql("select id from user_account where username = 'projektledare'")
			.query(UUID.class)
			.single());

		MonthHours hours = this.attendance.month(enrollment, month, manager);
		byte[] pdf = this.certificate.pdf(hours, manager);

		ParticipantSummary person = this.participants.get(hours.enrollment().participantId(), manager);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Närvarointyg", person.name(), person.formattedNumber(), month.toString(),
					"Deltagarens underskrift");
			assertThat(text).containsPattern("Summa .*" + total.setScale(2).toPlainString().replace(".", ","));
			this.jdbc
				.sql("select attended_on, sum(hours) from attendance where enrollment_id = ?"
						+ " and attended_on between ? and ? group by attended_on")
				.params(enrollment, month.atDay(1), month.atEndOfMonth())
				.query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)))
				.list()
				.forEach((day) -> assertThat(text).containsPattern(
						day.getKey() + " .* " + day.getValue().setScale(2).toPlainString().replace(".", ",")));
		}
	}

}
