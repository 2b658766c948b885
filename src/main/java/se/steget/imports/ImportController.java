package se.steget.imports;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.Download;
import se.steget.core.Forms;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.project.ProjectManagement;

/**
 * The import pages: the user's imports and a new one; for each, the file as read with its
 * encoding, delimiter or sheet and its columns to choose, the check and its problems, and
 * the import itself.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	private final ImportManagement imports;

	private final ImportProperties properties;

	private final CurrentUser currentUser;

	private final ProjectManagement projects;

	ImportController(ImportManagement imports, ImportProperties properties, CurrentUser currentUser,
			ProjectManagement projects) {
		this.projects = projects;
		this.imports = imports;
		this.properties = properties;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("imports", this.imports.list(this.currentUser.scope()));
		model.addAttribute("projects", this.projects.visible(this.currentUser.scope()));
		model.addAttribute("kinds", this.imports.kinds(this.currentUser.scope()));
		model.addAttribute("maxMegabytes", this.properties.maxFileMegabytes());
		model.addAttribute("maxRows", this.properties.maxRows());
		return "imports/list";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "participants") String kind, @RequestParam(required = false) UUID projectId,
			Model model) throws IOException {
		model.addAttribute("kind", kind);
		model.addAttribute("projectId", projectId);
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			UUID id = this.imports.upload(kind, projectId, (file != null) ? file.getOriginalFilename() : null, content,
					this.currentUser.scope());
			return "redirect:/imports/" + id;
		}
		catch (RejectedInputException ex) {
			model.addAttribute(ex.field().equals("projectId") ? "projectError" : "fileError", ex);
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		try {
			model.addAttribute("job", this.imports.view(id, this.currentUser.scope()));
		}
		catch (RejectedInputException ex) {
			model.addAttribute("fileError", ex);
			model.addAttribute("job", null);
		}
		return "imports/show";
	}

	/**
	 * A running job's progress, for the page to poll; once the job is done, the whole
	 * page again.
	 */
	@GetMapping("/{id}/run")
	String run(@PathVariable UUID id, Model model, HttpServletResponse response) {
		ImportView.Run job = this.imports.run(id, this.currentUser.scope());
		if (!job.busy()) {
			response.setHeader("HX-Redirect", "/imports/" + id);
		}
		model.addAttribute("job", job);
		return "imports/show :: run";
	}

	/**
	 * New choices for reading the file: encoding, delimiter, sheet, and a column for each
	 * field.
	 */
	@PostMapping("/{id}/choices")
	String choose(@PathVariable UUID id, @RequestParam Map<String, String> params,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		Map<String, Integer> columns = new HashMap<>();
		this.imports.columns(id, this.currentUser.scope()).forEach((column) -> {
			String chosen = params.get("column." + column.field());
			columns.put(column.field(),
					(chosen == null || !chosen.matches("\\d{1,4}")) ? null : Integer.valueOf(chosen));
		});
		var choices = new ImportManagement.ImportChoices(params.get("charset"), params.get("delimiter"),
				params.get("sheet"), columns);
		try {
			Forms.done(redirect, () -> this.imports.choose(id, choices, version, this.currentUser.scope()));
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("refused", new Forms.Refusal("error.staleEdit", new Object[0]));
		}
		return "redirect:/imports/" + id;
	}

	@PostMapping("/{id}/check")
	String check(@PathVariable UUID id, RedirectAttributes redirect) {
		Forms.done(redirect, () -> this.imports.startCheck(id, this.currentUser.scope()));
		return "redirect:/imports/" + id + "#report";
	}

	@PostMapping("/{id}/commit")
	String commit(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean goodRowsOnly,
			RedirectAttributes redirect) {
		Forms.done(redirect, () -> this.imports.startImport(id, goodRowsOnly, this.currentUser.scope()));
		return "redirect:/imports/" + id + "#report";
	}

	/** Removes the people the import added, if none has been changed or used since. */
	@PostMapping("/{id}/undo")
	String undo(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		try {
			Forms.done(redirect, () -> this.imports.undo(id, version, this.currentUser.scope()));
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("refused", new Forms.Refusal("error.staleEdit", new Object[0]));
		}
		return "redirect:/imports/" + id + "#report";
	}

	/** The rows with problems, each with its problems beside it, to fix in Excel. */
	@GetMapping("/{id}/problems")
	ResponseEntity<byte[]> problems(@PathVariable UUID id, Locale locale) {
		return Download.of(this.imports.problemsWorkbook(id, locale, this.currentUser.scope()), Download.XLSX,
				"importfel.xlsx");
	}

}
