package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Time a staff member reports for one day in a project, by ESF+ activity type.
 */
record StaffTimeEntry(UUID projectId, LocalDate workDate, int minutes, StaffActivity activity, String note) {

}
