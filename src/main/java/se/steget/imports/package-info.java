/**
 * Imports from spreadsheets: a CSV or xlsx file read deterministically (a byte-order
 * mark, strict UTF-8 or Windows-1252; the delimiter from the header; a workbook as a
 * stream), its columns matched by name, every row checked by the same rules as the forms
 * without writing, and then imported all or nothing, or its good rows only; importing the
 * same file again changes nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "access", "participant", "project",
		"enrollment", "casework", "outcome", "activity", "employer", "reporting", "evaluation" })
package se.steget.imports;
