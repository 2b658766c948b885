package se.steget.enrollment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of an enrollment's exit corrections: each one's before and after, who made
 * it, when and why.
 */
@Component
class ExitCorrections {

	private final JdbcClient jdbc;

	ExitCorrections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID enrollmentId, Kind kind, Exit before, Exit after, String reason, UUID by, LocalDateTime at) {
		this.jdbc
			.sql("insert into enrollment_correction (id, enrollment_id, kind, exit_date_before, exit_reason_before,"
					+ " exit_note_before, exit_date_after, exit_reason_after, exit_note_after, reason, corrected_by,"
					+ " corrected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), enrollmentId, kind.name(), before.date(), name(before.reason()), before.note(),
					after.date(), name(after.reason()), after.note(), reason, by, at)
			.update();
	}

	List<ExitCorrection> of(UUID enrollmentId) {
		return this.jdbc
			.sql("select c.kind, c.exit_date_before, c.exit_reason_before, c.exit_date_after, c.exit_reason_after,"
					+ " c.reason, u.display_name as corrected_by, c.corrected_at from enrollment_correction c"
					+ " left join user_account u on u.id = c.corrected_by where c.enrollment_id = ?"
					+ " order by c.corrected_at desc")
			.param(enrollmentId)
			.query(ExitCorrection.class)
			.list();
	}

	private static String name(ExitReason reason) {
		return (reason != null) ? reason.name() : null;
	}

	enum Kind {

		CORRECTED, UNDONE

	}

	/** An exit as it stood: its day, reason and note, or none. */
	record Exit(LocalDate date, ExitReason reason, String note) {

		static Exit of(Enrollment enrollment) {
			return new Exit(enrollment.getExitDate(), enrollment.getExitReason(), enrollment.getExitNote());
		}

	}

	/** One correction as the pages show it. */
	public record ExitCorrection(Kind kind, LocalDate exitDateBefore, ExitReason exitReasonBefore,
			LocalDate exitDateAfter, ExitReason exitReasonAfter, String reason, String correctedBy,
			LocalDateTime correctedAt) {
	}

}
