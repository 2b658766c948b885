package se.steget.activity;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * The attendance of one session: a row per participant.
 */
public class AttendanceForm {

	@Valid
	private List<AttendanceRow> rows = new ArrayList<>();

	public AttendanceForm() {
	}

	AttendanceForm(List<AttendanceRow> rows) {
		this.rows = new ArrayList<>(rows);
	}

	public List<AttendanceRow> getRows() {
		return this.rows;
	}

	public void setRows(List<AttendanceRow> rows) {
		this.rows = rows;
	}

}
